import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import type { AppraisalVerdict } from "@/lib/generated/prisma/enums";
import { loadRoundAccess, type RoundAccess } from "../access";
import { computeResults, evaluatorTotal, inRankOrder, type ItemResult, type ItemScores } from "../results";
import { tiedRanks } from "./labels";

/**
 * The results of one appraisal round for the readers of its results (managers, the chair, the
 * leadership): rubric, items with their initiative, active evaluators, the SUBMITTED scores of active
 * evaluators (drafts and removed evaluators never count), the assignments still owed by active
 * evaluators (for "missing"), computed and ranked by lib/appraisal/results.ts.
 *
 * A constant number of queries whatever the size of the round (the access, the round, the items,
 * the evaluators, the assignments, the scores).
 */

export interface ResultEvaluator {
  id: string;
  userId: string;
  fullName: string;
  jobTitle: string | null;
  unitName: string;
}

export interface EvaluatorSheet {
  /** The submitted assignment (the chair may reopen it while the round is open). */
  assignmentId: string;
  evaluatorId: string;
  /** Points per criterion in rubric order. */
  points: (number | null)[];
  comments: (string | null)[];
  total: number;
  submittedAt: Date | null;
}

export interface ResultRow {
  itemId: string;
  initiativeId: string;
  content: string;
  type: string;
  level: string;
  unitId: string;
  unitName: string;
  fieldName: string;
  ownerNames: string | null;
  verdict: AppraisalVerdict | null;
  verdictReason: string | null;
  verdictAt: Date | null;
  verdictByName: string | null;
  result: ItemResult;
  /** Evaluators still on the item (non-declined assignments of active evaluators). */
  assigned: number;
  submitted: number;
  tied: boolean;
}

export interface RoundResults {
  access: RoundAccess;
  round: RoundAccess["round"] & {
    inclusionNote: string | null;
    minutesPlace: string | null;
    minutesNote: string | null;
    openedAt: Date | null;
    closedAt: Date | null;
    chair: { fullName: string; jobTitle: string | null; unitName: string };
  };
  criteria: { id: string; name: string; description: string | null; maxPoints: number; weight: number | null }[];
  evaluators: ResultEvaluator[];
  /** In ranking order (ranked first, then the unscored in the round's order). */
  rows: ResultRow[];
  sheets: Map<string, EvaluatorSheet[]>;
}

export interface LoadResultsOptions {
  client?: Db | Tx;
  /** Read the evaluators' comments (default true); the ranking page does without them. */
  comments?: boolean;
}

export async function loadRoundResults(actor: SessionUser, roundId: string, opts: LoadResultsOptions = {}): Promise<RoundResults | null> {
  const db = opts.client ?? (await getDb());
  const access = await loadRoundAccess(actor, roundId, db);
  if (!access || !access.canReadResults) return null;
  return computeRoundResults(db, access, opts.comments ?? true);
}

/** The computation for an access already checked (also used by the minutes and the XLSX). */
export async function computeRoundResults(db: Db | Tx, access: RoundAccess, comments = true): Promise<RoundResults> {
  const roundId = access.round.id;
  const [extra, items, evaluators, assignments, scores] = await Promise.all([
    db.appraisalRound.findUniqueOrThrow({
      where: { id: roundId },
      select: {
        inclusionNote: true,
        minutesPlace: true,
        minutesNote: true,
        openedAt: true,
        closedAt: true,
        chair: { select: { fullName: true, jobTitle: true, unit: { select: { name: true } } } },
        criteria: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true, description: true, maxPoints: true, weight: true } },
      },
    }),
    db.appraisalItem.findMany({
      where: { roundId },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: {
        id: true,
        verdict: true,
        verdictReason: true,
        verdictAt: true,
        verdictBy: { select: { fullName: true } },
        initiative: {
          select: {
            id: true,
            content: true,
            type: true,
            level: true,
            ownerNames: true,
            unitId: true,
            unit: { select: { name: true } },
            field: { select: { name: true } },
          },
        },
      },
    }),
    db.appraisalEvaluator.findMany({
      where: { roundId, active: true },
      orderBy: [{ user: { fullName: "asc" } }, { id: "asc" }],
      select: { id: true, userId: true, user: { select: { fullName: true, jobTitle: true, unit: { select: { name: true } } } } },
    }),
    db.appraisalAssignment.findMany({
      where: { roundId, status: { not: "DECLINED" }, evaluator: { active: true } },
      select: { id: true, itemId: true, evaluatorId: true, status: true, submittedAt: true },
    }),
    db.appraisalScore.findMany({
      where: { assignment: { roundId, status: "SUBMITTED", evaluator: { active: true } } },
      select: { assignmentId: true, criterionId: true, points: true, comment: comments },
    }),
  ]);

  const criteria = extra.criteria;
  const criterionIndex = new Map(criteria.map((c, i) => [c.id, i]));
  const assignmentById = new Map(assignments.map((a) => [a.id, a]));
  const assignedPerItem = new Map<string, number>();
  const sheetByAssignment = new Map<string, EvaluatorSheet>();
  for (const a of assignments) {
    assignedPerItem.set(a.itemId, (assignedPerItem.get(a.itemId) ?? 0) + 1);
    if (a.status === "SUBMITTED") {
      sheetByAssignment.set(a.id, {
        assignmentId: a.id,
        evaluatorId: a.evaluatorId,
        points: criteria.map(() => null),
        comments: criteria.map(() => null),
        total: 0,
        submittedAt: a.submittedAt,
      });
    }
  }
  for (const s of scores) {
    const sheet = sheetByAssignment.get(s.assignmentId);
    const i = criterionIndex.get(s.criterionId);
    if (!sheet || i === undefined) continue;
    sheet.points[i] = s.points;
    sheet.comments[i] = s.comment ?? null;
  }
  const evaluatorOrder = new Map(evaluators.map((e, i) => [e.id, i]));
  const sheets = new Map<string, EvaluatorSheet[]>();
  for (const [assignmentId, sheet] of sheetByAssignment) {
    const itemId = assignmentById.get(assignmentId)!.itemId;
    sheet.total = evaluatorTotal(criteria, sheet.points);
    const list = sheets.get(itemId) ?? [];
    list.push(sheet);
    sheets.set(itemId, list);
  }
  for (const list of sheets.values()) list.sort((a, b) => (evaluatorOrder.get(a.evaluatorId) ?? 0) - (evaluatorOrder.get(b.evaluatorId) ?? 0));

  const input: ItemScores[] = items.map((it) => ({
    itemId: it.id,
    assigned: assignedPerItem.get(it.id) ?? 0,
    submitted: (sheets.get(it.id) ?? []).map((s) => ({ evaluatorId: s.evaluatorId, points: s.points })),
  }));
  const ranked = inRankOrder(computeResults(criteria, input, access.round.spreadThreshold));
  const tied = tiedRanks(ranked.map((r) => r.rank));
  const itemById = new Map(items.map((it) => [it.id, it]));
  const rows: ResultRow[] = ranked.map((result) => {
    const it = itemById.get(result.itemId)!;
    const ini = it.initiative;
    return {
      itemId: it.id,
      initiativeId: ini.id,
      content: ini.content,
      type: ini.type,
      level: ini.level,
      unitId: ini.unitId,
      unitName: ini.unit.name,
      fieldName: ini.field.name,
      ownerNames: ini.ownerNames,
      verdict: it.verdict,
      verdictReason: it.verdictReason,
      verdictAt: it.verdictAt,
      verdictByName: it.verdictBy?.fullName ?? null,
      result,
      assigned: assignedPerItem.get(it.id) ?? 0,
      submitted: sheets.get(it.id)?.length ?? 0,
      tied: result.rank != null && tied.has(result.rank),
    };
  });

  return {
    access,
    round: {
      ...access.round,
      inclusionNote: extra.inclusionNote,
      minutesPlace: extra.minutesPlace,
      minutesNote: extra.minutesNote,
      openedAt: extra.openedAt,
      closedAt: extra.closedAt,
      chair: { fullName: extra.chair.fullName, jobTitle: extra.chair.jobTitle, unitName: extra.chair.unit.name },
    },
    criteria,
    evaluators: evaluators.map((e) => ({ id: e.id, userId: e.userId, fullName: e.user.fullName, jobTitle: e.user.jobTitle, unitName: e.user.unit.name })),
    rows,
    sheets,
  };
}
