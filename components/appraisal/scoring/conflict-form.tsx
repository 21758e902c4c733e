"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { Field, Textarea, describedBy } from "@/components/ui/field";
import { declareConflictAction } from "@/lib/appraisal/scoring/actions";

/**
 * "Khai báo xung đột lợi ích": the evaluator declines the item with a reason (10–1000 characters);
 * the item goes to another evaluator and the chair is told. Asks first: it cannot be undone here.
 */
export function ConflictForm({ assignmentId }: { assignmentId: string }) {
  const confirm = useConfirm();
  const [pending, start] = useTransition();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const id = "conflict-reason";

  return (
    <form
      noValidate
      aria-labelledby="conflict-title"
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        setResult(null);
        const text = reason.trim();
        if (text.length < 10) {
          setError(text ? "Lý do xung đột lợi ích tối thiểu 10 ký tự." : "Vui lòng nhập lý do xung đột lợi ích.");
          document.getElementById(id)?.focus();
          return;
        }
        void confirm({
          title: "Từ chối chấm nội dung này?",
          description: "Nội dung sẽ được phân công cho thành viên khác và Chủ tịch đợt thẩm định được thông báo. Điểm nháp của bạn được giữ lại trong nhật ký nhưng không được tính.",
          confirmLabel: "Từ chối chấm",
          tone: "danger",
        }).then((ok) => {
          if (!ok) return;
          start(async () => {
          const res = await declareConflictAction({ assignmentId, reason: text });
          if (res.ok) {
            setError(undefined);
            setResult({ ok: true, message: res.message ?? "Đã ghi nhận." });
          } else {
            setError(res.fieldErrors?.reason);
            setResult({ ok: false, message: res.error });
          }
          });
        });
      }}
    >
      <h2 id="conflict-title" className="text-base font-semibold">
        Khai báo xung đột lợi ích
      </h2>
      <p className="text-sm text-slate-700">
        Nếu bạn có liên quan đến nội dung này (tham gia xây dựng, người thân là tác giả…), hãy từ chối chấm và nêu lý do. Chỉ khai báo được trước khi gửi kết quả chấm.
      </p>
      <Field id={id} label="Lý do xung đột lợi ích" required hint="Từ 10 đến 1000 ký tự" error={error}>
        <Textarea
          id={id}
          name="reason"
          rows={3}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={!!error}
          aria-describedby={describedBy(id, error, true)}
          aria-required
        />
      </Field>
      {result && <Alert tone={result.ok ? "success" : "error"}>{result.message}</Alert>}
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Đang gửi…" : "Từ chối chấm do xung đột lợi ích"}
        </Button>
      </div>
    </form>
  );
}
