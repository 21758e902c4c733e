"use client";

import { get, useFieldArray, useFormContext, useWatch, type FieldErrors } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { CRITERION_KIND_LABELS, RECOGNITION_LEVEL_CHOICES, type CriterionKind } from "@/lib/awards/criteria";
import { DOCUMENT_KIND_LABELS, NOMINEE_TYPE_LABELS, THRESHOLD_BASE_LABELS } from "@/lib/awards/labels";
import { ruleOfValues, type AwardFormInput } from "@/lib/awards/forms/schemas";
import { describeRule, minimumForShare } from "@/lib/council/rules";
import type { DossierDocumentKind, ParticipantType } from "@/lib/generated/prisma/enums";

/** The message of a form error at a dotted path (array-level errors live in `.root`). */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  const e = get(errors, path) as { message?: string; root?: { message?: string } } | undefined;
  if (!e) return undefined;
  return e.message || e.root?.message || undefined;
}

const smallBtn = "min-h-9 px-2 py-1 text-xs";
const KINDS = Object.keys(CRITERION_KIND_LABELS) as CriterionKind[];
const DOC_KINDS = Object.keys(DOCUMENT_KIND_LABELS) as DossierDocumentKind[];

/** Criteria of the form: content, recipient type (or all), how it is checked, hard or not. Add, remove, reorder. */
export function CriteriaEditor() {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<AwardFormInput>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "criteria", keyName: "key" });
  const recipientTypes = (useWatch({ control, name: "recipientTypes" }) ?? []) as ParticipantType[];
  const watched = (useWatch({ control, name: "criteria" }) ?? []) as { kind?: CriterionKind }[];
  const listError = errorAt(errors, "criteria");
  return (
    <div>
      {fields.length === 0 && <p className="mb-2 text-sm text-slate-700">Chưa có tiêu chí nào. Đơn vị sẽ không phải đối chiếu tiêu chí khi đề nghị.</p>}
      <ol className="flex flex-col gap-3">
        {fields.map((f, i) => {
          const p = `criteria.${i}` as const;
          const e = (k: string) => errorAt(errors, `${p}.${k}`);
          return (
            <li key={f.key}>
              <fieldset className="rounded-md border border-slate-300 p-3">
                <legend className="px-1 text-sm font-semibold">Tiêu chí {i + 1}</legend>
                <div className="grid gap-3 md:grid-cols-2">
                  <Field id={`${p}.content`} label="Nội dung tiêu chí" required error={e("content")} className="md:col-span-2">
                    <Textarea id={`${p}.content`} rows={2} className="min-h-16" aria-invalid={!!e("content")} aria-describedby={describedBy(`${p}.content`, e("content"))} {...register(`${p}.content`)} />
                  </Field>
                  <Field id={`${p}.recipientType`} label="Áp dụng cho" error={e("recipientType")}>
                    <Select
                      id={`${p}.recipientType`}
                      aria-invalid={!!e("recipientType")}
                      aria-describedby={describedBy(`${p}.recipientType`, e("recipientType"))}
                      {...register(`${p}.recipientType`)}
                    >
                      <option value="">Mọi đối tượng của hình thức này</option>
                      {(Object.keys(NOMINEE_TYPE_LABELS) as ParticipantType[]).map((t) => (
                        <option key={t} value={t} disabled={!recipientTypes.includes(t)}>
                          {NOMINEE_TYPE_LABELS[t]}
                          {recipientTypes.includes(t) ? "" : " (chưa chọn ở trên)"}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Field id={`${p}.kind`} label="Cách kiểm tra" required error={e("kind")}>
                    <Select id={`${p}.kind`} aria-invalid={!!e("kind")} aria-describedby={describedBy(`${p}.kind`, e("kind"))} {...register(`${p}.kind`)}>
                      {KINDS.map((k) => (
                        <option key={k} value={k}>
                          {CRITERION_KIND_LABELS[k]}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  {watched[i]?.kind === "INITIATIVE_RECOGNISED" && (
                    <Field
                      id={`${p}.recognitionLevel`}
                      label="Cấp công nhận được tính"
                      hint="Cổng đếm các nội dung được công nhận bằng quyết định công nhận ở cấp này (cấp Thành phố: quyết định của UBND Thành phố)."
                      error={e("recognitionLevel")}
                    >
                      <Select
                        id={`${p}.recognitionLevel`}
                        aria-invalid={!!e("recognitionLevel")}
                        aria-describedby={describedBy(`${p}.recognitionLevel`, e("recognitionLevel"), true)}
                        {...register(`${p}.recognitionLevel`)}
                      >
                        {RECOGNITION_LEVEL_CHOICES.map((c) => (
                          <option key={c.value} value={c.value}>
                            {c.label}
                          </option>
                        ))}
                      </Select>
                    </Field>
                  )}
                </div>
                <div className="mt-2 flex flex-wrap items-center gap-1">
                  <label className="mr-3 flex min-h-9 items-center gap-2 text-sm font-medium">
                    <input type="checkbox" className="h-5 w-5 shrink-0" {...register(`${p}.hard`)} /> Tiêu chí bắt buộc
                  </label>
                  <Button variant="ghost" className={smallBtn} disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`Đưa tiêu chí ${i + 1} lên trên`}>
                    ↑ Lên
                  </Button>
                  <Button variant="ghost" className={smallBtn} disabled={i === fields.length - 1} onClick={() => move(i, i + 1)} aria-label={`Đưa tiêu chí ${i + 1} xuống dưới`}>
                    ↓ Xuống
                  </Button>
                  <Button variant="ghost" className={smallBtn} onClick={() => remove(i)} aria-label={`Xoá tiêu chí ${i + 1}`}>
                    Xoá tiêu chí
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {listError && (
        <p className="mt-1 text-sm text-red-700" data-field-error>
          {listError}
        </p>
      )}
      <Button
        variant="secondary"
        className={`mt-2 ${smallBtn}`}
        onClick={() => append({ content: "", recipientType: "", kind: "DECLARED", hard: false, recognitionLevel: "" }, { shouldFocus: true })}
      >
        + Thêm tiêu chí
      </Button>
    </div>
  );
}

/** Documents of the dossier: kind, name, required. */
export function DocumentsEditor() {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<AwardFormInput>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "documents", keyName: "key" });
  const listError = errorAt(errors, "documents");
  return (
    <div>
      {fields.length === 0 && <p className="mb-2 text-sm text-slate-700">Chưa có tài liệu nào trong hồ sơ.</p>}
      <ol className="flex flex-col gap-2">
        {fields.map((f, i) => {
          const p = `documents.${i}` as const;
          const e = (k: string) => errorAt(errors, `${p}.${k}`);
          return (
            <li key={f.key} className="rounded-md border border-slate-200 p-2">
              <div className="grid gap-2 md:grid-cols-[14rem_1fr]">
                <Field id={`${p}.kind`} label={`Loại tài liệu ${i + 1}`} error={e("kind")}>
                  <Select id={`${p}.kind`} aria-invalid={!!e("kind")} aria-describedby={describedBy(`${p}.kind`, e("kind"))} {...register(`${p}.kind`)}>
                    {DOC_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {DOCUMENT_KIND_LABELS[k]}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field id={`${p}.name`} label={`Tên tài liệu ${i + 1}`} required error={e("name")}>
                  <Input id={`${p}.name`} aria-invalid={!!e("name")} aria-describedby={describedBy(`${p}.name`, e("name"))} {...register(`${p}.name`)} />
                </Field>
              </div>
              <div className="mt-1 flex flex-wrap items-center gap-1">
                <label className="mr-2 flex min-h-9 items-center gap-2 text-sm">
                  <input type="checkbox" className="h-5 w-5" {...register(`${p}.required`)} /> Bắt buộc có trong hồ sơ
                </label>
                <Button variant="ghost" className={smallBtn} disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`Đưa tài liệu ${i + 1} lên trên`}>
                  ↑
                </Button>
                <Button variant="ghost" className={smallBtn} disabled={i === fields.length - 1} onClick={() => move(i, i + 1)} aria-label={`Đưa tài liệu ${i + 1} xuống dưới`}>
                  ↓
                </Button>
                <Button variant="ghost" className={smallBtn} onClick={() => remove(i)} aria-label={`Xoá tài liệu ${i + 1}`}>
                  Xoá
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      {listError && (
        <p className="mt-1 text-sm text-red-700" data-field-error>
          {listError}
        </p>
      )}
      <Button variant="secondary" className={`mt-2 ${smallBtn}`} onClick={() => append({ kind: "OTHER", name: "", required: false }, { shouldFocus: true })}>
        + Thêm tài liệu
      </Button>
    </div>
  );
}

/** The voting rule: quorum and approval threshold typed as shares, with the rule in words and a worked example. */
export function RuleEditor({ councilSize }: { councilSize: number }) {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<AwardFormInput>();
  const [quorumShare, quorumComparison, thresholdShare, thresholdComparison, thresholdBase] = useWatch({
    control,
    name: ["quorumShare", "quorumComparison", "thresholdShare", "thresholdComparison", "thresholdBase"],
  });
  const rule = ruleOfValues({ quorumShare, quorumComparison, thresholdShare, thresholdComparison, thresholdBase });
  const e = (k: string) => errorAt(errors, k);
  const n = councilSize > 0 ? councilSize : 0;
  const need = (share: { numerator: number; denominator: number; strict: boolean }) => {
    const m = minimumForShare(n, share);
    return m > n ? "(không thể đạt)" : `ít nhất ${m}`;
  };
  return (
    <div className="flex flex-col gap-4">
      <fieldset className="rounded-md border border-slate-300 p-3">
        <legend className="px-1 text-sm font-semibold">Điều kiện tiến hành biểu quyết (số thành viên có mặt)</legend>
        <div className="grid gap-3 sm:grid-cols-[10rem_14rem_1fr] sm:items-start">
          <Field id="quorumComparison" label="Số thành viên có mặt" error={e("quorumComparison")}>
            <Select id="quorumComparison" aria-invalid={!!e("quorumComparison")} {...register("quorumComparison")}>
              <option value="AT_LEAST">ít nhất</option>
              <option value="MORE_THAN">trên</option>
            </Select>
          </Field>
          <Field id="quorumShare" label="Tỷ lệ có mặt" required hint="Ví dụ: 2/3 hoặc 50%" error={e("quorumShare")}>
            <Input
              id="quorumShare"
              inputMode="text"
              autoComplete="off"
              aria-invalid={!!e("quorumShare")}
              aria-describedby={describedBy("quorumShare", e("quorumShare"), true)}
              {...register("quorumShare")}
            />
          </Field>
          <p className="text-sm text-slate-700 sm:pt-8">số thành viên Hội đồng được triệu tập có mặt.</p>
        </div>
      </fieldset>
      <fieldset className="rounded-md border border-slate-300 p-3">
        <legend className="px-1 text-sm font-semibold">Tỷ lệ tán thành để được đề nghị khen thưởng</legend>
        <div className="grid gap-3 sm:grid-cols-[10rem_14rem_1fr] sm:items-start">
          <Field id="thresholdComparison" label="Số phiếu tán thành" error={e("thresholdComparison")}>
            <Select id="thresholdComparison" aria-invalid={!!e("thresholdComparison")} {...register("thresholdComparison")}>
              <option value="AT_LEAST">từ … trở lên</option>
              <option value="MORE_THAN">trên</option>
            </Select>
          </Field>
          <Field id="thresholdShare" label="Tỷ lệ tán thành" required hint="Ví dụ: 50%, 2/3, 90%" error={e("thresholdShare")}>
            <Input
              id="thresholdShare"
              autoComplete="off"
              aria-invalid={!!e("thresholdShare")}
              aria-describedby={describedBy("thresholdShare", e("thresholdShare"), true)}
              {...register("thresholdShare")}
            />
          </Field>
          <Field id="thresholdBase" label="Tính trên" error={e("thresholdBase")}>
            <Select id="thresholdBase" aria-invalid={!!e("thresholdBase")} {...register("thresholdBase")}>
              {(Object.keys(THRESHOLD_BASE_LABELS) as (keyof typeof THRESHOLD_BASE_LABELS)[]).map((b) => (
                <option key={b} value={b}>
                  {THRESHOLD_BASE_LABELS[b]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      </fieldset>
      <div className="rounded-md border border-blue-200 bg-blue-50 p-3 text-sm text-blue-950" aria-live="polite" data-testid="rule-preview">
        {rule ? (
          <>
            <p className="font-semibold">Quy tắc biểu quyết</p>
            <ul className="mt-1 list-disc pl-5">
              <li>Biểu quyết khi có {describeRule(rule).quorum}.</li>
              <li>Được đề nghị khen thưởng khi có {describeRule(rule).threshold}.</li>
            </ul>
            {n > 0 && (
              <p className="mt-2">
                Với Hội đồng hiện có {n} thành viên: cần {need(rule.quorum)} thành viên có mặt;{" "}
                {rule.thresholdBase === "MEMBERS"
                  ? `cần ${need(rule.threshold)} phiếu tán thành, dù bao nhiêu thành viên có mặt.`
                  : `khi cả ${n} thành viên có mặt và bỏ phiếu, cần ${need(rule.threshold)} phiếu tán thành (phiếu không biểu quyết vẫn tính vào tổng số phiếu).`}
              </p>
            )}
          </>
        ) : (
          <p>Nhập tỷ lệ hợp lệ để xem quy tắc biểu quyết.</p>
        )}
      </div>
    </div>
  );
}
