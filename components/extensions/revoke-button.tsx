"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { revokeExtensionAction } from "@/lib/extensions/actions";

/** "Thu hồi" one extension (after a confirmation); the unit's deadline falls back to the previous one. */
export function RevokeExtensionButton({ extensionId, label }: { extensionId: string; label: string }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const confirm = useConfirm();
  const onClick = async () => {
    const ok = await confirm({
      title: `Thu hồi gia hạn của ${label}?`,
      description: "Hạn của đơn vị trở lại hạn trước đó. Lịch sử gia hạn vẫn được giữ.",
      confirmLabel: "Thu hồi gia hạn",
      tone: "danger",
    });
    if (!ok) return;
    setError(null);
    start(async () => {
      const res = await revokeExtensionAction({ extensionId });
      if (!res.ok) setError(res.error);
    });
  };
  return (
    <div className="flex flex-col items-start gap-1">
      <Button variant="secondary" className="px-2 py-1 text-xs" onClick={onClick} disabled={pending}>
        {pending ? "Đang thu hồi…" : "Thu hồi"}
        <span className="sr-only"> gia hạn của {label}</span>
      </Button>
      {error && (
        <p role="alert" data-alert="error" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
