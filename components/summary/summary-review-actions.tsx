"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Textarea } from "@/components/ui/field";
import { setServerFieldErrors } from "@/components/ui/server-field-errors";
import { acceptSummaryAction, returnSummaryAction } from "@/lib/summary/actions";
import { returnSummarySchema, type ReturnSummaryInput } from "@/lib/summary/schemas";

/**
 * The parent campaign's office decides on a consolidated report sent up by a child campaign:
 * "Trả lại để chỉnh sửa" with a required comment, or "Tiếp nhận". Carries the lockVersion shown.
 */
export function SummaryReviewActions({
  parentCampaignId,
  summaryReportId,
  lockVersion,
  canReviewNow,
  status,
  senderName,
}: {
  parentCampaignId: string;
  summaryReportId: string;
  lockVersion: number;
  canReviewNow: boolean;
  status: string;
  senderName: string;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const form = useForm<ReturnSummaryInput>({
    resolver: zodResolver(returnSummarySchema) as never,
    defaultValues: { parentCampaignId, summaryReportId, lockVersion, comment: "" },
  });
  const { errors } = form.formState;
  const commentLength = form.watch("comment")?.length ?? 0;

  const onReturn = form.handleSubmit((values) => {
    setResult(null);
    start(async () => {
      const res = await returnSummaryAction({ ...values, parentCampaignId, summaryReportId, lockVersion });
      if (res.ok) {
        setResult({ ok: true, message: res.message ?? "Đã trả lại." });
        form.reset({ parentCampaignId, summaryReportId, lockVersion: res.data.lockVersion, comment: "" });
        router.refresh();
      } else {
        setServerFieldErrors(form.setError, res.fieldErrors, { accept: (k) => k === "comment" });
        setResult({ ok: false, message: res.error });
      }
    });
  });

  const onAccept = () => {
    if (!window.confirm(`Tiếp nhận báo cáo của ${senderName}? Sau khi tiếp nhận, báo cáo không thay đổi được nữa.`)) return;
    setResult(null);
    start(async () => {
      const res = await acceptSummaryAction({ parentCampaignId, summaryReportId, lockVersion });
      if (res.ok) {
        setResult({ ok: true, message: res.message ?? "Đã tiếp nhận." });
        router.refresh();
      } else {
        setResult({ ok: false, message: res.error });
      }
    });
  };

  return (
    <section aria-labelledby="summary-review-h" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="summary-review-h" className="mb-3 text-lg font-semibold">
        Xem xét báo cáo
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
              ? "Báo cáo đã được trả lại; sẽ xem xét tiếp khi cấp dưới gửi lại."
              : status === "ACCEPTED"
                ? "Báo cáo đã được tiếp nhận."
                : "Chỉ xem xét được báo cáo đã gửi và đang chờ tiếp nhận."}
          </p>
        )
      ) : (
        <div className="grid gap-6 md:grid-cols-2">
          <div className="flex flex-col gap-2">
            <p className="text-sm text-slate-700">Nội dung, số liệu đầy đủ: tiếp nhận để tổng hợp vào báo cáo của kế hoạch này.</p>
            <div>
              <Button onClick={onAccept} disabled={pending}>
                {pending ? "Đang xử lý…" : "Tiếp nhận"}
              </Button>
            </div>
          </div>
          <form onSubmit={onReturn} noValidate className="flex flex-col gap-2">
            <Field
              id="summary-comment"
              label="Nội dung cần chỉnh sửa"
              required
              error={errors.comment?.message}
              hint={`Bộ phận CCHC cấp dưới sẽ thấy nội dung này trên trang báo cáo. ${commentLength.toLocaleString("vi-VN")}/2.000 ký tự.`}
            >
              <Textarea
                id="summary-comment"
                rows={4}
                maxLength={2000}
                aria-invalid={errors.comment ? true : undefined}
                aria-describedby={describedBy("summary-comment", errors.comment?.message, true)}
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
