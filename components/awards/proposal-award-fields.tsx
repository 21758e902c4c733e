"use client";

import { Badge } from "@/components/ui/badge";
import { describedBy, Field, Select, Textarea } from "@/components/ui/field";
import type { AvailableForm } from "@/lib/awards/proposals/context";
import type { EditorValues } from "@/lib/awards/proposals/queries";
import { ACHIEVEMENTS_MAX } from "@/lib/awards/proposals/schemas";
import { describeRule } from "@/lib/council/rules";
import type { IdOf, ProposalEditorForm, ProposalErrors } from "./proposal-editor-types";

/** "Hình thức khen thưởng" (the forms that take this kind of nominee, with their voting rule) and "Thành tích". */
export function ProposalAwardFields({
  form,
  errors,
  id,
  values,
  formsForType,
  chosenForm,
  formFits,
}: {
  form: ProposalEditorForm;
  errors: ProposalErrors;
  id: IdOf;
  values: EditorValues;
  formsForType: AvailableForm[];
  chosenForm: AvailableForm | null;
  formFits: boolean;
}) {
  const { register } = form;
  const rule = chosenForm ? describeRule(chosenForm.rule) : null;
  return (
    <>
      <fieldset className="rounded-md border border-slate-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold text-slate-900">Hình thức khen thưởng</legend>
        <Field
          id={id("form")}
          label="Hình thức"
          required
          error={errors.awardFormId?.message}
          hint={formsForType.length === 0 ? "Kế hoạch chưa có hình thức khen thưởng nào dành cho loại đối tượng này." : "Hình thức của cơ quan ban hành kế hoạch và của cấp trên."}
        >
          <Select id={id("form")} defaultValue={values.awardFormId} {...register("awardFormId")} aria-invalid={!!errors.awardFormId} aria-describedby={describedBy(id("form"), errors.awardFormId?.message, true)}>
            <option value="">— Chọn hình thức khen thưởng —</option>
            {formsForType.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
                {f.withinAuthority ? "" : ` (${f.organisationName})`}
              </option>
            ))}
          </Select>
        </Field>
        {chosenForm && formFits && rule && (
          <div className="mt-2 text-sm text-slate-700" data-testid="form-rule">
            <p>
              Của {chosenForm.organisationName}{" "}
              {chosenForm.withinAuthority ? <Badge tone="green">Thuộc thẩm quyền</Badge> : <Badge tone="violet">Vượt thẩm quyền: Hội đồng xét rồi trình cấp trên</Badge>}
            </p>
            <p className="mt-1">
              Hội đồng biểu quyết: có mặt {rule.quorum}; {rule.threshold}.
            </p>
            {chosenForm.description && <p className="mt-1">{chosenForm.description}</p>}
          </div>
        )}
      </fieldset>

      <fieldset className="rounded-md border border-slate-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold text-slate-900">Thành tích</legend>
        <Field id={id("ach")} label="Tóm tắt thành tích" required error={errors.achievements?.message} hint={`Thành tích nổi bật trong năm; mỗi ý một dòng. Tối đa ${ACHIEVEMENTS_MAX.toLocaleString("vi-VN")} ký tự.`}>
          <Textarea id={id("ach")} rows={6} defaultValue={values.achievements} {...register("achievements")} aria-invalid={!!errors.achievements} aria-describedby={describedBy(id("ach"), errors.achievements?.message, true)} />
        </Field>
      </fieldset>
    </>
  );
}
