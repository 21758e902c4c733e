"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "@/components/ui/link";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { resetPasswordAction, setUserActiveAction } from "@/lib/users/actions";
import { resetPasswordSchema, type ResetPasswordInput } from "@/lib/users/schemas";
import { useFormStatus } from "./form-helpers";
import { TemporaryPassword } from "./temporary-password";
import { PasswordChoice } from "./user-form-parts";

/** "Khoá tài khoản" (asks first; ends every session) or "Mở khoá tài khoản". Nobody locks themselves out. */
export function UserStatusControl({ userId, active, isSelf }: { userId: string; active: boolean; isSelf: boolean }) {
  const confirm = useConfirm();
  const { status, apply } = useFormStatus();
  const [busy, setBusy] = useState(false);
  async function run(next: boolean) {
    if (
      !next &&
      !(await confirm({
        title: "Khoá tài khoản này?",
        description: "Người dùng không đăng nhập được nữa và mọi phiên đăng nhập của tài khoản kết thúc ngay. Có thể mở khoá lại sau.",
        confirmLabel: "Khoá tài khoản",
        tone: "danger",
      }))
    )
      return;
    setBusy(true);
    apply(await setUserActiveAction({ id: userId, active: next }));
    setBusy(false);
  }
  return (
    <div className="flex flex-col gap-3">
      {status && <Alert tone={status.tone}>{status.text}</Alert>}
      {active ? (
        isSelf ? (
          <p className="text-sm text-slate-700">Bạn không thể tự khoá tài khoản của chính mình.</p>
        ) : (
          <div>
            <Button variant="danger" disabled={busy} onClick={() => run(false)}>
              {busy ? "Đang khoá…" : "Khoá tài khoản"}
            </Button>
          </div>
        )
      ) : (
        <div>
          <Button variant="secondary" disabled={busy} onClick={() => run(true)}>
            {busy ? "Đang mở khoá…" : "Mở khoá tài khoản"}
          </Button>
        </div>
      )}
    </div>
  );
}

/** "Đặt lại mật khẩu" of another account: a new temporary password, sessions ended, sign-in blocks lifted. */
export function ResetPasswordForm({ userId, username, isSelf }: { userId: string; username: string; isSelf: boolean }) {
  const { status, apply } = useFormStatus();
  const [temporary, setTemporary] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    control,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ResetPasswordInput>({ resolver: zodResolver(resetPasswordSchema), defaultValues: { id: userId, passwordMode: "generate", password: "" } });
  const mode = useWatch({ control, name: "passwordMode" });
  if (isSelf) {
    return (
      <p className="text-sm text-slate-700">
        Để đổi mật khẩu của chính bạn, hãy dùng trang{" "}
        <Link href="/account" className="text-brand-700 underline">
          Tài khoản của tôi
        </Link>
        .
      </p>
    );
  }
  const onSubmit = handleSubmit(async (values) => {
    setTemporary(null);
    const res = await resetPasswordAction(values);
    if (apply(res, setError) && res.ok) {
      setTemporary(res.data.temporaryPassword);
      reset({ id: userId, passwordMode: values.passwordMode, password: "" });
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Đặt lại mật khẩu">
      {status && <Alert tone={status.tone}>{status.text} Các phiên đăng nhập của tài khoản đã kết thúc và khoá đăng nhập (nếu có) đã được gỡ.</Alert>}
      {temporary && <TemporaryPassword password={temporary} username={username} />}
      <PasswordChoice
        mode={mode}
        registerMode={register("passwordMode")}
        registerPassword={register("password")}
        error={errors.password?.message}
        idPrefix="reset"
        legend="Mật khẩu mới (tạm thời)"
      />
      <div>
        <Button type="submit" variant="secondary" disabled={isSubmitting}>
          {isSubmitting ? "Đang đặt lại…" : "Đặt lại mật khẩu"}
        </Button>
      </div>
    </form>
  );
}
