"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormCombobox } from "@/components/ui/combobox";
import { DateInput } from "@/components/ui/date-input";
import { describedBy, Field, Input } from "@/components/ui/field";
import { setServerFieldErrors } from "@/components/ui/server-field-errors";
import { createRoundAction, updateRoundAction } from "@/lib/appraisal/rounds/actions";
import {
  createRoundSchema,
  INCLUSION_LABELS,
  INCLUSION_RULES,
  MAX_PER_ITEM,
  ROUND_NAME_MAX,
  updateRoundSchema,
  type CreateRoundForm,
  type UpdateRoundForm,
} from "@/lib/appraisal/rounds/schemas";

export interface ChairOption {
  id: string;
  fullName: string;
  username: string;
  unitName: string;
}

const chairOptions = (people: ChairOption[]) => people.map((p) => ({ value: p.id, label: p.fullName, hint: `${p.unitName} · ${p.username}` }));

/** The fields shared by "Tạo đợt thẩm định" and the round's settings. */
function CommonFields({
  form,
  prefix,
  chairs,
  onlyDueDate,
}: {
  // Both forms carry these fields under the same names.
  form: ReturnType<typeof useForm<CreateRoundForm>>;
  prefix: string;
  chairs: ChairOption[];
  onlyDueDate?: boolean;
}) {
  const e = form.formState.errors;
  const id = (n: string) => `${prefix}-${n}`;
  const due = (
    <Field id={id("due")} label="Hạn chấm (trước ngày)" required error={e.dueDate?.message} hint="Người chấm nộp điểm trước 00:00 ngày này (giờ Việt Nam).">
      <DateInput control={form.control} name="dueDate" id={id("due")} aria-invalid={e.dueDate ? true : undefined} aria-describedby={describedBy(id("due"), e.dueDate?.message, true)} />
    </Field>
  );
  // While scoring only the due date changes; the other settings travel unchanged with the form's values.
  if (onlyDueDate) return due;
  return (
    <>
      <Field id={id("name")} label="Tên đợt thẩm định" required error={e.name?.message} className="sm:col-span-2">
        <Input id={id("name")} maxLength={ROUND_NAME_MAX} aria-invalid={e.name ? true : undefined} aria-describedby={describedBy(id("name"), e.name?.message)} {...form.register("name")} />
      </Field>
      {due}
      <Field id={id("per")} label="Số người chấm mỗi nội dung" required error={e.evaluatorsPerItem?.message}>
        <Input
          id={id("per")}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_PER_ITEM}
          step={1}
         
          aria-invalid={e.evaluatorsPerItem ? true : undefined}
          aria-describedby={describedBy(id("per"), e.evaluatorsPerItem?.message)}
          {...form.register("evaluatorsPerItem")}
        />
      </Field>
      <Field id={id("chair")} label="Chủ trì đợt thẩm định" required error={e.chairUserId?.message} hint="Thành viên Ban Chỉ đạo, Lãnh đạo hoặc Bộ phận CCHC; ghi kết luận và ký biên bản.">
        <FormCombobox
          control={form.control}
          name="chairUserId"
          id={id("chair")}
          options={chairOptions(chairs)}
          placeholder="Chọn người chủ trì"
          searchLabel="Tìm theo tên, đơn vị"
          notFoundText="Không tìm thấy người phù hợp."
         
          aria-invalid={e.chairUserId ? true : undefined}
          aria-describedby={describedBy(id("chair"), e.chairUserId?.message, true)}
        />
      </Field>
      <Field id={id("spread")} label="Ngưỡng chênh lệch điểm (0–100)" required error={e.spreadThreshold?.message} hint="Nội dung có điểm giữa các người chấm chênh nhau hơn ngưỡng này được đánh dấu để thảo luận.">
        <Input
          id={id("spread")}
          type="number"
          inputMode="decimal"
          min={0}
          max={100}
          step={0.5}
         
          aria-invalid={e.spreadThreshold ? true : undefined}
          aria-describedby={describedBy(id("spread"), e.spreadThreshold?.message, true)}
          {...form.register("spreadThreshold")}
        />
      </Field>
      <div className="flex items-start gap-2 sm:col-span-2">
        <input id={id("others")} type="checkbox" className="mt-0.5 h-4 w-4 accent-brand-700" {...form.register("showOthersScores")} />
        <label htmlFor={id("others")} className="text-sm text-slate-900">
          Người chấm được xem điểm của người khác trước khi nộp điểm của mình
        </label>
      </div>
    </>
  );
}

/** "Tạo đợt thẩm định": then the round's page. */
export function RoundCreateForm({ campaignId, defaultName, defaultDueDate, chairs, defaultChairId }: { campaignId: string; defaultName: string; defaultDueDate: string; chairs: ChairOption[]; defaultChairId: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<CreateRoundForm>({
    resolver: zodResolver(createRoundSchema) as never,
    defaultValues: { campaignId, name: defaultName, dueDate: defaultDueDate, evaluatorsPerItem: 3, chairUserId: defaultChairId, showOthersScores: false, spreadThreshold: 20, inclusion: "MANUAL" },
  });
  const e = form.formState.errors;
  const onSubmit = form.handleSubmit((values) => {
    setError(null);
    start(async () => {
      const res = await createRoundAction(values);
      if (res.ok) router.push(`/campaigns/${campaignId}/appraisal/${res.data.roundId}`);
      else {
        setServerFieldErrors(form.setError, res.fieldErrors, { focusFirst: true });
        setError(res.error);
      }
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2" aria-labelledby="create-h">
      {error && (
        <Alert tone="error" className="sm:col-span-2">
          {error}
        </Alert>
      )}
      <CommonFields form={form} prefix="r" chairs={chairs} />
      <fieldset className="sm:col-span-2" aria-describedby={e.inclusion ? "r-inclusion-error" : "r-inclusion-hint"}>
        <legend className="mb-1 text-sm font-medium text-slate-900">Cách đưa nội dung vào đợt</legend>
        <p id="r-inclusion-hint" className="mb-1 text-xs text-slate-600">
          Chỉ nội dung có Mẫu 1 đã nộp hoặc đã tiếp nhận. Có thể thêm, bớt nội dung sau khi tạo đợt.
        </p>
        <ul className="grid gap-1">
          {INCLUSION_RULES.map((r) => (
            <li key={r} className="flex items-start gap-2">
              <input id={`r-inc-${r}`} type="radio" value={r} className="mt-0.5 h-4 w-4 accent-brand-700" {...form.register("inclusion")} />
              <label htmlFor={`r-inc-${r}`} className="text-sm text-slate-900">
                {INCLUSION_LABELS[r]}
              </label>
            </li>
          ))}
        </ul>
        {e.inclusion && (
          <p id="r-inclusion-error" className="text-sm text-red-700" data-field-error>
            {e.inclusion.message}
          </p>
        )}
      </fieldset>
      <p className="text-sm text-slate-700 sm:col-span-2">Bộ tiêu chí mặc định (5 tiêu chí, 100 điểm) được sao chép vào đợt; có thể sửa trước khi có người chấm lưu điểm.</p>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Đang tạo…" : "Tạo đợt thẩm định"}
        </Button>
      </div>
    </form>
  );
}

/** The round's settings: all of them while preparing, only the due date while scoring. */
export function RoundSettingsForm({ values, chairs, onlyDueDate }: { values: UpdateRoundForm; chairs: ChairOption[]; onlyDueDate: boolean }) {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const form = useForm<UpdateRoundForm>({ resolver: zodResolver(updateRoundSchema) as never, defaultValues: values });
  const onSubmit = form.handleSubmit((v) => {
    setResult(null);
    start(async () => {
      const res = await updateRoundAction(v);
      if (res.ok) {
        form.reset({ ...v, lockVersion: res.data.lockVersion });
        setResult({ ok: true, message: res.message ?? "Đã lưu." });
      } else {
        setServerFieldErrors(form.setError, res.fieldErrors, { focusFirst: true });
        setResult({ ok: false, message: res.error });
      }
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2" aria-labelledby="settings-h">
      {result && (
        <Alert tone={result.ok ? "success" : "error"} className="sm:col-span-2">
          {result.message}
        </Alert>
      )}
      {onlyDueDate && <p className="text-sm text-slate-700 sm:col-span-2">Đợt đang chấm: chỉ đổi được hạn chấm.</p>}
      <CommonFields form={form as unknown as ReturnType<typeof useForm<CreateRoundForm>>} prefix="st" chairs={chairs} onlyDueDate={onlyDueDate} />
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Đang lưu…" : "Lưu thông tin"}
        </Button>
      </div>
    </form>
  );
}
