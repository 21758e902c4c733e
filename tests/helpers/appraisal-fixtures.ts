import { DEFAULT_RUBRIC, type RubricCriterion } from "../../lib/appraisal/rubric";
import { assignRound } from "../../lib/appraisal/persist";
import type { AppraisalRoundStatus } from "../../lib/generated/prisma/enums";
import type { Tx } from "../../lib/db/client";
import { db } from "./factories";

/**
 * An appraisal round written directly (as the round set-up would leave it): the items, the rubric
 * (DEFAULT_RUBRIC unless given), the panel and the automatic assignment (lib/appraisal/persist.ts).
 * The chair defaults to the first evaluator's user; `createdBy` to the chair.
 */
export async function makeAppraisalRound(opts: {
  campaign: { id: string };
  initiatives: { id: string }[];
  evaluators: { id: string }[];
  perItem?: number;
  status?: AppraisalRoundStatus;
  chair?: { id: string };
  createdBy?: { id: string };
  showOthersScores?: boolean;
  rubric?: readonly RubricCriterion[];
  name?: string;
  dueAt?: Date;
}) {
  const chair = opts.chair ?? opts.evaluators[0];
  const status = opts.status ?? "OPEN";
  const rubric = opts.rubric ?? DEFAULT_RUBRIC;
  const round = await db().appraisalRound.create({
    data: {
      campaignId: opts.campaign.id,
      name: opts.name ?? "Đợt thẩm định thử nghiệm",
      status,
      evaluatorsPerItem: opts.perItem ?? 2,
      dueAt: opts.dueAt ?? new Date(Date.now() + 14 * 86_400_000),
      showOthersScores: !!opts.showOthersScores,
      chairUserId: chair.id,
      createdById: (opts.createdBy ?? chair).id,
      openedAt: status === "DRAFT" ? null : new Date(),
      closedAt: status === "CLOSED" ? new Date() : null,
      criteria: { create: rubric.map((c, i) => ({ sortOrder: i + 1, name: c.name, description: c.description ?? null, maxPoints: c.maxPoints, weight: c.weight })) },
      items: { create: opts.initiatives.map((ini, i) => ({ initiativeId: ini.id, sortOrder: i })) },
      evaluators: { create: opts.evaluators.map((u) => ({ userId: u.id })) },
    },
  });
  const assignment = await db().$transaction((tx: Tx) => assignRound(tx, round.id, "rebalance"));
  const [criteria, items, panel, assignments] = await Promise.all([
    db().appraisalCriterion.findMany({ where: { roundId: round.id }, orderBy: { sortOrder: "asc" } }),
    db().appraisalItem.findMany({ where: { roundId: round.id }, orderBy: { sortOrder: "asc" } }),
    db().appraisalEvaluator.findMany({ where: { roundId: round.id } }),
    db().appraisalAssignment.findMany({ where: { roundId: round.id }, include: { evaluator: true, item: true } }),
  ]);
  /** The assignment of `user` on `initiative` (undefined when none). */
  const assignmentOf = (user: { id: string }, initiative: { id: string }) =>
    assignments.find((a) => a.evaluator.userId === user.id && a.item.initiativeId === initiative.id);
  const evaluatorOf = (user: { id: string }) => panel.find((e) => e.userId === user.id)!;
  return { round, criteria, items, panel, assignments, assignmentOf, evaluatorOf, shortfalls: assignment.shortfalls };
}

/** Full marks minus one point per criterion: a valid score sheet for `criteria`. */
export function fullScores(criteria: { id: string; maxPoints: number }[], minus = 1) {
  return criteria.map((c) => ({ criterionId: c.id, points: Math.max(0, c.maxPoints - minus), comment: "" }));
}
