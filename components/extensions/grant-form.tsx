"use client";

import { setServerFieldErrors } from "@/components/ui/server-field-errors";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormCombobox } from "@/components/ui/combobox";
import { DateInput } from "@/components/ui/date-input";
import { describedBy, Field, Select, Textarea } from "@/components/ui/field";
import { grantExtensionAction } from "@/lib/extensions/actions";
import { grantExtensionSchema, REASON_MAX, type GrantExtensionInput } from "@/lib/extensions/schemas";

type Option = { id: string; label: string };

/** A milestone of the form: what the unit hands in for it and which units have already done so. */
export type MilestoneOption = Option & {
  /** The milestone's full name in the plan (the option's label is short). */
  description: string;
  /** "Mẫu 1", "báo cáo sơ kết"...; null when the deliverable is tracked outside the portal. */
  deliverableName: string | null;
  /** Units that have already submitted it (or had it accepted): not selectable. */
  handedInUnitIds: string[];
  /** A report phase not open yet: "dd/MM/yyyy" it opens. */
  opensOn: string | null;
};

const FIELDS = ["milestoneId", "unitId", "beforeDay", "reason"] as const;

function dayLabel(day: string) {
  const [y, m, d] = day.split("-");
  return y && m && d ? `${d}/${m}/${y}` : day;
}

/**
 * "Gia hạn cho đơn vị": milestone, participating unit, "Gia hạn đến: trước ngày", reason. The user's
 * input stays on screen when the server refuses it; the refusal is shown next to the field.
 */
export function GrantExtensionForm({
  campaignId,
  milestones,
  units,
  defaultMilestoneId,
  defaultUnitId,
}: {
  campaignId: string;
  milestones: MilestoneOption[];
  units: Option[];
  defaultMilestoneId?: string;
  defaultUnitId?: string;
}) {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const initialMilestone = milestones.find((m) => m.id === defaultMilestoneId) ?? milestones[0];
  const form = useForm<GrantExtensionInput>({
    resolver: zodResolver(grantExtensionSchema) as never,
    defaultValues: {
      campaignId,
      milestoneId: initialMilestone?.id ?? "",
      unitId: units.some((u) => u.id === defaultUnitId) && !initialMilestone?.handedInUnitIds.includes(defaultUnitId!) ? defaultUnitId : "",
      beforeDay: "",
      reason: "",
    },
  });
  const { errors } = form.formState;
  const day = useWatch({ control: form.control, name: "beforeDay" });
  const milestoneId = useWatch({ control: form.control, name: "milestoneId" });
  const selected = milestones.find((m) => m.id === milestoneId);
  const handedIn = new Set(selected?.handedInUnitIds ?? []);
  const milestoneHint = selected
    ? [
        selected.description !== selected.label ? `${selected.description}.` : null,
        selected.opensOn ? `Kỳ báo cáo mở nhận từ ${selected.opensOn}; vẫn có thể gia hạn trước.` : null,
        selected.deliverableName && selected.handedInUnitIds.length > 0
          ? `${selected.handedInUnitIds.length} đơn vị đã nộp ${selected.deliverableName}: không cần gia hạn.`
          : null,
      ]
        .filter(Boolean)
        .join(" ") || undefined
    : undefined;
  const milestoneField = form.register("milestoneId");
  const reasonLength = useWatch({ control: form.control, name: "reason" })?.length ?? 0;

  const onSubmit = form.handleSubmit((values) => {
    setResult(null);
    start(async () => {
      const res = await grantExtensionAction({ ...values, campaignId });
      if (res.ok) {
        setResult({ ok: true, message: res.message ?? "Đã gia hạn." });
        form.reset({ campaignId, milestoneId: values.milestoneId, unitId: "", beforeDay: "", reason: "" });
      } else {
        setServerFieldErrors(form.setError, res.fieldErrors, { accept: (k) => (FIELDS as readonly string[]).includes(k) });
        setResult({ ok: false, message: res.error });
      }
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="grant-h">
      <h2 id="grant-h" className="text-lg font-semibold">
        Gia hạn cho đơn vị
      </h2>
      {result && (
        <Alert tone={result.ok ? "success" : "error"}>{result.message}</Alert>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="milestoneId" label="Mốc" required error={errors.milestoneId?.message} hint={milestoneHint}>
          <Select
            id="milestoneId"
            aria-invalid={!!errors.milestoneId}
            aria-describedby={describedBy("milestoneId", errors.milestoneId?.message, !!milestoneHint)}
            {...milestoneField}
            onChange={(e) => {
              void milestoneField.onChange(e);
              // A unit that has already handed in the newly chosen milestone's deliverable cannot stay selected.
              const next = milestones.find((m) => m.id === e.target.value);
              if (next?.handedInUnitIds.includes(form.getValues("unitId"))) form.setValue("unitId", "");
            }}
          >
            {milestones.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="unitId" label="Đơn vị" required error={errors.unitId?.message}>
          <FormCombobox
            id="unitId"
            control={form.control}
            name="unitId"
            options={units.map((u) => (handedIn.has(u.id) ? { value: u.id, label: u.label, hint: `Đã nộp ${selected?.deliverableName ?? ""}`, disabled: true } : { value: u.id, label: u.label }))}
            placeholder="— Chọn đơn vị tham gia —"
            searchLabel="Tìm đơn vị (gõ không dấu cũng được)"
            notFoundText="Không tìm thấy đơn vị tham gia."
            aria-invalid={!!errors.unitId}
            aria-describedby={describedBy("unitId", errors.unitId?.message)}
          />
        </Field>
        <Field
          id="beforeDay"
          label="Gia hạn đến: trước ngày"
          required
          error={errors.beforeDay?.message}
          hint={day ? `Hạn mới là 00:00 ngày ${dayLabel(day)} (giờ Việt Nam): đơn vị nộp đến hết ngày hôm trước là đúng hạn.` : "Phải sau hạn hiện tại của đơn vị."}
        >
          <DateInput control={form.control} name="beforeDay" id="beforeDay" aria-invalid={!!errors.beforeDay} aria-describedby={describedBy("beforeDay", errors.beforeDay?.message, true)} />
        </Field>
        <Field
          id="reason"
          label="Lý do gia hạn"
          required
          error={errors.reason?.message}
          hint={`Đơn vị sẽ thấy lý do này. ${reasonLength.toLocaleString("vi-VN")}/1.000 ký tự.`}
          className="md:col-span-2"
        >
          <Textarea
            id="reason"
            rows={3}
            maxLength={REASON_MAX}
            aria-required="true"
            aria-invalid={!!errors.reason}
            aria-describedby={describedBy("reason", errors.reason?.message, true)}
            {...form.register("reason")}
          />
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Đang lưu…" : "Gia hạn"}
        </Button>
      </div>
    </form>
  );
}
