"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import { setServerFieldErrors } from "@/components/ui/server-field-errors";
import { BALLOT_MODE_LABELS } from "@/lib/awards/labels";
import { createSessionAction } from "@/lib/council/sessions/actions";
import { BALLOT_MODES, createSessionSchema, type CreateSessionForm } from "@/lib/council/sessions/schemas";

/** "Tạo phiên họp": title, meeting date and time (Vietnam time), place and ballot mode; then the session's page. */
export function SessionCreateForm({ campaignId, defaultTitle, defaultDate }: { campaignId: string; defaultTitle: string; defaultDate: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<CreateSessionForm>({
    resolver: zodResolver(createSessionSchema) as never,
    defaultValues: { campaignId, title: defaultTitle, meetingDate: defaultDate, meetingTime: "08:00", location: "", ballotMode: "OPEN" },
  });
  const e = form.formState.errors;

  const onSubmit = form.handleSubmit((values) => {
    setError(null);
    start(async () => {
      const res = await createSessionAction(values);
      if (res.ok) {
        router.push(`/council/sessions/${res.data.sessionId}/manage`);
      } else {
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
      <Field id="s-title" label="Tên phiên họp" required error={e.title?.message} className="sm:col-span-2">
        <Input id="s-title" maxLength={500} aria-invalid={e.title ? true : undefined} aria-describedby={describedBy("s-title", e.title?.message)} {...form.register("title")} />
      </Field>
      <Field id="s-date" label="Ngày họp" required error={e.meetingDate?.message}>
        <DateInput control={form.control} name="meetingDate" id="s-date" aria-invalid={e.meetingDate ? true : undefined} aria-describedby={describedBy("s-date", e.meetingDate?.message)} />
      </Field>
      <Field id="s-time" label="Giờ họp (giờ Việt Nam)" required error={e.meetingTime?.message}>
        <Input id="s-time" type="time" aria-invalid={e.meetingTime ? true : undefined} aria-describedby={describedBy("s-time", e.meetingTime?.message)} {...form.register("meetingTime")} />
      </Field>
      <Field id="s-location" label="Địa điểm" error={e.location?.message}>
        <Input id="s-location" maxLength={500} placeholder="Ví dụ: Phòng họp số 1, tầng 3" {...form.register("location")} />
      </Field>
      <Field id="s-mode" label="Hình thức biểu quyết" required error={e.ballotMode?.message} hint="Không đổi được sau khi mở biểu quyết.">
        <Select id="s-mode" aria-describedby={describedBy("s-mode", e.ballotMode?.message, true)} {...form.register("ballotMode")}>
          {BALLOT_MODES.map((m) => (
            <option key={m} value={m}>
              {BALLOT_MODE_LABELS[m]}
            </option>
          ))}
        </Select>
      </Field>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Đang tạo…" : "Tạo phiên họp"}
        </Button>
      </div>
    </form>
  );
}
