import "server-only";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import type { AppraisalVerdict } from "@/lib/generated/prisma/enums";
import { verdictLabel } from "./outcome/labels";
import { computeResults, type ItemScores } from "./results";

/**
 * What a unit sees of the appraisal of its initiatives: for CLOSED rounds only, the total, the rank
 * among the ranked items of the round, the chair's verdict and its reason. Never an evaluator's name
 * or score (the results page is for the readers of the results; lib/appraisal/access.ts).
 *
 * The numbers are those of the results page (lib/appraisal/results.ts on the SUBMITTED scores of
 * active evaluators), computed over the whole of each round concerned: a constant number of queries
 * (the items of the initiatives, then the rounds' criteria, assignments and scores) whatever the number
 * of initiatives and rounds.
 */
export interface AppraisalOutcome {
  roundId: string;
  roundName: string;
  closedAt: Date;
  /** 0–100; null when nobody scored the initiative. */
  total: number | null;
  rank: number | null;
  /** How many items of the round were ranked. */
  of: number;
  verdict: AppraisalVerdict | null;
  verdictLabel: string | null;
  verdictReason: string | null;
}

export async function appraisalOutcomesFor(initiativeIds: readonly string[], client?: Db | Tx): Promise<Map<string, AppraisalOutcome[]>> {
  const out = new Map<string, AppraisalOutcome[]>();
  if (!initiativeIds.length) return out;
  const db = client ?? (await getDb());
  const mine = await db.appraisalItem.findMany({
    where: { initiativeId: { in: [...initiativeIds] }, round: { status: "CLOSED" } },
    select: {
      id: true,
      initiativeId: true,
      verdict: true,
      verdictReason: true,
      round: { select: { id: true, name: true, closedAt: true, updatedAt: true, spreadThreshold: true, campaign: { select: { issuingUnit: { select: { kind: true } } } } } },
    },
  });
  if (!mine.length) return out;
  const roundIds = [...new Set(mine.map((m) => m.round.id))];
  const [criteria, items, assignments, scores] = await Promise.all([
    db.appraisalCriterion.findMany({ where: { roundId: { in: roundIds } }, orderBy: [{ roundId: "asc" }, { sortOrder: "asc" }], select: { id: true, roundId: true, maxPoints: true, weight: true } }),
    db.appraisalItem.findMany({ where: { roundId: { in: roundIds } }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, roundId: true } }),
    db.appraisalAssignment.findMany({
      where: { roundId: { in: roundIds }, status: { not: "DECLINED" }, evaluator: { active: true } },
      select: { id: true, itemId: true, evaluatorId: true, status: true },
    }),
    db.appraisalScore.findMany({
      where: { assignment: { roundId: { in: roundIds }, status: "SUBMITTED", evaluator: { active: true } } },
      select: { assignmentId: true, criterionId: true, points: true },
    }),
  ]);

  const ranks = new Map<string, { total: number | null; rank: number | null; of: number }>();
  for (const roundId of roundIds) {
    const rubric = criteria.filter((c) => c.roundId === roundId);
    const index = new Map(rubric.map((c, i) => [c.id, i]));
    const roundItems = items.filter((i) => i.roundId === roundId);
    const itemSet = new Set(roundItems.map((i) => i.id));
    const sheets = new Map<string, { itemId: string; evaluatorId: string; points: (number | null)[] }>();
    const assigned = new Map<string, number>();
    for (const a of assignments) {
      if (!itemSet.has(a.itemId)) continue;
      assigned.set(a.itemId, (assigned.get(a.itemId) ?? 0) + 1);
      if (a.status === "SUBMITTED") sheets.set(a.id, { itemId: a.itemId, evaluatorId: a.evaluatorId, points: rubric.map(() => null) });
    }
    for (const s of scores) {
      const sheet = sheets.get(s.assignmentId);
      const i = index.get(s.criterionId);
      if (sheet && i !== undefined) sheet.points[i] = s.points;
    }
    const byItem = new Map<string, ItemScores["submitted"][number][]>();
    for (const s of sheets.values()) byItem.set(s.itemId, [...(byItem.get(s.itemId) ?? []), { evaluatorId: s.evaluatorId, points: s.points }]);
    const results = computeResults(
      rubric,
      roundItems.map((it) => ({ itemId: it.id, assigned: assigned.get(it.id) ?? 0, submitted: byItem.get(it.id) ?? [] })),
    );
    const of = results.filter((r) => r.rank != null).length;
    for (const r of results) ranks.set(r.itemId, { total: r.total, rank: r.rank, of });
  }

  for (const m of mine) {
    const r = ranks.get(m.id) ?? { total: null, rank: null, of: 0 };
    const list = out.get(m.initiativeId) ?? [];
    list.push({
      roundId: m.round.id,
      roundName: m.round.name,
      closedAt: m.round.closedAt ?? m.round.updatedAt,
      total: r.total,
      rank: r.rank,
      of: r.of,
      verdict: m.verdict,
      verdictLabel: m.verdict ? verdictLabel(m.verdict, m.round.campaign.issuingUnit.kind) : null,
      verdictReason: m.verdictReason,
    });
    out.set(m.initiativeId, list);
  }
  for (const list of out.values()) list.sort((a, b) => b.closedAt.getTime() - a.closedAt.getTime());
  return out;
}
