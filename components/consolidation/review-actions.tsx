"use client";

import { setServerFieldErrors } from "@/components/ui/server-field-errors";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Textarea } from "@/components/ui/field";
import { acceptRegistrationAction, returnRegistrationAction } from "@/lib/review/actions";
import { returnRegistrationSchema, type ReturnRegistrationInput } from "@/lib/review/schemas";

/**
 * The office's decision on a submitted Mẫu 1: "Trả lại để chỉnh sửa" (with a required comment) or
 * "Tiếp nhận". The form carries the lockVersion the page showed; a newer version gives a conflict.
 */
export function ReviewActions({
  campaignId,
  registrationId,
  lockVersion,
  canReviewNow,
  status,
  unitName,
}: {
  campaignId: string;
  registrationId: string;
  lockVersion: number;
  canReviewNow: boolean;
  status: string;
  unitName: string;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const form = useForm<ReturnRegistrationInput>({
    resolver: zodResolver(returnRegistrationSchema) as never,
    defaultValues: { campaignId, registrationId, lockVersion, comment: "" },
  });
  const { errors } = form.formState;
  const commentLength = form.watch("comment")?.length ?? 0;

  const onReturn = form.handleSubmit((values) => {
    setResult(null);
    start(async () => {
      const res = await returnRegistrationAction({ ...values, campaignId, registrationId, lockVersion });
      if (res.ok) {
        setResult({ ok: true, message: res.message ?? "Đã trả lại." });
        form.reset({ campaignId, registrationId, lockVersion: res.data.lockVersion, comment: "" });
        router.refresh();
      } else {
        setServerFieldErrors(form.setError, res.fieldErrors, { accept: (k) => k === "comment" });
        setResult({ ok: false, message: res.error });
      }
    });
  });

  const onAccept = () => {
    if (!window.confirm(`Tiếp nhận Mẫu 1 của ${unitName}? Sau khi tiếp nhận, đơn vị không sửa được biểu mẫu này nữa.`)) return;
    setResult(null);
    start(async () => {
      const res = await acceptRegistrationAction({ campaignId, registrationId, lockVersion });
      if (res.ok) {
        setResult({ ok: true, message: res.message ?? "Đã tiếp nhận." });
        router.refresh();
      } else {
        setResult({ ok: false, message: res.error });
      }
    });
  };

  return (
    <section aria-labelledby="review-h" className="rounded-lg border border-slate-200 bg-white p-4">
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
              ? "Biểu mẫu đã được trả lại cho đơn vị; sẽ xem xét tiếp khi đơn vị nộp lại."
              : status === "ACCEPTED"
                ? "Biểu mẫu đã được tiếp nhận."
                : "Chỉ xem xét được khi biểu mẫu đã nộp và đang chờ tiếp nhận."}
          </p>
        )
      ) : (
        <div className="grid gap-6 md:grid-cols-2">
          <div className="flex flex-col gap-2">
            <p className="text-sm text-slate-700">Nội dung đầy đủ, đúng mẫu: tiếp nhận để đưa vào tổng hợp báo cáo Ban Giám đốc.</p>
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
              hint={`Đơn vị sẽ thấy nội dung này khi mở lại biểu mẫu. ${commentLength.toLocaleString("vi-VN")}/2.000 ký tự.`}
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
