"use client";

import { useState, useTransition } from "react";
import { setTypicalAction } from "@/lib/consolidation/actions";

/** The leader's checkbox on one initiative: saved at once, reverted with a message if refused. */
export function TypicalToggle({ initiativeId, typical, label }: { initiativeId: string; typical: boolean; label: string }) {
  const [checked, setChecked] = useState(typical);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const id = `typical-${initiativeId}`;

  const onChange = (next: boolean) => {
    setChecked(next);
    setError(null);
    start(async () => {
      const res = await setTypicalAction({ initiativeId, typical: next });
      if (res.ok) setChecked(res.data.isTypical);
      else {
        setChecked(!next);
        setError(res.error);
      }
    });
  };

  return (
    <div className="flex flex-col items-center gap-1">
      <label htmlFor={id} className="inline-flex cursor-pointer items-center gap-2 whitespace-nowrap">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={pending}
          onChange={(e) => onChange(e.target.checked)}
          aria-label={`Tiêu biểu: ${label}`}
          aria-describedby={error ? `${id}-error` : undefined}
          className="h-5 w-5 accent-brand-700"
        />
        <span aria-hidden="true">Tiêu biểu</span>
      </label>
      {pending && <span className="text-xs text-slate-600">Đang lưu…</span>}
      {error && (
        <span id={`${id}-error`} role="alert" data-alert="error" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </div>
  );
}
