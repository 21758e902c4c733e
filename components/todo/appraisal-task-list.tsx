import type { AppraisalTask, AppraisalTaskKind } from "@/lib/appraisal/duties";
import { shortCampaignTitle } from "./obligation-list";
import { TaskCard } from "./task-card";

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
        {items.map((t) => (
          <TaskCard
            key={t.key}
            title={`Đợt thẩm định: ${t.roundName}`}
            lines={[`Kế hoạch số ${t.campaignNumber} · ${shortCampaignTitle(t.campaignTitle)}`, t.detail]}
            due={t.dueAt ? { label: "Hạn chấm", at: t.dueAt } : null}
            badge={KIND_BADGES[t.kind]}
            href={t.href}
            actionLabel={t.actionLabel}
            ariaLabel={`${t.actionLabel} – đợt thẩm định ${t.roundName}, kế hoạch ${t.campaignNumber}`}
            now={now}
            data={{ "data-appraisal-task": t.kind }}
          />
        ))}
      </ul>
    </section>
  );
}
