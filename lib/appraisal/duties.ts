import { compareVi } from "@/lib/text/collate";
import { deadlineReminderKeys, type ReminderSettings } from "@/lib/reminders/rules";

/**
 * The appraisal work that shows on "Việc cần làm" (pure; lib/appraisal/todo.ts reads the counts):
 * - SCORE: a panel member of an OPEN round with items still to score ("đã chấm 7/12");
 * - FOLLOW: the chair or a manager of an OPEN round (progress of the whole panel);
 * - VERDICT: the chair of a round whose scoring is done (closed, or every place submitted) with items
 *   still without a verdict.
 * And when a panel member is reminded of the scoring deadline: like a unit's tracked milestone, with the
 * campaign's reminder settings (days before at 07:00, the morning after, then weekly while overdue).
 */

export type AppraisalTaskKind = "SCORE" | "FOLLOW" | "VERDICT";

export interface AppraisalCounts {
  /** Places of active evaluators, declined ones excluded. */
  assigned: number;
  submitted: number;
}

export interface AppraisalTask {
  key: string;
  kind: AppraisalTaskKind;
  roundId: string;
  roundName: string;
  campaignId: string;
  campaignNumber: string;
  campaignTitle: string;
  dueAt: Date | null;
  detail: string;
  href: string;
  actionLabel: string;
}

export interface RoundFacts {
  id: string;
  name: string;
  status: "DRAFT" | "OPEN" | "CLOSED";
  dueAt: Date;
  chairUserId: string;
  campaign: { id: string; documentNumber: string; title: string };
  /** The whole panel's places. */
  panel: AppraisalCounts;
  /** Items without a verdict. */
  itemsWithoutVerdict: number;
}

export const progressText = (c: AppraisalCounts) => `đã chấm ${c.submitted}/${c.assigned}`;

const ORDER: Record<AppraisalTaskKind, number> = { SCORE: 0, VERDICT: 1, FOLLOW: 2 };

export function deriveAppraisalTasks(input: {
  userId: string;
  /** The user's own places, per OPEN round. */
  own: readonly { round: RoundFacts; counts: AppraisalCounts }[];
  /** Rounds the user chairs or manages (OPEN or CLOSED). */
  followed: readonly (RoundFacts & { canManage: boolean })[];
}): AppraisalTask[] {
  const out: AppraisalTask[] = [];
  const base = (r: RoundFacts) => ({
    roundId: r.id,
    roundName: r.name,
    campaignId: r.campaign.id,
    campaignNumber: r.campaign.documentNumber,
    campaignTitle: r.campaign.title,
  });
  for (const { round, counts } of input.own) {
    if (round.status !== "OPEN" || counts.submitted >= counts.assigned) continue;
    out.push({
      key: `score:${round.id}`,
      kind: "SCORE",
      ...base(round),
      dueAt: round.dueAt,
      detail: `Bạn ${progressText(counts)} nội dung được phân công.`,
      href: `/appraisal#round-${round.id}`,
      actionLabel: "Chấm điểm",
    });
  }
  for (const r of input.followed) {
    const isChair = r.chairUserId === input.userId;
    const scoringDone = r.status === "CLOSED" || (r.panel.assigned > 0 && r.panel.submitted >= r.panel.assigned);
    if (isChair && scoringDone && r.itemsWithoutVerdict > 0) {
      out.push({
        key: `verdict:${r.id}`,
        kind: "VERDICT",
        ...base(r),
        dueAt: null,
        detail: `${r.itemsWithoutVerdict} nội dung chưa có kết luận của Tổ thẩm định.`,
        href: `/campaigns/${r.campaign.id}/appraisal/${r.id}/results`,
        actionLabel: "Ghi kết luận",
      });
    } else if (r.status === "OPEN" && r.panel.submitted < r.panel.assigned) {
      out.push({
        key: `follow:${r.id}`,
        kind: "FOLLOW",
        ...base(r),
        dueAt: r.dueAt,
        detail: `Tổ thẩm định ${progressText(r.panel)} lượt chấm.`,
        href: `/campaigns/${r.campaign.id}/appraisal/${r.id}`,
        actionLabel: "Theo dõi",
      });
    }
  }
  return out.sort(
    (a, b) =>
      ORDER[a.kind] - ORDER[b.kind] ||
      (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) ||
      compareVi(a.roundName, b.roundName) ||
      (a.key < b.key ? -1 : 1),
  );
}

/** The reminder due now for a panel member with scoring left in an open round ([] once all is submitted). */
export function appraisalReminderKeys(settings: ReminderSettings, dueAt: Date, remaining: number, now: Date): string[] {
  return remaining > 0 ? deadlineReminderKeys(settings, dueAt, now, true) : [];
}
