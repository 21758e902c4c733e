import "server-only";
import { checkReplicatedModels, linkReplicationRows } from "@/lib/replication/registration-rows";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { conflictError, DomainError, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { getDb, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RegistrationKind, SubmissionStatus, ReviewAction } from "@/lib/generated/prisma/enums";
import type { MilestoneLike } from "@/lib/deadlines/effective";
import { submissionDeadline } from "@/lib/submissions/deadline";
import { calendarDateToInput, formatDateTimeVN, formatDeadline, inputToCalendarDate } from "@/lib/time/vn";
import { freezeVersion } from "@/lib/submissions/freeze";
import { REGISTRATION } from "@/lib/submissions/kinds";
import { hasLife, removalRefusal } from "./rules";
import type { RegistrationForm } from "./schemas";
import type { RegistrationSnapshot } from "./snapshot";
import { paperReceiptText, type PaperReceipt } from "./labels";
import { loadEditContext, ownerKeyFor, type EditContext } from "./form-context";
import { initiativeLives } from "./initiative-lives";


export const NO_ROWS_MESSAGE = "Đơn vị chưa đăng ký nội dung nào. Vui lòng thêm ít nhất một nội dung trước khi nộp.";
export const HEAD_ONLY_MESSAGE = "Chỉ trưởng đơn vị mới được xác nhận và nộp.";
export const CONFIRM_REQUIRED_MESSAGE = "Vui lòng đánh dấu ô xác nhận của trưởng đơn vị trước khi nộp.";

/** Refusal of a submission at or after the unit's effective hard cut-off. */
export const cutoffMessage = (cutoffAt: Date) =>
  `Đã quá hạn cuối cùng (${formatDeadline(cutoffAt)}): Bộ phận CCHC không nhận Mẫu 1 sau thời điểm này. Vui lòng liên hệ Bộ phận CCHC để được gia hạn.`;

/**
 * The unit's EFFECTIVE registration deadline (an extension granted by the office replaces the
 * milestone's date), read inside `tx`. Throws the cut-off refusal when `now` is at or after the
 * unit's effective hard cut-off. Null when the plan sets no registration milestone.
 */
export async function unitRegistrationDeadline(tx: Tx, milestone: MilestoneLike | undefined, unitId: string, now: Date): Promise<Date | null> {
  return milestone ? (await submissionDeadline(tx, milestone, unitId, now, cutoffMessage)).dueAt : null;
}

/** A saved row, in the editor's shape. */
export interface SavedRow {
  initiativeId: string;
  fieldId: string;
  content: string;
  type: RegistrationForm["rows"][number]["type"];
  ownerType: RegistrationForm["rows"][number]["ownerType"];
  ownerNames: string;
  expectedCompletion: string;
  note: string;
  level: RegistrationForm["rows"][number]["level"];
  /** Issue 13: the recognised model the row adopts ("" = none). */
  replicatesModelId: string;
}

export interface SaveResult {
  registrationId: string;
  lockVersion: number;
  status: SubmissionStatus;
  rows: SavedRow[];
}

type InitiativeRecord = {
  id: string;
  fieldId: string;
  content: string;
  type: SavedRow["type"];
  // CITIZEN / BUSINESS: an accepted public idea (issue 14), never edited in a Mẫu 1 form: read as named people.
  ownerType: SavedRow["ownerType"] | "CITIZEN" | "BUSINESS";
  ownerNames: string | null;
  expectedCompletion: Date;
  note: string | null;
  level: SavedRow["level"];
  sortOrder: number;
  replicatesModelId: string | null;
};

export function toSavedRow(r: InitiativeRecord): SavedRow {
  return {
    initiativeId: r.id,
    fieldId: r.fieldId,
    content: r.content,
    type: r.type,
    ownerType: r.ownerType === "UNIT" ? "UNIT" : "INDIVIDUALS",
    ownerNames: r.ownerNames ?? "",
    expectedCompletion: calendarDateToInput(r.expectedCompletion),
    note: r.note ?? "",
    level: r.level,
    replicatesModelId: r.replicatesModelId ?? "",
  };
}


/**
 * Saves the whole form inside `tx`: creates the registration on first save, checks and bumps
 * `lockVersion`, upserts the rows by id and deletes the removed ones, and writes the audit row.
 * Returns the registration id and its new lockVersion.
 */
export async function writeDraft(tx: Tx, actor: SessionUser, ctx: EditContext, kind: RegistrationKind) {
  const { form, unit, campaign } = ctx;
  const ownerKey = ownerKeyFor(kind, actor);
  const existing = await tx.registration.findUnique({
    where: { campaignId_unitId_ownerKey: { campaignId: campaign.id, unitId: unit.id, ownerKey } },
    select: { id: true, status: true, lockVersion: true, kind: true },
  });

  let registrationId: string;
  let lockVersion: number;
  let status: SubmissionStatus;
  if (!existing) {
    // The client believed the form existed: it was never this actor's (or it is not this unit's).
    if (form.registrationId !== null) throw notFoundError();
    if (form.lockVersion !== 0) throw conflictError();
    const created = await tx.registration.create({
      data: {
        campaignId: campaign.id,
        unitId: unit.id,
        kind,
        ownerKey,
        ownerUserId: kind === "INDIVIDUAL" ? actor.id : null,
        status: "DRAFT",
        lockVersion: 1,
        createdById: actor.id,
        updatedById: actor.id,
      },
    });
    registrationId = created.id;
    lockVersion = 1;
    status = "DRAFT";
  } else {
    if (form.registrationId === null) throw conflictError(); // someone created it since the page was opened
    if (form.registrationId !== existing.id || existing.kind !== kind) throw notFoundError();
    if (!REGISTRATION.isEditable(existing.status)) {
      if (existing.lockVersion !== form.lockVersion) throw conflictError();
      throw ruleError(
        existing.status === "ACCEPTED"
          ? "Biểu mẫu đã được tiếp nhận nên không thể chỉnh sửa."
          : "Biểu mẫu đã nộp nên không thể chỉnh sửa. Khi Bộ phận CCHC trả lại, đơn vị mới chỉnh sửa được.",
      );
    }
    const { count } = await tx.registration.updateMany({
      where: { id: existing.id, lockVersion: form.lockVersion, status: { in: [...REGISTRATION.editable] } },
      data: { lockVersion: { increment: 1 }, updatedById: actor.id },
    });
    if (count === 0) throw conflictError();
    registrationId = existing.id;
    lockVersion = form.lockVersion + 1;
    status = existing.status;
  }

  await checkReplicatedModels(tx, form.rows.map((r) => ({ replicatesModelId: r.replicatesModelId || null })), unit.id);
  // A form created by this save has no rows yet.
  const before = existing ? await tx.initiative.findMany({ where: { registrationId }, orderBy: [{ fieldId: "asc" }, { sortOrder: "asc" }] }) : [];
  const beforeById = new Map(before.map((r) => [r.id, r]));
  const kept = new Set<string>();
  const orderInField = new Map<string, number>();
  const toCreate: Prisma.InitiativeCreateManyInput[] = [];
  // The rows as saved, kept then created: what the form holds afterwards, without reading it back.
  const afterKept: typeof before = [];
  let updated = 0;

  for (const row of form.rows) {
    const sortOrder = (orderInField.get(row.fieldId) ?? 0) + 1;
    orderInField.set(row.fieldId, sortOrder);
    const values = {
      fieldId: row.fieldId,
      content: row.content,
      type: row.type,
      ownerType: row.ownerType,
      ownerNames: row.ownerType === "INDIVIDUALS" ? row.ownerNames : null,
      expectedCompletion: inputToCalendarDate(row.expectedCompletion),
      note: row.note === "" ? null : row.note,
      level: row.level,
      replicatesModelId: row.replicatesModelId || null,
      sortOrder,
    };
    if (row.initiativeId) {
      const old = beforeById.get(row.initiativeId);
      // A row id of another form (or sent twice) is never touched.
      if (!old || kept.has(old.id)) throw notFoundError();
      kept.add(old.id);
      const changed =
        old.fieldId !== values.fieldId ||
        old.content !== values.content ||
        old.type !== values.type ||
        old.ownerType !== values.ownerType ||
        old.ownerNames !== values.ownerNames ||
        old.expectedCompletion.getTime() !== values.expectedCompletion.getTime() ||
        old.note !== values.note ||
        old.level !== values.level ||
        old.replicatesModelId !== values.replicatesModelId ||
        old.sortOrder !== values.sortOrder;
      if (changed) {
        afterKept.push(await tx.initiative.update({ where: { id: old.id }, data: values }));
        updated++;
      } else afterKept.push(old);
    } else {
      toCreate.push({ ...values, registrationId, campaignId: campaign.id, unitId: unit.id });
    }
  }
  const removed = before.filter((r) => !kept.has(r.id)).map((r) => r.id);
  if (removed.length) {
    // A row with evidence, figures, a forwarded copy or a place in a submitted report keeps its subject:
    // deleting it would drop its files' rows (leaving the files on disk, locked ones too) and orphan the copy.
    const lives = await initiativeLives(tx, removed, { campaignId: campaign.id, unitId: unit.id });
    const blocked = removed.filter((id) => hasLife(lives.get(id)!));
    if (blocked.length) {
      const fieldErrors: Record<string, string> = {};
      const lines = blocked.map((id) => {
        const why = removalRefusal(lives.get(id)!);
        fieldErrors[`removed.${id}`] = why;
        const content = beforeById.get(id)!.content;
        return `“${content.length > 90 ? `${content.slice(0, 89)}…` : content}”: ${why}`;
      });
      throw ruleError(`Chưa lưu được. ${lines.join(" ")} Tải lại trang để hiện lại nội dung đã xoá.`, fieldErrors);
    }
    await tx.initiative.deleteMany({ where: { id: { in: removed }, registrationId } });
  }
  const created = toCreate.length ? await tx.initiative.createManyAndReturn({ data: toCreate }) : [];

  const fieldOrder = new Map(campaign.fields.map((f) => [f.id, f.sortOrder]));
  const after = [...afterKept, ...created].sort((a, b) => fieldOrder.get(a.fieldId)! - fieldOrder.get(b.fieldId)! || a.sortOrder - b.sortOrder);
  // The rows' adoptions follow their "nhân rộng" choice. Nothing to do when no row changed (a submission
  // of the form as saved); only a row that existed before can be linked already, so a new form's rows
  // need it only when one of them adopts a model.
  const changedRows = updated > 0 || removed.length > 0 || created.length > 0;
  if (changedRows && (before.length || after.some((r) => r.replicatesModelId))) await linkReplicationRows(tx, after, unit.id, actor.id);

  // Saving an unchanged form (e.g. right before submitting) leaves no audit row of its own.
  if (existing && !updated && !removed.length && !toCreate.length) {
    return { registrationId, lockVersion, status, rows: after.map(toSavedRow) } satisfies SaveResult;
  }
  const compact = (r: InitiativeRecord) => ({ id: r.id, fieldId: r.fieldId, content: r.content, type: r.type, level: r.level, expectedCompletion: calendarDateToInput(r.expectedCompletion) });
  await writeAudit(tx, actor.id, {
    action: existing ? "registration.save" : "registration.create",
    entityType: "Registration",
    entityId: registrationId,
    unitId: unit.id,
    campaignId: campaign.id,
    before: existing ? { status: existing.status, rows: before.map(compact) } : undefined,
    after: { status, rows: after.map(compact) },
    summary: `${kind === "UNIT" ? "Lưu nháp Mẫu 1" : "Lưu nháp đăng ký cá nhân"} (${after.length} nội dung${
      removed.length ? `, xoá ${removed.length}` : ""
    })`,
  });

  return { registrationId, lockVersion, status, rows: after.map(toSavedRow) } satisfies SaveResult;
}

/**
 * Freezes the current rows as a new submitted version inside `tx`: status SUBMITTED, version n+1
 * with its snapshot, lateness, the review event and the audit row.
 */
export async function freezeSubmission(
  tx: Tx,
  actor: SessionUser,
  args: {
    registrationId: string;
    lockVersion: number;
    fields: { id: string; name: string; sortOrder: number }[];
    dueAt: Date | null;
    now: Date;
    action: Extract<ReviewAction, "SUBMIT" | "CONFIRM">;
    allowed: readonly SubmissionStatus[];
    /** A Mẫu 1 received on paper and entered by the office (lib/imports/mau1/paper.ts); `now` is its day of receipt. */
    paper?: PaperReceipt;
  },
) {
  const reg = await tx.registration.findUnique({
    where: { id: args.registrationId },
    include: {
      unit: { select: { name: true } },
      ownerUser: { select: { fullName: true } },
      initiatives: { include: { field: { select: { name: true, sortOrder: true } } } },
    },
  });
  if (!reg) throw notFoundError();
  if (reg.lockVersion !== args.lockVersion) throw conflictError();
  if (!args.allowed.includes(reg.status)) throw ruleError("Biểu mẫu không ở trạng thái có thể nộp.");
  if (reg.initiatives.length === 0) {
    throw ruleError(reg.kind === "UNIT" ? NO_ROWS_MESSAGE : "Chưa có nội dung đăng ký nào. Vui lòng thêm ít nhất một nội dung.");
  }

  const rows = [...reg.initiatives].sort((a, b) => a.field.sortOrder - b.field.sortOrder || a.sortOrder - b.sortOrder);
  const snapshot: RegistrationSnapshot = {
    unitName: reg.unit.name,
    ownerName: reg.kind === "INDIVIDUAL" ? (reg.ownerUser?.fullName ?? null) : null,
    fields: args.fields.map((f) => ({ id: f.id, name: f.name, sortOrder: f.sortOrder })),
    rows: rows.map((r) => ({
      initiativeId: r.id,
      fieldId: r.fieldId,
      fieldName: r.field.name,
      fieldOrder: r.field.sortOrder,
      content: r.content,
      type: r.type,
      ownerType: r.ownerType,
      ownerNames: r.ownerNames,
      expectedCompletion: calendarDateToInput(r.expectedCompletion),
      note: r.note,
      level: r.level,
    })),
    ...(args.paper && { paper: { reference: args.paper.reference, receivedOn: calendarDateToInput(args.paper.receivedOn), signedBy: args.paper.signedBy } }),
  };
  const { versionNo, versionIsLate, recordIsLate: registrationIsLate } = await freezeVersion(tx, REGISTRATION, actor.id, {
    record: { ...reg, lockVersion: args.lockVersion },
    from: args.allowed,
    now: args.now,
    dueAt: args.dueAt,
    action: args.action,
    snapshot: () => snapshot,
    ...(args.paper && {
      versionData: { paperReference: args.paper.reference, paperReceivedOn: args.paper.receivedOn, paperSignedBy: args.paper.signedBy },
      reviewComment: paperReceiptText(args.paper),
    }),
  });
  const what = args.paper
    ? `Bộ phận CCHC ghi nhận Mẫu 1 bản giấy của ${reg.unit.name}`
    : reg.kind === "UNIT"
      ? "Nộp Mẫu 1"
      : `Xác nhận và nộp đăng ký cá nhân của ${reg.ownerUser?.fullName ?? ""}`.trim();
  await writeAudit(tx, actor.id, {
    action: args.action === "CONFIRM" ? "registration.confirm" : "registration.submit",
    entityType: "Registration",
    entityId: reg.id,
    unitId: reg.unitId,
    campaignId: reg.campaignId,
    before: { status: reg.status, submittedVersion: reg.submittedVersion },
    after: { status: "SUBMITTED", submittedVersion: versionNo, isLate: versionIsLate, submittedAt: args.now.toISOString() },
    summary: `${what} (phiên bản ${versionNo})${versionIsLate ? " – trễ hạn" : ""}, ${args.paper ? paperReceiptText(args.paper) : `lúc ${formatDateTimeVN(args.now)}`}`,
  });
  return { registrationId: reg.id, versionNo, isLate: versionIsLate, registrationIsLate, lockVersion: args.lockVersion + 1 };
}

/** "Lưu nháp" of a unit's Mẫu 1 (head or staff of that unit). */
export async function saveUnitRegistration(actor: SessionUser, input: RegistrationForm): Promise<SaveResult> {
  const db = await getDb();
  const ctx = await loadEditContext(db, actor, input, "UNIT");
  return inTransaction((tx) => writeDraft(tx, actor, ctx, "UNIT"));
}

/**
 * "Xác nhận và nộp": only a UNIT_HEAD of the unit. Saves the pending edits (same lockVersion path)
 * and freezes version n+1, in one transaction. After the unit's effective deadline (extension included)
 * the submission is accepted but late; at or after the effective hard cut-off it is refused.
 */
export async function submitUnitRegistration(actor: SessionUser, input: RegistrationForm, now: Date = new Date()) {
  const db = await getDb();
  const ctx = await loadEditContext(db, actor, input, "UNIT");
  if (!can(actor.roles, "submit:registration", ctx.unit)) throw new DomainError("FORBIDDEN", HEAD_ONLY_MESSAGE);
  if (input.confirmed !== true) throw ruleError(CONFIRM_REQUIRED_MESSAGE, { confirmed: CONFIRM_REQUIRED_MESSAGE });
  return inTransaction(async (tx) => {
    // Past the cut-off the whole transaction is refused, nothing is saved; the editor keeps the input on screen.
    const dueAt = await unitRegistrationDeadline(tx, ctx.campaign.milestones[0], ctx.unit.id, now);
    const saved = await writeDraft(tx, actor, ctx, "UNIT");
    const result = await freezeSubmission(tx, actor, {
      registrationId: saved.registrationId,
      lockVersion: saved.lockVersion,
      fields: ctx.campaign.fields,
      dueAt,
      now,
      action: "SUBMIT",
      allowed: REGISTRATION.editable,
    });
    return { ...result, rows: saved.rows };
  });
}
