"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { revokeExtensionAction } from "@/lib/extensions/actions";

/** "Thu hồi" one extension (after a confirmation); the unit's deadline falls back to the previous one. */
export function RevokeExtensionButton({ extensionId, label }: { extensionId: string; label: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const onClick = () => {
    if (!window.confirm(`Thu hồi gia hạn của ${label}? Hạn của đơn vị trở lại hạn trước đó.`)) return;
    setError(null);
    start(async () => {
      const res = await revokeExtensionAction({ extensionId });
      if (res.ok) router.refresh();
      else setError(res.error);
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
