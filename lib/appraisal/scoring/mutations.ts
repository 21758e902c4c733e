import "server-only";
import { conflictError, DomainError, MESSAGES, notFoundError, ruleError, type FieldErrors } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import type { SessionUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { createNotification } from "@/lib/notifications/create";
import { conflictUnitPaths, isOwnOrBelow } from "../assignment";
import { assignRound } from "../persist";
import { formatPoints, scoreProblem } from "../rubric";
import { pointsKey, SCORING_MESSAGES, type DeclareConflictInput, type ReopenScoresInput, type SaveScoresInput } from "./schemas";

type Actor = Pick<SessionUser, "id" | "fullName" | "unitPath" | "roles">;

/**
 * The unit paths that make an initiative an evaluator's own: their home unit and the unit of every role
 * they hold, below the campaign's issuing unit (conflictUnitPaths: a member at the issuing level appraises
 * the whole campaign).
 */
export function actorUnitPaths(actor: Pick<SessionUser, "unitPath" | "roles">, issuingUnitPath: string): string[] {
  return conflictUnitPaths([actor.unitPath, ...actor.roles.map((r) => r.unitPath)], issuingUnitPath);
}

const assignmentSelect = {
  id: true,
  roundId: true,
  itemId: true,
  status: true,
  lockVersion: true,
  submittedAt: true,
  evaluator: { select: { id: true, userId: true, active: true, user: { select: { fullName: true, digestMode: true } } } },
  round: {
    select: {
      id: true,
      name: true,
      status: true,
      chairUserId: true,
      rubricFrozenAt: true,
      campaignId: true,
      campaign: { select: { documentNumber: true, issuingUnitId: true, issuingUnit: { select: { path: true } } } },
      chair: { select: { digestMode: true } },
    },
  },
  item: { select: { initiative: { select: { id: true, content: true, unit: { select: { id: true, path: true, name: true } } } } } },
  scores: { select: { criterionId: true, points: true, comment: true } },
} as const;

async function loadAssignment(tx: Tx, assignmentId: string) {
  return tx.appraisalAssignment.findUnique({ where: { id: assignmentId }, select: assignmentSelect });
}
type LoadedAssignment = NonNullable<Awaited<ReturnType<typeof loadAssignment>>>;

/**
 * The actor's own assignment, or NOT_FOUND: the assignment's evaluator must be the actor AND still an
 * active member of the panel (a removed evaluator's rows stay, untouched, for the trail).
 */
async function loadOwnAssignment(tx: Tx, actor: Actor, assignmentId: string): Promise<LoadedAssignment> {
  const a = await loadAssignment(tx, assignmentId);
  if (!a || a.evaluator.userId !== actor.id || !a.evaluator.active || a.round.status === "DRAFT") throw notFoundError();
  return a;
}

/** Defence in depth: the assignment never pairs an evaluator with their own unit or a unit below it. */
function assertNotOwnUnit(actor: Actor, a: LoadedAssignment) {
  if (isOwnOrBelow({ unitPaths: actorUnitPaths(actor, a.round.campaign.issuingUnit.path) }, a.item.initiative.unit.path)) throw ruleError(SCORING_MESSAGES.ownUnit);
}

function assertScorable(a: LoadedAssignment) {
  if (a.round.status !== "OPEN") throw ruleError(SCORING_MESSAGES.roundNotOpen);
  if (a.status === "DECLINED") throw ruleError(SCORING_MESSAGES.declined);
  if (a.status === "SUBMITTED") throw ruleError(SCORING_MESSAGES.submitted);
}

const short = (s: string) => (s.length > 80 ? `${s.slice(0, 80)}…` : s);

export interface SaveScoresResult {
  status: "DRAFT" | "SUBMITTED";
  lockVersion: number;
  total: number;
  maxTotal: number;
  scored: number;
  criteria: number;
}

/** "Lưu nháp": the evaluator's scores so far (DRAFT). */
export function saveScores(actor: Actor, input: SaveScoresInput): Promise<SaveScoresResult> {
  return writeScores(actor, input, false);
}

/** "Gửi kết quả chấm": every criterion scored, then SUBMITTED (read-only until the chair reopens it). */
export function submitScores(actor: Actor, input: SaveScoresInput): Promise<SaveScoresResult> {
  return writeScores(actor, input, true);
}

async function writeScores(actor: Actor, input: SaveScoresInput, submit: boolean): Promise<SaveScoresResult> {
  return inTransaction(async (tx) => {
    const a = await loadOwnAssignment(tx, actor, input.assignmentId);
    assertNotOwnUnit(actor, a);
    assertScorable(a);
    const criteria = await tx.appraisalCriterion.findMany({
      where: { roundId: a.roundId },
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true, maxPoints: true },
    });
    const byId = new Map(criteria.map((c) => [c.id, c]));
    // A criterion of another round (or none): a forged request, nothing is written.
    if (input.scores.some((s) => !byId.has(s.criterionId))) throw new DomainError("VALIDATION", SCORING_MESSAGES.forgedCriterion);

    const errors: FieldErrors = {};
    for (const s of input.scores) {
      const c = byId.get(s.criterionId)!;
      if (s.points === null) {
        if (s.comment) errors[pointsKey(c.id)] = "Nhập điểm cho tiêu chí này để lưu kèm nhận xét.";
        continue;
      }
      const problem = scoreProblem(s.points, c.maxPoints);
      if (problem) errors[pointsKey(c.id)] = problem;
    }
    // What the evaluator will have after this save: the sent entries over the stored ones.
    const sent = new Map(input.scores.map((s) => [s.criterionId, s]));
    const merged = criteria.map((c) => {
      const s = sent.get(c.id);
      if (s) return { criterion: c, points: s.points, comment: s.comment || null };
      const old = a.scores.find((o) => o.criterionId === c.id);
      return { criterion: c, points: old?.points ?? null, comment: old?.comment ?? null };
    });
    if (submit) for (const m of merged) if (m.points === null && !errors[pointsKey(m.criterion.id)]) errors[pointsKey(m.criterion.id)] = SCORING_MESSAGES.missing;
    if (Object.keys(errors).length) {
      const incomplete = submit && Object.values(errors).every((e) => e === SCORING_MESSAGES.missing);
      throw new DomainError("VALIDATION", incomplete ? SCORING_MESSAGES.incomplete : MESSAGES.VALIDATION, errors);
    }

    // The lock version first: it takes the assignment's row lock, so the same evaluator's two tabs
    // (or two clicks) are serialised and the second, with the old version, writes nothing.
    const now = new Date();
    const bumped = await tx.appraisalAssignment.updateMany({
      where: { id: a.id, lockVersion: input.lockVersion, status: { in: ["ASSIGNED", "DRAFT"] } },
      data: { lockVersion: { increment: 1 }, status: submit ? "SUBMITTED" : "DRAFT", submittedAt: submit ? now : null },
    });
    if (bumped.count !== 1) throw new DomainError("CONFLICT", SCORING_MESSAGES.stale);

    // Only this assignment's rows: two evaluators saving at once never touch each other's scores.
    for (const s of input.scores) {
      if (s.points === null) {
        await tx.appraisalScore.deleteMany({ where: { assignmentId: a.id, criterionId: s.criterionId } });
        continue;
      }
      await tx.appraisalScore.upsert({
        where: { assignmentId_criterionId: { assignmentId: a.id, criterionId: s.criterionId } },
        create: { assignmentId: a.id, criterionId: s.criterionId, points: s.points, comment: s.comment || null },
        update: { points: s.points, comment: s.comment || null },
      });
    }
    // The first saved score freezes the rubric (one statement: whoever comes first sets it).
    await tx.appraisalRound.updateMany({ where: { id: a.roundId, rubricFrozenAt: null }, data: { rubricFrozenAt: now } });
    // Saves hold a shared lock on the round until they commit: closing (an UPDATE of the row) waits for
    // them, and a save that comes after the close sees it and is refused. Taken after the freeze so that
    // two first saves never hold the shared lock while waiting for the exclusive one.
    const open = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "AppraisalRound" WHERE "id" = ${a.roundId} AND "status" = 'OPEN' FOR SHARE`;
    if (open.length === 0) throw ruleError(SCORING_MESSAGES.roundNotOpen);

    const scored = merged.filter((m) => m.points !== null);
    const total = scored.reduce((sum, m) => sum + (m.points ?? 0), 0);
    const maxTotal = criteria.reduce((sum, c) => sum + c.maxPoints, 0);
    await writeAudit(tx, actor.id, {
      action: submit ? "appraisal-score.submit" : "appraisal-score.save",
      entityType: "AppraisalAssignment",
      entityId: a.id,
      unitId: a.round.campaign.issuingUnitId,
      campaignId: a.round.campaignId,
      subject: { type: "AppraisalRound", id: a.roundId },
      before: { status: a.status, scores: a.scores },
      after: {
        status: submit ? "SUBMITTED" : "DRAFT",
        scores: merged.map((m) => ({ criterionId: m.criterion.id, criterion: m.criterion.name, points: m.points, comment: m.comment })),
        total,
      },
      summary: `${actor.fullName} ${submit ? "gửi kết quả chấm" : "lưu nháp điểm"} (${formatPoints(total)}/${formatPoints(maxTotal)} điểm): “${short(a.item.initiative.content)}” — ${a.round.name}`,
    });
    return { status: submit ? "SUBMITTED" : "DRAFT", lockVersion: a.lockVersion + 1, total, maxTotal, scored: scored.length, criteria: criteria.length };
  });
}

// ---------------------------------------------------------------- conflicts of interest

export interface DeclareConflictResult {
  /** Another evaluator took the place (false: nobody eligible is left; the chair is told). */
  reassigned: boolean;
}

/**
 * "Khai báo xung đột lợi ích": the evaluator declines an item with a reason before submitting. Their
 * draft scores stay (never counted), the place is filled by another eligible evaluator (lightest load
 * first), and the round's chair is notified.
 */
export async function declareConflict(actor: Actor, input: DeclareConflictInput): Promise<DeclareConflictResult> {
  return inTransaction(async (tx) => {
    const a = await loadOwnAssignment(tx, actor, input.assignmentId);
    if (a.round.status !== "OPEN") throw ruleError(SCORING_MESSAGES.roundNotOpen);
    if (a.status === "DECLINED") throw ruleError(SCORING_MESSAGES.declined);
    if (a.status === "SUBMITTED") throw ruleError(SCORING_MESSAGES.conflictAfterSubmit);
    const changed = await tx.appraisalAssignment.updateMany({
      where: { id: a.id, status: { in: ["ASSIGNED", "DRAFT"] } },
      data: { status: "DECLINED", conflictReason: input.reason, lockVersion: { increment: 1 } },
    });
    if (changed.count !== 1) throw conflictError();
    const fill = await assignRound(tx, a.roundId, "fill");
    const missing = fill.shortfalls.find((s) => s.itemId === a.itemId)?.missing ?? 0;
    const reassigned = missing === 0;
    const content = short(a.item.initiative.content);
    await writeAudit(tx, actor.id, {
      action: "appraisal-assignment.conflict",
      entityType: "AppraisalAssignment",
      entityId: a.id,
      unitId: a.round.campaign.issuingUnitId,
      campaignId: a.round.campaignId,
      subject: { type: "AppraisalRound", id: a.roundId },
      before: { status: a.status },
      after: { status: "DECLINED", conflictReason: input.reason, draftScoresKept: a.scores.length, reassigned, created: fill.created },
      summary: `${actor.fullName} khai báo xung đột lợi ích, không chấm “${content}” (${a.round.name}): ${input.reason}`,
    });
    if (a.round.chairUserId !== actor.id) {
      await createNotification(tx, {
        userId: a.round.chairUserId,
        title: `Thành viên thẩm định từ chối chấm do xung đột lợi ích (${a.round.name})`,
        body: [
          `${actor.fullName} khai báo xung đột lợi ích với nội dung “${content}” của ${a.item.initiative.unit.name}.`,
          `Lý do: ${input.reason}`,
          reassigned ? "Nội dung đã được phân công cho thành viên khác." : "Không còn thành viên phù hợp để phân công thay: vui lòng bổ sung thành viên hoặc phân công thủ công.",
        ].join("\n"),
        link: `/campaigns/${a.round.campaignId}/appraisal/${a.roundId}`,
        campaignId: a.round.campaignId,
        digestMode: a.round.chair.digestMode,
      });
    }
    return { reassigned };
  });
}

// ---------------------------------------------------------------- reopening (the chair)

/** "Mở lại kết quả chấm": only the round's chair, while the round is open, with a reason (audited); the evaluator is told. */
export async function reopenScores(actor: Actor, input: ReopenScoresInput): Promise<{ lockVersion: number }> {
  return inTransaction(async (tx) => {
    const a = await loadAssignment(tx, input.assignmentId);
    if (!a || a.round.status === "DRAFT") throw notFoundError();
    if (a.round.chairUserId !== actor.id) {
      // The evaluator themself learns why; anyone else does not learn the assignment exists.
      if (a.evaluator.userId === actor.id) throw ruleError(SCORING_MESSAGES.chairOnly);
      throw notFoundError();
    }
    if (a.round.status !== "OPEN") throw ruleError(SCORING_MESSAGES.roundNotOpen);
    if (a.status !== "SUBMITTED") throw ruleError(SCORING_MESSAGES.notSubmitted);
    const changed = await tx.appraisalAssignment.updateMany({
      where: { id: a.id, status: "SUBMITTED" },
      data: { status: "DRAFT", submittedAt: null, lockVersion: { increment: 1 } },
    });
    if (changed.count !== 1) throw conflictError();
    const content = short(a.item.initiative.content);
    await writeAudit(tx, actor.id, {
      action: "appraisal-score.reopen",
      entityType: "AppraisalAssignment",
      entityId: a.id,
      unitId: a.round.campaign.issuingUnitId,
      campaignId: a.round.campaignId,
      subject: { type: "AppraisalRound", id: a.roundId },
      before: { status: "SUBMITTED", submittedAt: a.submittedAt, evaluatorId: a.evaluator.id },
      after: { status: "DRAFT", reason: input.reason },
      summary: `${actor.fullName} mở lại kết quả chấm của ${a.evaluator.user.fullName} cho “${content}” (${a.round.name}). Lý do: ${input.reason}`,
    });
    await createNotification(tx, {
      userId: a.evaluator.userId,
      title: `Chủ tịch đợt thẩm định mở lại kết quả chấm của bạn (${a.round.name})`,
      body: `Nội dung “${content}” của ${a.item.initiative.unit.name} được mở lại để bạn chấm lại.\nLý do: ${input.reason}`,
      link: `/appraisal/${a.id}`,
      campaignId: a.round.campaignId,
      digestMode: a.evaluator.user.digestMode,
    });
    return { lockVersion: a.lockVersion + 1 };
  });
}
