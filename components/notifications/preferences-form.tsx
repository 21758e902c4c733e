"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { setDigestModeAction } from "@/lib/notifications/actions";
import { DIGEST_MODE_LABELS } from "@/lib/notifications/schemas";

type Mode = keyof typeof DIGEST_MODE_LABELS;
const HINTS: Record<Mode, string> = {
  IMMEDIATE: "Nhận ngay một thư cho mỗi lần nhắc hạn.",
  DAILY: "Gom các nhắc việc trong ngày vào một thư duy nhất.",
};

export function NotificationPreferencesForm({ current, disabled }: { current: Mode; disabled?: boolean }) {
  const [mode, setMode] = useState<Mode>(current);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setMessage(null);
        startTransition(async () => {
          const res = await setDigestModeAction({ digestMode: mode });
          setMessage(res.ok ? { tone: "success", text: res.message ?? "Đã lưu." } : { tone: "error", text: res.fieldErrors?.digestMode ?? res.error });
        });
      }}
      className="flex flex-col gap-3"
    >
      <fieldset disabled={disabled || pending} className="flex flex-col gap-2">
        <legend className="sr-only">Cách nhận nhắc việc qua e-mail</legend>
        {(Object.keys(DIGEST_MODE_LABELS) as Mode[]).map((m) => (
          <label key={m} className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-300 p-3 has-[:checked]:border-brand-700">
            <input
              type="radio"
              name="digestMode"
              value={m}
              checked={mode === m}
              onChange={() => setMode(m)}
              className="mt-1 h-4 w-4"
              aria-describedby={`digest-hint-${m}`}
            />
            <span>
              <span className="block text-sm font-medium">{DIGEST_MODE_LABELS[m]}</span>
              <span id={`digest-hint-${m}`} className="block text-xs text-slate-700">
                {HINTS[m]}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <div>
        <Button type="submit" disabled={disabled || pending || mode === current}>
          {pending ? "Đang lưu…" : "Lưu cách nhận thư"}
        </Button>
      </div>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
    </form>
  );
}
