import "server-only";
import { conflictError, DomainError, forbiddenError, MESSAGES, notFoundError, ruleError, type FieldErrors } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { can, canAnywhere } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { describeRule, type VotingRule } from "@/lib/council/rules";
import { getDb, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { NOMINEE_TYPE_LABELS } from "@/lib/awards/labels";
import type { ParticipantType } from "@/lib/generated/prisma/enums";
import { organisationsFor } from "./queries";
import { ruleColumns, ruleOfRow, ruleOfValues, type AwardFormValues } from "./schemas";

/**
 * Award forms are reference data of an organisation, edited by its emulation standing office.
 * Editing a form that proposals already use is allowed: criteria and rule changes apply to later
 * submissions and to sessions closed later (a submitted proposal keeps its criteria check in its
 * frozen version), with two guards that protect history: a recipient type that proposals use
 * cannot be removed, and the voting rule cannot change while a session is voting on the form.
 * A form that was used can be deactivated, never deleted.
 */

const DUPLICATE_NAME = "Cơ quan đã có hình thức khen thưởng cùng tên.";

function validation(errors: FieldErrors) {
  return new DomainError("VALIDATION", MESSAGES.VALIDATION, errors);
}

/** Two forms of the same name saved at once: the unique (organisation, name) refused the second. */
const DUPLICATE_NAME_ON_RACE = { onUniqueViolation: () => validation({ name: DUPLICATE_NAME }) };

function rule(input: AwardFormValues): VotingRule {
  const r = ruleOfValues(input);
  // The schema has parsed both shares already.
  if (!r) throw validation({ quorumShare: "Tỷ lệ không hợp lệ." });
  return r;
}

function scalarData(input: AwardFormValues) {
  return {
    name: input.name,
    description: input.description.trim() === "" ? null : input.description,
    recipientTypes: [...new Set(input.recipientTypes)],
    active: input.active,
    ...ruleColumns(rule(input)),
  };
}

const criterionData = (c: AwardFormValues["criteria"][number], i: number) => ({
  content: c.content,
  recipientType: c.recipientType === "" ? null : c.recipientType,
  kind: c.kind,
  hard: c.hard,
  recognitionLevel: c.kind === "INITIATIVE_RECOGNISED" && c.recognitionLevel ? c.recognitionLevel : null,
  sortOrder: i + 1,
});
const documentData = (d: AwardFormValues["documents"][number], i: number) => ({ kind: d.kind, name: d.name, required: d.required, sortOrder: i + 1 });

/** What the audit log keeps of a form (before / after). */
async function auditSnapshot(tx: Tx, id: string) {
  const f = await tx.awardForm.findUniqueOrThrow({
    where: { id },
    include: { criteria: { orderBy: { sortOrder: "asc" } }, documents: { orderBy: { sortOrder: "asc" } } },
  });
  const r = describeRule(ruleOfRow(f));
  return {
    name: f.name,
    description: f.description,
    recipientTypes: f.recipientTypes,
    active: f.active,
    quorum: r.quorum,
    threshold: r.threshold,
    criteria: f.criteria.map((c) => ({ id: c.id, content: c.content, recipientType: c.recipientType, kind: c.kind, hard: c.hard, recognitionLevel: c.recognitionLevel })),
    documents: f.documents.map((d) => ({ id: d.id, kind: d.kind, name: d.name, required: d.required })),
    lockVersion: f.lockVersion,
  };
}

/** Creates a form of an organisation where the actor is the emulation standing office. */
export async function createAwardForm(actor: SessionUser, input: AwardFormValues) {
  if (!canAnywhere(actor.roles, "manage:award-form")) throw forbiddenError();
  const orgs = await organisationsFor(actor, "manage:award-form");
  const org = orgs.find((o) => o.id === input.organisationUnitId);
  if (!org || !can(actor.roles, "manage:award-form", org)) throw notFoundError();
  const db = await getDb();
  const maxOrder = await db.awardForm.aggregate({ where: { organisationUnitId: org.id }, _max: { sortOrder: true } });
  return inTransaction(async (tx) => {
    const created = await tx.awardForm.create({
      data: {
        ...scalarData(input),
        organisationUnitId: org.id,
        sortOrder: (maxOrder._max.sortOrder ?? 0) + 1,
        criteria: { create: input.criteria.map(criterionData) },
        documents: { create: input.documents.map(documentData) },
      },
      select: { id: true, name: true },
    });
    await writeAudit(tx, actor.id, {
      action: "award-form.create",
      entityType: "AwardForm",
      entityId: created.id,
      unitId: org.id,
      after: await auditSnapshot(tx, created.id),
      summary: `Tạo hình thức khen thưởng “${created.name}” của ${org.name}`,
    });
    return { id: created.id, lockVersion: 0 };
  }, DUPLICATE_NAME_ON_RACE);
}

async function loadManaged(actor: SessionUser, id: string) {
  const db = await getDb();
  const current = await db.awardForm.findUnique({
    where: { id },
    include: {
      organisationUnit: { select: { id: true, name: true, path: true } },
      criteria: { select: { id: true } },
      documents: { select: { id: true } },
    },
  });
  if (!current || !can(actor.roles, "manage:award-form", current.organisationUnit)) throw notFoundError();
  return { db, current };
}

const sameRule = (a: VotingRule, b: VotingRule) =>
  a.quorum.numerator === b.quorum.numerator &&
  a.quorum.denominator === b.quorum.denominator &&
  a.quorum.strict === b.quorum.strict &&
  a.threshold.numerator === b.threshold.numerator &&
  a.threshold.denominator === b.threshold.denominator &&
  a.threshold.strict === b.threshold.strict &&
  a.thresholdBase === b.thresholdBase;

/** Guards of history: no recipient type that proposals use may go; no rule change while a session votes on the form. */
async function guardHistory(tx: Tx, id: string, current: { recipientTypes: ParticipantType[] } & Parameters<typeof ruleOfRow>[0], input: AwardFormValues) {
  const removedTypes = current.recipientTypes.filter((t) => !input.recipientTypes.includes(t));
  if (removedTypes.length) {
    const used = await tx.awardProposal.groupBy({ by: ["nomineeType"], where: { awardFormId: id, nomineeType: { in: removedTypes } }, _count: { _all: true } });
    if (used.length) {
      const list = used.map((u) => `${NOMINEE_TYPE_LABELS[u.nomineeType].toLocaleLowerCase("vi")} (${u._count._all} đề nghị)`).join(", ");
      throw ruleError("Chưa lưu được: đã có đề nghị khen thưởng cho đối tượng bạn muốn bỏ.", {
        recipientTypes: `Không thể bỏ đối tượng đã có đề nghị khen thưởng: ${list}. Hãy ngừng sử dụng hình thức này và tạo hình thức mới nếu cần.`,
      });
    }
  }
  const newRule = rule(input);
  if (!sameRule(newRule, ruleOfRow(current))) {
    const voting = await tx.councilAgendaItem.count({ where: { proposal: { awardFormId: id }, session: { status: "VOTING" } } });
    if (voting) {
      throw ruleError("Chưa lưu được: Hội đồng đang biểu quyết các đề nghị theo hình thức này.", {
        quorumShare: "Đang có phiên họp biểu quyết đề nghị theo hình thức này: chỉ sửa quy tắc biểu quyết sau khi Chủ tịch Hội đồng kết thúc biểu quyết.",
      });
    }
  }
}

/** Saves the whole form. Criteria and documents keep their ids (draft proposals' answers refer to criteria by id). */
export async function updateAwardForm(actor: SessionUser, id: string, input: AwardFormValues) {
  const { current } = await loadManaged(actor, id);
  if (input.lockVersion === undefined || input.lockVersion !== current.lockVersion) throw conflictError();
  if (input.organisationUnitId !== current.organisationUnitId) throw validation({ organisationUnitId: "Không thể đổi cơ quan của hình thức khen thưởng đã tạo." });

  const errors: FieldErrors = {};
  const criterionIds = new Set(current.criteria.map((c) => c.id));
  input.criteria.forEach((c, i) => {
    if (c.id && !criterionIds.has(c.id)) errors[`criteria.${i}.content`] = "Tiêu chí này không còn trên biểu mẫu: hãy tải lại trang.";
  });
  const documentIds = new Set(current.documents.map((d) => d.id));
  input.documents.forEach((d, i) => {
    if (d.id && !documentIds.has(d.id)) errors[`documents.${i}.name`] = "Tài liệu này không còn trên biểu mẫu: hãy tải lại trang.";
  });
  if (Object.keys(errors).length) throw validation(errors);

  const keptCriteria = new Set(input.criteria.map((c) => c.id).filter(Boolean));
  const keptDocuments = new Set(input.documents.map((d) => d.id).filter(Boolean));
  return inTransaction(async (tx) => {
    await guardHistory(tx, id, current, input);
    const before = await auditSnapshot(tx, id);
    const updated = await tx.awardForm.updateMany({ where: { id, lockVersion: input.lockVersion }, data: { ...scalarData(input), lockVersion: { increment: 1 } } });
    if (updated.count === 0) throw conflictError();

    await tx.awardCriterion.deleteMany({ where: { awardFormId: id, id: { notIn: [...keptCriteria] as string[] } } });
    for (const [i, c] of input.criteria.entries()) {
      if (c.id) await tx.awardCriterion.update({ where: { id: c.id, awardFormId: id }, data: criterionData(c, i) });
    }
    const newCriteria = input.criteria.map((c, i) => ({ c, i })).filter(({ c }) => !c.id);
    if (newCriteria.length) await tx.awardCriterion.createMany({ data: newCriteria.map(({ c, i }) => ({ awardFormId: id, ...criterionData(c, i) })) });

    await tx.awardDocumentRequirement.deleteMany({ where: { awardFormId: id, id: { notIn: [...keptDocuments] as string[] } } });
    for (const [i, d] of input.documents.entries()) {
      if (d.id) await tx.awardDocumentRequirement.update({ where: { id: d.id, awardFormId: id }, data: documentData(d, i) });
    }
    const newDocuments = input.documents.map((d, i) => ({ d, i })).filter(({ d }) => !d.id);
    if (newDocuments.length) await tx.awardDocumentRequirement.createMany({ data: newDocuments.map(({ d, i }) => ({ awardFormId: id, ...documentData(d, i) })) });

    const after = await auditSnapshot(tx, id);
    const ruleChanged = before.quorum !== after.quorum || before.threshold !== after.threshold;
    await writeAudit(tx, actor.id, {
      action: "award-form.update",
      entityType: "AwardForm",
      entityId: id,
      unitId: current.organisationUnitId,
      before,
      after,
      summary: `Cập nhật hình thức khen thưởng “${after.name}”${ruleChanged ? ` (quy tắc biểu quyết: ${after.quorum}; ${after.threshold})` : ""}${before.active !== after.active ? (after.active ? " – dùng lại" : " – ngừng sử dụng") : ""}`,
    });
    return { id, lockVersion: after.lockVersion };
  }, DUPLICATE_NAME_ON_RACE);
}

/** Deactivates (no new proposals, not offered in campaigns) or reactivates a form. */
export async function setAwardFormActive(actor: SessionUser, id: string, active: boolean, lockVersion: number) {
  const { current } = await loadManaged(actor, id);
  if (current.lockVersion !== lockVersion) throw conflictError();
  if (current.active === active) return { id, lockVersion };
  return inTransaction(async (tx) => {
    const updated = await tx.awardForm.updateMany({ where: { id, lockVersion }, data: { active, lockVersion: { increment: 1 } } });
    if (updated.count === 0) throw conflictError();
    await writeAudit(tx, actor.id, {
      action: active ? "award-form.activate" : "award-form.deactivate",
      entityType: "AwardForm",
      entityId: id,
      unitId: current.organisationUnitId,
      before: { active: current.active },
      after: { active },
      summary: `${active ? "Dùng lại" : "Ngừng sử dụng"} hình thức khen thưởng “${current.name}”`,
    });
    return { id, lockVersion: lockVersion + 1 };
  });
}

/** Deletes a form nobody has used yet (not even a draft); a used form can only be deactivated. */
export async function deleteAwardForm(actor: SessionUser, id: string, lockVersion: number) {
  const { db, current } = await loadManaged(actor, id);
  if (current.lockVersion !== lockVersion) throw conflictError();
  const used = await db.awardProposal.count({ where: { awardFormId: id } });
  if (used) throw ruleError(`Hình thức này đã được dùng trong ${used} đề nghị khen thưởng: không thể xoá, chỉ có thể ngừng sử dụng.`);
  await inTransaction(async (tx) => {
    const before = await auditSnapshot(tx, id);
    const deleted = await tx.awardForm.deleteMany({ where: { id, lockVersion } });
    if (deleted.count === 0) throw conflictError();
    await writeAudit(tx, actor.id, {
      action: "award-form.delete",
      entityType: "AwardForm",
      entityId: id,
      unitId: current.organisationUnitId,
      before,
      summary: `Xoá hình thức khen thưởng “${current.name}” (chưa được dùng)`,
    });
  });
}
