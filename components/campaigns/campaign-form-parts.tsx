"use client";

import { get, useFieldArray, useFormContext, useWatch, type FieldErrors } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { MilestoneOrderWarning } from "./milestone-order-warning";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { DEFAULT_REFORM_FIELDS, MILESTONE_KIND_LABELS, MILESTONE_KINDS, MILESTONE_ROLES, PARTICIPANT_TYPE_LABELS } from "@/lib/campaigns/defaults";
import { isValidDay, opensOnPortal, type CampaignFormInput } from "@/lib/campaigns/schemas";
import { phaseOfMilestoneKind, phaseWindow } from "@/lib/reports/phase";
import { dueAtForBeforeDay, formatDateVN } from "@/lib/time/vn";
import type { ParticipantType } from "@/lib/generated/prisma/enums";

/** The message of a form error at a dotted path (array-level errors live in `.root`). */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  const e = get(errors, path) as { message?: string; root?: { message?: string } } | undefined;
  if (!e) return undefined;
  return e.message || e.root?.message || undefined;
}

const smallBtn = "min-h-9 px-2 py-1 text-xs";

/** "dd/MM/yyyy" of a "yyyy-MM-dd" input value (no time zone involved). */
function dayLabel(day: string | undefined) {
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}` : "";
}

/** One list of criteria lines for a participant type. */
export function CriteriaEditor({ type }: { type: ParticipantType }) {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<CampaignFormInput>();
  const name = `criteria.${type}` as const;
  const { fields, append, remove } = useFieldArray({ control, name, keyName: "key" });
  const headingId = `criteria-${type}-heading`;
  return (
    <section aria-labelledby={headingId} className="rounded-md border border-slate-200 p-3">
      <h4 id={headingId} className="mb-2 font-semibold">
        {PARTICIPANT_TYPE_LABELS[type]}
      </h4>
      {fields.length === 0 && <p className="mb-2 text-sm text-slate-600">Chưa có tiêu chí nào. Bấm “Thêm tiêu chí” nếu kế hoạch có tiêu chí cho đối tượng này.</p>}
      <ol className="flex flex-col gap-2">
        {fields.map((f, i) => {
          const id = `${name}.${i}.content`;
          const err = errorAt(errors, id);
          return (
            <li key={f.key} className="flex items-start gap-2">
              <Field id={id} label={<span className="sr-only">{`Tiêu chí ${i + 1} – ${PARTICIPANT_TYPE_LABELS[type]}`}</span>} error={err} className="flex-1">
                <Textarea id={id} rows={2} aria-invalid={!!err} aria-describedby={describedBy(id, err)} {...register(`${name}.${i}.content`)} />
              </Field>
              <Button variant="ghost" className={smallBtn} onClick={() => remove(i)} aria-label={`Xoá tiêu chí ${i + 1} của ${PARTICIPANT_TYPE_LABELS[type]}`}>
                Xoá
              </Button>
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" className={`mt-2 ${smallBtn}`} onClick={() => append({ content: "" }, { shouldFocus: true })}>
        + Thêm tiêu chí
      </Button>
    </section>
  );
}

/** Reform fields of the campaign: rename, reorder, add, remove (not those already used by initiatives). */
export function FieldsEditor({ usage }: { usage: Record<string, number> }) {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<CampaignFormInput>();
  const { fields, append, remove, move, replace } = useFieldArray({ control, name: "fields", keyName: "key" });
  const values = useWatch({ control, name: "fields" });
  const listError = errorAt(errors, "fields");
  return (
    <div>
      <p id="fields-hint" className="mb-2 text-sm text-slate-700">
        Thứ tự ở đây là thứ tự các khối trong Mẫu 1 và Mẫu 2. Lĩnh vực đã có đơn vị đăng ký thì không xoá được (vẫn đổi tên, đổi thứ tự được).
      </p>
      {fields.length === 0 && (
        <div className="mb-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <span>Chưa có lĩnh vực nào.</span>
          <Button variant="secondary" className={smallBtn} onClick={() => replace(DEFAULT_REFORM_FIELDS.map((n) => ({ name: n })))}>
            Dùng 6 lĩnh vực giai đoạn 2021–2030
          </Button>
        </div>
      )}
      <ol className="flex flex-col gap-2" aria-describedby="fields-hint">
        {fields.map((f, i) => {
          const id = `fields.${i}.name`;
          const err = errorAt(errors, id);
          const fieldId = values?.[i]?.id;
          const used = fieldId ? (usage[fieldId] ?? 0) : 0;
          return (
            <li key={f.key} className="flex flex-col gap-1 rounded-md border border-slate-200 p-2 sm:flex-row sm:items-start">
              <span className="w-8 pt-2 text-sm font-semibold text-slate-700" aria-hidden="true">
                {i + 1}.
              </span>
              <Field id={id} label={<span className="sr-only">{`Tên lĩnh vực ${i + 1}`}</span>} error={err} className="flex-1">
                <Input id={id} aria-invalid={!!err} aria-describedby={describedBy(id, err)} {...register(`fields.${i}.name`)} />
                {used > 0 && <p className="text-xs text-slate-600">Đã có {used} mô hình, giải pháp, sáng kiến đăng ký – không thể xoá.</p>}
              </Field>
              <div className="flex gap-1">
                <Button variant="ghost" className={smallBtn} disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`Đưa lĩnh vực ${i + 1} lên trên`}>
                  ↑
                </Button>
                <Button
                  variant="ghost"
                  className={smallBtn}
                  disabled={i === fields.length - 1}
                  onClick={() => move(i, i + 1)}
                  aria-label={`Đưa lĩnh vực ${i + 1} xuống dưới`}
                >
                  ↓
                </Button>
                <Button
                  variant="ghost"
                  className={smallBtn}
                  disabled={used > 0}
                  title={used > 0 ? "Lĩnh vực đã có đăng ký, không thể xoá" : undefined}
                  onClick={() => remove(i)}
                  aria-label={`Xoá lĩnh vực ${i + 1}`}
                >
                  Xoá
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      {listError && (
        <p id="fields-error" className="mt-1 text-sm text-red-700" data-field-error>
          {listError}
        </p>
      )}
      <Button variant="secondary" className={`mt-2 ${smallBtn}`} onClick={() => append({ name: "" }, { shouldFocus: true })}>
        + Thêm lĩnh vực
      </Button>
    </div>
  );
}

const PREVIOUS_LABEL: Partial<Record<string, string>> = {
  REGISTRATION: "hạn đăng ký (Mẫu 1)",
  MIDTERM_REPORT: "hạn báo cáo sơ kết của đơn vị",
  FINAL_REPORT: "hạn báo cáo tổng kết của đơn vị",
};

/**
 * " (từ ngày 18/04/2022, hạn đăng ký (Mẫu 1))": when a report milestone without its own opening date
 * opens by the rule of lib/reports/phase.ts, computed from the days typed in the form.
 */
function defaultOpening(values: CampaignFormInput["milestones"], index: number): string {
  const list = values.map((m, i) => ({
    id: String(i),
    kind: m.kind,
    dueAt: m.beforeDay && isValidDay(m.beforeDay) ? dueAtForBeforeDay(m.beforeDay) : new Date(8.64e15),
    opensAt: null,
  }));
  const p = phaseOfMilestoneKind(values[index]?.kind);
  if (!p) return "";
  const w = phaseWindow(list, p.phase, p.summary);
  if (!w || w.milestone.id !== String(index) || !w.opensAt || w.opensAt.getTime() >= 8.64e15) return "";
  const prev = list.find((m) => m.dueAt.getTime() === w.opensAt!.getTime() && m.id !== String(index));
  const what = prev ? PREVIOUS_LABEL[prev.kind] : undefined;
  return ` (từ ngày ${formatDateVN(w.opensAt)}${what ? `, ${what}` : ""})`;
}

/** Milestones: name, deliverable, kind, responsible role, "Hạn: trước ngày". */
export function MilestonesEditor() {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<CampaignFormInput>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "milestones", keyName: "key" });
  const values = useWatch({ control, name: "milestones" });
  const listError = errorAt(errors, "milestones");
  return (
    <div>
      <MilestoneOrderWarning move={move} />
      {fields.length === 0 && <p className="mb-2 text-sm text-slate-700">Chưa có mốc nào. Kế hoạch cần ít nhất mốc đăng ký (Mẫu 1) để ban hành.</p>}
      <ol className="flex flex-col gap-3">
        {fields.map((f, i) => {
          const p = `milestones.${i}` as const;
          const e = (k: string) => errorAt(errors, `${p}.${k}`);
          const day = values?.[i]?.beforeDay;
          const cutoff = values?.[i]?.cutoffDay;
          const opens = values?.[i]?.opensDay;
          const kind = values?.[i]?.kind;
          return (
            <li key={f.key}>
              <fieldset className="rounded-md border border-slate-300 p-3">
                <legend className="px-1 text-sm font-semibold">Mốc {i + 1}</legend>
                <div className="grid gap-3 md:grid-cols-2">
                  <Field id={`${p}.name`} label="Nội dung công việc" required error={e("name")} className="md:col-span-2">
                    <Textarea id={`${p}.name`} rows={2} aria-invalid={!!e("name")} aria-describedby={describedBy(`${p}.name`, e("name"))} {...register(`${p}.name`)} />
                  </Field>
                  <Field id={`${p}.deliverable`} label="Sản phẩm" hint="Ví dụ: Mẫu 1; Mẫu 2 và Đề cương" error={e("deliverable")}>
                    <Input
                      id={`${p}.deliverable`}
                      aria-invalid={!!e("deliverable")}
                      aria-describedby={describedBy(`${p}.deliverable`, e("deliverable"), true)}
                      {...register(`${p}.deliverable`)}
                    />
                  </Field>
                  <Field id={`${p}.beforeDay`} label="Hạn: trước ngày" required hint={day ? `Hạn chót là 00:00 ngày ${dayLabel(day)} (giờ Việt Nam).` : "Chọn ngày ghi trong kế hoạch."} error={e("beforeDay")}>
                    <DateInput
                      control={control}
                      name={`${p}.beforeDay`}
                      id={`${p}.beforeDay`}
                      aria-invalid={!!e("beforeDay")}
                      aria-describedby={describedBy(`${p}.beforeDay`, e("beforeDay"), true)}
                    />
                  </Field>
                  <Field
                    id={`${p}.cutoffDay`}
                    label="Hạn cuối cùng (không nhận sau): trước ngày"
                    hint={
                      cutoff
                        ? `Từ 00:00 ngày ${dayLabel(cutoff)} (giờ Việt Nam) không nhận nộp, trừ đơn vị được gia hạn.`
                        : "Không bắt buộc. Để trống: nộp trễ vẫn được nhận và đánh dấu trễ hạn."
                    }
                    error={e("cutoffDay")}
                  >
                    <DateInput
                      control={control}
                      name={`${p}.cutoffDay`}
                      id={`${p}.cutoffDay`}
                      aria-invalid={!!e("cutoffDay")}
                      aria-describedby={describedBy(`${p}.cutoffDay`, e("cutoffDay"), true)}
                    />
                  </Field>
                  {kind && opensOnPortal(kind) && (
                    <Field
                      id={`${p}.opensDay`}
                      label="Mở nhận từ ngày"
                      hint={
                        opens
                          ? `Nhận báo cáo từ 00:00 ngày ${dayLabel(opens)} (giờ Việt Nam); trước đó chưa nộp được.`
                          : `Không bắt buộc. Nếu để trống: mở khi mốc trước đến hạn${defaultOpening(values ?? [], i)}.`
                      }
                      error={e("opensDay")}
                    >
                      <DateInput
                        control={control}
                        name={`${p}.opensDay`}
                        id={`${p}.opensDay`}
                        aria-invalid={!!e("opensDay")}
                        aria-describedby={describedBy(`${p}.opensDay`, e("opensDay"), true)}
                      />
                    </Field>
                  )}
                  <Field id={`${p}.kind`} label="Loại mốc" required error={e("kind")}>
                    <Select id={`${p}.kind`} aria-invalid={!!e("kind")} aria-describedby={describedBy(`${p}.kind`, e("kind"))} {...register(`${p}.kind`)}>
                      {MILESTONE_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {MILESTONE_KIND_LABELS[k]}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Field id={`${p}.responsibleRole`} label="Chịu trách nhiệm" required error={e("responsibleRole")}>
                    <Select
                      id={`${p}.responsibleRole`}
                      aria-invalid={!!e("responsibleRole")}
                      aria-describedby={describedBy(`${p}.responsibleRole`, e("responsibleRole"))}
                      {...register(`${p}.responsibleRole`)}
                    >
                      {MILESTONE_ROLES.map((r) => (
                        <option key={r} value={r}>
                          {ROLE_LABELS[r]}
                        </option>
                      ))}
                    </Select>
                  </Field>
                </div>
                <div className="mt-2 flex flex-wrap gap-1">
                  <Button variant="ghost" className={smallBtn} disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`Đưa mốc ${i + 1} lên trên`}>
                    ↑ Lên
                  </Button>
                  <Button
                    variant="ghost"
                    className={smallBtn}
                    disabled={i === fields.length - 1}
                    onClick={() => move(i, i + 1)}
                    aria-label={`Đưa mốc ${i + 1} xuống dưới`}
                  >
                    ↓ Xuống
                  </Button>
                  <Button variant="ghost" className={smallBtn} onClick={() => remove(i)} aria-label={`Xoá mốc ${i + 1}`}>
                    Xoá mốc
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
        onClick={() =>
          append({ name: "", deliverable: "", kind: "OTHER", responsibleRole: "UNIT_HEAD", beforeDay: "", cutoffDay: "", opensDay: "" }, { shouldFocus: true })
        }
      >
        + Thêm mốc
      </Button>
    </div>
  );
}
