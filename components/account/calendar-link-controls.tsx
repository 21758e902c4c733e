"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { changeCalendarTokenAction } from "@/lib/calendar/actions";

type Op = "create" | "rotate" | "revoke";

function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id={id}
          readOnly
          value={value}
          onFocus={(e) => e.currentTarget.select()}
          className="min-h-10 w-full min-w-0 rounded-md border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-xs text-slate-900"
        />
        <Button
          variant="secondary"
          className="shrink-0"
          aria-label={`Sao chép ${label.toLowerCase()}`}
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(value);
              setCopied(true);
              setTimeout(() => setCopied(false), 2500);
            } catch {
              document.getElementById(id)?.focus();
            }
          }}
        >
          {copied ? "Đã sao chép" : "Sao chép"}
        </Button>
      </div>
    </div>
  );
}

export function CalendarLinkControls({ urls }: { urls: { http: string; webcal: string } | null }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  const run = (op: Op) => {
    if (op === "rotate" && !window.confirm("Đường dẫn cũ sẽ ngừng hoạt động. Tạo đường dẫn mới?")) return;
    if (op === "revoke" && !window.confirm("Thu hồi đường dẫn lịch? Các ứng dụng lịch đang dùng nó sẽ không cập nhật được nữa.")) return;
    setMessage(null);
    startTransition(async () => {
      const res = await changeCalendarTokenAction({ op });
      setMessage(res.ok ? { tone: "success", text: res.message ?? "Đã lưu." } : { tone: "error", text: res.error });
      if (res.ok) router.refresh();
    });
  };

  return (
    <div className="flex flex-col gap-4">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      {urls ? (
        <>
          <CopyField id="calendar-webcal" label="Đường dẫn đăng ký (webcal)" value={urls.webcal} />
          <CopyField id="calendar-https" label="Đường dẫn tệp lịch (https)" value={urls.http} />
          <div className="flex flex-wrap gap-2">
            <a href={urls.webcal} className="inline-flex min-h-10 items-center rounded-md px-4 py-2 text-sm font-semibold text-brand-700 underline hover:bg-brand-50">
              Mở bằng ứng dụng lịch
            </a>
            <Button variant="secondary" disabled={pending} onClick={() => run("rotate")}>
              Tạo đường dẫn mới
            </Button>
            <Button variant="danger" disabled={pending} onClick={() => run("revoke")}>
              Thu hồi
            </Button>
          </div>
        </>
      ) : (
        <div className="flex flex-col items-start gap-2">
          <p className="text-sm text-slate-700">Bạn chưa có đường dẫn lịch.</p>
          <Button disabled={pending} onClick={() => run("create")}>
            Tạo đường dẫn
          </Button>
        </div>
      )}
    </div>
  );
}
