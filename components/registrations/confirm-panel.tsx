"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Textarea } from "@/components/ui/field";
import { confirmIndividualRegistrationAction, returnIndividualToOwnerAction } from "@/lib/registrations/actions";
import { returnToOwnerSchema, type ReturnToOwnerInput } from "@/lib/registrations/schemas";

/** The unit head's decision on an individual's registration: confirm and submit, or return with a comment. */
export function ConfirmPanel({
  registrationId,
  lockVersion,
  ownerName,
  deadlinePassed,
  deadlineText,
}: {
  registrationId: string;
  lockVersion: number;
  ownerName: string;
  deadlinePassed: boolean;
  deadlineText: string | null;
}) {
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [ticked, setTicked] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ReturnToOwnerInput>({ resolver: zodResolver(returnToOwnerSchema), defaultValues: { registrationId, lockVersion, comment: "" } });

  async function confirm() {
    if (!ticked) {
      setMessage({ tone: "error", text: "Vui lòng đánh dấu ô xác nhận trước khi nộp." });
      return;
    }
    setConfirming(true);
    setMessage(null);
    const res = await confirmIndividualRegistrationAction({ registrationId, lockVersion });
    setConfirming(false);
    if (!res.ok) return setMessage({ tone: "error", text: res.error });
    setMessage({ tone: "success", text: res.message ?? "Đã xác nhận." });
  }

  const onReturn = handleSubmit(async (values) => {
    setMessage(null);
    const res = await returnIndividualToOwnerAction(values);
    if (!res.ok) {
      if (res.fieldErrors?.comment) setError("comment", { message: res.fieldErrors.comment });
      return setMessage({ tone: "error", text: res.error });
    }
    setMessage({ tone: "success", text: res.message ?? "Đã trả lại." });
  });

  return (
    <section aria-labelledby="confirm-title" className="my-6 rounded-md border border-blue-300 bg-blue-50 p-4">
      <h2 id="confirm-title" className="text-lg font-semibold">
        Xác nhận của trưởng đơn vị
      </h2>
      <p className="mt-1 text-sm text-slate-800">
        {ownerName} đã gửi đăng ký cá nhân này để trưởng đơn vị xác nhận. Xác nhận thì đăng ký được nộp cho Bộ phận CCHC; hoặc trả lại kèm ý kiến để chỉnh sửa.
      </p>
      {message && (
        <Alert tone={message.tone} className="mt-3">
          {message.text}
        </Alert>
      )}
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <div className="flex flex-col gap-3">
          {deadlinePassed && (
            <Alert tone="warning" title="Đã quá hạn nộp">
              Hạn nộp là {deadlineText}. Đăng ký vẫn được nộp nhưng sẽ được ghi nhận nộp trễ hạn.
            </Alert>
          )}
          <label className="inline-flex items-start gap-2 text-sm">
            <input type="checkbox" className="mt-0.5 h-4 w-4" checked={ticked} onChange={(e) => setTicked(e.target.checked)} />
            <span>Tôi xác nhận nội dung đăng ký (Xác nhận của trưởng đơn vị)</span>
          </label>
          <div>
            <Button onClick={confirm} disabled={confirming || isSubmitting}>
              {confirming ? "Đang nộp…" : "Xác nhận và nộp"}
            </Button>
          </div>
        </div>
        <form noValidate onSubmit={onReturn} className="flex flex-col gap-3">
          <Field id="return-comment" label="Nội dung cần chỉnh sửa" required error={errors.comment?.message}>
            <Textarea
              id="return-comment"
              rows={3}
              aria-invalid={!!errors.comment}
              aria-describedby={describedBy("return-comment", errors.comment?.message)}
              {...register("comment")}
            />
          </Field>
          <div>
            <Button type="submit" variant="secondary" disabled={confirming || isSubmitting}>
              {isSubmitting ? "Đang trả lại…" : "Trả lại để chỉnh sửa"}
            </Button>
          </div>
        </form>
      </div>
    </section>
  );
}
