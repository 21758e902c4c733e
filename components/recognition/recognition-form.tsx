"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxPickList } from "@/components/ui/checkbox-pick-list";
import { DateInput } from "@/components/ui/date-input";
import { describedBy, Field, Input, Textarea } from "@/components/ui/field";
import { setServerFieldErrors } from "@/components/ui/server-field-errors";
import { recordRecognitionAction } from "@/lib/recognition/actions";
import { recordRecognitionSchema, type RecordRecognitionForm, type RecordRecognitionInput } from "@/lib/recognition/schemas";

export interface RecognisableOption {
  id: string;
  content: string;
  /** "Mô hình · Phòng Quy hoạch khu vực 1" (and the origin unit of a forwarded copy). */
  detail: string;
  roundName: string | null;
}

const FIELDS = ["number", "signedOn", "signerName", "signerTitle", "summary", "level", "initiativeIds"] as const;

/**
 * "Ghi nhận quyết định công nhận": number, signing date, signer, summary, and the initiatives the
 * Steering Committee proposed for recognition (verdict “đề nghị công nhận”) not yet recognised at the
 * issuing unit's level. The level is the issuing unit's own (shown, not chosen). Refusals come back next
 * to their field; the input stays on screen.
 */
export function RecognitionForm({
  campaignId,
  levelLabel,
  issuerName,
  today,
  defaults,
  candidates,
}: {
  campaignId: string;
  levelLabel: string;
  issuerName: string;
  today: string;
  defaults: { signerName: string; signerTitle: string; summary: string };
  candidates: RecognisableOption[];
}) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const form = useForm<RecordRecognitionForm, unknown, RecordRecognitionInput>({
    resolver: zodResolver(recordRecognitionSchema),
    defaultValues: { campaignId, number: "", signedOn: today, signerName: defaults.signerName, signerTitle: defaults.signerTitle, summary: defaults.summary, level: "", initiativeIds: [] },
  });
  const {
    register,
    handleSubmit,
    control,
    setValue,
    reset,
    setError: setFieldError,
    formState: { errors },
  } = form;
  const selected = useWatch({ control, name: "initiativeIds" }) ?? [];

  const submit = (event: FormEvent<HTMLFormElement>) =>
    void handleSubmit((values) => {
      setError(null);
      setDone(null);
      start(async () => {
        const res = await recordRecognitionAction(values);
        if (res.ok) {
          setDone(res.message ?? "Đã ghi nhận quyết định.");
          reset({ ...values, number: "", initiativeIds: [] });
          return;
        }
        const placed = setServerFieldErrors(setFieldError, res.fieldErrors, { accept: (k) => (FIELDS as readonly string[]).includes(k), focusFirst: true });
        setError(placed ? "Quyết định chưa được ghi nhận: kiểm tra các ô được đánh dấu." : res.error);
        if (!placed) requestAnimationFrame(() => errorRef.current?.focus());
      });
    })(event);

  const err = (k: (typeof FIELDS)[number]) => errors[k]?.message as string | undefined;
  const aria = (k: (typeof FIELDS)[number], hint = false) => ({ "aria-invalid": err(k) ? true : undefined, "aria-describedby": describedBy(k, err(k), hint) });
  const listError = err("initiativeIds");

  if (candidates.length === 0) {
    return (
      <div className="flex flex-col gap-3">
        {done && <Alert tone="success">{done}</Alert>}
        <Alert tone="info">
          Chưa có nội dung nào chờ công nhận: Ban Chỉ đạo chưa có kết luận “đề nghị công nhận” trong đợt thẩm định đang mở hoặc đã kết thúc, hoặc các nội dung đã được công nhận.
        </Alert>
      </div>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5" aria-label="Ghi nhận quyết định công nhận">
      <div ref={errorRef} tabIndex={-1} className="outline-none">
        {error && <Alert tone="error">{error}</Alert>}
        {done && <Alert tone="success">{done}</Alert>}
      </div>

      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 text-base font-semibold">Quyết định công nhận {levelLabel}</legend>
        <Field id="number" label="Số, ký hiệu" hint={`Ví dụ 52/QĐ-SQHKT; không trùng với quyết định công nhận khác của ${issuerName}.`} error={err("number")} required>
          <Input id="number" autoComplete="off" {...aria("number", true)} {...register("number")} />
        </Field>
        <Field id="signedOn" label="Ngày ký" hint="Không sau ngày hôm nay." error={err("signedOn")} required>
          <DateInput control={form.control} name="signedOn" id="signedOn" {...aria("signedOn", true)} />
        </Field>
        <Field id="signerName" label="Người ký" error={err("signerName")} required>
          <Input id="signerName" autoComplete="off" {...aria("signerName")} {...register("signerName")} />
        </Field>
        <Field id="signerTitle" label="Chức vụ người ký" error={err("signerTitle")} required>
          <Input id="signerTitle" autoComplete="off" {...aria("signerTitle")} {...register("signerTitle")} />
        </Field>
        <Field id="summary" label="Trích yếu" error={err("summary")} required className="sm:col-span-2">
          <Textarea id="summary" rows={2} maxLength={1000} {...aria("summary")} {...register("summary")} />
        </Field>
        {err("level") && (
          <p id="level-error" className="text-sm text-red-700 sm:col-span-2" role="alert" data-field-error>
            {err("level")}
          </p>
        )}
      </fieldset>

      <CheckboxPickList
        name="initiativeIds"
        legend="Mô hình, giải pháp, sáng kiến được công nhận"
        hint={`Các nội dung Ban Chỉ đạo đã thẩm định và đề nghị công nhận, chưa được công nhận ${levelLabel}.`}
        error={listError}
        options={candidates.map((c) => ({ id: c.id, title: c.content, detail: `${c.detail}${c.roundName ? ` · ${c.roundName}` : ""}` }))}
        selected={selected}
        onChange={(ids) => setValue("initiativeIds", ids, { shouldValidate: !!errors.initiativeIds })}
        dataList="recognisable-list"
        dataItem="recognisable"
      />

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Đang ghi nhận…" : "Ghi nhận quyết định"}
        </Button>
        <span className="text-sm text-slate-700" aria-live="polite">
          Đã chọn {selected.length}/{candidates.length}
        </span>
      </div>
    </form>
  );
}
