"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Combobox } from "@/components/ui/combobox";
import { Field } from "@/components/ui/field";
import { addEvaluatorAction } from "@/lib/appraisal/rounds/actions";

export interface PersonOption {
  id: string;
  fullName: string;
  username: string;
  unitName: string;
}

/** "Thêm người chấm": any active account of any unit, searched by name, username or unit. */
export function AddEvaluatorForm({ roundId, candidates }: { roundId: string; candidates: PersonOption[] }) {
  const [pending, start] = useTransition();
  const [userId, setUserId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setMessage(null);
    if (!userId) {
      setError("Vui lòng chọn người chấm.");
      return;
    }
    start(async () => {
      const res = await addEvaluatorAction({ roundId, userId });
      if (res.ok) {
        setError(null);
        setUserId("");
        setMessage({ ok: true, text: res.message ?? "Đã thêm." });
      } else {
        setError(res.fieldErrors?.userId ?? null);
        setMessage({ ok: false, text: res.error });
      }
    });
  };
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-2">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <Field id="ev-user" label="Thêm người chấm" error={error ?? undefined} className="min-w-0 flex-1" hint="Tìm theo họ tên, tên đăng nhập hoặc đơn vị.">
        <Combobox
          id="ev-user"
          options={candidates.map((c) => ({ value: c.id, label: c.fullName, hint: `${c.unitName} · ${c.username}` }))}
          value={userId}
          onChange={setUserId}
          placeholder="Chọn người"
          searchLabel="Tìm người chấm"
          notFoundText="Không tìm thấy tài khoản phù hợp."
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "ev-user-error" : "ev-user-hint"}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Đang thêm…" : "Thêm"}
      </Button>
      </div>
      {message && <Alert tone={message.ok ? "success" : "error"}>{message.text}</Alert>}
    </form>
  );
}
