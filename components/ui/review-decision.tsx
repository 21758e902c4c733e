"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { describedBy, Field, Textarea } from "@/components/ui/field";
import { setServerFieldErrors } from "@/components/ui/server-field-errors";
import type { ActionResult } from "@/lib/actions/result";
import { reviewComment } from "@/lib/review/schemas";

const commentForm = z.object({ comment: reviewComment });
type CommentForm = z.infer<typeof commentForm>;

export interface ReviewDecisionTexts {
  /** Id of the comment field (its error is `<id>-error`). */
  commentId: string;
  headingId: string;
  heading: string;
  /** The question asked before "Tiếp nhận" and what accepting means. */
  acceptConfirm: { title: string; description: string };
  acceptHint: string;
  commentHint: string;
  whenReturned: string;
  whenAccepted: string;
  otherwise: string;
}

/**
 * The reviewer's decision on a submission — "Tiếp nhận", or "Trả lại để chỉnh sửa" with a required
 * comment — shared by the Mẫu 1 review, the unit report review and the parent office's review of a
 * consolidated report. The callers bind their own server action (with the ids and the lockVersion the
 * page showed); the server validates the comment again with the same rule.
 */
export function ReviewDecision({
  canReviewNow,
  status,
  texts,
  onReturn,
  onAccept,
  printHide,
}: {
  canReviewNow: boolean;
  status: string;
  texts: ReviewDecisionTexts;
  onReturn: (comment: string) => Promise<ActionResult<unknown>>;
  onAccept: () => Promise<ActionResult<unknown>>;
  printHide?: boolean;
}) {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const form = useForm<CommentForm>({ resolver: zodResolver(commentForm) as never, defaultValues: { comment: "" } });
  const { errors } = form.formState;
  const commentLength = useWatch({ control: form.control, name: "comment" })?.length ?? 0;
  const id = texts.commentId;
  const confirm = useConfirm();

  const submitReturn = form.handleSubmit((values) => {
    setResult(null);
    start(async () => {
      const res = await onReturn(values.comment);
      if (res.ok) {
        setResult({ ok: true, message: res.message ?? "Đã trả lại." });
        form.reset({ comment: "" });
      } else {
        setServerFieldErrors(form.setError, res.fieldErrors, { accept: (k) => k === "comment" });
        setResult({ ok: false, message: res.error });
      }
    });
  });

  const accept = async () => {
    if (!(await confirm({ ...texts.acceptConfirm, confirmLabel: "Tiếp nhận" }))) return;
    setResult(null);
    start(async () => {
      const res = await onAccept();
      if (res.ok) {
        setResult({ ok: true, message: res.message ?? "Đã tiếp nhận." });
      } else {
        setResult({ ok: false, message: res.error });
      }
    });
  };

  return (
    <section aria-labelledby={texts.headingId} className="rounded-lg border border-slate-200 bg-white p-4" data-print-hide={printHide ? "" : undefined}>
      <h2 id={texts.headingId} className="mb-3 text-lg font-semibold">
        {texts.heading}
      </h2>
      {result && (
        <Alert tone={result.ok ? "success" : "error"} className="mb-3">
          {result.message}
        </Alert>
      )}
      {!canReviewNow ? (
        !result?.ok && (
          <p className="text-sm text-slate-700">{status === "RETURNED" ? texts.whenReturned : status === "ACCEPTED" ? texts.whenAccepted : texts.otherwise}</p>
        )
      ) : (
        <div className="grid gap-6 md:grid-cols-2">
          <div className="flex flex-col gap-2">
            <p className="text-sm text-slate-700">{texts.acceptHint}</p>
            <div>
              <Button onClick={accept} disabled={pending}>
                {pending ? "Đang xử lý…" : "Tiếp nhận"}
              </Button>
            </div>
          </div>
          <form onSubmit={submitReturn} noValidate className="flex flex-col gap-2">
            <Field
              id={id}
              label="Nội dung cần chỉnh sửa"
              required
              error={errors.comment?.message}
              hint={`${texts.commentHint} ${commentLength.toLocaleString("vi-VN")}/2.000 ký tự.`}
            >
              <Textarea
                id={id}
                rows={4}
                maxLength={2000}
                aria-invalid={errors.comment ? true : undefined}
                aria-describedby={describedBy(id, errors.comment?.message, true)}
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
