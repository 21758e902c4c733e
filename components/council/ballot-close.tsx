"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { closeBallotAction } from "@/lib/council/voting/actions";
import { shortfallText, type QuorumShortfall } from "./quorum-shortfall";

/** The chair's "Kết thúc biểu quyết", after the confirmation dialog says what closing means. */
export function BallotClose({
  sessionId,
  present,
  invited,
  missing,
  shortfalls,
}: {
  sessionId: string;
  present: number;
  invited: number;
  /** Ballots present members have not cast yet. */
  missing: number;
  /** Award forms whose rule's quorum the attendance does not reach (their items will not be decided). */
  shortfalls: QuorumShortfall[];
}) {
  const [pending, start] = useTransition();
  const confirm = useConfirm();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const withoutQuorum = shortfalls.reduce((n, s) => n + s.items, 0);

  const close = async () => {
    const ok = await confirm({
      title: "Kết thúc biểu quyết?",
      description: (
        <p data-testid="close-confirm-text">
          Có mặt {present}/{invited} thành viên.{missing > 0 ? ` Còn ${missing} lượt biểu quyết của thành viên có mặt chưa được ghi nhận.` : ""}
          {withoutQuorum > 0 ? ` ${withoutQuorum} đề nghị chưa đủ số thành viên có mặt theo quy tắc: sẽ không được quyết định và trở lại danh sách chờ phiên họp sau.` : ""} Sau khi kết thúc, không ai
          có thể bỏ phiếu hay thay đổi phiếu; kết quả được tính theo quy tắc của từng hình thức khen thưởng và không thể sửa.
        </p>
      ),
      confirmLabel: "Kết thúc biểu quyết",
      tone: "danger",
    });
    if (!ok) return;
    setResult(null);
    start(async () => {
      const res = await closeBallotAction({ sessionId });
      setResult(res.ok ? { ok: true, message: res.message ?? "Đã kết thúc biểu quyết." } : { ok: false, message: res.error });
    });
  };

  return (
    <div className="flex flex-col gap-3">
      {result && <Alert tone={result.ok ? "success" : "error"}>{result.message}</Alert>}
      {shortfalls.length > 0 && (
        <Alert tone="warning" title="Chưa đủ số thành viên có mặt để quyết định" className="max-w-3xl">
          <ul className="mt-1 list-disc pl-5" data-testid="quorum-warning">
            {shortfalls.map((s) => (
              <li key={`${s.formName}-${s.share}`}>{shortfallText(s, present, invited)}</li>
            ))}
          </ul>
        </Alert>
      )}
      <div>
        <Button variant="danger" onClick={close} disabled={pending}>
          {pending ? "Đang kết thúc…" : "Kết thúc biểu quyết…"}
        </Button>
      </div>
    </div>
  );
}
