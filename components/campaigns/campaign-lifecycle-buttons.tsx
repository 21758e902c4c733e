"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { closeCampaignAction, publishCampaignAction } from "@/lib/campaigns/actions";

/** "Ban hành" (DRAFT) or "Kết thúc" (PUBLISHED), with the reasons when refused. */
export function CampaignLifecycleButtons({
  campaignId,
  lockVersion,
  status,
  unitCount,
}: {
  campaignId: string;
  lockVersion: number;
  status: "DRAFT" | "PUBLISHED" | "CLOSED";
  unitCount: number;
}) {
  const router = useRouter();
  const confirm = useConfirm();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; message: string; items: string[] } | null>(null);

  const run = async (kind: "publish" | "close") => {
    const ok = await confirm(
      kind === "publish"
        ? {
            title: `Ban hành kế hoạch cho ${unitCount} đơn vị tham gia?`,
            description: "Sau khi ban hành, trưởng các đơn vị sẽ thấy kế hoạch và đăng ký.",
            confirmLabel: "Ban hành",
          }
        : {
            title: "Kết thúc kế hoạch?",
            description: "Các đơn vị sẽ không còn đăng ký hay báo cáo theo kế hoạch này.",
            confirmLabel: "Kết thúc kế hoạch",
            tone: "danger",
          },
    );
    if (!ok) return;
    setResult(null);
    start(async () => {
      const res = kind === "publish" ? await publishCampaignAction(campaignId, lockVersion) : await closeCampaignAction(campaignId, lockVersion);
      if (res.ok) {
        setResult({ ok: true, message: res.message ?? "Đã lưu.", items: [] });
        // Drop the "?saved=…" flash of the previous step (e.g. "press Ban hành"): the page re-renders with the new status.
        router.replace(`/campaigns/${campaignId}`, { scroll: false });
      } else {
        setResult({ ok: false, message: res.error, items: Object.values(res.fieldErrors ?? {}) });
      }
    });
  };

  if (status === "CLOSED") return null;
  // Rendered inside the page's wrapping action row: the message takes a whole line below the buttons.
  return (
    <>
      {status === "DRAFT" && (
        <Button onClick={() => run("publish")} disabled={pending}>
          {pending ? "Đang ban hành…" : "Ban hành"}
        </Button>
      )}
      {status === "PUBLISHED" && (
        <Button variant="secondary" onClick={() => run("close")} disabled={pending}>
          {pending ? "Đang xử lý…" : "Kết thúc"}
        </Button>
      )}
      {result && (
        <Alert tone={result.ok ? "success" : "error"} title={result.message} className="order-last basis-full">
          {result.items.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {result.items.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
    </>
  );
}
