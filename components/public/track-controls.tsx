"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { describedBy, Field, Input } from "@/components/ui/field";
import { confirmIdeaEmailAction, withdrawIdeaAction } from "@/lib/public-ideas/public-actions";

/** A GET form: the code goes in the address, so that the e-mail's link and the typed code open the same page. */
export function TrackLookupForm({ defaultCode, error }: { defaultCode: string; error: string | null }) {
  return (
    <form method="get" action="/public/ideas/track" className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <Field id="track-code" label="Mã theo dõi" error={error ?? undefined} className="sm:w-96">
        <Input
          id="track-code"
          name="code"
          defaultValue={defaultCode}
          maxLength={40}
          autoComplete="off"
          spellCheck={false}
          className="font-mono uppercase"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy("track-code", error ?? undefined)}
          required
        />
      </Field>
      <Button type="submit">Tra cứu</Button>
    </form>
  );
}

export function WithdrawIdeaButton({ code }: { code: string }) {
  const router = useRouter();
  const ask = useConfirm();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const onClick = async () => {
    const yes = await ask({
      title: "Rút hiến kế?",
      description: "Hiến kế sẽ không được xem xét nữa; họ tên, thông tin liên hệ, nội dung và tệp đính kèm sẽ bị xoá vĩnh viễn.",
      confirmLabel: "Rút hiến kế",
      tone: "danger",
    });
    if (!yes) return;
    start(async () => {
      const res = await withdrawIdeaAction({ code });
      setMessage({ ok: res.ok, text: res.ok ? (res.message ?? "Đã rút hiến kế.") : res.error });
      if (res.ok) router.refresh();
    });
  };
  return (
    <div className="mt-4">
      {message && (
        <Alert tone={message.ok ? "success" : "error"} className="mb-2">
          {message.text}
        </Alert>
      )}
      <Button variant="danger" onClick={onClick} disabled={pending}>
        {pending ? "Đang rút…" : "Rút hiến kế"}
      </Button>
    </div>
  );
}

const CONFIRM_TEXT = {
  confirmed: "Đã xác nhận thư điện tử. Hiến kế của anh/chị đã được chuyển tới bộ phận tiếp nhận.",
  already: "Thư điện tử này đã được xác nhận trước đó: liên kết chỉ dùng một lần. Anh/chị không cần làm gì thêm.",
  expired: "Liên kết xác nhận đã hết hạn (72 giờ). Hiến kế chưa xác nhận sẽ không được xem xét; vui lòng gửi lại hiến kế.",
  invalid: "Liên kết xác nhận không đúng hoặc hiến kế đã được rút.",
} as const;

/** A button, not an automatic confirmation on opening: mail scanners that open links do not confirm for the person. */
export function ConfirmEmailButton({ token }: { token: string }) {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ tone: "success" | "error" | "info"; text: string } | null>(null);
  if (result) return <Alert tone={result.tone}>{result.text}</Alert>;
  return (
    <Button
      disabled={pending}
      onClick={() =>
        start(async () => {
          const res = await confirmIdeaEmailAction({ token });
          if (!res.ok) setResult({ tone: "error", text: res.error });
          else setResult({ tone: res.data.status === "confirmed" ? "success" : res.data.status === "already" ? "info" : "error", text: CONFIRM_TEXT[res.data.status] });
        })
      }
    >
      {pending ? "Đang xác nhận…" : "Xác nhận thư điện tử"}
    </Button>
  );
}
