import type { AwardTask, AwardTaskKind } from "@/lib/obligations/awards";
import { shortCampaignTitle } from "./obligation-list";
import { TaskCard } from "./task-card";

const KIND_BADGES: Record<AwardTaskKind, { label: string; tone: "blue" | "amber" | "violet" | "green" }> = {
  VOTE: { label: "Đang biểu quyết", tone: "amber" },
  REVIEW_SUBMITTED: { label: "Chờ kiểm tra", tone: "blue" },
  SCHEDULE_ADMITTED: { label: "Chờ đưa vào phiên họp", tone: "blue" },
  FORWARD_APPROVED: { label: "Chờ trình cấp trên", tone: "violet" },
  DECIDE_APPROVED: { label: "Chờ quyết định", tone: "green" },
};

/** One piece of award work (dossiers to check, a ballot open, a decision to record) with where to act. */
export function AwardTaskCard({ t, now }: { t: AwardTask; now: Date }) {
  return (
    <TaskCard
      title={t.title}
      lines={[`Kế hoạch số ${t.campaignNumber} · ${shortCampaignTitle(t.campaignTitle)}`, t.unitName, t.detail]}
      due={t.dueAt ? { label: "Hội đồng xét", at: t.dueAt } : null}
      badge={KIND_BADGES[t.kind]}
      href={t.href}
      actionLabel={t.actionLabel}
      ariaLabel={`${t.actionLabel} – ${t.title}, kế hoạch ${t.campaignNumber}`}
      now={now}
      data={{ "data-award-task": t.kind }}
    />
  );
}

export function AwardTaskGroup({ id, title, items, now }: { id: string; title: string; items: AwardTask[]; now: Date }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="mb-3 text-lg font-semibold text-slate-900">
        {title} ({items.length})
      </h2>
      <ul className="flex flex-col gap-3">
        {items.map((t) => (
          <AwardTaskCard key={t.key} t={t} now={now} />
        ))}
      </ul>
    </section>
  );
}
