"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Textarea } from "@/components/ui/field";
import { saveRoundMinutesAction } from "@/lib/appraisal/outcome/actions";
import { MINUTES_NOTE_MAX, MINUTES_PLACE_MAX } from "@/lib/appraisal/outcome/schemas";

/** The chair's part of the appraisal minutes: where the panel met and a free note (printed in the minutes). */
export function RoundMinutesForm({ roundId, place, note }: { roundId: string; place: string | null; note: string | null }) {
  const [pending, start] = useTransition();
  const [values, setValues] = useState({ place: place ?? "", note: note ?? "" });
  const [errors, setErrors] = useState<{ place?: string; note?: string }>({});
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setResult(null);
    start(async () => {
      const res = await saveRoundMinutesAction({ roundId, ...values });
      if (res.ok) {
        setErrors({});
        setResult({ ok: true, message: res.message ?? "Đã lưu." });
      } else {
        setErrors({ place: res.fieldErrors?.place, note: res.fieldErrors?.note });
        setResult({ ok: false, message: res.error });
      }
    });
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3" aria-labelledby="minutes-form-h">
      <h2 id="minutes-form-h" className="text-base font-semibold">
        Thông tin biên bản thẩm định
      </h2>
      {result && <Alert tone={result.ok ? "success" : "error"}>{result.message}</Alert>}
      <Field id="minutes-place" label="Địa điểm họp thẩm định" error={errors.place} hint="Để trống: ghi tên cơ quan ban hành kế hoạch.">
        <Input
          id="minutes-place"
          value={values.place}
          maxLength={MINUTES_PLACE_MAX}
          onChange={(e) => setValues((v) => ({ ...v, place: e.target.value }))}
          aria-invalid={!!errors.place}
          aria-describedby={describedBy("minutes-place", errors.place, true)}
        />
      </Field>
      <Field id="minutes-note" label="Ý kiến, ghi chú đưa vào biên bản" error={errors.note} hint="Ví dụ: ý kiến thảo luận về các nội dung có độ lệch lớn.">
        <Textarea
          id="minutes-note"
          rows={4}
          value={values.note}
          maxLength={MINUTES_NOTE_MAX}
          onChange={(e) => setValues((v) => ({ ...v, note: e.target.value }))}
          aria-invalid={!!errors.note}
          aria-describedby={describedBy("minutes-note", errors.note, true)}
        />
      </Field>
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Đang lưu…" : "Lưu thông tin biên bản"}
        </Button>
      </div>
    </form>
  );
}
