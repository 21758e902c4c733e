import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { AppraisalTask, AppraisalTaskKind } from "@/lib/appraisal/duties";
import { describeTimeLeft, formatDeadline } from "@/lib/time/vn";
import { shortCampaignTitle } from "./obligation-list";

const KIND_BADGES: Record<AppraisalTaskKind, { label: string; tone: "blue" | "amber" | "violet" }> = {
  SCORE: { label: "Chờ chấm điểm", tone: "amber" },
  VERDICT: { label: "Chờ kết luận", tone: "violet" },
  FOLLOW: { label: "Đang chấm", tone: "blue" },
};

/** Appraisal work on "Việc cần làm": scoring (a panel member), verdicts (the chair), a round's progress (its managers). */
export function AppraisalTaskGroup({ id, title, items, now }: { id: string; title: string; items: AppraisalTask[]; now: Date }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="mb-3 text-lg font-semibold text-slate-900">
        {title} ({items.length})
      </h2>
      <ul className="flex flex-col gap-3">
        {items.map((t) => {
          const badge = KIND_BADGES[t.kind];
          return (
            <li key={t.key} className="rounded-md border border-slate-300 bg-white p-4" data-appraisal-task={t.kind}>
              <div className="flex flex-col gap-3 md:flex-row md:items-start md:justify-between">
                <div className="min-w-0">
                  <p className="font-semibold text-slate-900">Đợt thẩm định: {t.roundName}</p>
                  <p className="mt-1 text-sm text-slate-700">
                    Kế hoạch số {t.campaignNumber} · {shortCampaignTitle(t.campaignTitle)}
                  </p>
                  <p className="mt-1 text-sm text-slate-800">{t.detail}</p>
                  {t.dueAt && (
                    <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
                      <span className="whitespace-nowrap font-medium text-slate-900">Hạn chấm {formatDeadline(t.dueAt)}</span>
                      <Badge tone={now.getTime() >= t.dueAt.getTime() ? "red" : "gray"}>{describeTimeLeft(t.dueAt, now)}</Badge>
                    </p>
                  )}
                </div>
                <div className="flex shrink-0 flex-wrap items-center gap-2 md:flex-col md:items-end">
                  <Badge tone={badge.tone}>{badge.label}</Badge>
                  <Link
                    href={t.href}
                    className="inline-flex min-h-10 items-center rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-50"
                    aria-label={`${t.actionLabel} – đợt thẩm định ${t.roundName}, kế hoạch ${t.campaignNumber}`}
                  >
                    {t.actionLabel}
                  </Link>
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
