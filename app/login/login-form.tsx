"use client";

import { useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { validateLazily, type LazyFieldErrors } from "@/components/ui/lazy-validation";
import { signInWithPassword } from "@/lib/auth/client";
import { signInErrorMessage } from "@/lib/auth/messages";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";

const loadSchema = () => import("@/lib/auth/schemas").then((m) => m.loginSchema);

/**
 * The sign-in form. A plain form (no form library, no zod, no next-auth client in the page's first load):
 * the fields are checked with the same schema as the server, loaded when the user submits.
 */
export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [errors, setErrors] = useState<LazyFieldErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (submitting) return;
    setError(null);
    const form = new FormData(e.currentTarget);
    let leaving = false;
    setSubmitting(true);
    try {
      const checked = await validateLazily(loadSchema, { identifier: form.get("identifier") ?? "", password: form.get("password") ?? "" });
      if (!checked.ok) {
        setErrors(checked.errors);
        const first = Object.keys(checked.errors)[0];
        formRef.current?.querySelector<HTMLInputElement>(`#${first}`)?.focus();
        return;
      }
      setErrors({});
      const res = await signInWithPassword(checked.data.identifier, checked.data.password);
      if (res.error) {
        setError(signInErrorMessage(res.error));
        return;
      }
      // Checked again here against the page's own origin: the URL is only ever a path of the portal.
      leaving = true;
      window.location.assign(safeCallbackPath(callbackUrl, window.location.origin));
    } catch {
      setError(signInErrorMessage("UNAVAILABLE"));
    } finally {
      if (!leaving) setSubmitting(false);
    }
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {error && <Alert tone="error">{error}</Alert>}
      <Field id="identifier" label="Tên đăng nhập hoặc e-mail" error={errors.identifier} required>
        <Input id="identifier" name="identifier" autoComplete="username" aria-invalid={!!errors.identifier} aria-describedby={describedBy("identifier", errors.identifier)} />
      </Field>
      <Field id="password" label="Mật khẩu" error={errors.password} required>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={!!errors.password}
          aria-describedby={describedBy("password", errors.password)}
        />
      </Field>
      <Button type="submit" disabled={submitting}>
        {submitting ? "Đang đăng nhập…" : "Đăng nhập"}
      </Button>
    </form>
  );
}
