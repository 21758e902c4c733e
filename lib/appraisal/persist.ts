import "server-only";
import { compareVi } from "@/lib/text/collate";
import type { Tx } from "@/lib/db/client";
import { assignEvaluators, conflictUnitPaths, pairKey, type AssignmentResult } from "./assignment";

/**
 * Writes the automatic assignment of a round (lib/appraisal/assignment.ts) to the database, inside the
 * caller's transaction (the caller writes the audit row):
 * - "rebalance" (while the round is being set up): assignments nobody has started and nobody made by
 *   hand are dropped and assigned again, balanced; hand-made and started ones are kept and counted;
 * - "fill" (while the round is open, e.g. after a conflict or a removed evaluator): every existing
 *   assignment stays; only missing places are filled, towards the lightest loads.
 * Never an initiative of the evaluator's own unit or a unit below it (the units of the evaluator's home
 * and of every role they hold, below the campaign's issuing unit: conflictUnitPaths); never a pair the evaluator declined (DECLINED rows stay as the record).
 */
export async function assignRound(tx: Tx, roundId: string, mode: "rebalance" | "fill"): Promise<AssignmentResult & { created: number; removed: number }> {
  const round = await tx.appraisalRound.findUniqueOrThrow({
    where: { id: roundId },
    select: {
      evaluatorsPerItem: true,
      campaign: { select: { issuingUnit: { select: { path: true } } } },
      items: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, initiative: { select: { unit: { select: { path: true } } } } } },
      evaluators: {
        where: { active: true },
        select: {
          id: true,
          user: { select: { fullName: true, unit: { select: { path: true } }, roles: { select: { unit: { select: { path: true } } } } } },
        },
      },
      assignments: { select: { id: true, itemId: true, evaluatorId: true, status: true, manual: true, evaluator: { select: { active: true } } } },
    },
  });

  let removed = 0;
  if (mode === "rebalance") {
    const drop = round.assignments.filter((a) => a.status === "ASSIGNED" && !a.manual).map((a) => a.id);
    if (drop.length) removed = (await tx.appraisalAssignment.deleteMany({ where: { id: { in: drop }, status: "ASSIGNED", manual: false } })).count;
  }
  const kept = round.assignments.filter((a) => mode === "fill" || !(a.status === "ASSIGNED" && !a.manual));
  const excluded = new Set(kept.filter((a) => a.status === "DECLINED").map((a) => pairKey(a.itemId, a.evaluatorId)));
  // A removed evaluator's place counts as empty; an existing row (declined or removed) is never created twice.
  const existing = new Set(kept.map((a) => pairKey(a.itemId, a.evaluatorId)));
  const fixed = kept.filter((a) => a.status !== "DECLINED" && a.evaluator.active).map((a) => ({ itemId: a.itemId, evaluatorId: a.evaluatorId }));

  // Sorted by name so that the same panel gives the same assignment (ties go to the first in the list).
  const evaluators = [...round.evaluators]
    .sort((a, b) => compareVi(a.user.fullName, b.user.fullName) || (a.id < b.id ? -1 : 1))
    .map((e) => ({ id: e.id, unitPaths: conflictUnitPaths([e.user.unit.path, ...e.user.roles.map((r) => r.unit.path)], round.campaign.issuingUnit.path) }));
  const fixedKeys = new Set(fixed.map((f) => pairKey(f.itemId, f.evaluatorId)));
  const result = assignEvaluators({
    items: round.items.map((it) => ({ id: it.id, unitPath: it.initiative.unit.path })),
    evaluators,
    perItem: round.evaluatorsPerItem,
    excluded: new Set([...excluded, ...[...existing].filter((k) => !fixedKeys.has(k))]),
    fixed,
  });
  const toCreate = result.pairs.filter((p) => !fixedKeys.has(pairKey(p.itemId, p.evaluatorId)) && !existing.has(pairKey(p.itemId, p.evaluatorId)));
  if (toCreate.length) {
    await tx.appraisalAssignment.createMany({ data: toCreate.map((p) => ({ roundId, itemId: p.itemId, evaluatorId: p.evaluatorId })) });
  }
  return { ...result, created: toCreate.length, removed };
}
