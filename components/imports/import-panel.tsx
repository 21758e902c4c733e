"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { ImportIssuesTable, type ImportIssue as Issue } from "./import-issues";
import type { ImportTexts } from "./import-texts";

type Outcome =
  | { ok: true; added?: number; created?: number; skippedExisting: number; skippedInvalid?: number; credentials?: { username: string; fullName: string; temporaryPassword: string }[] }
  | { ok: false; message: string; issues?: Issue[]; valid?: number; fieldErrors?: { file?: string } };

const MAX_BYTES = 5 * 1024 * 1024;

const doneText = (t: ImportTexts, n: number) => (n > 0 ? t.done.replace("{n}", String(n)) : t.none);

/**
 * "Nhập từ Excel": download the template, fill it in Excel, upload it. The server checks every row
 * with the form's own rules and answers with the errors by row and column; nothing is written unless
 * the whole file is valid (or, where offered, "only the valid rows" is ticked).
 */
export function ImportPanel({ texts: t, action, templateHref, fields = {}, allowValidOnly = false }: { texts: ImportTexts; action: string; templateHref: string; fields?: Record<string, string>; allowValidOnly?: boolean }) {
  const router = useRouter();
  const id = useId();
  const fileId = `${id}-file`;
  const [busy, setBusy] = useState(false);
  const [fileError, setFileError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const file = form.get("file");
    setOutcome(null);
    if (!(file instanceof File) || file.size === 0) return setFileError(t.missingFile);
    if (file.size > MAX_BYTES) return setFileError(t.tooLarge);
    setFileError(undefined);
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    setBusy(true);
    try {
      const res = await fetch(action, { method: "POST", body: form });
      const body = (await res.json().catch(() => ({ ok: false, message: "Không nhập được tệp lúc này. Vui lòng thử lại." }))) as Outcome;
      setOutcome(body);
      if (!body.ok && body.fieldErrors?.file) setFileError(body.fieldErrors.file);
      if (body.ok && (body.added ?? body.created ?? 0) > 0) router.refresh();
    } catch {
      setOutcome({ ok: false, message: "Mất kết nối tới máy chủ. Vui lòng thử lại." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="mb-4 rounded-md border border-slate-300 bg-white p-3" data-import-panel>
      <summary className="cursor-pointer text-sm font-semibold text-slate-900">Nhập từ Excel</summary>
      <div className="mt-3 flex flex-col gap-3 text-sm">
        <p className="text-slate-700">{t.intro}</p>
        <p>
          <a href={templateHref} className="font-medium text-brand-700 underline underline-offset-2" download>
            {t.template}
          </a>
        </p>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label={t.form}>
          <Field id={fileId} label={t.file} error={fileError} hint="Tối đa 5 MB.">
            <input
              id={fileId}
              name="file"
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-invalid={!!fileError}
              aria-describedby={describedBy(fileId, fileError, true)}
              className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-400 file:bg-slate-50 file:px-3 file:py-1.5"
            />
          </Field>
          {allowValidOnly && (
            <label className="flex items-start gap-2">
              <input type="checkbox" name="validOnly" value="1" className="mt-1" />
              <span>Chỉ nhập các dòng hợp lệ, bỏ qua các dòng có lỗi</span>
            </label>
          )}
          <div>
            <Button type="submit" disabled={busy}>
              {busy ? "Đang kiểm tra tệp…" : t.submit}
            </Button>
          </div>
        </form>
        {outcome?.ok && (
          <Alert tone="success">
            {doneText(t, outcome.added ?? outcome.created ?? 0)}
            {outcome.skippedExisting > 0 && t.existing.replace("{n}", String(outcome.skippedExisting))}
            {(outcome.skippedInvalid ?? 0) > 0 && ` Bỏ qua ${outcome.skippedInvalid} dòng có lỗi.`}
            {t.after}
          </Alert>
        )}
        {outcome?.ok && outcome.credentials && outcome.credentials.length > 0 && (
          <div className="overflow-x-auto">
            <Alert tone="warning" className="mb-2">
              Mật khẩu tạm chỉ hiển thị một lần: hãy chuyển cho từng người qua kênh an toàn trước khi rời trang.
            </Alert>
            <table className="w-full border-collapse text-sm" data-import-credentials>
              <caption className="mb-1 text-left font-semibold">Tài khoản mới và mật khẩu tạm</caption>
              <thead>
                <tr className="bg-slate-50">
                  {["Tên đăng nhập", "Họ và tên", "Mật khẩu tạm"].map((h) => (
                    <th key={h} scope="col" className="border border-slate-300 px-2 py-1 text-left">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {outcome.credentials.map((c) => (
                  <tr key={c.username}>
                    <td className="border border-slate-300 px-2 py-1">{c.username}</td>
                    <td className="border border-slate-300 px-2 py-1">{c.fullName}</td>
                    <td className="border border-slate-300 px-2 py-1 font-mono">{c.temporaryPassword}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {outcome && !outcome.ok && (
          <Alert tone="error" title="Chưa nhập">
            <p>{outcome.message}</p>
          </Alert>
        )}
        {outcome && !outcome.ok && outcome.issues && <ImportIssuesTable issues={outcome.issues} />}
      </div>
    </details>
  );
}
