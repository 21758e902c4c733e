import "server-only";
import { conflictError, DomainError, forbiddenError, MESSAGES, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { shiftCalendarDateByYears, shiftDueAtByYears } from "@/lib/time/vn";
import { campaignAuditSnapshot, duplicateNumberMessage } from "./checks";
import { publishProblems, type CloneCampaignValues } from "./schemas";

/** A campaign's life after drafting: publish (DRAFT → PUBLISHED), close (PUBLISHED → CLOSED), clone into a new year. */

async function loadManaged(actor: SessionUser, id: string) {
  const db = await getDb();
  const c = await db.campaign.findUnique({
    where: { id },
    include: {
      issuingUnit: { select: { id: true, path: true } },
      milestones: { select: { name: true, kind: true, dueAt: true } },
      units: { select: { unit: { select: { name: true, status: true } } } },
      _count: { select: { fields: true } },
    },
  });
  if (!c || !can(actor.roles, "read:campaign", c.issuingUnit)) throw notFoundError();
  if (!can(actor.roles, "manage:campaign", c.issuingUnit)) throw forbiddenError();
  return { db, c };
}

/** Publishes a complete draft; refused with the list of what is missing. */
export async function publishCampaign(actor: SessionUser, id: string, lockVersion: number, now = new Date()) {
  const { c } = await loadManaged(actor, id);
  if (c.status !== "DRAFT") throw ruleError("Chỉ ban hành được kế hoạch đang là bản nháp.");
  if (c.lockVersion !== lockVersion) throw conflictError();
  const problems = publishProblems({
    unitCount: c.units.length,
    closedUnitNames: c.units.filter((u) => u.unit.status !== "ACTIVE").map((u) => u.unit.name),
    fieldCount: c._count.fields,
    registrationLevels: c.registrationLevels,
    milestones: c.milestones,
  });
  if (problems.length) {
    throw ruleError(
      "Chưa thể ban hành kế hoạch. Vui lòng bổ sung:",
      Object.fromEntries(problems.map((p, i) => [`publish.${i}`, p])),
    );
  }
  return inTransaction(async (tx) => {
    const res = await tx.campaign.updateMany({
      where: { id, lockVersion, status: "DRAFT" },
      data: { status: "PUBLISHED", publishedAt: now, lockVersion: { increment: 1 } },
    });
    if (res.count === 0) throw conflictError();
    await writeAudit(tx, actor.id, {
      action: "campaign.publish",
      entityType: "Campaign",
      entityId: id,
      unitId: c.issuingUnitId,
      campaignId: id,
      before: { status: "DRAFT" },
      after: { status: "PUBLISHED", publishedAt: now.toISOString(), unitCount: c.units.length },
      summary: `Ban hành kế hoạch ${c.documentNumber} cho ${c.units.length} đơn vị`,
    });
    return { id };
  });
}

/** Ends a published campaign. */
export async function closeCampaign(actor: SessionUser, id: string, lockVersion: number) {
  const { c } = await loadManaged(actor, id);
  if (c.status !== "PUBLISHED") throw ruleError("Chỉ kết thúc được kế hoạch đã ban hành.");
  if (c.lockVersion !== lockVersion) throw conflictError();
  return inTransaction(async (tx) => {
    const res = await tx.campaign.updateMany({
      where: { id, lockVersion, status: "PUBLISHED" },
      data: { status: "CLOSED", lockVersion: { increment: 1 } },
    });
    if (res.count === 0) throw conflictError();
    await writeAudit(tx, actor.id, {
      action: "campaign.close",
      entityType: "Campaign",
      entityId: id,
      unitId: c.issuingUnitId,
      campaignId: id,
      before: { status: "PUBLISHED" },
      after: { status: "CLOSED" },
      summary: `Kết thúc kế hoạch ${c.documentNumber}`,
    });
    return { id };
  });
}

/**
 * Copies a campaign into another year as a new DRAFT: plan texts, criteria, fields, levels,
 * participating units still active, the receiving unit, milestones (due, cut-off and opening dates)
 * and period shifted by the year difference.
 * The parent campaign is not copied (the level above issues a new plan each year).
 */
export async function cloneCampaign(actor: SessionUser, sourceId: string, input: CloneCampaignValues) {
  const db = await getDb();
  const src = await db.campaign.findUnique({
    where: { id: sourceId },
    include: {
      issuingUnit: { select: { id: true, path: true, status: true } },
      receivingUnit: { select: { status: true } },
      criteria: true,
      fields: { orderBy: { sortOrder: "asc" } },
      milestones: { orderBy: [{ sortOrder: "asc" }, { dueAt: "asc" }] },
      units: { where: { unit: { status: "ACTIVE" } }, select: { unitId: true } },
    },
  });
  if (!src || !can(actor.roles, "read:campaign", src.issuingUnit)) throw notFoundError();
  if (!can(actor.roles, "manage:campaign", src.issuingUnit)) throw forbiddenError();
  if (src.issuingUnit.status !== "ACTIVE") throw ruleError("Đơn vị ban hành đã ngừng hoạt động: không thể nhân bản kế hoạch.");
  const years = input.year - src.year;
  const duplicate = await duplicateNumberMessage(db, src.issuingUnit.id, input.documentNumber, input.year);
  if (duplicate) throw new DomainError("VALIDATION", MESSAGES.VALIDATION, { documentNumber: duplicate });

  return inTransaction(async (tx) => {
    const created = await tx.campaign.create({
      data: {
        documentNumber: input.documentNumber,
        issuedOn: shiftCalendarDateByYears(src.issuedOn, years),
        year: input.year,
        issuingUnitId: src.issuingUnitId,
        signerName: src.signerName,
        signerTitle: src.signerTitle,
        title: src.title.replaceAll(String(src.year), String(input.year)),
        theme: src.theme,
        legalBases: src.legalBases,
        purpose: src.purpose,
        participantsText: src.participantsText,
        registrationLevels: src.registrationLevels,
        // the receiving body stays the same from year to year (not when it has closed since)
        receivingUnitId: src.receivingUnit?.status === "ACTIVE" ? src.receivingUnitId : null,
        reminderOffsetsDays: src.reminderOffsetsDays,
        remindMorningAfter: src.remindMorningAfter,
        remindWeeklyOverdue: src.remindWeeklyOverdue,
        startsOn: shiftCalendarDateByYears(src.startsOn, years),
        endsOn: shiftCalendarDateByYears(src.endsOn, years),
        status: "DRAFT",
        clonedFromId: src.id,
        createdById: actor.id,
        criteria: { create: src.criteria.map((c) => ({ participantType: c.participantType, content: c.content, sortOrder: c.sortOrder })) },
        fields: { create: src.fields.map((f) => ({ name: f.name, sortOrder: f.sortOrder })) },
        milestones: {
          create: src.milestones.map((m) => ({
            kind: m.kind,
            name: m.name,
            deliverable: m.deliverable,
            responsibleRole: m.responsibleRole,
            dueAt: shiftDueAtByYears(m.dueAt, years),
            hardCutoffAt: m.hardCutoffAt ? shiftDueAtByYears(m.hardCutoffAt, years) : null,
            opensAt: m.opensAt ? shiftDueAtByYears(m.opensAt, years) : null,
            sortOrder: m.sortOrder,
          })),
        },
        units: { create: src.units.map((u) => ({ unitId: u.unitId })) },
      },
      select: { id: true },
    });
    await writeAudit(tx, actor.id, {
      action: "campaign.clone",
      entityType: "Campaign",
      entityId: created.id,
      unitId: src.issuingUnitId,
      campaignId: created.id,
      before: { clonedFromId: src.id, documentNumber: src.documentNumber, year: src.year },
      after: await campaignAuditSnapshot(tx, created.id),
      summary: `Nhân bản từ kế hoạch ${src.documentNumber} (năm ${src.year}) sang năm ${input.year}: ${input.documentNumber}`,
    });
    return created;
  });
}
