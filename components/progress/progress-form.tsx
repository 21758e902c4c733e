"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useMemo, useState } from "react";
import { useHydrated } from "@/lib/use-hydrated";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { setServerFieldErrors } from "@/components/ui/server-field-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { describedBy, Field, Input, Textarea } from "@/components/ui/field";
import { updateProgressAction } from "@/lib/progress/actions";
import { progressFormSchema, PROGRESS_VALUES, type ProgressForm, type ProgressFormInput, type ProgressRules, type ResultRowInput } from "@/lib/progress/schemas";
import { PROGRESS_LABELS } from "@/lib/reports/labels";

export interface ProgressFormProps {
  initiativeId: string;
  updatedAt: string;
  rules: ProgressRules;
  /** Shown when the unit chooses "dropped" for an initiative a decision recognised. */
  recognitionWarning?: string | null;
  initial: {
    progress: ProgressFormInput["progress"];
    completedOn: string;
    droppedReason: string;
    progressNote: string;
    results: ResultRowInput[];
  };
}

const dmy = (v: string) => `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}`;
const emptyRow = (): ResultRowInput => ({ indicator: "", unitOfMeasure: "", valueBefore: "", valueAfter: "", source: "" });

/** The unit's progress form: status, completion date or reason, a note, and results as figures. */
export function ProgressEditor({ initiativeId, updatedAt, rules, initial, recognitionWarning }: ProgressFormProps) {
  const schema = useMemo(() => progressFormSchema(rules), [rules]);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    getValues,
    formState: { errors, isDirty },
  } = useForm<ProgressFormInput, unknown, ProgressForm>({
    resolver: zodResolver(schema),
    defaultValues: { initiativeId, updatedAt, ...initial },
  });
  const { fields: rows, append, remove } = useFieldArray({ control, name: "results" });
  const progress = useWatch({ control, name: "progress" });
  // Until the page is interactive a click would submit the form natively: wait for it.
  const ready = useHydrated();

  useEffect(() => {
    if (!isDirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [isDirty]);

  const onSubmit = handleSubmit(
    async (values) => {
      setMessage(null);
      setBusy(true);
      try {
        // The typed texts are sent (the server parses them with the same schema).
        const raw = getValues();
        const res = await updateProgressAction({ ...raw, initiativeId, updatedAt: raw.updatedAt });
        if (!res.ok) {
          setServerFieldErrors(setError, res.fieldErrors, { accept: (k) => k !== "_form" && k !== "initiativeId" && k !== "updatedAt", focusFirst: true });
          setMessage({ tone: "error", text: res.error });
          return;
        }
        reset({ ...raw, updatedAt: res.data.updatedAt });
        setMessage({ tone: "success", text: `${res.message ?? "Đã lưu."} ${PROGRESS_LABELS[values.progress]}; ${res.data.resultCount} chỉ tiêu kết quả.` });
      } catch {
        setMessage({ tone: "error", text: "Không lưu được (mất kết nối?). Dữ liệu bạn nhập vẫn còn trên trang, vui lòng thử lại." });
      } finally {
        setBusy(false);
      }
    },
    () => setMessage({ tone: "error", text: "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu." }),
  );

  const rowsError = errors.results?.root?.message ?? errors.results?.message;

  return (
    <form noValidate method="post" onSubmit={onSubmit} className="flex flex-col gap-5" aria-label="Cập nhật tiến độ và kết quả">
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-slate-900">
          Tình trạng thực hiện
          <span className="text-red-700" aria-hidden="true">
            {" "}
            *
          </span>
        </legend>
        <div className="grid grid-cols-2 gap-2 lg:grid-cols-4">
          {PROGRESS_VALUES.map((p) => (
            <label key={p} className="flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
              <input type="radio" value={p} {...register("progress")} className="h-4 w-4" />
              {PROGRESS_LABELS[p]}
            </label>
          ))}
        </div>
        {errors.progress?.message && (
          <p className="text-sm text-red-700" data-field-error>
            {errors.progress.message}
          </p>
        )}
      </fieldset>

      {progress === "COMPLETED" && (
        <Field id="completedOn" label="Ngày hoàn thành" required error={errors.completedOn?.message} hint={`Từ ${dmy(rules.startsOn)} đến hôm nay.`} className="max-w-xs">
          <DateInput
            control={control}
            name="completedOn"
            id="completedOn"
            aria-invalid={!!errors.completedOn}
            aria-describedby={describedBy("completedOn", errors.completedOn?.message, true)}
          />
        </Field>
      )}
      {progress === "DROPPED" && recognitionWarning && (
        <Alert tone="warning" title="Nội dung đã được công nhận">
          <p data-testid="drop-recognised-warning">{recognitionWarning}</p>
        </Alert>
      )}
      {progress === "DROPPED" && (
        <Field id="droppedReason" label="Lý do dừng thực hiện" required error={errors.droppedReason?.message} hint="Tối đa 1.000 ký tự.">
          <Textarea
            id="droppedReason"
            rows={3}
            aria-invalid={!!errors.droppedReason}
            aria-describedby={describedBy("droppedReason", errors.droppedReason?.message, true)}
            {...register("droppedReason")}
          />
        </Field>
      )}
      <Field id="progressNote" label="Ghi chú tiến độ" error={errors.progressNote?.message} hint="Việc đã làm, khó khăn, dự kiến tiếp theo. Tối đa 2.000 ký tự.">
        <Textarea
          id="progressNote"
          rows={3}
          aria-invalid={!!errors.progressNote}
          aria-describedby={describedBy("progressNote", errors.progressNote?.message, true)}
          {...register("progressNote")}
        />
      </Field>

      <section aria-labelledby="results-heading" className="flex flex-col gap-3">
        <div>
          <h3 id="results-heading" className="text-base font-semibold text-slate-900">
            Kết quả bằng số liệu
          </h3>
          <p className="text-sm text-slate-700">
            Mỗi chỉ tiêu một dòng, ví dụ “Tỷ lệ hồ sơ giải quyết đúng hạn (%): 92,5 → 99”. Số thập phân dùng dấu phẩy (92,5); giá trị trước khi áp dụng có thể để trống.
          </p>
        </div>
        {rows.length === 0 && <p className="text-sm italic text-slate-600">Chưa có chỉ tiêu nào.</p>}
        {rows.map((row, index) => {
          const e = errors.results?.[index];
          const id = (name: string) => `results-${index}-${name}`;
          return (
            <fieldset key={row.id} className="rounded-md border border-slate-200 bg-white p-3" data-result-row>
              <legend className="px-1 text-sm font-semibold text-slate-800">Chỉ tiêu {index + 1}</legend>
              <div className="grid grid-cols-2 gap-3 md:grid-cols-6">
                <Field id={id("indicator")} label="Chỉ tiêu" required error={e?.indicator?.message} className="col-span-2 md:col-span-4">
                  <Input
                    id={id("indicator")}
                    placeholder="VD: Tỷ lệ hồ sơ giải quyết đúng hạn"
                    aria-invalid={!!e?.indicator}
                    aria-describedby={describedBy(id("indicator"), e?.indicator?.message)}
                    {...register(`results.${index}.indicator`)}
                  />
                </Field>
                <Field id={id("unitOfMeasure")} label="Đơn vị tính" required error={e?.unitOfMeasure?.message} className="col-span-2 md:col-span-2">
                  <Input
                    id={id("unitOfMeasure")}
                    placeholder="VD: %"
                    aria-invalid={!!e?.unitOfMeasure}
                    aria-describedby={describedBy(id("unitOfMeasure"), e?.unitOfMeasure?.message)}
                    {...register(`results.${index}.unitOfMeasure`)}
                  />
                </Field>
                <Field id={id("valueBefore")} label="Trước khi áp dụng" error={e?.valueBefore?.message} className="col-span-1 md:col-span-2">
                  <Input
                    id={id("valueBefore")}
                    inputMode="decimal"
                    autoComplete="off"
                    placeholder="VD: 92,5"
                    aria-invalid={!!e?.valueBefore}
                    aria-describedby={describedBy(id("valueBefore"), e?.valueBefore?.message)}
                    {...register(`results.${index}.valueBefore`)}
                  />
                </Field>
                <Field id={id("valueAfter")} label="Sau khi áp dụng" required error={e?.valueAfter?.message} className="col-span-1 md:col-span-2">
                  <Input
                    id={id("valueAfter")}
                    inputMode="decimal"
                    autoComplete="off"
                    placeholder="VD: 99"
                    aria-invalid={!!e?.valueAfter}
                    aria-describedby={describedBy(id("valueAfter"), e?.valueAfter?.message)}
                    {...register(`results.${index}.valueAfter`)}
                  />
                </Field>
                <Field id={id("source")} label="Nguồn số liệu" error={e?.source?.message} className="col-span-2 md:col-span-2">
                  <Input
                    id={id("source")}
                    placeholder="VD: Phần mềm một cửa điện tử"
                    aria-invalid={!!e?.source}
                    aria-describedby={describedBy(id("source"), e?.source?.message)}
                    {...register(`results.${index}.source`)}
                  />
                </Field>
              </div>
              <div className="mt-2 flex justify-end">
                <Button variant="ghost" onClick={() => remove(index)} aria-label={`Xoá chỉ tiêu ${index + 1}`}>
                  Xoá dòng
                </Button>
              </div>
            </fieldset>
          );
        })}
        {rowsError && (
          <p className="text-sm text-red-700" data-field-error>
            {rowsError}
          </p>
        )}
        <div>
          <Button variant="secondary" onClick={() => append(emptyRow())}>
            + Thêm chỉ tiêu
          </Button>
        </div>
      </section>

      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={busy || !ready}>
          {busy ? "Đang lưu…" : "Lưu tiến độ và kết quả"}
        </Button>
        {isDirty && !busy && <span className="text-sm text-slate-700">Có thay đổi chưa lưu.</span>}
      </div>
    </form>
  );
}
