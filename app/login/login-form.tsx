"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { loginSchema, type LoginInput, signInErrorMessage } from "@/lib/auth/schemas";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<LoginInput>({ resolver: zodResolver(loginSchema) });

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    let res: Awaited<ReturnType<typeof signIn>>;
    try {
      res = await signIn("credentials", { ...values, redirect: false });
    } catch {
      setError(signInErrorMessage("UNAVAILABLE"));
      return;
    }
    if (!res || res.error) {
      setError(signInErrorMessage(res?.error ?? (res ? null : "UNAVAILABLE")));
      return;
    }
    // Checked again here against the page's own origin: the URL is only ever a path of the portal.
    window.location.assign(safeCallbackPath(callbackUrl, window.location.origin));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {error && <Alert tone="error">{error}</Alert>}
      <Field id="identifier" label="Tên đăng nhập hoặc e-mail" error={errors.identifier?.message} required>
        <Input
          id="identifier"
          autoComplete="username"
          aria-invalid={!!errors.identifier}
          aria-describedby={describedBy("identifier", errors.identifier?.message)}
          {...register("identifier")}
        />
      </Field>
      <Field id="password" label="Mật khẩu" error={errors.password?.message} required>
        <Input
          id="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={!!errors.password}
          aria-describedby={describedBy("password", errors.password?.message)}
          {...register("password")}
        />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Đang đăng nhập…" : "Đăng nhập"}
      </Button>
    </form>
  );
}
