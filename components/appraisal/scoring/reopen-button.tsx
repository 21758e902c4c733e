"use client";

import { useId, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Textarea, describedBy } from "@/components/ui/field";
import { reopenScoresAction } from "@/lib/appraisal/scoring/actions";

/**
 * For the round's chair (the round's results page): "Mở lại kết quả chấm" of one evaluator's submitted
 * sheet, with a required reason (10–1000 characters) written to the audit log; the evaluator is told.
 */
export function ReopenScoresButton({ assignmentId, evaluatorName }: { assignmentId: string; evaluatorName: string }) {
  const [open, setOpen] = useState(false);
  const [pending, start] = useTransition();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const id = `reopen-${useId()}`;

  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Mở lại kết quả chấm<span className="sr-only"> của {evaluatorName}</span>
      </Button>
    );
  }
  return (
    <form
      noValidate
      className="flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        setResult(null);
        start(async () => {
          const res = await reopenScoresAction({ assignmentId, reason: reason.trim() });
          if (res.ok) {
            setResult({ ok: true, message: res.message ?? "Đã mở lại." });
          } else {
            setError(res.fieldErrors?.reason);
            setResult({ ok: false, message: res.error });
          }
        });
      }}
    >
      <Field id={id} label={`Lý do mở lại kết quả chấm của ${evaluatorName}`} required hint="Từ 10 đến 1000 ký tự; ghi vào nhật ký" error={error}>
        <Textarea id={id} rows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={!!error} aria-describedby={describedBy(id, error, true)} aria-required />
      </Field>
      {result && <Alert tone={result.ok ? "success" : "error"}>{result.message}</Alert>}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Đang mở lại…" : "Mở lại"}
        </Button>
        <Button variant="ghost" onClick={() => setOpen(false)} disabled={pending}>
          Huỷ
        </Button>
      </div>
    </form>
  );
}
