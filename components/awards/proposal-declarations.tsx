"use client";

import { Badge } from "@/components/ui/badge";
import { describedBy, Field, Select } from "@/components/ui/field";
import { RATING_LABELS } from "@/lib/awards/criteria";
import type { EditorValues } from "@/lib/awards/proposals/queries";
import type { criteriaFor } from "@/lib/awards/proposals/rules";
import { RATINGS } from "@/lib/awards/proposals/schemas";
import type { IdOf, ProposalEditorForm, ProposalErrors } from "./proposal-editor-types";

type Criterion = ReturnType<typeof criteriaFor>[number];

/** "Đơn vị kê khai, xác nhận": the year's rating, discipline, and each criterion the unit declares. */
export function ProposalDeclarations({
  form,
  errors,
  id,
  values,
  declared,
  noDiscipline,
  answers,
  citizen = false,
}: {
  form: ProposalEditorForm;
  errors: ProposalErrors;
  id: IdOf;
  values: EditorValues;
  declared: Criterion[];
  noDiscipline: boolean | null | undefined;
  answers: Record<string, boolean | undefined>;
  /** A citizen or business: no rating or discipline (file 004's criteria are confirmed one by one instead). */
  citizen?: boolean;
}) {
  const { register, setValue } = form;
  return (
    <fieldset className="rounded-md border border-slate-300 bg-white p-4">
      <legend className="px-1 text-lg font-semibold text-slate-900">{citizen ? "Đơn vị xác nhận đóng góp của người dân, doanh nghiệp" : "Đơn vị kê khai, xác nhận"}</legend>
      {!citizen && (
      <div className="grid gap-4 md:grid-cols-2">
        <Field id={id("rating")} label="Xếp loại chất lượng trong năm" error={errors.declaredRating?.message}>
          <Select
            id={id("rating")}
            defaultValue={values.declaredRating ?? ""}
            {...register("declaredRating", { setValueAs: (v) => (v ? v : null) })}
            aria-invalid={!!errors.declaredRating}
            aria-describedby={describedBy(id("rating"), errors.declaredRating?.message)}
          >
            <option value="">— Chưa kê khai —</option>
            {RATINGS.map((r) => (
              <option key={r} value={r}>
                {RATING_LABELS[r]}
              </option>
            ))}
          </Select>
        </Field>
        <fieldset aria-describedby={errors.declaredNoDiscipline ? id("disc-error") : undefined}>
          <legend className="text-sm font-medium text-slate-900">Kỷ luật trong năm</legend>
          <div className="mt-1 flex flex-wrap gap-x-6">
            <label className="inline-flex min-h-10 items-center gap-2 text-sm">
              <input type="radio" name="declaredNoDiscipline" checked={noDiscipline === true} onChange={() => setValue("declaredNoDiscipline", true, { shouldDirty: true })} className="h-4 w-4" />
              Không bị xử lý kỷ luật
            </label>
            <label className="inline-flex min-h-10 items-center gap-2 text-sm">
              <input type="radio" name="declaredNoDiscipline" checked={noDiscipline === false} onChange={() => setValue("declaredNoDiscipline", false, { shouldDirty: true })} className="h-4 w-4" />
              Có bị xử lý kỷ luật
            </label>
          </div>
          {errors.declaredNoDiscipline?.message && (
            <p id={id("disc-error")} className="text-sm text-red-700" data-field-error>
              {errors.declaredNoDiscipline.message}
            </p>
          )}
        </fieldset>
      </div>
      )}
      {citizen && declared.length === 0 && <p className="text-sm text-slate-700">Hình thức khen thưởng không có nội dung cần đơn vị xác nhận.</p>}
      {declared.length > 0 && (
        <div className="mt-4 flex flex-col gap-3">
          <p className="text-sm font-medium text-slate-900">Các nội dung đơn vị xác nhận</p>
          {declared.map((c) => {
            const err = errors.answers?.[c.id]?.message ?? errors[`answers.${c.id}`]?.message;
            return (
              <fieldset key={c.id} className="rounded-md border border-slate-200 p-3" data-declaration={c.id} aria-describedby={err ? id(`ans-${c.id}-error`) : undefined}>
                <legend className="px-1 text-sm text-slate-900">
                  {c.content} {c.hard && <Badge tone="red">Bắt buộc</Badge>}
                </legend>
                <div className="flex flex-wrap gap-x-6">
                  {([true, false] as const).map((met) => (
                    <label key={String(met)} className="inline-flex min-h-10 items-center gap-2 text-sm">
                      <input
                        type="radio"
                        name={`answer-${c.id}`}
                        checked={answers[c.id] === met}
                        onChange={() => setValue(`answers.${c.id}`, met, { shouldDirty: true })}
                        className="h-4 w-4"
                      />
                      {met ? "Đạt" : "Chưa đạt"}
                    </label>
                  ))}
                </div>
                {err && (
                  <p id={id(`ans-${c.id}-error`)} className="text-sm text-red-700" data-field-error>
                    {err}
                  </p>
                )}
              </fieldset>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}
