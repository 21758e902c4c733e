"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { FormProvider, useForm, type FieldErrors } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button, LinkButton } from "@/components/ui/button";
import { describedBy, Field, Input, Textarea } from "@/components/ui/field";
import { setServerFieldErrors } from "@/components/ui/server-field-errors";
import { createAwardFormAction, updateAwardFormAction } from "@/lib/awards/forms/actions";
import { awardFormSchema, type AwardFormInput, type AwardFormValues } from "@/lib/awards/forms/schemas";
import { NOMINEE_TYPE_LABELS } from "@/lib/awards/labels";
import type { ParticipantType } from "@/lib/generated/prisma/enums";
import { CriteriaEditor, DocumentsEditor, errorAt, RuleEditor } from "./award-form-parts";

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
    const v = value as { message?: unknown };
    if (typeof v.message === "string" && v.message) out.push(v.message);
    else flattenErrors(value as FieldErrors, out);
  }
  return out;
}

const TYPES = Object.keys(NOMINEE_TYPE_LABELS) as ParticipantType[];

/** Create or edit an award form (hình thức khen thưởng) of an organisation. */
export function AwardFormEditor({
  mode,
  formId,
  organisationName,
  defaultValues,
  councilSize,
  usedByType = {},
}: {
  mode: "create" | "edit";
  formId?: string;
  organisationName: string;
  defaultValues: AwardFormInput;
  councilSize: number;
  usedByType?: Partial<Record<ParticipantType, number>>;
}) {
  const router = useRouter();
  const form = useForm<AwardFormInput, unknown, AwardFormValues>({
    resolver: zodResolver(awardFormSchema),
    defaultValues,
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = form;
  const [formError, setFormError] = useState<{ title: string; items: string[]; conflict: boolean } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const err = (path: string) => errorAt(errors, path);

  // handleSubmit runs per submit (not during render): its handlers focus the summary through a ref.
  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    void handleSubmit(
      async (values) => {
        setFormError(null);
        const res = mode === "create" ? await createAwardFormAction(values) : await updateAwardFormAction(formId!, values);
        if (res.ok) {
          router.push(`/awards/forms?org=${encodeURIComponent(values.organisationUnitId)}&saved=${mode === "create" ? "created" : "updated"}`);
          return;
        }
        setServerFieldErrors(setError, res.fieldErrors);
        setFormError({ title: res.error, items: Object.values(res.fieldErrors ?? {}), conflict: res.code === "CONFLICT" });
        requestAnimationFrame(() => summaryRef.current?.focus());
      },
      (invalid) => {
        const items = flattenErrors(invalid);
        setFormError({ title: `Có ${items.length} ô chưa hợp lệ. Vui lòng sửa các ô được đánh dấu đỏ.`, items: [], conflict: false });
      },
    )(event);

  return (
    <FormProvider {...form}>
      <form
        onSubmit={onSubmit}
        noValidate
        className="flex flex-col gap-5 [&_input]:scroll-mb-24 [&_select]:scroll-mb-24 [&_textarea]:scroll-mb-24"
        aria-label={mode === "create" ? "Tạo hình thức khen thưởng" : "Sửa hình thức khen thưởng"}
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
                  <a className="font-semibold underline" href={`/awards/forms/${formId}`} target="_blank" rel="noopener">
                    Mở bản mới nhất trong thẻ mới
                  </a>{" "}
                  để so sánh; nội dung bạn đã nhập vẫn còn trên trang này.
                </p>
              )}
            </Alert>
          )}
        </div>

        <Section id="sec-general" title="Thông tin chung">
          <Field id="organisation" label="Cơ quan">
            <Input id="organisation" value={organisationName} readOnly className="bg-slate-50" />
          </Field>
          <Field id="name" label="Tên hình thức khen thưởng" required hint="Ví dụ: Giấy khen của Giám đốc Sở; Tập thể lao động xuất sắc" error={err("name")}>
            <Input id="name" autoComplete="off" aria-invalid={!!err("name")} aria-describedby={describedBy("name", err("name"), true)} {...register("name")} />
          </Field>
          <Field id="description" label="Mô tả, căn cứ" error={err("description")}>
            <Textarea id="description" rows={3} aria-invalid={!!err("description")} aria-describedby={describedBy("description", err("description"))} {...register("description")} />
          </Field>
          <fieldset aria-describedby={err("recipientTypes") ? "recipientTypes-error" : "recipientTypes-hint"}>
            <legend className="text-sm font-medium text-slate-900">
              Đối tượng được khen thưởng<span className="text-red-700" aria-hidden="true"> *</span>
            </legend>
            <div className="mt-1 flex flex-wrap gap-x-5">
              {TYPES.map((t) => (
                <label key={t} className="flex min-h-10 items-center gap-2 text-sm">
                  <input type="checkbox" className="h-5 w-5" value={t} {...register("recipientTypes")} /> {NOMINEE_TYPE_LABELS[t]}
                  {usedByType[t] ? <span className="text-xs text-slate-600">({usedByType[t]} đề nghị)</span> : null}
                </label>
              ))}
            </div>
            {err("recipientTypes") ? (
              <p id="recipientTypes-error" className="text-sm text-red-700" data-field-error>
                {err("recipientTypes")}
              </p>
            ) : (
              <p id="recipientTypes-hint" className="text-xs text-slate-600">
                Đối tượng đã có đề nghị khen thưởng thì không bỏ được.
              </p>
            )}
          </fieldset>
          <label className="flex min-h-10 items-start gap-2 text-sm">
            <input type="checkbox" className="mt-0.5 h-5 w-5 shrink-0" {...register("active")} />
            <span>
              <span className="font-medium">Đang sử dụng</span>
              <span className="block text-xs text-slate-600">Bỏ chọn để ngừng nhận đề nghị mới theo hình thức này; các đề nghị đã có vẫn được xử lý tiếp.</span>
            </span>
          </label>
        </Section>

        <Section
          id="sec-criteria"
          title="Tiêu chí"
          description="Đơn vị đối chiếu danh sách này khi đề nghị: cổng tự kiểm tra các tiêu chí về mô hình, giải pháp, sáng kiến và báo cáo; các tiêu chí còn lại do đơn vị kê khai, xác nhận. Đối tượng không đạt một tiêu chí bắt buộc chỉ được trình Hội đồng khi Thường trực ghi rõ lý do, và Hội đồng thấy lý do đó."
        >
          <CriteriaEditor />
        </Section>

        <Section id="sec-documents" title="Hồ sơ đề nghị" description="Các tài liệu đơn vị phải đính kèm khi đề nghị theo hình thức này.">
          <DocumentsEditor />
        </Section>

        <Section
          id="sec-rule"
          title="Quy tắc biểu quyết của Hội đồng"
          description="Gõ tỷ lệ dạng phân số (2/3) hoặc phần trăm (50%, 90%). Kết quả chỉ được tính khi Chủ tịch Hội đồng kết thúc biểu quyết."
        >
          <RuleEditor councilSize={councilSize} />
        </Section>

        <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 px-4 py-3">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Đang lưu…" : mode === "create" ? "Tạo hình thức khen thưởng" : "Lưu thay đổi"}
          </Button>
          <LinkButton href={`/awards/forms?org=${encodeURIComponent(defaultValues.organisationUnitId)}`} variant="secondary">
            Huỷ
          </LinkButton>
          {formError && !isSubmitting && <span className="text-sm text-red-700">Chưa lưu được – xem thông báo ở đầu trang.</span>}
        </div>
      </form>
    </FormProvider>
  );
}
