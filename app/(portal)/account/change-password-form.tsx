"use client";

import { setServerFieldErrors } from "@/components/ui/server-field-errors";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { signIn, signOut } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { PASSWORD_RULE_TEXT } from "@/lib/auth/schemas";
import { changeOwnPasswordAction } from "@/lib/users/actions";
import { changeOwnPasswordSchema, type ChangeOwnPasswordInput } from "@/lib/users/schemas";

/**
 * Changing the password ends every session of the account (sessionVersion). This browser then signs
 * in again with the new password, so the user carries on; if that fails, they are sent to /login.
 */
export function ChangePasswordForm({ mustChange }: { mustChange: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "success" | "error" | "info"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ChangeOwnPasswordInput>({
    resolver: zodResolver(changeOwnPasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const res = await changeOwnPasswordAction(values);
    if (!res.ok) {
      setServerFieldErrors(setError, res.fieldErrors);
      setMessage({ tone: "error", text: res.error });
      return;
    }
    reset();
    setMessage({ tone: "info", text: "Đã đổi mật khẩu. Đang đăng nhập lại với mật khẩu mới…" });
    const again = await signIn("credentials", { identifier: res.data.username, password: values.newPassword, redirect: false });
    if (!again || again.error) {
      setMessage({ tone: "info", text: "Đã đổi mật khẩu. Vui lòng đăng nhập lại bằng mật khẩu mới." });
      await signOut({ callbackUrl: "/login" });
      return;
    }
    if (mustChange) {
      // A full load (not router.push): the session cookie was just renewed and every server component must see it.
      window.location.assign(new URL("/", window.location.origin));
      return;
    }
    setMessage({ tone: "success", text: "Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn (trên máy khác) đã kết thúc." });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-4" aria-label="Đổi mật khẩu">
      {message && (
        <Alert tone={message.tone === "info" ? "info" : message.tone}>
          {message.text}
        </Alert>
      )}
      <Field id="currentPassword" label="Mật khẩu hiện tại" error={errors.currentPassword?.message} required>
        <Input
          id="currentPassword"
          type="password"
          autoComplete="current-password"
          aria-invalid={!!errors.currentPassword}
          aria-describedby={describedBy("currentPassword", errors.currentPassword?.message)}
          {...register("currentPassword")}
        />
      </Field>
      <Field id="newPassword" label="Mật khẩu mới" error={errors.newPassword?.message} hint={PASSWORD_RULE_TEXT} required>
        <Input
          id="newPassword"
          type="password"
          autoComplete="new-password"
          aria-invalid={!!errors.newPassword}
          aria-describedby={describedBy("newPassword", errors.newPassword?.message, true)}
          {...register("newPassword")}
        />
      </Field>
      <Field id="confirmPassword" label="Nhập lại mật khẩu mới" error={errors.confirmPassword?.message} required>
        <Input
          id="confirmPassword"
          type="password"
          autoComplete="new-password"
          aria-invalid={!!errors.confirmPassword}
          aria-describedby={describedBy("confirmPassword", errors.confirmPassword?.message)}
          {...register("confirmPassword")}
        />
      </Field>
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Đang đổi mật khẩu…" : "Đổi mật khẩu"}
        </Button>
      </div>
    </form>
  );
}
