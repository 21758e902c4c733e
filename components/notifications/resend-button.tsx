"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { resendEmailAction } from "@/lib/mail/actions";

export function ResendEmailButton({ id }: { id: string }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  return (
    <div className="flex flex-col items-start gap-2">
      <Button
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const res = await resendEmailAction({ id });
            setMessage(res.ok ? { tone: "success", text: res.message ?? "Đã lưu." } : { tone: "error", text: res.error });
          })
        }
      >
        {pending ? "Đang xử lý…" : "Gửi lại"}
      </Button>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
    </div>
  );
}
