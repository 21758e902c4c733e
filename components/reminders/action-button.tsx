"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

/** A button that calls one server action and shows its message (success politely, errors as alerts). */
export function ActionButton<T>({
  label,
  pendingLabel,
  action,
  variant = "secondary",
  confirmText,
}: {
  label: string;
  pendingLabel: string;
  action: () => Promise<ActionResult<T>>;
  variant?: "primary" | "secondary";
  confirmText?: string;
}) {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <div className="flex flex-col items-start gap-2">
      <Button
        type="button"
        variant={variant}
        disabled={pending}
        aria-busy={pending}
        onClick={() => {
          if (confirmText && !window.confirm(confirmText)) return;
          setResult(null);
          start(async () => {
            const r = await action();
            setResult(r.ok ? { ok: true, text: r.message ?? "Đã xong." } : { ok: false, text: r.error });
          });
        }}
      >
        {pending ? pendingLabel : label}
      </Button>
      {result && <Alert tone={result.ok ? "success" : "error"}>{result.text}</Alert>}
    </div>
  );
}
