"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useConfirm, type ConfirmOptions } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/actions/result";

/** A button that calls one server action and shows its message (success politely, errors as alerts). */
export function ActionButton<T>({
  label,
  pendingLabel,
  action,
  variant = "secondary",
  confirm: confirmOptions,
}: {
  label: string;
  pendingLabel: string;
  action: () => Promise<ActionResult<T>>;
  variant?: "primary" | "secondary";
  /** Ask first (the confirm button is named by `confirm.confirmLabel`). */
  confirm?: ConfirmOptions;
}) {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const confirm = useConfirm();
  return (
    <div className="flex flex-col items-start gap-2">
      <Button
        type="button"
        variant={variant}
        disabled={pending}
        aria-busy={pending}
        onClick={async () => {
          if (confirmOptions && !(await confirm(confirmOptions))) return;
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
