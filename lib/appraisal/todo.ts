import "server-only";
import { scopesFor } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deriveAppraisalTasks, type AppraisalCounts, type AppraisalTask, type RoundFacts } from "./duties";

const roundSelect = {
  id: true,
  name: true,
  status: true,
  dueAt: true,
  chairUserId: true,
  campaign: { select: { id: true, documentNumber: true, title: true, issuingUnit: { select: { path: true } } } },
} as const;

/** Submitted / assigned places of active evaluators per round (declined places excluded): one GROUP BY. */
export async function panelProgress(roundIds: readonly string[], userId?: string): Promise<Map<string, AppraisalCounts>> {
  const out = new Map<string, AppraisalCounts>();
  if (!roundIds.length) return out;
  const db = await getDb();
  const groups = await db.appraisalAssignment.groupBy({
    by: ["roundId", "status"],
    where: { roundId: { in: [...roundIds] }, status: { not: "DECLINED" }, evaluator: { active: true, ...(userId ? { userId } : {}) } },
    _count: { _all: true },
  });
  for (const g of groups) {
    const c = out.get(g.roundId) ?? { assigned: 0, submitted: 0 };
    c.assigned += g._count._all;
    if (g.status === "SUBMITTED") c.submitted += g._count._all;
    out.set(g.roundId, c);
  }
  return out;
}

/**
 * The user's appraisal work for "Việc cần làm", in five queries whatever the number of rounds: the rounds
 * of their panels and the rounds they chair or manage (in parallel), then the counts (in parallel).
 */
export async function loadAppraisalTasks(user: Pick<SessionUser, "id" | "roles">): Promise<AppraisalTask[]> {
  const db = await getDb();
  const managed = scopesFor(user.roles, "manage:appraisal");
  const followWhere: Prisma.AppraisalRoundWhereInput = {
    status: { in: ["OPEN", "CLOSED"] },
    OR: [
      { chairUserId: user.id },
      ...managed.map((s) => ({ campaign: { issuingUnit: s.scope === "own" ? { id: s.unitId } : { path: { startsWith: s.unitPath } } } })),
    ],
  };
  const [panels, followed] = await Promise.all([
    db.appraisalEvaluator.findMany({ where: { userId: user.id, active: true, round: { status: "OPEN" } }, select: { round: { select: roundSelect } } }),
    db.appraisalRound.findMany({ where: followWhere, select: roundSelect, orderBy: [{ dueAt: "asc" }, { id: "asc" }], take: 200 }),
  ]);
  const [own, panel, unverdicted] = await Promise.all([
    panelProgress(panels.map((p) => p.round.id), user.id),
    panelProgress(followed.map((r) => r.id)),
    followed.length
      ? db.appraisalItem.groupBy({ by: ["roundId"], where: { roundId: { in: followed.map((r) => r.id) }, verdict: null }, _count: { _all: true } })
      : Promise.resolve([]),
  ]);
  const noVerdict = new Map(unverdicted.map((g) => [g.roundId, g._count._all]));
  const facts = (r: (typeof followed)[number], counts?: AppraisalCounts): RoundFacts => ({
    id: r.id,
    name: r.name,
    status: r.status,
    dueAt: r.dueAt,
    chairUserId: r.chairUserId,
    campaign: { id: r.campaign.id, documentNumber: r.campaign.documentNumber, title: r.campaign.title },
    panel: counts ?? panel.get(r.id) ?? { assigned: 0, submitted: 0 },
    itemsWithoutVerdict: noVerdict.get(r.id) ?? 0,
  });
  return deriveAppraisalTasks({
    userId: user.id,
    own: panels.map((p) => ({ round: facts(p.round), counts: own.get(p.round.id) ?? { assigned: 0, submitted: 0 } })),
    followed: followed.map((r) => ({ ...facts(r), canManage: r.chairUserId !== user.id })),
  });
}
