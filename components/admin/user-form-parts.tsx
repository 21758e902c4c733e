"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, Field, Input } from "@/components/ui/field";
import { ALL_ROLES, ROLE_LABELS } from "@/lib/auth/roles";
import { PASSWORD_RULE_TEXT } from "@/lib/auth/messages";

/** The `<option>`s of every role, for the role selects. */
export function RoleOptions() {
  return (
    <>
      {ALL_ROLES.map((r) => (
        <option key={r} value={r}>
          {ROLE_LABELS[r]}
        </option>
      ))}
    </>
  );
}

/** Generated temporary password or one typed by the administrator (create and reset). */
export function PasswordChoice({
  mode,
  registerMode,
  registerPassword,
  error,
  idPrefix,
  legend = "Mật khẩu ban đầu",
}: {
  legend?: string;
  mode: string;
  registerMode: UseFormRegisterReturn;
  registerPassword: UseFormRegisterReturn;
  error?: string;
  idPrefix: string;
}) {
  const pwId = `${idPrefix}-password`;
  return (
    <fieldset className="rounded-md border border-slate-300 p-3">
      <legend className="px-1 text-sm font-medium">{legend}</legend>
      <div className="flex flex-col gap-2 text-sm">
        <label className="flex items-center gap-2">
          <input type="radio" value="generate" className="h-4 w-4" {...registerMode} defaultChecked={mode === "generate"} />
          Tạo mật khẩu tạm ngẫu nhiên (hiển thị một lần)
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" value="manual" className="h-4 w-4" {...registerMode} defaultChecked={mode === "manual"} />
          Tự nhập mật khẩu
        </label>
      </div>
      {mode === "manual" && (
        <Field id={pwId} label="Mật khẩu" error={error} hint={PASSWORD_RULE_TEXT} className="mt-3" required>
          <Input id={pwId} type="password" autoComplete="new-password" aria-invalid={!!error} aria-describedby={describedBy(pwId, error, true)} {...registerPassword} />
        </Field>
      )}
      <p className="mt-2 text-xs text-slate-600">Người dùng phải đổi mật khẩu này khi đăng nhập lần đầu.</p>
    </fieldset>
  );
}
