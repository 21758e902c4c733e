"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { resubmitForwardAction, withdrawForwardAction } from "@/lib/cascade/actions";

/**
 * "Rút khỏi danh sách gửi lên" on one forwarded initiative while the parent has returned the
 * organisation's Mẫu 1: asks in the confirmation dialog, then takes the copy out; the page refreshes and the
 * initiative shows "chưa gửi" again. Errors stay next to the button; success goes to `onDone`.
 */
export function WithdrawForwardButton({
  campaignId,
  copyId,
  content,
  parentDocumentNumber,
  onDone,
}: {
  campaignId: string;
  copyId: string;
  content: string;
  parentDocumentNumber: string;
  onDone: (message: string) => void;
}) {
  const confirm = useConfirm();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const withdraw = async () => {
    setError(null);
    const ok = await confirm({
      title: `Rút “${content.length > 120 ? `${content.slice(0, 119)}…` : content}” khỏi Mẫu 1 gửi lên kế hoạch ${parentDocumentNumber}?`,
      description: "Nội dung gốc giữ nguyên và có thể gửi lại sau; các phiên bản đã nộp vẫn được lưu.",
      confirmLabel: "Rút khỏi danh sách",
      tone: "danger",
    });
    if (!ok) return;
    start(async () => {
      const res = await withdrawForwardAction({ campaignId, copyId });
      if (res.ok) {
        onDone(res.message ?? "Đã rút.");
      } else {
        setError(res.error);
      }
    });
  };

  return (
    <div className="mt-2" data-withdraw={copyId}>
      <Button variant="secondary" onClick={withdraw} disabled={pending} aria-label={`Rút khỏi danh sách gửi lên: ${content}`}>
        {pending ? "Đang rút…" : "Rút khỏi danh sách gửi lên"}
      </Button>
      {error && (
        <p className="mt-1 text-sm text-red-700" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * "Nộp lại kế hoạch <cấp trên>": the organisation's returned Mẫu 1 in the parent, frozen again as it
 * stands (after withdrawing copies, or unchanged), with a confirmation naming what is sent.
 */
export function ResubmitForwardPanel({
  campaignId,
  registrationId,
  lockVersion,
  parentDocumentNumber,
  addressee,
  count,
}: {
  campaignId: string;
  registrationId: string;
  lockVersion: number;
  parentDocumentNumber: string;
  addressee: string | null;
  count: number;
}) {
  const router = useRouter();
  const confirm = useConfirm();
  const [result, setResult] = useState<{ ok: false; message: string } | null>(null);
  const [pending, start] = useTransition();
  const resultRef = useRef<HTMLDivElement>(null);

  const send = async () => {
    setResult(null);
    const ok = await confirm({
      title: `Nộp lại Mẫu 1 gồm ${count} nội dung lên Kế hoạch ${parentDocumentNumber}${addressee ? ` (nơi nhận: ${addressee})` : ""}?`,
      description: "Mẫu 1 được nộp ngay thành phiên bản mới.",
      confirmLabel: "Nộp lại",
    });
    if (!ok) return;
    start(async () => {
      const res = await resubmitForwardAction({ campaignId, registrationId, lockVersion });
      if (res.ok) {
        // The page then shows the new version and the confirmation (this panel only shows while returned).
        router.replace(`/campaigns/${campaignId}/forward?nop=${res.data.versionNo}`);
        return;
      }
      setResult({ ok: false, message: res.error });
      requestAnimationFrame(() => resultRef.current?.focus());
    });
  };

  return (
    <div className="mt-3 flex flex-col gap-2 border-t border-slate-200 pt-3" data-resubmit>
      <p className="text-sm text-slate-800">
        Có thể rút bớt nội dung không phù hợp (nút “Rút khỏi danh sách gửi lên” ở từng nội dung bên dưới), gửi thêm nội dung tiêu biểu, rồi nộp lại Mẫu 1.
      </p>
      <div ref={resultRef} tabIndex={-1} className="outline-none">
        {result && <Alert tone="error">{result.message}</Alert>}
      </div>
      {count === 0 ? (
        <p className="text-sm text-slate-800">Mẫu 1 không còn nội dung nào: hãy gửi lên ít nhất một nội dung tiêu biểu (việc gửi lên cũng nộp lại Mẫu 1).</p>
      ) : (
        <div>
          <Button onClick={send} disabled={pending}>
            {pending ? "Đang nộp…" : `Nộp lại kế hoạch ${parentDocumentNumber}`}
          </Button>
        </div>
      )}
    </div>
  );
}
