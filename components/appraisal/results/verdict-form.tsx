"use client";

import { useId, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Textarea } from "@/components/ui/field";
import { recordVerdictAction } from "@/lib/appraisal/outcome/actions";
import { VERDICTS, verdictLabel } from "@/lib/appraisal/outcome/labels";
import { VERDICT_REASON_MAX, VERDICT_REASON_MIN } from "@/lib/appraisal/outcome/schemas";
import type { AppraisalVerdict } from "@/lib/generated/prisma/enums";

/**
 * "Kết luận của Chủ trì": one of the four verdicts and a reason (5–2000 characters). What the user
 * typed stays on screen when the server refuses it; the refusal is shown at the field.
 */
export function VerdictForm({
  itemId,
  issuingUnitKind,
  current,
}: {
  itemId: string;
  issuingUnitKind: string;
  current: { verdict: AppraisalVerdict | null; reason: string | null };
}) {
  const uid = useId();
  const [pending, start] = useTransition();
  const [verdict, setVerdict] = useState<AppraisalVerdict | "">(current.verdict ?? "");
  const [reason, setReason] = useState(current.reason ?? "");
  const [errors, setErrors] = useState<{ verdict?: string; reason?: string }>({});
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const reasonId = `${uid}-reason`;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setResult(null);
    const local: typeof errors = {};
    if (!verdict) local.verdict = "Chọn một kết luận.";
    if (reason.trim().length < VERDICT_REASON_MIN) local.reason = `Ghi lý do kết luận (ít nhất ${VERDICT_REASON_MIN} ký tự).`;
    setErrors(local);
    if (local.verdict || local.reason) return;
    start(async () => {
      const res = await recordVerdictAction({ itemId, verdict, reason });
      if (res.ok) {
        setResult({ ok: true, message: res.message ?? "Đã ghi kết luận." });
      } else {
        setErrors({ verdict: res.fieldErrors?.verdict, reason: res.fieldErrors?.reason });
        setResult({ ok: false, message: res.error });
      }
    });
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3" aria-label="Kết luận của Chủ trì">
      {result && <Alert tone={result.ok ? "success" : "error"}>{result.message}</Alert>}
      <fieldset aria-describedby={errors.verdict ? `${uid}-verdict-error` : undefined}>
        <legend className="text-sm font-medium text-slate-900">
          Kết luận <span className="text-red-700" aria-hidden="true">*</span>
        </legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {VERDICTS.map((v) => (
            <label key={v} className="flex min-h-10 items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
              <input type="radio" name={`${uid}-verdict`} value={v} checked={verdict === v} onChange={() => setVerdict(v)} className="size-4" />
              {verdictLabel(v, issuingUnitKind)}
            </label>
          ))}
        </div>
        {errors.verdict && (
          <p id={`${uid}-verdict-error`} className="mt-1 text-sm text-red-700" data-field-error>
            {errors.verdict}
          </p>
        )}
      </fieldset>
      <Field id={reasonId} label="Lý do" required error={errors.reason} hint={`${reason.length.toLocaleString("vi-VN")}/${VERDICT_REASON_MAX.toLocaleString("vi-VN")} ký tự`}>
        <Textarea
          id={reasonId}
          rows={4}
          value={reason}
          maxLength={VERDICT_REASON_MAX}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={!!errors.reason}
          aria-describedby={describedBy(reasonId, errors.reason, true)}
        />
      </Field>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Đang lưu…" : current.verdict ? "Cập nhật kết luận" : "Ghi kết luận"}
        </Button>
      </div>
    </form>
  );
}
