import "server-only";
import { compareVi } from "@/lib/text/collate";
import { conflictError, DomainError, MESSAGES, notFoundError, ruleError } from "@/lib/actions/result";
import { conflictUnitPaths, isOwnOrBelow } from "@/lib/appraisal/assignment";
import { assignRound } from "@/lib/appraisal/persist";
import { DEFAULT_RUBRIC, formatPoints } from "@/lib/appraisal/rubric";
import { writeAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppraisalRoundStatus } from "@/lib/generated/prisma/enums";
import { queueEmail } from "@/lib/mail/queue";
import { renderEmail } from "@/lib/mail/templates";
import { createNotification } from "@/lib/notifications/create";
import { dueAtForBeforeDay, formatDeadline, vnDayOf } from "@/lib/time/vn";
import { chairCandidateWhere, ELIGIBLE_REGISTRATION_STATUSES } from "./eligibility";
import { describeShortfalls, ROUND_STATUS_LABELS } from "./labels";
import {
  INCLUSION_LABELS,
  MAX_CRITERIA,
  openRoundProblems,
  type CreateRoundValues,
  type ItemRule,
  type UpdateRoundValues,
} from "./schemas";

/**
 * Appraisal rounds (đợt thẩm định): set-up, items, rubric, panel, assignment, open / close / reopen.
 * Every mutation reads the round → campaign → issuing unit from the database and needs
 * `manage:appraisal` there (else "not found"); it writes the change and its audit row in one
 * transaction. Changes to a round's parts take a row lock on the round (lockRound) with the statuses
 * they are allowed in, so that they never interleave with opening or closing it; the settings and the
 * transitions also check the round's lockVersion (optimistic concurrency).
 */

type Actor = Pick<SessionUser, "id" | "roles">;

/** Runs the queries one after the other: a transaction is one connection, which takes one query at a time. */
async function inSequence<T extends readonly unknown[]>(...fns: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  const out: unknown[] = [];
  for (const fn of fns) out.push(await fn());
  return out as unknown as T;
}

const fieldError = (field: string, message: string) => new DomainError("VALIDATION", MESSAGES.VALIDATION, { [field]: message });

const ROUND_SELECT = {
  id: true,
  name: true,
  status: true,
  dueAt: true,
  evaluatorsPerItem: true,
  chairUserId: true,
  showOthersScores: true,
  spreadThreshold: true,
  rubricFrozenAt: true,
  lockVersion: true,
  campaignId: true,
  campaign: { select: { id: true, documentNumber: true, issuingUnit: { select: { id: true, path: true, name: true } } } },
} satisfies Prisma.AppraisalRoundSelect;

async function fetchRound(roundId: string) {
  const db = await getDb();
  return db.appraisalRound.findUnique({ where: { id: roundId }, select: ROUND_SELECT });
}

async function loadRound(actor: Actor, roundId: string) {
  const round = await fetchRound(roundId);
  if (!round || !can(actor.roles, "manage:appraisal", round.campaign.issuingUnit)) throw notFoundError();
  return round;
}
type LoadedRound = Awaited<ReturnType<typeof loadRound>>;

function statusMessage(message: string, status: AppraisalRoundStatus) {
  return `${message} Đợt này đang ở trạng thái “${ROUND_STATUS_LABELS[status]}”.`;
}

function requireStatus(round: Pick<LoadedRound, "status">, allowed: readonly AppraisalRoundStatus[], message: string) {
  if (!allowed.includes(round.status)) throw ruleError(statusMessage(message, round.status));
}

/**
 * Locks the round's row for the rest of the transaction, provided it is still in one of `allowed`
 * (and, for the rubric, not frozen); otherwise the rule is explained with the round's current state.
 */
async function lockRound(tx: Tx, round: LoadedRound, allowed: readonly AppraisalRoundStatus[], message: string, opts: { rubric?: boolean } = {}) {
  const where: Prisma.AppraisalRoundWhereInput = { id: round.id, status: { in: [...allowed] }, ...(opts.rubric ? { rubricFrozenAt: null } : {}) };
  const n = await tx.appraisalRound.updateMany({ where, data: { updatedAt: new Date() } });
  if (n.count === 1) return;
  const now = await tx.appraisalRound.findUniqueOrThrow({ where: { id: round.id }, select: { status: true, rubricFrozenAt: true } });
  if (opts.rubric && now.rubricFrozenAt) throw ruleError(RUBRIC_FROZEN);
  throw ruleError(statusMessage(message, now.status));
}

const RUBRIC_FROZEN = "Bộ tiêu chí đã được khoá vì đã có người chấm lưu điểm: không thể thay đổi tiêu chí.";

function auditBase(round: LoadedRound) {
  return { campaignId: round.campaignId, unitId: round.campaign.issuingUnit.id };
}

async function requireChairCandidate(db: Tx | Awaited<ReturnType<typeof getDb>>, issuingPath: string, userId: string) {
  const chair = await db.user.findFirst({ where: { id: userId, ...chairCandidateWhere(issuingPath) }, select: { id: true, fullName: true } });
  if (!chair) throw fieldError("chairUserId", "Chủ trì phải là thành viên Ban Chỉ đạo, Lãnh đạo hoặc Bộ phận CCHC của cơ quan ban hành kế hoạch (hoặc cấp trên).");
  return chair;
}

function requireFutureDay(dueDate: string) {
  if (dueDate <= vnDayOf(new Date())) throw fieldError("dueDate", "Hạn chấm phải sau ngày hôm nay.");
}

// ------------------------------------------------------------------ items by rule

function ruleWhere(rule: ItemRule): Prisma.InitiativeWhereInput {
  switch (rule) {
    case "COMPLETED_DEPARTMENT":
      return { progress: "COMPLETED", level: "DEPARTMENT" };
    case "COMPLETED_CITY":
      return { progress: "COMPLETED", level: "CITY" };
    case "FORWARDED":
      return { forwardedFromId: { not: null } };
    case "TYPICAL":
      return { isTypical: true };
  }
}

/** Initiatives of the campaign that may enter a round: their Mẫu 1 was submitted or accepted. */
function eligibleInitiatives(campaignId: string): Prisma.InitiativeWhereInput {
  return { campaignId, registration: { status: { in: [...ELIGIBLE_REGISTRATION_STATUSES] } } };
}

async function insertItems(tx: Tx, roundId: string, initiativeIds: readonly string[]): Promise<number> {
  if (initiativeIds.length === 0) return 0;
  const max = await tx.appraisalItem.aggregate({ where: { roundId }, _max: { sortOrder: true } });
  const base = (max._max.sortOrder ?? 0) + 1;
  const res = await tx.appraisalItem.createMany({ data: initiativeIds.map((initiativeId, i) => ({ roundId, initiativeId, sortOrder: base + i })), skipDuplicates: true });
  return res.count;
}

async function initiativesByRule(tx: Tx, campaignId: string, roundId: string, rule: ItemRule) {
  const rows = await tx.initiative.findMany({
    where: { AND: [eligibleInitiatives(campaignId), ruleWhere(rule), { appraisalItems: { none: { roundId } } }] },
    orderBy: [{ unit: { sortOrder: "asc" } }, { unitId: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

// ------------------------------------------------------------------ create and settings

export async function createRound(actor: Actor, input: CreateRoundValues) {
  const db = await getDb();
  const campaign = await db.campaign.findUnique({
    where: { id: input.campaignId },
    select: { id: true, status: true, documentNumber: true, issuingUnit: { select: { id: true, path: true, name: true } } },
  });
  if (!campaign || !can(actor.roles, "manage:appraisal", campaign.issuingUnit)) throw notFoundError();
  if (campaign.status === "DRAFT") throw ruleError("Kế hoạch chưa được ban hành: chỉ tạo được đợt thẩm định cho kế hoạch đã ban hành.");
  if (campaign.status !== "PUBLISHED") throw ruleError("Kế hoạch đã kết thúc: không tạo thêm đợt thẩm định được nữa.");
  requireFutureDay(input.dueDate);
  const chair = await requireChairCandidate(db, campaign.issuingUnit.path, input.chairUserId);
  return inTransaction(async (tx) => {
    const round = await tx.appraisalRound.create({
      data: {
        campaignId: campaign.id,
        name: input.name,
        dueAt: dueAtForBeforeDay(input.dueDate),
        evaluatorsPerItem: input.evaluatorsPerItem,
        chairUserId: chair.id,
        showOthersScores: input.showOthersScores,
        spreadThreshold: input.spreadThreshold,
        inclusionNote: input.inclusion === "MANUAL" ? null : INCLUSION_LABELS[input.inclusion],
        createdById: actor.id,
        criteria: { create: DEFAULT_RUBRIC.map((c, i) => ({ sortOrder: i + 1, name: c.name, description: c.description ?? null, maxPoints: c.maxPoints, weight: c.weight })) },
      },
      select: { id: true },
    });
    const added = input.inclusion === "MANUAL" ? 0 : await insertItems(tx, round.id, await initiativesByRule(tx, campaign.id, round.id, input.inclusion));
    await writeAudit(tx, actor.id, {
      action: "appraisal-round.create",
      entityType: "AppraisalRound",
      entityId: round.id,
      campaignId: campaign.id,
      unitId: campaign.issuingUnit.id,
      after: { name: input.name, dueDate: input.dueDate, evaluatorsPerItem: input.evaluatorsPerItem, chairUserId: chair.id, showOthersScores: input.showOthersScores, spreadThreshold: input.spreadThreshold, inclusion: input.inclusion, items: added },
      summary: `Tạo đợt thẩm định “${input.name}” của kế hoạch ${campaign.documentNumber} (chủ trì: ${chair.fullName}; ${input.evaluatorsPerItem} người chấm mỗi nội dung${input.inclusion === "MANUAL" ? "" : `; ${INCLUSION_LABELS[input.inclusion].toLowerCase()}: ${added} nội dung`})`,
    });
    return { roundId: round.id, itemsAdded: added };
  });
}

/** Settings: everything while DRAFT; only the due date while OPEN; nothing once CLOSED. */
export async function updateRound(actor: Actor, input: UpdateRoundValues) {
  const round = await loadRound(actor, input.roundId);
  if (round.lockVersion !== input.lockVersion) throw conflictError();
  requireStatus(round, ["DRAFT", "OPEN"], "Đợt thẩm định đã kết thúc: không sửa được thông tin.");
  const dueAt = dueAtForBeforeDay(input.dueDate);
  const dueChanged = dueAt.getTime() !== round.dueAt.getTime();
  if (dueChanged) requireFutureDay(input.dueDate);
  const changed =
    input.name !== round.name ||
    input.evaluatorsPerItem !== round.evaluatorsPerItem ||
    input.chairUserId !== round.chairUserId ||
    input.showOthersScores !== round.showOthersScores ||
    input.spreadThreshold !== round.spreadThreshold;
  if (round.status === "OPEN" && changed) throw ruleError("Đợt thẩm định đang chấm: chỉ đổi được hạn chấm.");
  const db = await getDb();
  const chair = input.chairUserId === round.chairUserId ? null : await requireChairCandidate(db, round.campaign.issuingUnit.path, input.chairUserId);
  return inTransaction(async (tx) => {
    const n = await tx.appraisalRound.updateMany({
      where: { id: round.id, lockVersion: round.lockVersion, status: round.status },
      data: {
        name: input.name,
        dueAt,
        evaluatorsPerItem: input.evaluatorsPerItem,
        chairUserId: input.chairUserId,
        showOthersScores: input.showOthersScores,
        spreadThreshold: input.spreadThreshold,
        lockVersion: { increment: 1 },
      },
    });
    if (n.count === 0) throw conflictError();
    await writeAudit(tx, actor.id, {
      action: "appraisal-round.update",
      entityType: "AppraisalRound",
      entityId: round.id,
      ...auditBase(round),
      before: { name: round.name, dueAt: round.dueAt, evaluatorsPerItem: round.evaluatorsPerItem, chairUserId: round.chairUserId, showOthersScores: round.showOthersScores, spreadThreshold: round.spreadThreshold },
      after: { name: input.name, dueAt, evaluatorsPerItem: input.evaluatorsPerItem, chairUserId: input.chairUserId, showOthersScores: input.showOthersScores, spreadThreshold: input.spreadThreshold },
      summary: `Cập nhật thông tin đợt thẩm định “${input.name}”${dueChanged ? `; hạn chấm ${formatDeadline(dueAt)}` : ""}${chair ? `; chủ trì: ${chair.fullName}` : ""}`,
    });
    return { lockVersion: round.lockVersion + 1 };
  });
}

// ------------------------------------------------------------------ items

const ITEMS_RULE = "Chỉ thay đổi được danh sách nội dung khi đợt thẩm định đang chuẩn bị hoặc đang chấm.";

export async function addItemsByRule(actor: Actor, roundId: string, rule: ItemRule) {
  const round = await loadRound(actor, roundId);
  requireStatus(round, ["DRAFT", "OPEN"], ITEMS_RULE);
  return inTransaction(async (tx) => {
    await lockRound(tx, round, ["DRAFT", "OPEN"], ITEMS_RULE);
    const added = await insertItems(tx, round.id, await initiativesByRule(tx, round.campaignId, round.id, rule));
    const filled = added > 0 && round.status === "OPEN" ? await assignRound(tx, round.id, "fill") : null;
    await writeAudit(tx, actor.id, {
      action: "appraisal-item.add-rule",
      entityType: "AppraisalRound",
      entityId: round.id,
      ...auditBase(round),
      after: { rule, added, assigned: filled?.created ?? 0 },
      summary: `Đưa vào đợt thẩm định “${round.name}” ${added} nội dung (${INCLUSION_LABELS[rule].toLowerCase()})${filled ? `; phân công thêm ${filled.created} lượt chấm` : ""}`,
    });
    return { added };
  });
}

export async function addItems(actor: Actor, roundId: string, initiativeIds: readonly string[]) {
  const round = await loadRound(actor, roundId);
  requireStatus(round, ["DRAFT", "OPEN"], ITEMS_RULE);
  const ids = [...new Set(initiativeIds)];
  return inTransaction(async (tx) => {
    await lockRound(tx, round, ["DRAFT", "OPEN"], ITEMS_RULE);
    const found = await tx.initiative.findMany({ where: { id: { in: ids }, ...eligibleInitiatives(round.campaignId) }, select: { id: true, content: true } });
    if (found.length !== ids.length) {
      throw fieldError("initiativeIds", "Chỉ chọn được nội dung của kế hoạch này mà Mẫu 1 đã được nộp hoặc tiếp nhận.");
    }
    const already = new Set((await tx.appraisalItem.findMany({ where: { roundId: round.id, initiativeId: { in: ids } }, select: { initiativeId: true } })).map((r) => r.initiativeId));
    const fresh = ids.filter((x) => !already.has(x));
    const added = await insertItems(tx, round.id, fresh);
    const filled = added > 0 && round.status === "OPEN" ? await assignRound(tx, round.id, "fill") : null;
    await writeAudit(tx, actor.id, {
      action: "appraisal-item.add",
      entityType: "AppraisalRound",
      entityId: round.id,
      ...auditBase(round),
      after: { initiativeIds: fresh, assigned: filled?.created ?? 0 },
      summary: `Đưa vào đợt thẩm định “${round.name}” ${added} nội dung chọn trực tiếp${added === 1 ? `: ${found.find((f) => f.id === fresh[0])?.content.slice(0, 200)}` : ""}`,
    });
    return { added, skipped: ids.length - added };
  });
}

export async function removeItem(actor: Actor, roundId: string, itemId: string) {
  const round = await loadRound(actor, roundId);
  requireStatus(round, ["DRAFT", "OPEN"], ITEMS_RULE);
  return inTransaction(async (tx) => {
    await lockRound(tx, round, ["DRAFT", "OPEN"], ITEMS_RULE);
    const item = await tx.appraisalItem.findFirst({ where: { id: itemId, roundId: round.id }, select: { id: true, initiativeId: true, initiative: { select: { content: true } } } });
    if (!item) throw notFoundError();
    const scored = await tx.appraisalScore.count({ where: { assignment: { itemId: item.id } } });
    if (scored > 0) throw ruleError("Nội dung này đã có người chấm lưu điểm: không thể đưa ra khỏi đợt thẩm định.");
    await tx.appraisalItem.delete({ where: { id: item.id } });
    await writeAudit(tx, actor.id, {
      action: "appraisal-item.remove",
      entityType: "AppraisalItem",
      entityId: item.id,
      ...auditBase(round),
      subject: { type: "AppraisalRound", id: round.id },
      before: { initiativeId: item.initiativeId },
      summary: `Đưa ra khỏi đợt thẩm định “${round.name}”: ${item.initiative.content.slice(0, 300)}`,
    });
  });
}

// ------------------------------------------------------------------ rubric

const RUBRIC_RULE = "Bộ tiêu chí chỉ sửa được khi đợt thẩm định chưa kết thúc.";

async function rubricTx<T>(actor: Actor, roundId: string, fn: (tx: Tx, round: LoadedRound) => Promise<T>) {
  const round = await loadRound(actor, roundId);
  if (round.rubricFrozenAt) throw ruleError(RUBRIC_FROZEN);
  requireStatus(round, ["DRAFT", "OPEN"], RUBRIC_RULE);
  return inTransaction(async (tx) => {
    await lockRound(tx, round, ["DRAFT", "OPEN"], RUBRIC_RULE, { rubric: true });
    return fn(tx, round);
  });
}

interface CriterionInput {
  name: string;
  description: string | null;
  maxPoints: number;
  weight: number | null;
}

const describeCriterion = (c: CriterionInput) => `${c.name} (tối đa ${formatPoints(c.maxPoints)} điểm${c.weight == null ? "" : `, trọng số ${formatPoints(c.weight)}`})`;

export async function addCriterion(actor: Actor, roundId: string, input: CriterionInput) {
  return rubricTx(actor, roundId, async (tx, round) => {
    const agg = await tx.appraisalCriterion.aggregate({ where: { roundId: round.id }, _max: { sortOrder: true }, _count: { _all: true } });
    if (agg._count._all >= MAX_CRITERIA) throw ruleError(`Bộ tiêu chí có tối đa ${MAX_CRITERIA} tiêu chí.`);
    const c = await tx.appraisalCriterion.create({ data: { roundId: round.id, sortOrder: (agg._max.sortOrder ?? 0) + 1, ...input }, select: { id: true } });
    await writeAudit(tx, actor.id, {
      action: "appraisal-criterion.add",
      entityType: "AppraisalCriterion",
      entityId: c.id,
      ...auditBase(round),
      subject: { type: "AppraisalRound", id: round.id },
      after: input,
      summary: `Thêm tiêu chí vào đợt thẩm định “${round.name}”: ${describeCriterion(input)}`,
    });
    return { id: c.id };
  });
}

export async function updateCriterion(actor: Actor, roundId: string, criterionId: string, input: CriterionInput) {
  return rubricTx(actor, roundId, async (tx, round) => {
    const before = await tx.appraisalCriterion.findFirst({ where: { id: criterionId, roundId: round.id }, select: { name: true, description: true, maxPoints: true, weight: true } });
    if (!before) throw notFoundError();
    await tx.appraisalCriterion.update({ where: { id: criterionId }, data: input });
    await writeAudit(tx, actor.id, {
      action: "appraisal-criterion.update",
      entityType: "AppraisalCriterion",
      entityId: criterionId,
      ...auditBase(round),
      subject: { type: "AppraisalRound", id: round.id },
      before,
      after: input,
      summary: `Sửa tiêu chí của đợt thẩm định “${round.name}”: ${describeCriterion(input)}`,
    });
  });
}

export async function removeCriterion(actor: Actor, roundId: string, criterionId: string) {
  return rubricTx(actor, roundId, async (tx, round) => {
    const before = await tx.appraisalCriterion.findFirst({ where: { id: criterionId, roundId: round.id }, select: { name: true, description: true, maxPoints: true, weight: true } });
    if (!before) throw notFoundError();
    await tx.appraisalCriterion.delete({ where: { id: criterionId } });
    await writeAudit(tx, actor.id, {
      action: "appraisal-criterion.remove",
      entityType: "AppraisalCriterion",
      entityId: criterionId,
      ...auditBase(round),
      subject: { type: "AppraisalRound", id: round.id },
      before,
      summary: `Xoá tiêu chí khỏi đợt thẩm định “${round.name}”: ${before.name}`,
    });
  });
}

/** Moves a criterion one place up or down (renumbers the list through a free range: sortOrder is unique). */
export async function moveCriterion(actor: Actor, roundId: string, criterionId: string, direction: "up" | "down") {
  return rubricTx(actor, roundId, async (tx, round) => {
    const list = await tx.appraisalCriterion.findMany({ where: { roundId: round.id }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, name: true, sortOrder: true } });
    const i = list.findIndex((c) => c.id === criterionId);
    if (i < 0) throw notFoundError();
    const j = direction === "up" ? i - 1 : i + 1;
    if (j < 0 || j >= list.length) return;
    const order = list.map((c) => c.id);
    [order[i], order[j]] = [order[j], order[i]];
    const [a, b] = [list[i], list[j]];
    // Swap through a value no row uses (unique (roundId, sortOrder)).
    const free = Math.max(...list.map((c) => c.sortOrder)) + 1;
    await tx.appraisalCriterion.update({ where: { id: a.id }, data: { sortOrder: free } });
    await tx.appraisalCriterion.update({ where: { id: b.id }, data: { sortOrder: a.sortOrder } });
    await tx.appraisalCriterion.update({ where: { id: a.id }, data: { sortOrder: b.sortOrder } });
    await writeAudit(tx, actor.id, {
      action: "appraisal-criterion.move",
      entityType: "AppraisalCriterion",
      entityId: a.id,
      ...auditBase(round),
      subject: { type: "AppraisalRound", id: round.id },
      summary: `Đưa tiêu chí “${a.name}” ${direction === "up" ? "lên trên" : "xuống dưới"} trong bộ tiêu chí của đợt “${round.name}”`,
    });
  });
}

// ------------------------------------------------------------------ panel

const PANEL_RULE = "Chỉ thay đổi được tổ thẩm định khi đợt đang chuẩn bị hoặc đang chấm.";

export async function addEvaluator(actor: Actor, roundId: string, userId: string) {
  const round = await loadRound(actor, roundId);
  requireStatus(round, ["DRAFT", "OPEN"], PANEL_RULE);
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, fullName: true, active: true, unit: { select: { name: true } } } });
  if (!user || !user.active) throw fieldError("userId", "Chỉ chọn được tài khoản đang hoạt động.");
  return inTransaction(async (tx) => {
    await lockRound(tx, round, ["DRAFT", "OPEN"], PANEL_RULE);
    const existing = await tx.appraisalEvaluator.findUnique({ where: { roundId_userId: { roundId: round.id, userId: user.id } }, select: { id: true, active: true } });
    if (existing?.active) throw fieldError("userId", `${user.fullName} đã có trong tổ thẩm định.`);
    const ev = existing
      ? await tx.appraisalEvaluator.update({ where: { id: existing.id }, data: { active: true, removedAt: null }, select: { id: true } })
      : await tx.appraisalEvaluator.create({ data: { roundId: round.id, userId: user.id }, select: { id: true } });
    await writeAudit(tx, actor.id, {
      action: existing ? "appraisal-evaluator.reactivate" : "appraisal-evaluator.add",
      entityType: "AppraisalEvaluator",
      entityId: ev.id,
      ...auditBase(round),
      subject: { type: "AppraisalRound", id: round.id },
      after: { userId: user.id, active: true },
      summary: `${existing ? "Bổ sung lại" : "Thêm"} ${user.fullName} (${user.unit.name}) vào tổ thẩm định của đợt “${round.name}”`,
    });
    return { id: ev.id };
  });
}

/**
 * Removes an evaluator from the panel: the row stays (active = false, removedAt) with their assignments
 * and drafts for the trail, and results ignore them. In an open round their items get someone else.
 */
export async function removeEvaluator(actor: Actor, roundId: string, evaluatorId: string) {
  const round = await loadRound(actor, roundId);
  requireStatus(round, ["DRAFT", "OPEN"], PANEL_RULE);
  return inTransaction(async (tx) => {
    await lockRound(tx, round, ["DRAFT", "OPEN"], PANEL_RULE);
    const ev = await tx.appraisalEvaluator.findFirst({ where: { id: evaluatorId, roundId: round.id }, select: { id: true, active: true, user: { select: { fullName: true } } } });
    if (!ev) throw notFoundError();
    if (!ev.active) return { filled: 0, shortfalls: 0 };
    await tx.appraisalEvaluator.update({ where: { id: ev.id }, data: { active: false, removedAt: new Date() } });
    // Their assignments stay for the trail (counted nowhere: the evaluator is inactive). While preparing, the
    // next automatic assignment redistributes their places; while scoring, they go to someone else now.
    const filled = round.status === "OPEN" ? await assignRound(tx, round.id, "fill") : null;
    await writeAudit(tx, actor.id, {
      action: "appraisal-evaluator.remove",
      entityType: "AppraisalEvaluator",
      entityId: ev.id,
      ...auditBase(round),
      subject: { type: "AppraisalRound", id: round.id },
      before: { active: true },
      after: { active: false, reassigned: filled?.created ?? 0, shortfalls: filled?.shortfalls.length ?? 0 },
      summary: `Đưa ${ev.user.fullName} ra khỏi tổ thẩm định của đợt “${round.name}”${filled ? `; phân công lại ${filled.created} lượt chấm${filled.shortfalls.length ? `; ${describeShortfalls(filled.shortfalls)}` : ""}` : ""}`,
    });
    return { filled: filled?.created ?? 0, shortfalls: filled?.shortfalls.length ?? 0 };
  });
}

// ------------------------------------------------------------------ assignment

const ASSIGN_RULE = "Chỉ phân công được khi đợt thẩm định đang chuẩn bị hoặc đang chấm.";

export interface AutoAssignOutcome {
  created: number;
  removed: number;
  loads: { evaluatorId: string; fullName: string; load: number }[];
  shortfallItems: number;
  shortfallText: string | null;
}

/** "Phân công tự động": rebalance while preparing, fill the missing places while open. */
export async function autoAssign(actor: Actor, roundId: string): Promise<AutoAssignOutcome> {
  const round = await loadRound(actor, roundId);
  requireStatus(round, ["DRAFT", "OPEN"], ASSIGN_RULE);
  return inTransaction(async (tx) => {
    await lockRound(tx, round, ["DRAFT", "OPEN"], ASSIGN_RULE);
    const [items, evaluators] = await inSequence(
      () => tx.appraisalItem.count({ where: { roundId: round.id } }),
      () => tx.appraisalEvaluator.findMany({ where: { roundId: round.id, active: true }, select: { id: true, user: { select: { fullName: true } } } }),
    );
    if (items === 0) throw ruleError("Đợt thẩm định chưa có nội dung nào để phân công.");
    if (evaluators.length === 0) throw ruleError("Tổ thẩm định chưa có người chấm nào.");
    const mode = round.status === "DRAFT" ? "rebalance" : "fill";
    const res = await assignRound(tx, round.id, mode);
    const loads = evaluators
      .map((e) => ({ evaluatorId: e.id, fullName: e.user.fullName, load: res.loads.get(e.id) ?? 0 }))
      .sort((a, b) => compareVi(a.fullName, b.fullName));
    const shortfallText = describeShortfalls(res.shortfalls);
    await writeAudit(tx, actor.id, {
      action: "appraisal-round.assign",
      entityType: "AppraisalRound",
      entityId: round.id,
      ...auditBase(round),
      after: { mode, created: res.created, removed: res.removed, shortfalls: res.shortfalls.length },
      summary: `Phân công tự động đợt thẩm định “${round.name}”: ${res.created} lượt chấm mới${res.removed ? `, ${res.removed} lượt phân công lại` : ""}${shortfallText ? `; ${shortfallText}` : ""}`,
    });
    return { created: res.created, removed: res.removed, loads, shortfallItems: res.shortfalls.length, shortfallText };
  });
}

/** A pair made by hand (kept by the automatic assignment). */
export async function addPair(actor: Actor, roundId: string, itemId: string, evaluatorId: string) {
  const round = await loadRound(actor, roundId);
  requireStatus(round, ["DRAFT", "OPEN"], ASSIGN_RULE);
  return inTransaction(async (tx) => {
    await lockRound(tx, round, ["DRAFT", "OPEN"], ASSIGN_RULE);
    const [item, ev] = await inSequence(
      () => tx.appraisalItem.findFirst({ where: { id: itemId, roundId: round.id }, select: { id: true, initiative: { select: { content: true, unit: { select: { path: true, name: true } } } } } }),
      () => tx.appraisalEvaluator.findFirst({
        where: { id: evaluatorId, roundId: round.id },
        select: { id: true, active: true, user: { select: { fullName: true, active: true, unit: { select: { path: true } }, roles: { select: { unit: { select: { path: true } } } } } } },
      }),
    );
    if (!item) throw fieldError("itemId", "Nội dung này không thuộc đợt thẩm định.");
    if (!ev || !ev.active || !ev.user.active) throw fieldError("evaluatorId", "Chỉ chọn được người đang ở trong tổ thẩm định.");
    // The same rule as the automatic assignment: home and role units below the campaign's issuing unit.
    const unitPaths = conflictUnitPaths([ev.user.unit.path, ...ev.user.roles.map((r) => r.unit.path)], round.campaign.issuingUnit.path);
    if (isOwnOrBelow({ unitPaths }, item.initiative.unit.path)) {
      throw fieldError("evaluatorId", `${ev.user.fullName} thuộc ${item.initiative.unit.name} hoặc đơn vị cấp trên của đơn vị này: không được chấm nội dung của đơn vị mình.`);
    }
    const existing = await tx.appraisalAssignment.findUnique({ where: { itemId_evaluatorId: { itemId: item.id, evaluatorId: ev.id } }, select: { status: true } });
    if (existing?.status === "DECLINED") throw fieldError("evaluatorId", `${ev.user.fullName} đã báo xung đột lợi ích với nội dung này.`);
    if (existing) throw fieldError("evaluatorId", `${ev.user.fullName} đã được phân công chấm nội dung này.`);
    const a = await tx.appraisalAssignment.create({ data: { roundId: round.id, itemId: item.id, evaluatorId: ev.id, manual: true }, select: { id: true } });
    await writeAudit(tx, actor.id, {
      action: "appraisal-assignment.add",
      entityType: "AppraisalAssignment",
      entityId: a.id,
      ...auditBase(round),
      subject: { type: "AppraisalRound", id: round.id },
      after: { itemId: item.id, evaluatorId: ev.id, manual: true },
      summary: `Phân công ${ev.user.fullName} chấm “${item.initiative.content.slice(0, 200)}” (đợt “${round.name}”)`,
    });
    return { id: a.id };
  });
}

export async function removePair(actor: Actor, roundId: string, assignmentId: string) {
  const round = await loadRound(actor, roundId);
  requireStatus(round, ["DRAFT", "OPEN"], ASSIGN_RULE);
  return inTransaction(async (tx) => {
    await lockRound(tx, round, ["DRAFT", "OPEN"], ASSIGN_RULE);
    const a = await tx.appraisalAssignment.findFirst({
      where: { id: assignmentId, roundId: round.id },
      select: { id: true, status: true, itemId: true, evaluatorId: true, manual: true, _count: { select: { scores: true } }, evaluator: { select: { user: { select: { fullName: true } } } }, item: { select: { initiative: { select: { content: true } } } } },
    });
    if (!a) throw notFoundError();
    if (a.status !== "ASSIGNED" || a._count.scores > 0) throw ruleError("Người chấm đã bắt đầu chấm hoặc đã báo xung đột với nội dung này: không thể bỏ phân công.");
    await tx.appraisalAssignment.delete({ where: { id: a.id } });
    await writeAudit(tx, actor.id, {
      action: "appraisal-assignment.remove",
      entityType: "AppraisalAssignment",
      entityId: a.id,
      ...auditBase(round),
      subject: { type: "AppraisalRound", id: round.id },
      before: { itemId: a.itemId, evaluatorId: a.evaluatorId, manual: a.manual },
      summary: `Bỏ phân công ${a.evaluator.user.fullName} chấm “${a.item.initiative.content.slice(0, 200)}” (đợt “${round.name}”)`,
    });
  });
}

// ------------------------------------------------------------------ open, close, reopen

async function transition(tx: Tx, round: LoadedRound, from: AppraisalRoundStatus, data: Prisma.AppraisalRoundUncheckedUpdateManyInput) {
  const n = await tx.appraisalRound.updateMany({ where: { id: round.id, status: from, lockVersion: round.lockVersion }, data: { ...data, lockVersion: { increment: 1 } } });
  if (n.count === 0) throw conflictError();
}

/** Why the round cannot open, read inside the transaction. */
async function openProblems(tx: Tx, roundId: string) {
  const [itemCount, activeEvaluatorCount, itemsWithoutEvaluator, criteria] = await inSequence(
    () => tx.appraisalItem.count({ where: { roundId } }),
    () => tx.appraisalEvaluator.count({ where: { roundId, active: true, user: { active: true } } }),
    () => tx.appraisalItem.count({ where: { roundId, assignments: { none: { status: { not: "DECLINED" }, evaluator: { active: true } } } } }),
    () => tx.appraisalCriterion.aggregate({ where: { roundId }, _count: { _all: true }, _sum: { maxPoints: true } }),
  );
  return openRoundProblems({ itemCount, activeEvaluatorCount, itemsWithoutEvaluator, criterionCount: criteria._count._all, totalMaxPoints: criteria._sum.maxPoints ?? 0 });
}

/** DRAFT → OPEN: each active evaluator with work is told in the portal (and by e-mail if they want it at once). */
export async function openRound(actor: Actor, roundId: string, lockVersion: number) {
  const round = await loadRound(actor, roundId);
  if (round.lockVersion !== lockVersion) throw conflictError();
  requireStatus(round, ["DRAFT"], "Chỉ mở chấm được đợt thẩm định đang chuẩn bị.");
  return inTransaction(async (tx) => {
    const problems = await openProblems(tx, round.id);
    if (problems.length) throw ruleError(`Chưa mở chấm được: ${problems.join(" ")}`);
    const openedAt = new Date();
    await transition(tx, round, "DRAFT", { status: "OPEN", openedAt });
    const evaluators = await tx.appraisalEvaluator.findMany({
      where: { roundId: round.id, active: true, user: { active: true } },
      select: { id: true, user: { select: { id: true, fullName: true, email: true, digestMode: true } }, _count: { select: { assignments: { where: { status: { not: "DECLINED" } } } } } },
    });
    let notified = 0;
    for (const ev of evaluators) {
      const n = ev._count.assignments;
      if (n === 0) continue;
      const title = `Bạn được phân công chấm ${n} nội dung của đợt thẩm định “${round.name}”`;
      const lines = [`Kế hoạch ${round.campaign.documentNumber} của ${round.campaign.issuingUnit.name}.`, `Hạn chấm: ${formatDeadline(round.dueAt)}.`];
      await createNotification(tx, { userId: ev.user.id, title, body: lines.join("\n"), link: "/appraisal", campaignId: round.campaignId, digestMode: ev.user.digestMode });
      if (ev.user.email && ev.user.digestMode === "IMMEDIATE") {
        const mail = renderEmail({ greetingName: ev.user.fullName, title, lines, actionText: "Mở danh sách cần chấm", actionUrl: "/appraisal" });
        await queueEmail(tx, { to: ev.user.email, toUserId: ev.user.id, subject: mail.subject, text: mail.text, html: mail.html });
      }
      notified++;
    }
    await writeAudit(tx, actor.id, {
      action: "appraisal-round.open",
      entityType: "AppraisalRound",
      entityId: round.id,
      ...auditBase(round),
      before: { status: "DRAFT" },
      after: { status: "OPEN", openedAt, notified },
      summary: `Mở chấm đợt thẩm định “${round.name}”; thông báo cho ${notified} người chấm`,
    });
    return { lockVersion: round.lockVersion + 1, notified };
  });
}

/** OPEN → CLOSED: scoring stops. */
export async function closeRound(actor: Actor, roundId: string, lockVersion: number) {
  const round = await loadRound(actor, roundId);
  if (round.lockVersion !== lockVersion) throw conflictError();
  requireStatus(round, ["OPEN"], "Chỉ kết thúc được đợt thẩm định đang chấm.");
  return inTransaction(async (tx) => {
    const closedAt = new Date();
    await transition(tx, round, "OPEN", { status: "CLOSED", closedAt });
    const [submitted, counted] = await inSequence(
      () => tx.appraisalAssignment.count({ where: { roundId: round.id, status: "SUBMITTED", evaluator: { active: true } } }),
      () => tx.appraisalAssignment.count({ where: { roundId: round.id, status: { not: "DECLINED" }, evaluator: { active: true } } }),
    );
    await writeAudit(tx, actor.id, {
      action: "appraisal-round.close",
      entityType: "AppraisalRound",
      entityId: round.id,
      ...auditBase(round),
      before: { status: "OPEN" },
      after: { status: "CLOSED", closedAt, submitted, assignments: counted },
      summary: `Kết thúc đợt thẩm định “${round.name}” (đã chấm ${submitted}/${counted})`,
    });
    return { lockVersion: round.lockVersion + 1 };
  });
}

/** CLOSED → OPEN, by a manager or the chair, while no recognition decision names an item of the round. */
export async function reopenRound(actor: Actor, roundId: string, lockVersion: number) {
  const r = await fetchRound(roundId);
  if (!r || (!can(actor.roles, "manage:appraisal", r.campaign.issuingUnit) && r.chairUserId !== actor.id)) throw notFoundError();
  if (r.lockVersion !== lockVersion) throw conflictError();
  requireStatus(r, ["CLOSED"], "Chỉ mở lại được đợt thẩm định đã kết thúc.");
  return inTransaction(async (tx) => {
    const recognised = await tx.recognitionItem.count({ where: { appraisalItem: { roundId: r.id } } });
    if (recognised > 0) throw ruleError("Đã có quyết định công nhận dựa trên kết quả của đợt này: không mở lại được.");
    await transition(tx, r, "CLOSED", { status: "OPEN", closedAt: null });
    await writeAudit(tx, actor.id, {
      action: "appraisal-round.reopen",
      entityType: "AppraisalRound",
      entityId: r.id,
      ...auditBase(r),
      before: { status: "CLOSED" },
      after: { status: "OPEN" },
      summary: `Mở lại đợt thẩm định “${r.name}” để tiếp tục chấm`,
    });
    return { lockVersion: r.lockVersion + 1 };
  });
}
