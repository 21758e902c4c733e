"use client";

import Link from "@/components/ui/link";
import { useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Textarea } from "@/components/ui/field";
import { INITIATIVE_TYPE_LABELS } from "@/lib/registrations/labels";
import { PROGRESS_LABELS } from "@/lib/reports/labels";
import type { EditorPart } from "@/lib/reports/queries";
import type { ReportEditorForm } from "./report-editor-types";

export const SECTION_FIELDS = {
  situation: { label: "I. Đặc điểm tình hình", hint: "Đặc điểm của đơn vị: chức năng, nhiệm vụ, nhân sự, địa bàn, khối lượng công việc." },
  currentState: { label: "II. Thực trạng tại cơ quan, đơn vị", hint: "Thực trạng trước khi áp dụng mô hình, giải pháp; những vấn đề cần giải quyết." },
  strengths: { label: "1. Ưu điểm", hint: undefined },
  limitations: { label: "2. Hạn chế", hint: undefined },
  lessons: { label: "3. Bài học kinh nghiệm", hint: undefined },
} as const;
type SectionKey = keyof typeof SECTION_FIELDS;

/**
 * The Đề cương: sections I–II, then per initiative its summary (III) and results (IV), both prefilled
 * and restorable ("Dùng lại nội dung gợi ý"), with links to its progress and evidence, and V.
 */
export function ReportOutline({ form, parts }: { form: ReportEditorForm; parts: EditorPart[] }) {
  const { register, control, setValue, formState } = form;
  const { errors } = formState;
  const partValues = useWatch({ control, name: "parts" });

  const section = (key: SectionKey, rowsCount = 5) => {
    const f = SECTION_FIELDS[key];
    const err = errors[key]?.message;
    return (
      <Field id={`s-${key}`} label={f.label} hint={f.hint ?? "Bắt buộc khi nộp."} error={err} required>
        <Textarea id={`s-${key}`} rows={rowsCount} className="field-sizing-content min-h-28" aria-invalid={!!err} aria-describedby={describedBy(`s-${key}`, err, true)} {...register(key)} />
      </Field>
    );
  };

  return (
    <section aria-labelledby="outline-h" className="flex flex-col gap-6 rounded-md border border-slate-300 bg-white p-4">
      <h2 id="outline-h" className="text-base font-semibold">
        Đề cương – Kết quả triển khai áp dụng mô hình, giải pháp
      </h2>
      {section("situation")}
      {section("currentState")}

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-1 text-sm font-semibold text-slate-900">III. Tóm tắt về mô hình, giải pháp</legend>
        {parts.length === 0 && <p className="text-sm italic text-slate-700">Đơn vị chưa có mô hình, giải pháp nào trong Mẫu 1 đã được Bộ phận CCHC tiếp nhận.</p>}
        {parts.map((p, i) => {
          const id = `p-${i}-summary`;
          const err = errors.parts?.[i]?.summary?.message;
          const current = partValues?.[i]?.summary ?? "";
          return (
            <div key={p.initiativeId} className="rounded-md border border-slate-200 p-3" data-part={p.content}>
              <Field
                id={id}
                label={
                  <>
                    {i + 1}. {p.content}
                  </>
                }
                hint={`${INITIATIVE_TYPE_LABELS[p.type]} · lĩnh vực ${p.fieldNo}. ${p.fieldName}${p.registeredBy ? ` · đăng ký cá nhân của ${p.registeredBy}` : ""}. Nội dung gợi ý lấy từ Mẫu 1; sửa tùy ý.`}
                error={err}
              >
                <Textarea id={id} rows={4} className="field-sizing-content min-h-24" aria-invalid={!!err} aria-describedby={describedBy(id, err, true)} {...register(`parts.${i}.summary`)} />
              </Field>
              {current.trim() !== p.summaryGenerated.trim() && (
                <Button variant="ghost" className="mt-1" onClick={() => setValue(`parts.${i}.summary`, p.summaryGenerated, { shouldDirty: true })}>
                  Dùng lại nội dung gợi ý<span className="sr-only"> cho mục III.{i + 1}</span>
                </Button>
              )}
            </div>
          );
        })}
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-1 text-sm font-semibold text-slate-900">IV. Kết quả đạt được sau khi áp dụng mô hình, giải pháp</legend>
        <p className="text-sm text-slate-700">Làm rõ những chuyển biến tích cực đối với từng mô hình, giải pháp; có dẫn chứng, số liệu cụ thể.</p>
        {parts.map((p, i) => {
          const id = `p-${i}-results`;
          const err = errors.parts?.[i]?.results?.message;
          const current = partValues?.[i]?.results ?? "";
          return (
            <div key={p.initiativeId} className="rounded-md border border-slate-200 p-3">
              <Field
                id={id}
                label={
                  <>
                    {i + 1}. {p.content}
                  </>
                }
                hint={`Tiến độ: ${PROGRESS_LABELS[p.progress as keyof typeof PROGRESS_LABELS] ?? p.progress} · ${p.figuresCount} số liệu kết quả. Nội dung gợi ý lấy từ tiến độ và số liệu; sửa tùy ý.`}
                error={err}
              >
                <Textarea id={id} rows={4} className="field-sizing-content min-h-24" aria-invalid={!!err} aria-describedby={describedBy(id, err, true)} {...register(`parts.${i}.results`)} />
              </Field>
              <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
                {current.trim() !== p.resultsGenerated.trim() && (
                  <Button variant="ghost" onClick={() => setValue(`parts.${i}.results`, p.resultsGenerated, { shouldDirty: true })}>
                    Dùng lại nội dung gợi ý<span className="sr-only"> cho mục IV.{i + 1}</span>
                  </Button>
                )}
                <Link href={`/initiatives/${p.initiativeId}`} className="text-brand-700 underline underline-offset-2">
                  Cập nhật tiến độ, số liệu, minh chứng<span className="sr-only"> của “{p.content}”</span>
                </Link>
                {p.evidence.length > 0 && (
                  <span className="text-slate-700">
                    Minh chứng:{" "}
                    {p.evidence.map((f, k) => (
                      <span key={f.id}>
                        {k > 0 && "; "}
                        <a href={`/api/evidence/${f.id}`} target="_blank" rel="noopener" className="text-brand-700 underline underline-offset-2">
                          {f.fileName}
                        </a>
                      </span>
                    ))}
                  </span>
                )}
              </div>
            </div>
          );
        })}
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-1 text-sm font-semibold text-slate-900">V. Đánh giá chung</legend>
        {section("strengths", 3)}
        {section("limitations", 3)}
        {section("lessons", 3)}
      </fieldset>
    </section>
  );
}
