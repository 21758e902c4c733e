"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { unlockSignInAction } from "@/lib/users/sign-in-throttle-actions";
import { useFormStatus } from "./form-helpers";

/**
 * The sign-in throttling of one account and "Mở khoá đăng nhập", which lifts every block without
 * resetting the password. `summary` is the sentence the page computed (Vietnam time).
 */
export function SignInUnlock({ userId, summary, blocked }: { userId: string; summary: string; blocked: boolean }) {
  const { status, apply } = useFormStatus();
  const [busy, setBusy] = useState(false);
  async function unlock() {
    setBusy(true);
    apply(await unlockSignInAction({ id: userId }));
    setBusy(false);
  }
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-slate-700">{summary}</p>
      {status && <Alert tone={status.tone}>{status.text}</Alert>}
      <div>
        <Button variant={blocked ? "primary" : "secondary"} disabled={busy} onClick={unlock}>
          {busy ? "Đang mở khoá…" : "Mở khoá đăng nhập"}
        </Button>
      </div>
      <p className="text-xs text-slate-600">Không đổi mật khẩu: phiếu kín đã bỏ của thành viên Hội đồng vẫn sửa được.</p>
    </div>
  );
}
