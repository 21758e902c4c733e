"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { changeCalendarTokenAction } from "@/lib/calendar/actions";
import type { CalendarLinkCreated } from "@/lib/calendar/schemas";

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

/**
 * The private calendar link's buttons. The link itself is shown only in the answer to "create" or "rotate":
 * the server keeps only the hash of its secret, so once this page is left it cannot be shown again.
 */
export function CalendarLinkControls({ active }: { active: boolean }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [created, setCreated] = useState<CalendarLinkCreated | null>(null);

  const confirm = useConfirm();

  const run = async (op: Op) => {
    if (
      op === "rotate" &&
      !(await confirm({ title: "Tạo liên kết mới?", description: "Liên kết cũ sẽ ngừng hoạt động; các ứng dụng lịch đang dùng nó cần liên kết mới.", confirmLabel: "Tạo liên kết mới", tone: "danger" }))
    )
      return;
    if (
      op === "revoke" &&
      !(await confirm({ title: "Thu hồi liên kết lịch?", description: "Các ứng dụng lịch đang dùng liên kết này sẽ không cập nhật được nữa.", confirmLabel: "Thu hồi liên kết", tone: "danger" }))
    )
      return;
    setMessage(null);
    startTransition(async () => {
      const res = await changeCalendarTokenAction({ op });
      setMessage(res.ok ? { tone: "success", text: res.message ?? "Đã lưu." } : { tone: "error", text: res.error });
      if (res.ok) {
        setCreated(res.data);
      }
    });
  };

  const buttons = (
    <div className="flex flex-wrap gap-2">
      {created && (
        <a href={created.webcal} className="inline-flex min-h-10 items-center rounded-md px-4 py-2 text-sm font-semibold text-brand-700 underline hover:bg-brand-50">
          Mở bằng ứng dụng lịch
        </a>
      )}
      <Button variant="secondary" disabled={pending} onClick={() => run("rotate")}>
        Tạo liên kết mới
      </Button>
      <Button variant="danger" disabled={pending} onClick={() => run("revoke")}>
        Thu hồi
      </Button>
    </div>
  );

  return (
    <div className="flex flex-col gap-4">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      {created ? (
        <>
          <Alert tone="warning" title="Sao chép liên kết ngay">
            Đây là lần duy nhất liên kết được hiển thị. Hãy sao chép ngay; nếu mất, hãy tạo liên kết mới.
          </Alert>
          <CopyField id="calendar-webcal" label="Liên kết đăng ký (webcal)" value={created.webcal} />
          <CopyField id="calendar-https" label="Liên kết tệp lịch (https)" value={created.http} />
          {buttons}
        </>
      ) : active ? (
        <>
          <p className="text-sm text-slate-700" data-calendar-feed="active">
            Lịch công việc của bạn đang hoạt động. Vì lý do bảo mật, liên kết chỉ được hiển thị một lần khi tạo; nếu không còn giữ liên kết,
            hãy bấm “Tạo liên kết mới” (liên kết cũ sẽ ngừng hoạt động).
          </p>
          {buttons}
        </>
      ) : (
        <div className="flex flex-col items-start gap-2">
          <p className="text-sm text-slate-700">Bạn chưa có liên kết lịch.</p>
          <Button disabled={pending} onClick={() => run("create")}>
            Tạo liên kết
          </Button>
        </div>
      )}
    </div>
  );
}
