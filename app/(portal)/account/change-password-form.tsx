"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { validateLazily, type LazyFieldErrors } from "@/components/ui/lazy-validation";
import { signInWithPassword, signOutTo } from "@/lib/auth/client";
import { PASSWORD_RULE_TEXT } from "@/lib/auth/messages";
import { changeOwnPasswordAction } from "@/lib/users/actions";

const loadSchema = () => import("@/lib/users/schemas").then((m) => m.changeOwnPasswordSchema);
const FIELDS = ["currentPassword", "newPassword", "confirmPassword"] as const;

/**
 * Changing the password ends every session of the account (sessionVersion). This browser then signs
 * in again with the new password, so the user carries on; if that fails, they are sent to /login.
 * A plain form: the schema (zod) is loaded when the user submits, and the server checks again.
 */
export function ChangePasswordForm({ mustChange }: { mustChange: boolean }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [message, setMessage] = useState<{ tone: "success" | "error" | "info"; text: string } | null>(null);
  const [errors, setErrors] = useState<LazyFieldErrors>({});
  const [submitting, setSubmitting] = useState(false);

  function showErrors(found: LazyFieldErrors) {
    setErrors(found);
    const first = FIELDS.find((f) => found[f]);
    if (first) formRef.current?.querySelector<HTMLInputElement>(`#${first}`)?.focus();
  }

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (submitting) return;
    setMessage(null);
    const form = e.currentTarget;
    const data = new FormData(form);
    const values = Object.fromEntries(FIELDS.map((f) => [f, String(data.get(f) ?? "")])) as Record<(typeof FIELDS)[number], string>;
    setSubmitting(true);
    try {
      const checked = await validateLazily(loadSchema, values);
      if (!checked.ok) return showErrors(checked.errors);
      setErrors({});
      const res = await changeOwnPasswordAction(checked.data);
      if (!res.ok) {
        showErrors(res.fieldErrors ?? {});
        setMessage({ tone: "error", text: res.error });
        return;
      }
      form.reset();
      setMessage({ tone: "info", text: "Đã đổi mật khẩu. Đang đăng nhập lại với mật khẩu mới…" });
      const again = await signInWithPassword(res.data.username, values.newPassword);
      if (again.error) {
        setMessage({ tone: "info", text: "Đã đổi mật khẩu. Vui lòng đăng nhập lại bằng mật khẩu mới." });
        await signOutTo("/login");
        return;
      }
      if (mustChange) {
        // A full load (not router.push): the session cookie was just renewed and every server component must see it.
        window.location.assign(new URL("/", window.location.origin));
        return;
      }
      setMessage({ tone: "success", text: "Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn (trên máy khác) đã kết thúc." });
      router.refresh();
    } catch {
      setMessage({ tone: "error", text: "Không kết nối được với hệ thống. Vui lòng thử lại; mật khẩu của bạn chưa thay đổi nếu chưa có thông báo thành công." });
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-4" aria-label="Đổi mật khẩu">
      {message && <Alert tone={message.tone === "info" ? "info" : message.tone}>{message.text}</Alert>}
      <Field id="currentPassword" label="Mật khẩu hiện tại" error={errors.currentPassword} required>
        <Input
          id="currentPassword"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          aria-invalid={!!errors.currentPassword}
          aria-describedby={describedBy("currentPassword", errors.currentPassword)}
        />
      </Field>
      <Field id="newPassword" label="Mật khẩu mới" error={errors.newPassword} hint={PASSWORD_RULE_TEXT} required>
        <Input
          id="newPassword"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          aria-invalid={!!errors.newPassword}
          aria-describedby={describedBy("newPassword", errors.newPassword, true)}
        />
      </Field>
      <Field id="confirmPassword" label="Nhập lại mật khẩu mới" error={errors.confirmPassword} required>
        <Input
          id="confirmPassword"
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          aria-invalid={!!errors.confirmPassword}
          aria-describedby={describedBy("confirmPassword", errors.confirmPassword)}
        />
      </Field>
      <div>
        <Button type="submit" disabled={submitting}>
          {submitting ? "Đang đổi mật khẩu…" : "Đổi mật khẩu"}
        </Button>
      </div>
    </form>
  );
}
