"use client";

import { useWatch } from "react-hook-form";
import { describedBy, Field, Input, Textarea } from "@/components/ui/field";
import type { MauHaiRow } from "@/lib/reports/rules";
import type { ReportEditorForm } from "./report-editor-types";

/**
 * Mẫu 2: per reform field, the registered count (from the accepted Mẫu 1), the completed count (from the
 * progress, or an override with its reason, never above the registered count) and a note.
 */
export function ReportMauHaiTable({ form, table }: { form: ReportEditorForm; table: MauHaiRow[] }) {
  const { register, control, setValue, formState } = form;
  const { errors } = formState;
  const rows = useWatch({ control, name: "fieldRows" });
  return (
    <section aria-labelledby="mau2-h" className="rounded-md border border-slate-300 bg-white">
      <h2 id="mau2-h" className="border-b border-slate-200 bg-slate-50 px-4 py-2 text-base font-semibold">
        Mẫu 2 – Số lượng theo lĩnh vực
      </h2>
      <p className="px-4 pt-3 text-sm text-slate-700">
        “Số lượng đăng ký” lấy từ Mẫu 1 đã được tiếp nhận (của đơn vị và của cá nhân trong đơn vị); “Số lượng hoàn thành” tính từ tiến độ các nội dung. Chỉ điều chỉnh
        số lượng hoàn thành khi cần, kèm lý do.
      </p>
      <div className="hidden grid-cols-[minmax(0,3fr)_7rem_minmax(0,3fr)_minmax(0,3fr)] gap-3 border-b border-slate-200 px-4 pb-2 pt-3 text-sm font-semibold md:grid" aria-hidden="true">
        <span>Lĩnh vực</span>
        <span className="text-center">Số lượng đăng ký</span>
        <span>Số lượng hoàn thành</span>
        <span>Ghi chú</span>
      </div>
      <ol className="divide-y divide-slate-200">
        {table.map((r, i) => {
          const value = rows?.[i]?.completedOverride;
          const overriding = value !== null && value !== undefined;
          const e = errors.fieldRows?.[i];
          const id = (n: string) => `fr-${i}-${n}`;
          return (
            <li key={r.fieldId} className="grid gap-3 px-4 py-3 md:grid-cols-[minmax(0,3fr)_7rem_minmax(0,3fr)_minmax(0,3fr)]" data-field-row={r.fieldName}>
              <p className="font-medium">
                {i + 1}. {r.fieldName}
              </p>
              <p className="text-sm md:text-center">
                <span className="md:sr-only">Số lượng đăng ký: </span>
                <span className="font-semibold" data-registered>
                  {r.registered}
                </span>
              </p>
              <div className="flex flex-col gap-2 text-sm">
                <p>
                  <span className="md:sr-only">Số lượng hoàn thành: </span>
                  {overriding ? (
                    <span>Theo tiến độ: {r.computedCompleted}</span>
                  ) : (
                    <span className="font-semibold" data-completed>
                      {r.computedCompleted}
                    </span>
                  )}
                </p>
                <label className="inline-flex items-center gap-2">
                  <input
                    type="checkbox"
                    className="h-4 w-4"
                    checked={overriding}
                    onChange={(ev) => setValue(`fieldRows.${i}.completedOverride`, ev.target.checked ? r.computedCompleted : null, { shouldDirty: true, shouldValidate: false })}
                  />
                  Điều chỉnh<span className="sr-only"> số lượng hoàn thành của lĩnh vực {r.fieldName}</span>
                </label>
                {overriding && (
                  <>
                    <Field id={id("ov")} label="Số lượng hoàn thành (điều chỉnh)" required error={e?.completedOverride?.message} hint={`Không lớn hơn ${r.registered}.`}>
                      <Input
                        id={id("ov")}
                        type="number"
                        inputMode="numeric"
                        min={0}
                        max={r.registered}
                        step={1}
                        className="w-28"
                        aria-invalid={!!e?.completedOverride}
                        aria-describedby={describedBy(id("ov"), e?.completedOverride?.message, true)}
                        {...register(`fieldRows.${i}.completedOverride`, {
                          setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? null : typeof v === "number" ? v : Number(v)),
                        })}
                      />
                    </Field>
                    <Field id={id("why")} label="Lý do điều chỉnh" required error={e?.overrideNote?.message}>
                      <Textarea id={id("why")} rows={2} aria-invalid={!!e?.overrideNote} aria-describedby={describedBy(id("why"), e?.overrideNote?.message)} {...register(`fieldRows.${i}.overrideNote`)} />
                    </Field>
                  </>
                )}
              </div>
              <Field
                id={id("note")}
                label={
                  <span className="md:sr-only">
                    Ghi chú<span className="sr-only"> – {r.fieldName}</span>
                  </span>
                }
                error={e?.note?.message}
              >
                <Textarea id={id("note")} rows={1} className="field-sizing-content min-h-10" aria-invalid={!!e?.note} aria-describedby={describedBy(id("note"), e?.note?.message)} {...register(`fieldRows.${i}.note`)} />
              </Field>
            </li>
          );
        })}
      </ol>
      <p className="border-t border-slate-200 px-4 py-2 text-sm">
        Tổng cộng: đăng ký <strong>{table.reduce((s, r) => s + r.registered, 0)}</strong>, hoàn thành theo tiến độ <strong>{table.reduce((s, r) => s + r.computedCompleted, 0)}</strong>.
      </p>
    </section>
  );
}
