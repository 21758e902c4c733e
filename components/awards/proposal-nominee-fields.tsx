"use client";

import { useMemo } from "react";
import { FormCombobox } from "@/components/ui/combobox";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import { NOMINEE_TYPE_LABELS } from "@/lib/awards/labels";
import type { NomineeOptions } from "@/lib/awards/proposals/context";
import type { EditorValues } from "@/lib/awards/proposals/queries";
import type { IdOf, ProposalEditorForm, ProposalErrors } from "./proposal-editor-types";
import type { NomineeType } from "./use-nominee-facts";

export const NOMINEE_ORDER = ["INDIVIDUAL", "COLLECTIVE", "CITIZEN"] as const;

/** "Đối tượng đề nghị": a person or a collective of the unit (searchable pickers), or a citizen or business. */
export function ProposalNomineeFields({
  form,
  errors,
  id,
  values,
  nominees,
  nomineeType,
  unitName,
  nomineeProblem,
}: {
  form: ProposalEditorForm;
  errors: ProposalErrors;
  id: IdOf;
  values: EditorValues;
  nominees: NomineeOptions;
  nomineeType: NomineeType;
  unitName: string;
  /** A problem with the nominee as a whole, reported by the server. */
  nomineeProblem: string | null;
}) {
  const { register, control } = form;
  const people = useMemo(
    () => nominees.users.map((u) => ({ value: u.id, label: u.fullName, hint: [u.jobTitle, u.unitName].filter(Boolean).join(" – ") })),
    [nominees.users],
  );
  const units = useMemo(() => nominees.units.map((u) => ({ value: u.id, label: u.name })), [nominees.units]);
  const nomineeErr = errors.nomineeUnitId?.message ?? errors.nomineeUserId?.message ?? errors.nomineeName?.message;

  return (
    <fieldset className="rounded-md border border-slate-300 bg-white p-4">
      <legend className="px-1 text-lg font-semibold text-slate-900">Đối tượng đề nghị</legend>
      <div role="radiogroup" aria-label="Loại đối tượng" className="mb-3 flex flex-wrap gap-x-6 gap-y-2">
        {NOMINEE_ORDER.map((t) => (
          <label key={t} className="inline-flex min-h-10 items-center gap-2 text-sm">
            <input type="radio" value={t} defaultChecked={values.nomineeType === t} {...register("nomineeType")} className="h-4 w-4" />
            {NOMINEE_TYPE_LABELS[t]}
          </label>
        ))}
      </div>
      {nomineeType === "INDIVIDUAL" && (
        <div className="grid gap-3 md:grid-cols-2">
          <Field id={id("user")} label="Cá nhân" required error={errors.nomineeUserId?.message} hint={`Cán bộ của ${unitName} hoặc đơn vị trực thuộc.`}>
            <FormCombobox
              id={id("user")}
              control={control}
              name="nomineeUserId"
              nullable
              options={people}
              placeholder="— Chọn cá nhân —"
              searchLabel="Tìm theo họ tên, chức vụ, đơn vị (gõ không dấu cũng được)"
              notFoundText="Không tìm thấy cán bộ."
              aria-invalid={!!errors.nomineeUserId}
              aria-describedby={describedBy(id("user"), errors.nomineeUserId?.message, true)}
            />
          </Field>
          <Field id={id("detail")} label="Chức vụ ghi trên hồ sơ (không bắt buộc)" error={errors.nomineeDetail?.message} hint="Để trống: lấy chức danh trong tài khoản.">
            <Input id={id("detail")} maxLength={500} defaultValue={values.nomineeDetail} {...register("nomineeDetail")} />
          </Field>
        </div>
      )}
      {nomineeType === "COLLECTIVE" && (
        <Field id={id("unit")} label="Tập thể" required error={errors.nomineeUnitId?.message} hint={`${unitName} hoặc đơn vị trực thuộc.`}>
          <FormCombobox
            id={id("unit")}
            control={control}
            name="nomineeUnitId"
            nullable
            options={units}
            placeholder="— Chọn tập thể —"
            searchLabel="Tìm đơn vị (gõ không dấu cũng được)"
            notFoundText="Không tìm thấy đơn vị."
            aria-invalid={!!errors.nomineeUnitId}
            aria-describedby={describedBy(id("unit"), errors.nomineeUnitId?.message, true)}
          />
        </Field>
      )}
      {nomineeType === "CITIZEN" && (
        <div className="grid gap-3 md:grid-cols-2">
          <Field
            id={id("idea")}
            label="Hiến kế đã được ghi nhận trong phong trào"
            className="md:col-span-2"
            error={errors.publicIdeaId?.message}
            hint={nominees.ideas.length ? "Chọn hiến kế của người dân, doanh nghiệp mà đơn vị theo dõi: là minh chứng cho đề nghị; họ tên người gửi được điền sẵn." : "Đơn vị chưa theo dõi hiến kế nào của người dân, doanh nghiệp trong phong trào."}
          >
            <Select
              id={id("idea")}
              defaultValue={values.publicIdeaId ?? ""}
              {...register("publicIdeaId", {
                setValueAs: (v) => (v ? v : null),
                onChange: (e) => {
                  const idea = nominees.ideas.find((i) => i.id === e.target.value);
                  if (idea) {
                    if (idea.name && !form.getValues("nomineeName")) form.setValue("nomineeName", idea.name, { shouldDirty: true });
                    form.setValue("nomineeIsBusiness", idea.isBusiness, { shouldDirty: true });
                  }
                },
              })}
              aria-invalid={!!errors.publicIdeaId}
              aria-describedby={describedBy(id("idea"), errors.publicIdeaId?.message, true)}
              disabled={nominees.ideas.length === 0}
            >
              <option value="">— Không gắn hiến kế —</option>
              {nominees.ideas.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.title} ({i.name || "người gửi đã rút thông tin"})
                </option>
              ))}
            </Select>
          </Field>
          <Field id={id("cname")} label="Họ tên người dân hoặc tên doanh nghiệp" required error={errors.nomineeName?.message}>
            <Input id={id("cname")} maxLength={255} defaultValue={values.nomineeName} {...register("nomineeName")} aria-invalid={!!errors.nomineeName} aria-describedby={describedBy(id("cname"), errors.nomineeName?.message)} />
          </Field>
          <Field id={id("cdetail")} label="Địa chỉ, nghề nghiệp hoặc người đại diện" error={errors.nomineeDetail?.message}>
            <Input id={id("cdetail")} maxLength={500} defaultValue={values.nomineeDetail} {...register("nomineeDetail")} />
          </Field>
          <label className="inline-flex min-h-10 items-center gap-2 text-sm">
            <input type="checkbox" defaultChecked={values.nomineeIsBusiness} {...register("nomineeIsBusiness")} className="h-4 w-4" />
            Là doanh nghiệp, tổ chức
          </label>
        </div>
      )}
      {nomineeErr === undefined && nomineeProblem && (
        <p className="mt-2 text-sm text-red-700" data-field-error>
          {nomineeProblem}
        </p>
      )}
    </fieldset>
  );
}
