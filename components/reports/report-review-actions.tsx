"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Textarea } from "@/components/ui/field";
import { setServerFieldErrors } from "@/components/ui/server-field-errors";
import { acceptReportAction, returnReportAction } from "@/lib/reports/actions";
import { returnReportSchema, type ReturnReportInput } from "@/lib/reports/schemas";

/**
 * The office's decision on a submitted report: "Trả lại để chỉnh sửa" (comment required) or "Tiếp nhận".
 * The form carries the lockVersion the page showed; a newer one gives a conflict.
 */
export function ReportReviewActions({
  campaignId,
  reportId,
  lockVersion,
  canReviewNow,
  status,
  unitName,
  phaseName,
}: {
  campaignId: string;
  reportId: string;
  lockVersion: number;
  canReviewNow: boolean;
  status: string;
  unitName: string;
  phaseName: string;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const form = useForm<ReturnReportInput>({
    resolver: zodResolver(returnReportSchema) as never,
    defaultValues: { campaignId, reportId, lockVersion, comment: "" },
  });
  const { errors } = form.formState;
  const commentLength = form.watch("comment")?.length ?? 0;

  const onReturn = form.handleSubmit((values) => {
    setResult(null);
    start(async () => {
      const res = await returnReportAction({ ...values, campaignId, reportId, lockVersion });
      if (res.ok) {
        setResult({ ok: true, message: res.message ?? "Đã trả lại." });
        form.reset({ campaignId, reportId, lockVersion: res.data.lockVersion, comment: "" });
        router.refresh();
      } else {
        setServerFieldErrors(form.setError, res.fieldErrors, { accept: (k) => k === "comment" });
        setResult({ ok: false, message: res.error });
      }
    });
  });

  const onAccept = () => {
    if (!window.confirm(`Tiếp nhận ${phaseName} của ${unitName}? Sau khi tiếp nhận, đơn vị không sửa được báo cáo này nữa.`)) return;
    setResult(null);
    start(async () => {
      const res = await acceptReportAction({ campaignId, reportId, lockVersion });
      if (res.ok) {
        setResult({ ok: true, message: res.message ?? "Đã tiếp nhận." });
        router.refresh();
      } else {
        setResult({ ok: false, message: res.error });
      }
    });
  };

  return (
    <section aria-labelledby="review-h" className="rounded-lg border border-slate-200 bg-white p-4" data-print-hide>
      <h2 id="review-h" className="mb-3 text-lg font-semibold">
        Xem xét của Bộ phận CCHC
      </h2>
      {result && (
        <Alert tone={result.ok ? "success" : "error"} className="mb-3">
          {result.message}
        </Alert>
      )}
      {!canReviewNow ? (
        !result?.ok && (
          <p className="text-sm text-slate-700">
            {status === "RETURNED"
              ? "Báo cáo đã được trả lại cho đơn vị; sẽ xem xét tiếp khi đơn vị nộp lại."
              : status === "ACCEPTED"
                ? "Báo cáo đã được tiếp nhận."
                : "Chỉ xem xét được khi báo cáo đã nộp và đang chờ tiếp nhận."}
          </p>
        )
      ) : (
        <div className="grid gap-6 md:grid-cols-2">
          <div className="flex flex-col gap-2">
            <p className="text-sm text-slate-700">Nội dung đầy đủ, đúng mẫu: tiếp nhận để đưa vào báo cáo tổng hợp gửi cấp trên.</p>
            <div>
              <Button onClick={onAccept} disabled={pending}>
                {pending ? "Đang xử lý…" : "Tiếp nhận"}
              </Button>
            </div>
          </div>
          <form onSubmit={onReturn} noValidate className="flex flex-col gap-2">
            <Field
              id="comment"
              label="Nội dung cần chỉnh sửa"
              required
              error={errors.comment?.message}
              hint={`Đơn vị sẽ thấy nội dung này khi mở lại báo cáo. ${commentLength.toLocaleString("vi-VN")}/2.000 ký tự.`}
            >
              <Textarea
                id="comment"
                rows={4}
                maxLength={2000}
                aria-invalid={errors.comment ? true : undefined}
                aria-describedby={describedBy("comment", errors.comment?.message, true)}
                aria-required="true"
                {...form.register("comment")}
              />
            </Field>
            <div>
              <Button type="submit" variant="danger" disabled={pending}>
                {pending ? "Đang xử lý…" : "Trả lại để chỉnh sửa"}
              </Button>
            </div>
          </form>
        </div>
      )}
    </section>
  );
}
