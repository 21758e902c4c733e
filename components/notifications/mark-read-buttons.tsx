"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";

export function MarkReadButton({ id, title }: { id: string; title: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-1">
      <Button
        variant="secondary"
        className="min-h-9 px-3 py-1 text-xs"
        disabled={pending}
        aria-label={`Đánh dấu đã đọc: ${title}`}
        onClick={() =>
          startTransition(async () => {
            const res = await markNotificationReadAction({ id });
            if (!res.ok) setError(res.error);
          })
        }
      >
        {pending ? "Đang lưu…" : "Đánh dấu đã đọc"}
      </Button>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}

export function MarkAllReadButton() {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const res = await markAllNotificationsReadAction();
            setMessage(res.ok ? { tone: "success", text: res.message ?? "Đã lưu." } : { tone: "error", text: res.error });
          })
        }
      >
        {pending ? "Đang lưu…" : "Đánh dấu tất cả đã đọc"}
      </Button>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
    </div>
  );
}
