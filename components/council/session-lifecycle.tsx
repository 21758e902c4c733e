"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { deleteSessionAction, openVotingAction } from "@/lib/council/sessions/actions";

/**
 * "Mở biểu quyết" (needs an agenda item, a convened member and the chair among them: what is still
 * missing is listed above the button) and "Xoá phiên họp" for a session being prepared.
 */
export function SessionLifecycle({
  sessionId,
  lockVersion,
  campaignId,
  problems,
  memberCount,
  itemCount,
}: {
  sessionId: string;
  lockVersion: number;
  campaignId: string;
  problems: string[];
  memberCount: number;
  itemCount: number;
}) {
  const router = useRouter();
  const confirm = useConfirm();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  const open = async () => {
    const ok = await confirm({
      title: `Mở biểu quyết ${itemCount} hồ sơ?`,
      description: `${memberCount} thành viên được triệu tập sẽ nhận thông báo; sau đó không thay đổi được thành phần và chương trình.`,
      confirmLabel: "Mở biểu quyết",
    });
    if (!ok) return;
    setResult(null);
    start(async () => {
      const res = await openVotingAction({ sessionId, lockVersion });
      if (res.ok) {
        setResult({ ok: true, message: res.message ?? "Đã mở biểu quyết." });
      } else setResult({ ok: false, message: res.error });
    });
  };

  const remove = async () => {
    const ok = await confirm({
      title: "Xoá phiên họp này?",
      description: "Các hồ sơ trong chương trình trở lại danh sách chờ đưa vào phiên họp.",
      confirmLabel: "Xoá phiên họp",
      tone: "danger",
    });
    if (!ok) return;
    setResult(null);
    start(async () => {
      const res = await deleteSessionAction({ sessionId, lockVersion });
      if (res.ok) router.push(`/campaigns/${campaignId}/council`);
      else setResult({ ok: false, message: res.error });
    });
  };

  return (
    <div className="flex flex-col gap-3">
      {result && <Alert tone={result.ok ? "success" : "error"}>{result.message}</Alert>}
      {problems.length > 0 && (
        <Alert tone="warning" title="Chưa mở được biểu quyết">
          <ul className="mt-1 list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Alert>
      )}
      <div className="flex flex-wrap gap-2">
        <Button onClick={open} disabled={pending || problems.length > 0}>
          {pending ? "Đang xử lý…" : "Mở biểu quyết"}
        </Button>
        <Button variant="danger" onClick={remove} disabled={pending}>
          Xoá phiên họp
        </Button>
      </div>
    </div>
  );
}
