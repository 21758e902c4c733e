import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { conflictError, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { loadEffectiveDeadlines } from "@/lib/deadlines/queries";
import { getDb } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { dueAtForBeforeDay, formatDateTimeVN, formatDateVN, formatDeadline } from "@/lib/time/vn";
import { campaignForExtensions, UNIT_ROLES } from "./access";
import { deliverableOf, submittedRefusal } from "./rules";
import type { GrantExtensionValues } from "./schemas";

export const NOT_PARTICIPATING_MESSAGE = "Đơn vị này không tham gia kế hoạch thi đua.";
export const OTHER_CAMPAIGN_MESSAGE = "Mốc này không thuộc kế hoạch thi đua.";
export const NOT_UNIT_MILESTONE_MESSAGE = "Chỉ gia hạn được các mốc do đơn vị thực hiện (trưởng đơn vị, cán bộ đơn vị).";
export const CAMPAIGN_NOT_OPEN_MESSAGE = "Chỉ gia hạn được khi kế hoạch đã ban hành và chưa kết thúc.";

export const notLaterMessage = (currentDueAt: Date) => `Ngày gia hạn phải sau hạn hiện tại (${formatDeadline(currentDueAt)})`;
export { alreadySubmittedMessage } from "./rules";

/**
 * The CCHC office of the campaign's issuing unit grants one participating unit a new due date for one
 * milestone the unit answers for. Refused when the date is not later than the unit's current effective
 * due date, or when what the milestone asks of the unit is already submitted or accepted: its Mẫu 1
 * (registration milestone) or its report of the phase (mid-term / final report milestone). A draft, a
 * returned record or none can be extended.
 */
export async function grantExtension(actor: SessionUser, input: GrantExtensionValues) {
  const db = await getDb();
  const campaign = await campaignForExtensions(db, actor, input.campaignId);
  if (!campaign) throw notFoundError();
  if (campaign.status !== "PUBLISHED") throw ruleError(CAMPAIGN_NOT_OPEN_MESSAGE);

  const milestone = await db.milestone.findUnique({ where: { id: input.milestoneId } });
  if (!milestone || milestone.campaignId !== campaign.id) throw ruleError(OTHER_CAMPAIGN_MESSAGE, { milestoneId: OTHER_CAMPAIGN_MESSAGE });
  if (!(UNIT_ROLES as readonly string[]).includes(milestone.responsibleRole)) {
    throw ruleError(NOT_UNIT_MILESTONE_MESSAGE, { milestoneId: NOT_UNIT_MILESTONE_MESSAGE });
  }
  const participation = await db.campaignUnit.findUnique({
    where: { campaignId_unitId: { campaignId: campaign.id, unitId: input.unitId } },
    select: { unit: { select: { id: true, name: true } } },
  });
  if (!participation) throw ruleError(NOT_PARTICIPATING_MESSAGE, { unitId: NOT_PARTICIPATING_MESSAGE });
  const unit = participation.unit;
  const dueAt = dueAtForBeforeDay(input.beforeDay);

  return inTransaction(async (tx) => {
    // Already handed in: nothing to extend (whatever the date asked for).
    const deliverable = deliverableOf(milestone.kind);
    const record =
      deliverable?.kind === "REGISTRATION"
        ? await tx.registration.findUnique({
            where: { campaignId_unitId_ownerKey: { campaignId: campaign.id, unitId: unit.id, ownerKey: "UNIT" } },
            select: { status: true, lastSubmittedAt: true, firstSubmittedAt: true },
          })
        : deliverable?.kind === "REPORT"
          ? await tx.report.findUnique({
              where: { campaignId_unitId_phase: { campaignId: campaign.id, unitId: unit.id, phase: deliverable.phase } },
              select: { status: true, lastSubmittedAt: true, firstSubmittedAt: true },
            })
          : null;
    const refusal = submittedRefusal(milestone.kind, record);
    if (refusal) throw ruleError(refusal, { unitId: refusal });
    const current = (await loadEffectiveDeadlines([milestone], [unit.id], tx))(milestone, unit.id);
    if (dueAt.getTime() <= current.dueAt.getTime()) {
      const msg = notLaterMessage(current.dueAt);
      throw ruleError(msg, { beforeDay: msg });
    }
    const ext = await tx.milestoneExtension.create({
      data: { milestoneId: milestone.id, unitId: unit.id, dueAt, reason: input.reason, grantedById: actor.id },
    });
    await writeAudit(tx, actor.id, {
      action: "extension.grant",
      entityType: "MilestoneExtension",
      entityId: ext.id,
      unitId: unit.id,
      campaignId: campaign.id,
      before: { milestoneId: milestone.id, dueAt: current.dueAt.toISOString(), extensionId: current.extension?.id ?? null },
      after: { milestoneId: milestone.id, dueAt: dueAt.toISOString(), reason: input.reason },
      summary: `Gia hạn “${milestone.name}” cho ${unit.name} đến trước ngày ${formatDateVN(dueAt)} (hạn trước đó: trước ngày ${formatDateVN(current.dueAt)})`,
    });
    return { extensionId: ext.id, dueAt, unitName: unit.name };
  });
}

/** The office withdraws an extension: the unit's deadline falls back to the previous one. History kept. */
export async function revokeExtension(actor: SessionUser, input: { extensionId: string }, now: Date = new Date()) {
  const db = await getDb();
  const ext = await db.milestoneExtension.findUnique({
    where: { id: input.extensionId },
    include: { milestone: { select: { id: true, name: true, campaignId: true } }, unit: { select: { name: true } } },
  });
  if (!ext) throw notFoundError();
  const campaign = await campaignForExtensions(db, actor, ext.milestone.campaignId);
  if (!campaign) throw notFoundError();
  if (ext.revokedAt) throw ruleError(`Gia hạn này đã được thu hồi lúc ${formatDateTimeVN(ext.revokedAt)}.`);
  return inTransaction(async (tx) => {
    const { count } = await tx.milestoneExtension.updateMany({
      where: { id: ext.id, revokedAt: null },
      data: { revokedAt: now, revokedById: actor.id },
    });
    if (count === 0) throw conflictError();
    await writeAudit(tx, actor.id, {
      action: "extension.revoke",
      entityType: "MilestoneExtension",
      entityId: ext.id,
      unitId: ext.unitId,
      campaignId: campaign.id,
      before: { dueAt: ext.dueAt.toISOString(), revokedAt: null },
      after: { dueAt: ext.dueAt.toISOString(), revokedAt: now.toISOString() },
      summary: `Thu hồi gia hạn “${ext.milestone.name}” của ${ext.unit.name} (trước ngày ${formatDateVN(ext.dueAt)})`,
    });
    return { extensionId: ext.id, campaignId: campaign.id };
  });
}
