"use client";

import { setServerFieldErrors } from "@/components/ui/server-field-errors";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { Controller, FormProvider, useForm, useWatch, type FieldErrors } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import { FormCombobox } from "@/components/ui/combobox";
import { DateInput } from "@/components/ui/date-input";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { createCampaignAction, updateCampaignAction } from "@/lib/campaigns/actions";
import { PARTICIPANT_TYPES } from "@/lib/campaigns/defaults";
import type { IssuingOption } from "@/lib/campaigns/queries";
import { campaignFormSchema, type CampaignFormInput, type CampaignFormValues } from "@/lib/campaigns/schemas";
import { CriteriaEditor, errorAt, FieldsEditor, MilestonesEditor } from "./campaign-form-parts";
import { UnitTreePicker } from "./unit-tree-picker";

function Section({ id, title, description, children }: { id: string; title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {description && <div className="mt-1 text-sm text-slate-700">{description}</div>}
      <div className="mt-3 flex flex-col gap-4">{children}</div>
    </section>
  );
}

/** Every message of a nested error object, in form order. */
function flattenErrors(errors: FieldErrors, out: string[] = []): string[] {
  for (const value of Object.values(errors)) {
    if (!value || typeof value !== "object") continue;
    const v = value as { message?: unknown; ref?: unknown; type?: unknown };
    if (typeof v.message === "string" && v.message) out.push(v.message);
    else flattenErrors(value as FieldErrors, out);
  }
  return out;
}

export function CampaignForm({
  mode,
  campaignId,
  issuingOptions,
  defaultValues,
  fieldUsage = {},
  lockedUnitIds = [],
  cancelHref,
}: {
  mode: "create" | "edit";
  campaignId?: string;
  issuingOptions: IssuingOption[];
  defaultValues: CampaignFormInput;
  fieldUsage?: Record<string, number>;
  lockedUnitIds?: string[];
  cancelHref: string;
}) {
  const router = useRouter();
  const form = useForm<CampaignFormInput, unknown, CampaignFormValues>({
    resolver: zodResolver(campaignFormSchema),
    defaultValues,
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const {
    control,
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = form;
  const [formError, setFormError] = useState<{ title: string; items: string[]; conflict: boolean } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const issuingUnitId = useWatch({ control, name: "issuingUnitId" });
  const issuing = issuingOptions.find((o) => o.id === issuingUnitId) ?? issuingOptions[0];

  const err = (path: string) => errorAt(errors, path);
  const showSummary = (title: string, items: string[], conflict = false) => {
    setFormError({ title, items, conflict });
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  // handleSubmit runs per submit (not during render): its handlers focus the summary through a ref.
  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    void handleSubmit(
      async (values) => {
        setFormError(null);
        const res = mode === "create" ? await createCampaignAction(values) : await updateCampaignAction(campaignId!, values);
        if (res.ok) {
          router.push(`/campaigns/${res.data.id}?saved=${mode === "create" ? "created" : "updated"}`);
          return;
        }
        setServerFieldErrors(setError, res.fieldErrors);
        showSummary(res.error, Object.values(res.fieldErrors ?? {}), res.code === "CONFLICT");
      },
      (invalid) => {
        const items = flattenErrors(invalid);
        setFormError({ title: `Có ${items.length} ô chưa hợp lệ. Vui lòng sửa các ô được đánh dấu đỏ.`, items: [], conflict: false });
      },
    )(event);

  const e = (path: string) => ({ "aria-invalid": !!err(path), "aria-describedby": describedBy(path, err(path)) });

  return (
    <FormProvider {...form}>
      {/* scroll-mb: a focused field stays clear of the sticky save bar. */}
      <form
        onSubmit={onSubmit}
        noValidate
        className="flex flex-col gap-5 [&_input]:scroll-mb-24 [&_select]:scroll-mb-24 [&_textarea]:scroll-mb-24"
        aria-label={mode === "create" ? "Tạo kế hoạch" : "Sửa kế hoạch"}
      >
        <div ref={summaryRef} tabIndex={-1} className="outline-none">
          {formError && (
            <Alert tone="error" title={formError.title}>
              {formError.items.length > 0 && (
                <ul className="mt-1 list-disc pl-5">
                  {formError.items.map((m, i) => (
                    <li key={i}>{m}</li>
                  ))}
                </ul>
              )}
              {formError.conflict && (
                <p className="mt-2">
                  <a className="font-semibold underline" href={`/campaigns/${campaignId}/edit`} target="_blank" rel="noopener">
                    Mở bản mới nhất trong thẻ mới
                  </a>{" "}
                  để so sánh; nội dung bạn đã nhập vẫn còn trên trang này.
                </p>
              )}
            </Alert>
          )}
        </div>

        <Section id="sec-document" title="Thông tin văn bản">
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            <Field id="documentNumber" label="Số và ký hiệu" required hint="Ví dụ: 1128/KH-SQHKT" error={err("documentNumber")}>
              <Input id="documentNumber" autoComplete="off" {...e("documentNumber")} aria-describedby={describedBy("documentNumber", err("documentNumber"), true)} {...register("documentNumber")} />
            </Field>
            <Field id="issuedOn" label="Ngày ban hành" required error={err("issuedOn")}>
              <DateInput control={control} name="issuedOn" id="issuedOn" {...e("issuedOn")} />
            </Field>
            <Field id="year" label="Năm thi đua" required error={err("year")}>
              <Input id="year" type="number" inputMode="numeric" min={2000} max={2100} {...e("year")} {...register("year", { valueAsNumber: true })} />
            </Field>
            <Field id="issuingUnitId" label="Đơn vị ban hành" required error={err("issuingUnitId")} className="sm:col-span-2 lg:col-span-3">
              {mode === "create" ? (
                <Select
                  id="issuingUnitId"
                  {...e("issuingUnitId")}
                  {...register("issuingUnitId", {
                    onChange: () => {
                      setValue("unitIds", []);
                      setValue("parentCampaignId", "");
                      setValue("receivingUnitId", "");
                    },
                  })}
                >
                  {issuingOptions.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </Select>
              ) : (
                <Input id="issuingUnitId" value={issuing?.name ?? ""} readOnly className="bg-slate-50" {...e("issuingUnitId")} />
              )}
            </Field>
            <Field id="signerName" label="Người ký" required error={err("signerName")}>
              <Input id="signerName" autoComplete="off" {...e("signerName")} {...register("signerName")} />
            </Field>
            <Field id="signerTitle" label="Chức vụ người ký" required hint="Ví dụ: Giám đốc, KT. Giám đốc – Phó Giám đốc" error={err("signerTitle")}>
              <Input id="signerTitle" autoComplete="off" {...e("signerTitle")} aria-describedby={describedBy("signerTitle", err("signerTitle"), true)} {...register("signerTitle")} />
            </Field>
          </div>
        </Section>

        <Section id="sec-content" title="Nội dung kế hoạch">
          <Field id="title" label="Tên kế hoạch (trích yếu)" required error={err("title")}>
            <Textarea id="title" rows={3} {...e("title")} {...register("title")} />
          </Field>
          <Field id="theme" label="Chủ đề" error={err("theme")}>
            <Textarea id="theme" rows={2} {...e("theme")} {...register("theme")} />
          </Field>
          <Field id="legalBases" label="Căn cứ" hint="Mỗi văn bản căn cứ một dòng." error={err("legalBases")}>
            <Textarea id="legalBases" rows={4} {...e("legalBases")} aria-describedby={describedBy("legalBases", err("legalBases"), true)} {...register("legalBases")} />
          </Field>
          <Field id="purpose" label="Mục đích, yêu cầu" error={err("purpose")}>
            <Textarea id="purpose" rows={6} {...e("purpose")} {...register("purpose")} />
          </Field>
          <Field id="participantsText" label="Đối tượng thi đua" hint="Ví dụ: Tập thể: các phòng, ban, đơn vị thuộc Sở; Cá nhân: cán bộ, công chức, viên chức, người lao động." error={err("participantsText")}>
            <Textarea id="participantsText" rows={3} {...e("participantsText")} aria-describedby={describedBy("participantsText", err("participantsText"), true)} {...register("participantsText")} />
          </Field>
        </Section>

        <Section id="sec-criteria" title="Tiêu chí thi đua" description="Mỗi dòng là một tiêu chí, theo từng đối tượng.">
          <div className="grid gap-3 lg:grid-cols-3">
            {PARTICIPANT_TYPES.map((t) => (
              <CriteriaEditor key={t} type={t} />
            ))}
          </div>
        </Section>

        <Section id="sec-fields" title="Lĩnh vực đăng ký thi đua">
          <FieldsEditor usage={fieldUsage} />
          <fieldset aria-describedby={err("registrationLevels") ? "registrationLevels-error" : undefined}>
            <legend className="text-sm font-medium text-slate-900">
              Cấp đăng ký thi đua<span className="text-red-700" aria-hidden="true"> *</span>
            </legend>
            <div className="mt-1 flex flex-wrap gap-4">
              <label className="flex min-h-10 items-center gap-2 text-sm">
                <input type="checkbox" className="h-5 w-5" value="CITY" {...register("registrationLevels")} /> Cấp Thành phố
              </label>
              <label className="flex min-h-10 items-center gap-2 text-sm">
                <input type="checkbox" className="h-5 w-5" value="DEPARTMENT" {...register("registrationLevels")} /> Cấp Sở
              </label>
            </div>
            {err("registrationLevels") && (
              <p id="registrationLevels-error" className="text-sm text-red-700" data-field-error>
                {err("registrationLevels")}
              </p>
            )}
          </fieldset>
        </Section>

        <Section id="sec-period" title="Thời gian thi đua" description="Tiến độ hoàn thành dự kiến của các mô hình, giải pháp, sáng kiến đăng ký phải nằm trong khoảng này.">
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="startsOn" label="Từ ngày" required error={err("startsOn")}>
              <DateInput control={control} name="startsOn" id="startsOn" {...e("startsOn")} />
            </Field>
            <Field id="endsOn" label="Đến ngày" required error={err("endsOn")}>
              <DateInput control={control} name="endsOn" id="endsOn" {...e("endsOn")} />
            </Field>
          </div>
        </Section>

        <Section id="sec-units" title="Đơn vị tham gia và kế hoạch cấp trên">
          <Controller
            control={control}
            name="unitIds"
            render={({ field }) => (
              <UnitTreePicker
                id="unitIds"
                options={issuing?.units ?? []}
                value={field.value ?? []}
                onChange={field.onChange}
                onBlur={field.onBlur}
                lockedIds={lockedUnitIds}
                error={err("unitIds")}
              />
            )}
          />
          <Field
            id="parentCampaignId"
            label="Thực hiện kế hoạch cấp trên"
            hint="Kế hoạch đã ban hành của đơn vị cấp trên mà kế hoạch này triển khai (ví dụ Kế hoạch 1018/KH-UBND của UBND Thành phố)."
            error={err("parentCampaignId")}
          >
            <Select id="parentCampaignId" {...e("parentCampaignId")} aria-describedby={describedBy("parentCampaignId", err("parentCampaignId"), true)} {...register("parentCampaignId")}>
              <option value="">— Không có —</option>
              {(issuing?.parentCampaigns ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            id="receivingUnitId"
            label="Cơ quan nhận báo cáo, đăng ký"
            hint={`Nơi các đơn vị gửi đăng ký, báo cáo theo kế hoạch này, nếu không phải ${issuing?.name ?? "đơn vị ban hành"} (ví dụ Sở Nội vụ đối với kế hoạch của UBND Thành phố). Kế hoạch cấp dưới gửi danh sách tiêu biểu và báo cáo đến cơ quan này.`}
            error={err("receivingUnitId")}
          >
            <FormCombobox
              id="receivingUnitId"
              control={control}
              name="receivingUnitId"
              options={(issuing?.receivingUnits ?? []).map((u) => ({ value: u.id, label: u.name }))}
              emptyLabel="— Đơn vị ban hành —"
              searchLabel="Tìm đơn vị (gõ không dấu cũng được)"
              notFoundText="Không tìm thấy đơn vị."
              aria-invalid={!!err("receivingUnitId")}
              aria-describedby={describedBy("receivingUnitId", err("receivingUnitId"), true)}
            />
          </Field>
        </Section>

        <Section id="sec-milestones" title="Tổ chức thực hiện – các mốc thời gian" description="“Trước ngày 18/4/2022” nghĩa là phải nộp trước 00:00 ngày 18/4/2022 (giờ Việt Nam).">
          <MilestonesEditor />
        </Section>

        <Section id="sec-reminders" title="Nhắc hạn tự động" description="Cổng gửi thông báo và thư nhắc tới trưởng đơn vị và cán bộ của đơn vị chưa nộp, lúc 07:00 (giờ Việt Nam).">
          <Field
            id="reminderOffsetsText"
            label="Nhắc trước hạn (ngày)"
            hint="Các số ngày trước hạn, cách nhau bởi dấu phẩy, ví dụ 7, 3, 1 (tối đa 6 số, từ 1 đến 60). Để trống: không nhắc trước hạn."
            error={err("reminderOffsetsText")}
          >
            <Input id="reminderOffsetsText" inputMode="numeric" {...e("reminderOffsetsText")} aria-describedby={describedBy("reminderOffsetsText", err("reminderOffsetsText"), true)} {...register("reminderOffsetsText")} />
          </Field>
          <div className="flex flex-col gap-1">
            <label className="flex min-h-10 items-center gap-2 text-sm">
              <input type="checkbox" className="h-5 w-5" {...register("remindMorningAfter")} /> Nhắc sáng hôm sau ngày hết hạn nếu chưa nộp
            </label>
            <label className="flex min-h-10 items-center gap-2 text-sm">
              <input type="checkbox" className="h-5 w-5" {...register("remindWeeklyOverdue")} /> Nhắc hằng tuần khi còn quá hạn
            </label>
          </div>
        </Section>

        <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 px-4 py-3">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Đang lưu…" : mode === "create" ? "Lưu bản nháp" : "Lưu thay đổi"}
          </Button>
          <LinkButton href={cancelHref} variant="secondary">
            Huỷ
          </LinkButton>
          {formError && !isSubmitting && <span className="text-sm text-red-700">Chưa lưu được – xem thông báo ở đầu trang.</span>}
        </div>
      </form>
    </FormProvider>
  );
}
