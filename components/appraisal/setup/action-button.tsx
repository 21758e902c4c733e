"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useConfirm, type ConfirmOptions } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/actions/result";

/**
 * One button running one server action with a fixed input (remove an item, move a criterion, open the
 * round…), optionally after a confirmation; the result is announced next to it and the page refreshed.
 */
export function ActionButton<T>({
  action,
  input,
  label,
  pendingLabel,
  variant = "secondary",
  confirm: confirmOptions,
  className,
  "aria-label": ariaLabel,
  disabled,
  showSuccess = true,
  onDone,
}: {
  action: (input: unknown) => Promise<ActionResult<T>>;
  input: unknown;
  label: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  confirm?: ConfirmOptions;
  className?: string;
  "aria-label"?: string;
  disabled?: boolean;
  showSuccess?: boolean;
  onDone?: (data: T) => void;
}) {
  const confirm = useConfirm();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  const run = async () => {
    if (confirmOptions && !(await confirm(confirmOptions))) return;
    setResult(null);
    start(async () => {
      const res = await action(input);
      if (res.ok) {
        if (showSuccess && res.message) setResult({ ok: true, message: res.message });
        onDone?.(res.data);
      } else setResult({ ok: false, message: res.error });
    });
  };

  return (
    <span className={className}>
      <Button variant={variant} onClick={run} disabled={pending || disabled} aria-label={ariaLabel}>
        {pending ? (pendingLabel ?? "Đang xử lý…") : label}
      </Button>
      {result && (
        <Alert tone={result.ok ? "success" : "error"} className="mt-2">
          {result.message}
        </Alert>
      )}
    </span>
  );
}
