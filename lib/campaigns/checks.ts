import "server-only";
import { DomainError, MESSAGES, type FieldErrors } from "@/lib/actions/result";
import type { Db, Tx } from "@/lib/db/client";
import { beforeDayOf, calendarDateToInput } from "@/lib/time/vn";
import type { CampaignFormValues } from "./schemas";

/** Server-side checks of a campaign form that need the database. Paths match the form's field names. */

export interface IssuingUnitRef {
  id: string;
  path: string;
}

export interface ExistingCampaignRef {
  id: string;
  parentCampaignId: string | null;
  receivingUnitId?: string | null;
  unitIds: string[];
  fieldIds: string[];
  milestoneIds: string[];
}

/** Returns field errors (empty object: all good). Never trusts unit ids or paths from the client. */
export async function checkCampaignReferences(
  db: Db | Tx,
  input: CampaignFormValues,
  issuing: IssuingUnitRef,
  existing?: ExistingCampaignRef,
): Promise<FieldErrors> {
  const errors: FieldErrors = {};

  const duplicate = await duplicateNumberMessage(db, issuing.id, input.documentNumber, input.year, existing?.id);
  if (duplicate) errors.documentNumber = duplicate;

  // Participating units: existing units, strictly inside the issuing unit's subtree, active
  // (a unit that closed while already taking part may stay until the office removes it).
  if (input.unitIds.length) {
    const found = await db.unit.findMany({
      where: { id: { in: input.unitIds } },
      select: { id: true, name: true, path: true, status: true },
    });
    const byId = new Map(found.map((u) => [u.id, u]));
    const problems: string[] = [];
    if (input.unitIds.some((id) => !byId.has(id))) problems.push("Có đơn vị không tồn tại trong danh mục.");
    for (const u of found) {
      if (u.id === issuing.id || !u.path.startsWith(issuing.path)) {
        problems.push(`Đơn vị “${u.name}” không thuộc phạm vi của đơn vị ban hành.`);
      } else if (u.status !== "ACTIVE" && !existing?.unitIds.includes(u.id)) {
        problems.push(`Đơn vị “${u.name}” đã ngừng hoạt động.`);
      }
    }
    if (problems.length) errors.unitIds = problems.join(" ");
  }

  // Parent campaign: a published campaign issued by a strict ancestor of the issuing unit.
  // Keeping the parent already recorded is allowed even if it was closed since.
  if (input.parentCampaignId) {
    const parent = await db.campaign.findUnique({
      where: { id: input.parentCampaignId },
      select: { id: true, status: true, issuingUnit: { select: { id: true, path: true } } },
    });
    const isAncestor = !!parent && parent.issuingUnit.id !== issuing.id && issuing.path.startsWith(parent.issuingUnit.path);
    const statusOk = !!parent && (parent.status === "PUBLISHED" || parent.id === existing?.parentCampaignId);
    if (!parent || !isAncestor || !statusOk) {
      errors.parentCampaignId = "Kế hoạch cấp trên phải là kế hoạch đã ban hành của một đơn vị cấp trên của đơn vị ban hành.";
    }
  }

  // Receiving unit ("Cơ quan nhận báo cáo, đăng ký"): a unit below the issuing unit (Sở Nội vụ below
  // the City), active unless it is the one already recorded.
  if (input.receivingUnitId) {
    const u = await db.unit.findUnique({ where: { id: input.receivingUnitId }, select: { id: true, path: true, status: true } });
    const inside = !!u && u.id !== issuing.id && u.path.startsWith(issuing.path);
    const statusOk = !!u && (u.status === "ACTIVE" || u.id === existing?.receivingUnitId);
    if (!inside) errors.receivingUnitId = RECEIVING_UNIT_MESSAGE;
    else if (!statusOk) errors.receivingUnitId = "Cơ quan nhận báo cáo, đăng ký đã ngừng hoạt động. Vui lòng chọn cơ quan khác.";
  }

  // Ids of fields and milestones name rows of THIS campaign only.
  input.fields.forEach((f, i) => {
    if (f.id && !existing?.fieldIds.includes(f.id)) errors[`fields.${i}.name`] = "Lĩnh vực này không thuộc kế hoạch. Hãy tải lại trang.";
  });
  input.milestones.forEach((m, i) => {
    if (m.id && !existing?.milestoneIds.includes(m.id)) errors[`milestones.${i}.name`] = "Mốc này không thuộc kế hoạch. Hãy tải lại trang.";
  });
  const dupFieldIds = input.fields.map((f) => f.id).filter((id, i, all) => id && all.indexOf(id) !== i);
  if (dupFieldIds.length) errors.fields = "Danh sách lĩnh vực không hợp lệ. Hãy tải lại trang.";
  const dupMilestoneIds = input.milestones.map((m) => m.id).filter((id, i, all) => id && all.indexOf(id) !== i);
  if (dupMilestoneIds.length) errors.milestones = "Danh sách mốc không hợp lệ. Hãy tải lại trang.";

  return errors;
}

/**
 * A plan's number is the issuing unit's document number for that year ("1128/KH-SQHKT" of 2022): a
 * second plan of the same unit with the same number and year is a typing mistake or a copy made twice,
 * and would make "Kế hoạch 1128/KH-SQHKT" ambiguous everywhere (to-do lists, reports sent up).
 * Compared without case. Null when the number is free.
 */
export async function duplicateNumberMessage(db: Db | Tx, issuingUnitId: string, documentNumber: string, year: number, exceptId?: string) {
  const other = await db.campaign.findFirst({
    where: {
      issuingUnitId,
      year,
      documentNumber: { equals: documentNumber.trim(), mode: "insensitive" },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { documentNumber: true, title: true },
  });
  if (!other) return null;
  // The existing plan as it is recorded, its title cut at a word so the message stays short.
  const title = other.title.length > 80 ? `${other.title.slice(0, 80).replace(/\s+\S*$/, "")}…` : other.title;
  return `Đơn vị đã có kế hoạch số ${other.documentNumber} năm ${year} (“${title}”). Vui lòng kiểm tra lại số, ký hiệu.`;
}

export const RECEIVING_UNIT_MESSAGE = "Cơ quan nhận báo cáo, đăng ký phải là một đơn vị trực thuộc đơn vị ban hành.";

export function throwIfErrors(errors: FieldErrors) {
  if (Object.keys(errors).length) throw new DomainError("VALIDATION", MESSAGES.VALIDATION, errors);
}

/** A compact before/after picture of a campaign for the audit log. */
export async function campaignAuditSnapshot(tx: Tx, id: string) {
  const c = await tx.campaign.findUniqueOrThrow({
    where: { id },
    include: {
      fields: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true } },
      milestones: { orderBy: { sortOrder: "asc" }, select: { id: true, kind: true, name: true, responsibleRole: true, dueAt: true, opensAt: true } },
      units: { select: { unitId: true } },
      criteria: { select: { participantType: true } },
    },
  });
  return {
    documentNumber: c.documentNumber,
    issuedOn: calendarDateToInput(c.issuedOn),
    year: c.year,
    status: c.status,
    title: c.title,
    signer: `${c.signerTitle} ${c.signerName}`,
    theme: c.theme,
    period: `${calendarDateToInput(c.startsOn)} → ${calendarDateToInput(c.endsOn)}`,
    registrationLevels: c.registrationLevels,
    parentCampaignId: c.parentCampaignId,
    receivingUnitId: c.receivingUnitId,
    criteriaCount: c.criteria.length,
    fields: c.fields.map((f) => f.name),
    milestones: c.milestones.map(
      (m) => `${m.kind} · ${m.name} · ${m.responsibleRole} · trước ngày ${beforeDayOf(m.dueAt)}${m.opensAt ? ` · mở nhận từ ngày ${beforeDayOf(m.opensAt)}` : ""}`,
    ),
    unitIds: c.units.map((u) => u.unitId).sort(),
    lockVersion: c.lockVersion,
  };
}
