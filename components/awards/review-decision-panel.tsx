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
import { admitProposalAction, returnProposalAction } from "@/lib/awards/review/actions";
import { JUSTIFICATION_MAX, JUSTIFICATION_MIN, justificationProblem } from "@/lib/awards/review/schemas";
import { reviewComment } from "@/lib/review/schemas";

const commentForm = z.object({ comment: reviewComment });
type CommentForm = z.infer<typeof commentForm>;
type AdmitForm = { justification: string };

/**
 * The standing office's decision on a submitted proposal: "Tiếp nhận" (admit; a nominee failing a
 * hard criterion needs a written justification, checked here and again on the server) or "Trả lại
 * để chỉnh sửa" with a required comment. Both carry the lockVersion the page showed.
 */
export function ReviewDecisionPanel({
  campaignId,
  proposalId,
  lockVersion,
  nomineeName,
  failsHardCriterion,
  failedHardCriteria,
  missingDocuments,
  canReviewNow,
  statusNote,
}: {
  campaignId: string;
  proposalId: string;
  lockVersion: number;
  nomineeName: string;
  failsHardCriterion: boolean;
  failedHardCriteria: string[];
  /** Required dossier documents with no file: the office usually returns such a dossier. */
  missingDocuments: string[];
  canReviewNow: boolean;
  /** What the office sees instead of the forms when the proposal is not waiting for it. */
  statusNote: string;
}) {
  const confirm = useConfirm();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const admit = useForm<AdmitForm>({ defaultValues: { justification: "" } });
  const ret = useForm<CommentForm>({ resolver: zodResolver(commentForm) as never, defaultValues: { comment: "" } });
  const justificationLength = useWatch({ control: admit.control, name: "justification" })?.length ?? 0;
  const commentLength = useWatch({ control: ret.control, name: "comment" })?.length ?? 0;
  const jErr = admit.formState.errors.justification?.message;
  const cErr = ret.formState.errors.comment?.message;

  const submitAdmit = admit.handleSubmit(async (values) => {
    setResult(null);
    const problem = justificationProblem(values.justification, failsHardCriterion);
    if (problem) {
      admit.setError("justification", { type: "rule", message: problem }, { shouldFocus: true });
      return;
    }
    const ok = await confirm(
      failsHardCriterion
        ? {
            title: `Tiếp nhận hồ sơ của ${nomineeName} dù không đạt tiêu chuẩn bắt buộc?`,
            description: "Nội dung giải trình sẽ được trình Hội đồng.",
            confirmLabel: "Tiếp nhận hồ sơ",
          }
        : { title: `Tiếp nhận hồ sơ của ${nomineeName}?`, description: "Hồ sơ sẽ đủ điều kiện đưa vào phiên họp Hội đồng.", confirmLabel: "Tiếp nhận hồ sơ" },
    );
    if (!ok) return;
    start(async () => {
      const res = await admitProposalAction({ campaignId, proposalId, lockVersion, justification: failsHardCriterion ? values.justification : undefined });
      if (res.ok) {
        setResult({ ok: true, message: res.message ?? "Đã tiếp nhận hồ sơ." });
      } else {
        setServerFieldErrors(admit.setError, res.fieldErrors, { accept: (k) => k === "justification", focusFirst: true });
        setResult({ ok: false, message: res.error });
      }
    });
  });

  const submitReturn = ret.handleSubmit((values) => {
    setResult(null);
    start(async () => {
      const res = await returnProposalAction({ campaignId, proposalId, lockVersion, comment: values.comment });
      if (res.ok) {
        setResult({ ok: true, message: res.message ?? "Đã trả lại hồ sơ." });
        ret.reset({ comment: "" });
      } else {
        setServerFieldErrors(ret.setError, res.fieldErrors, { accept: (k) => k === "comment", focusFirst: true });
        setResult({ ok: false, message: res.error });
      }
    });
  });

  return (
    <section aria-labelledby="decision-h" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="decision-h" className="mb-3 text-lg font-semibold">
        Kiểm tra của Thường trực Thi đua
      </h2>
      {result && (
        <Alert tone={result.ok ? "success" : "error"} className="mb-3">
          {result.message}
        </Alert>
      )}
      {!canReviewNow && !result?.ok && <p className="text-sm text-slate-700">{statusNote}</p>}
      {canReviewNow && !result?.ok && missingDocuments.length > 0 && (
        <Alert tone="warning" className="mb-3" title="Hồ sơ còn thiếu tài liệu bắt buộc">
          <ul className="mt-1 list-disc pl-5">
            {missingDocuments.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </Alert>
      )}
      {result?.ok || !canReviewNow ? null : (
        <div className="grid gap-6 md:grid-cols-2">
          <form onSubmit={submitAdmit} noValidate className="flex flex-col gap-2" aria-labelledby="admit-h">
            <h3 id="admit-h" className="font-semibold">
              Tiếp nhận trình Hội đồng
            </h3>
            {failsHardCriterion ? (
              <>
                <Alert tone="warning" title="Hồ sơ không đạt tiêu chuẩn bắt buộc">
                  {failedHardCriteria.length > 0 && (
                    <ul className="mt-1 list-disc pl-5">
                      {failedHardCriteria.map((c) => (
                        <li key={c}>{c}</li>
                      ))}
                    </ul>
                  )}
                  <p className="mt-1">Chỉ tiếp nhận khi có giải trình bằng văn bản; nội dung giải trình được hiển thị cho Hội đồng.</p>
                </Alert>
                <Field
                  id="justification"
                  label="Giải trình lý do tiếp nhận"
                  required
                  error={jErr}
                  hint={`Ít nhất ${JUSTIFICATION_MIN} ký tự. ${justificationLength.toLocaleString("vi-VN")}/${JUSTIFICATION_MAX.toLocaleString("vi-VN")} ký tự.`}
                >
                  <Textarea
                    id="justification"
                    rows={4}
                    maxLength={JUSTIFICATION_MAX}
                    aria-invalid={jErr ? true : undefined}
                    aria-describedby={describedBy("justification", jErr, true)}
                    aria-required="true"
                    {...admit.register("justification")}
                  />
                </Field>
              </>
            ) : (
              <p className="text-sm text-slate-700">Hồ sơ đầy đủ, đối tượng đạt các tiêu chuẩn: tiếp nhận để đưa vào phiên họp Hội đồng Thi đua - Khen thưởng.</p>
            )}
            <div>
              <Button type="submit" disabled={pending}>
                {pending ? "Đang xử lý…" : "Tiếp nhận"}
              </Button>
            </div>
          </form>
          <form onSubmit={submitReturn} noValidate className="flex flex-col gap-2" aria-labelledby="return-h">
            <h3 id="return-h" className="font-semibold">
              Trả lại đơn vị
            </h3>
            <Field
              id="comment"
              label="Nội dung cần chỉnh sửa"
              required
              error={cErr}
              hint={`Đơn vị sẽ thấy nội dung này khi mở lại hồ sơ. ${commentLength.toLocaleString("vi-VN")}/2.000 ký tự.`}
            >
              <Textarea
                id="comment"
                rows={4}
                maxLength={2000}
                aria-invalid={cErr ? true : undefined}
                aria-describedby={describedBy("comment", cErr, true)}
                aria-required="true"
                {...ret.register("comment")}
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
