import "server-only";
import { reminderSettingsFromForm } from "@/lib/reminders/rules";
import { conflictError, DomainError, forbiddenError, MESSAGES, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import type { ParticipantType } from "@/lib/generated/prisma/enums";
import { dueAtForBeforeDay, formatCalendarDate, inputToCalendarDate } from "@/lib/time/vn";
import { campaignAuditSnapshot, checkCampaignReferences, throwIfErrors } from "./checks";
import { PARTICIPANT_TYPES } from "./defaults";
import { opensOnPortal, type CampaignFormValues } from "./schemas";

/** Create and edit a campaign plan. Publishing, closing and cloning live in lifecycle.ts. */

const nullIfEmpty = (s: string) => (s.trim() === "" ? null : s);

function scalarData(input: CampaignFormValues) {
  return {
    documentNumber: input.documentNumber,
    issuedOn: inputToCalendarDate(input.issuedOn),
    year: input.year,
    signerName: input.signerName,
    signerTitle: input.signerTitle,
    title: input.title,
    theme: nullIfEmpty(input.theme),
    legalBases: nullIfEmpty(input.legalBases),
    purpose: nullIfEmpty(input.purpose),
    participantsText: nullIfEmpty(input.participantsText),
    registrationLevels: [...new Set(input.registrationLevels)],
    startsOn: inputToCalendarDate(input.startsOn),
    endsOn: inputToCalendarDate(input.endsOn),
    parentCampaignId: input.parentCampaignId || null,
    receivingUnitId: input.receivingUnitId || null,
    ...reminderSettingsFromForm(input),
  };
}

function criteriaRows(input: CampaignFormValues) {
  return PARTICIPANT_TYPES.flatMap((t: ParticipantType) =>
    input.criteria[t].map((c, i) => ({ participantType: t, content: c.content, sortOrder: i + 1 })),
  );
}

function milestoneData(m: CampaignFormValues["milestones"][number], index: number) {
  return {
    kind: m.kind,
    name: m.name,
    deliverable: nullIfEmpty(m.deliverable),
    responsibleRole: m.responsibleRole,
    dueAt: dueAtForBeforeDay(m.beforeDay),
    hardCutoffAt: m.cutoffDay ? dueAtForBeforeDay(m.cutoffDay) : null,
    // "Mở nhận từ ngày X" = from 00:00 of X, Vietnam time.
    opensAt: m.opensDay && opensOnPortal(m.kind) ? dueAtForBeforeDay(m.opensDay) : null,
    sortOrder: index + 1,
  };
}

/** Creates a DRAFT campaign issued by a unit where the actor is the CCHC office. */
export async function createCampaign(actor: SessionUser, input: CampaignFormValues) {
  const officeRoles = actor.roles.filter((r) => r.role === "CCHC_OFFICE");
  if (officeRoles.length === 0) throw forbiddenError();
  if (!officeRoles.some((r) => r.unitId === input.issuingUnitId)) {
    throw new DomainError("VALIDATION", MESSAGES.VALIDATION, {
      issuingUnitId: "Chỉ được chọn đơn vị mà bạn là Bộ phận CCHC.",
    });
  }
  const db = await getDb();
  const issuing = await db.unit.findUnique({ where: { id: input.issuingUnitId }, select: { id: true, path: true, name: true, status: true } });
  if (!issuing || !can(actor.roles, "manage:campaign", issuing)) throw forbiddenError();
  if (issuing.status !== "ACTIVE") throw ruleError("Đơn vị ban hành đã ngừng hoạt động.", { issuingUnitId: "Đơn vị ban hành đã ngừng hoạt động." });

  throwIfErrors(await checkCampaignReferences(db, input, issuing));

  return inTransaction(async (tx) => {
    const created = await tx.campaign.create({
      data: {
        ...scalarData(input),
        issuingUnitId: issuing.id,
        status: "DRAFT",
        createdById: actor.id,
        criteria: { create: criteriaRows(input) },
        fields: { create: input.fields.map((f, i) => ({ name: f.name, sortOrder: i + 1 })) },
        milestones: { create: input.milestones.map(milestoneData) },
        units: { create: input.unitIds.map((unitId) => ({ unitId })) },
      },
      select: { id: true, documentNumber: true },
    });
    await writeAudit(tx, actor.id, {
      action: "campaign.create",
      entityType: "Campaign",
      entityId: created.id,
      unitId: issuing.id,
      campaignId: created.id,
      after: await campaignAuditSnapshot(tx, created.id),
      summary: `Tạo kế hoạch ${created.documentNumber}`,
    });
    return created;
  });
}

/**
 * Saves the whole plan of a campaign the actor manages. Child rows are merged, not recreated:
 * fields and milestones keep their ids (initiatives keep their field), removed ones are deleted
 * (refused for a field that already has initiatives), new ones are created.
 */
export async function updateCampaign(actor: SessionUser, id: string, input: CampaignFormValues) {
  const db = await getDb();
  const current = await db.campaign.findUnique({
    where: { id },
    include: {
      issuingUnit: { select: { id: true, path: true } },
      fields: { select: { id: true, name: true } },
      milestones: { select: { id: true } },
      units: { select: { unitId: true } },
    },
  });
  if (!current || !can(actor.roles, "read:campaign", current.issuingUnit)) throw notFoundError();
  if (!can(actor.roles, "manage:campaign", current.issuingUnit)) throw forbiddenError();
  if (current.status === "CLOSED") throw ruleError("Kế hoạch đã kết thúc, không thể sửa.");
  if (input.lockVersion === undefined || input.lockVersion !== current.lockVersion) throw conflictError();
  if (input.issuingUnitId !== current.issuingUnitId) {
    throw new DomainError("VALIDATION", MESSAGES.VALIDATION, { issuingUnitId: "Không thể đổi đơn vị ban hành của kế hoạch đã tạo." });
  }

  // A published plan stays complete: units are working on it.
  if (current.status === "PUBLISHED") {
    const errors: Record<string, string> = {};
    if (input.unitIds.length === 0) errors.unitIds = "Kế hoạch đã ban hành phải có ít nhất một đơn vị tham gia.";
    if (input.fields.length === 0) errors.fields = "Kế hoạch đã ban hành phải có ít nhất một lĩnh vực.";
    if (!input.milestones.some((m) => m.kind === "REGISTRATION")) errors.milestones = "Kế hoạch đã ban hành phải có mốc đăng ký (Mẫu 1).";
    throwIfErrors(errors);
  }

  const existingUnitIds = current.units.map((u) => u.unitId);
  throwIfErrors(
    await checkCampaignReferences(db, input, current.issuingUnit, {
      id: current.id,
      parentCampaignId: current.parentCampaignId,
      receivingUnitId: current.receivingUnitId,
      unitIds: existingUnitIds,
      fieldIds: current.fields.map((f) => f.id),
      milestoneIds: current.milestones.map((m) => m.id),
    }),
  );

  const keptFieldIds = new Set(input.fields.map((f) => f.id).filter(Boolean));
  const removedFields = current.fields.filter((f) => !keptFieldIds.has(f.id));
  const keptMilestoneIds = new Set(input.milestones.map((m) => m.id).filter(Boolean));
  const removedMilestoneIds = current.milestones.filter((m) => !keptMilestoneIds.has(m.id)).map((m) => m.id);
  const wanted = new Set(input.unitIds);
  const removedUnitIds = existingUnitIds.filter((u) => !wanted.has(u));
  const addedUnitIds = input.unitIds.filter((u) => !existingUnitIds.includes(u));
  const data = scalarData(input);

  return inTransaction(async (tx) => {
    const before = await campaignAuditSnapshot(tx, id);
    const updated = await tx.campaign.updateMany({
      where: { id, lockVersion: input.lockVersion },
      data: { ...data, lockVersion: { increment: 1 } },
    });
    if (updated.count === 0) throw conflictError();

    await guardRemovals(tx, id, removedFields, removedUnitIds, data.startsOn, data.endsOn);

    // Reform fields: (campaignId, sortOrder) is unique, so move kept rows out of the way first.
    if (removedFields.length) await tx.reformField.deleteMany({ where: { id: { in: removedFields.map((f) => f.id) }, campaignId: id } });
    const kept = input.fields.map((f, i) => ({ ...f, sortOrder: i + 1 })).filter((f) => f.id);
    for (const f of kept) await tx.reformField.update({ where: { id: f.id!, campaignId: id }, data: { sortOrder: -f.sortOrder } });
    for (const f of kept) await tx.reformField.update({ where: { id: f.id!, campaignId: id }, data: { sortOrder: f.sortOrder, name: f.name } });
    const newFields = input.fields.map((f, i) => ({ ...f, sortOrder: i + 1 })).filter((f) => !f.id);
    if (newFields.length) {
      await tx.reformField.createMany({ data: newFields.map((f) => ({ campaignId: id, name: f.name, sortOrder: f.sortOrder })) });
    }

    // Milestones.
    if (removedMilestoneIds.length) await tx.milestone.deleteMany({ where: { id: { in: removedMilestoneIds }, campaignId: id } });
    for (const [i, m] of input.milestones.entries()) {
      if (m.id) await tx.milestone.update({ where: { id: m.id, campaignId: id }, data: milestoneData(m, i) });
    }
    const newMilestones = input.milestones.map((m, i) => ({ m, i })).filter(({ m }) => !m.id);
    if (newMilestones.length) {
      await tx.milestone.createMany({ data: newMilestones.map(({ m, i }) => ({ campaignId: id, ...milestoneData(m, i) })) });
    }

    // Criteria have no dependants: replace them.
    await tx.campaignCriterion.deleteMany({ where: { campaignId: id } });
    const criteria = criteriaRows(input);
    if (criteria.length) await tx.campaignCriterion.createMany({ data: criteria.map((c) => ({ campaignId: id, ...c })) });

    // Participating units.
    if (removedUnitIds.length) await tx.campaignUnit.deleteMany({ where: { campaignId: id, unitId: { in: removedUnitIds } } });
    if (addedUnitIds.length) await tx.campaignUnit.createMany({ data: addedUnitIds.map((unitId) => ({ campaignId: id, unitId })) });

    const after = await campaignAuditSnapshot(tx, id);
    await writeAudit(tx, actor.id, {
      action: "campaign.update",
      entityType: "Campaign",
      entityId: id,
      unitId: current.issuingUnitId,
      campaignId: id,
      before,
      after,
      summary: `Cập nhật kế hoạch ${after.documentNumber}${current.status === "PUBLISHED" ? " (đã ban hành)" : ""}`,
    });
    return { id, lockVersion: after.lockVersion };
  });
}

/** Refuses changes that would orphan what units already registered. Runs inside the transaction. */
async function guardRemovals(
  tx: Tx,
  campaignId: string,
  removedFields: { id: string; name: string }[],
  removedUnitIds: string[],
  startsOn: Date,
  endsOn: Date,
) {
  const errors: Record<string, string> = {};
  if (removedFields.length) {
    const used = await tx.initiative.groupBy({
      by: ["fieldId"],
      where: { campaignId, fieldId: { in: removedFields.map((f) => f.id) } },
      _count: { _all: true },
    });
    if (used.length) {
      errors.fields = used
        .map((u) => {
          const name = removedFields.find((f) => f.id === u.fieldId)?.name ?? "";
          return `Không thể xoá lĩnh vực “${name}” vì đã có ${u._count._all} mô hình, giải pháp, sáng kiến đăng ký trong lĩnh vực này.`;
        })
        .join(" ");
    }
  }
  if (removedUnitIds.length) {
    const regs = await tx.registration.findMany({
      where: { campaignId, unitId: { in: removedUnitIds } },
      select: { unit: { select: { name: true } } },
      distinct: ["unitId"],
    });
    if (regs.length) {
      errors.unitIds = `Không thể bỏ đơn vị đã lập Mẫu 1: ${regs.map((r) => r.unit.name).join(", ")}.`;
    }
  }
  const outside = await tx.initiative.count({
    where: { campaignId, OR: [{ expectedCompletion: { lt: startsOn } }, { expectedCompletion: { gt: endsOn } }] },
  });
  if (outside) {
    errors.endsOn = `Có ${outside} mô hình, giải pháp, sáng kiến đã đăng ký có tiến độ hoàn thành nằm ngoài thời gian ${formatCalendarDate(startsOn)} – ${formatCalendarDate(endsOn)}.`;
  }
  if (Object.keys(errors).length) {
    throw ruleError("Chưa lưu được: thay đổi này ảnh hưởng đến nội dung các đơn vị đã đăng ký.", errors);
  }
}
