"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { setServerFieldErrors } from "@/components/ui/server-field-errors";
import { BALLOT_MODE_LABELS } from "@/lib/awards/labels";
import { updateSessionDetailsAction } from "@/lib/council/sessions/actions";
import { BALLOT_MODES, SESSION_AGENDA_MAX, updateSessionDetailsSchema, type SessionDetailsForm as Values } from "@/lib/council/sessions/schemas";

/**
 * Title, meeting date and time (Vietnam time), place, agenda text and ballot mode. The ballot mode is
 * fixed once voting is open; nothing changes after the ballot closed (the page shows it read-only).
 */
export function SessionDetailsForm({
  sessionId,
  lockVersion,
  status,
  values,
}: {
  sessionId: string;
  lockVersion: number;
  status: "DRAFT" | "VOTING" | "CLOSED";
  values: Omit<Values, "sessionId" | "lockVersion">;
}) {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(updateSessionDetailsSchema) as never, defaultValues: { sessionId, lockVersion, ...values } });
  const e = form.formState.errors;
  const modeLocked = status !== "DRAFT";

  const onSubmit = form.handleSubmit((v) => {
    setResult(null);
    start(async () => {
      const res = await updateSessionDetailsAction({ ...v, sessionId, lockVersion, ballotMode: modeLocked ? values.ballotMode : v.ballotMode });
      if (res.ok) {
        setResult({ ok: true, message: res.message ?? "Đã lưu." });
      } else {
        setServerFieldErrors(form.setError, res.fieldErrors, { focusFirst: true });
        setResult({ ok: false, message: res.error });
      }
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      {result && (
        <Alert tone={result.ok ? "success" : "error"} className="sm:col-span-2">
          {result.message}
        </Alert>
      )}
      <Field id="d-title" label="Tên phiên họp" required error={e.title?.message} className="sm:col-span-2">
        <Input id="d-title" maxLength={500} aria-invalid={e.title ? true : undefined} aria-describedby={describedBy("d-title", e.title?.message)} {...form.register("title")} />
      </Field>
      <Field id="d-date" label="Ngày họp" required error={e.meetingDate?.message}>
        <DateInput control={form.control} name="meetingDate" id="d-date" aria-invalid={e.meetingDate ? true : undefined} aria-describedby={describedBy("d-date", e.meetingDate?.message)} />
      </Field>
      <Field id="d-time" label="Giờ họp (giờ Việt Nam)" required error={e.meetingTime?.message}>
        <Input id="d-time" type="time" aria-invalid={e.meetingTime ? true : undefined} aria-describedby={describedBy("d-time", e.meetingTime?.message)} {...form.register("meetingTime")} />
      </Field>
      <Field id="d-location" label="Địa điểm" error={e.location?.message}>
        <Input id="d-location" maxLength={500} {...form.register("location")} />
      </Field>
      {modeLocked ? (
        <div className="flex flex-col gap-1">
          <p className="text-sm font-medium text-slate-900">Hình thức biểu quyết</p>
          <p className="text-sm">{BALLOT_MODE_LABELS[values.ballotMode as (typeof BALLOT_MODES)[number]]}</p>
          <p className="text-xs text-slate-600">Đã mở biểu quyết: không đổi được hình thức biểu quyết.</p>
        </div>
      ) : (
        <Field id="d-mode" label="Hình thức biểu quyết" required error={e.ballotMode?.message} hint="Không đổi được sau khi mở biểu quyết.">
          <Select id="d-mode" aria-describedby={describedBy("d-mode", e.ballotMode?.message, true)} {...form.register("ballotMode")}>
            {BALLOT_MODES.map((m) => (
              <option key={m} value={m}>
                {BALLOT_MODE_LABELS[m]}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field id="d-agenda" label="Nội dung, chương trình họp" error={e.agenda?.message} className="sm:col-span-2" hint="Ví dụ: 1. Thường trực báo cáo kết quả kiểm tra hồ sơ; 2. Hội đồng thảo luận; 3. Biểu quyết.">
        <Textarea id="d-agenda" rows={4} maxLength={SESSION_AGENDA_MAX} aria-describedby={describedBy("d-agenda", e.agenda?.message, true)} {...form.register("agenda")} />
      </Field>
      <div className="sm:col-span-2">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Đang lưu…" : "Lưu thông tin phiên họp"}
        </Button>
      </div>
    </form>
  );
}
