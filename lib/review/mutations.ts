import "server-only";
import { conflictError, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { notifyReviewOutcome } from "@/lib/notifications/review-outcome";
import { SUBMISSION_STATUS_LABELS } from "@/lib/submissions/statuses";
import { REGISTRATION } from "@/lib/submissions/kinds";
import type { AcceptRegistrationInput, ReturnRegistrationInput } from "./schemas";

type Actor = Pick<SessionUser, "id" | "roles">;

/**
 * Loads the form for the office's review. The permission is checked on the campaign's ISSUING unit,
 * read from the database: anyone else (another Sở's office, unit heads, leaders) gets "not found".
 */
async function loadForReview(actor: Actor, campaignId: string, registrationId: string, lockVersion: number) {
  const db = await getDb();
  const reg = await db.registration.findUnique({
    where: { id: registrationId },
    select: {
      id: true,
      campaignId: true,
      unitId: true,
      kind: true,
      ownerUserId: true,
      status: true,
      lockVersion: true,
      submittedVersion: true,
      unit: { select: { name: true } },
      campaign: { select: { documentNumber: true, issuingUnit: { select: { id: true, path: true } } } },
    },
  });
  if (!reg || reg.campaignId !== campaignId || !can(actor.roles, "review:registration", reg.campaign.issuingUnit)) throw notFoundError();
  if (reg.lockVersion !== lockVersion) throw conflictError();
  if (!REGISTRATION.canReview(reg.status)) {
    throw ruleError(
      `Chỉ xem xét được biểu mẫu đã nộp và đang chờ tiếp nhận (biểu mẫu này đang ở trạng thái “${SUBMISSION_STATUS_LABELS[reg.status]}”).`,
    );
  }
  return reg;
}

/** Who hears of the decision: the unit's heads and staff; for an individual's form, its owner too. */
function recipientsOf(reg: { id: string; campaignId: string; unitId: string; kind: "UNIT" | "INDIVIDUAL"; ownerUserId: string | null }, actorId: string) {
  return {
    unitId: reg.unitId,
    roles: ["UNIT_HEAD", "UNIT_STAFF"] as const,
    extraUserIds: reg.ownerUserId ? [reg.ownerUserId] : [],
    excludeUserId: actorId,
    link: reg.kind === "INDIVIDUAL" ? `/unit/campaigns/${reg.campaignId}/individual?unit=${reg.unitId}` : `/unit/campaigns/${reg.campaignId}?unit=${reg.unitId}`,
    campaignId: reg.campaignId,
  };
}

/** The office sends a submitted Mẫu 1 back to its unit with a comment saying what to correct. */
export async function returnRegistration(actor: Actor, input: ReturnRegistrationInput) {
  const reg = await loadForReview(actor, input.campaignId, input.registrationId, input.lockVersion);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const updated = await tx.registration.updateMany({
      where: { id: reg.id, lockVersion: input.lockVersion, status: "SUBMITTED" },
      data: { status: "RETURNED", returnComment: input.comment, updatedById: actor.id, lockVersion: { increment: 1 } },
    });
    if (updated.count === 0) throw conflictError();
    await tx.registrationReview.create({
      data: { registrationId: reg.id, versionNo: reg.submittedVersion, action: "RETURN", comment: input.comment, actorId: actor.id },
    });
    await writeAudit(tx, actor.id, {
      action: "registration.return",
      entityType: "Registration",
      entityId: reg.id,
      unitId: reg.unitId,
      campaignId: reg.campaignId,
      before: { status: reg.status, lockVersion: reg.lockVersion },
      after: { status: "RETURNED", returnComment: input.comment, lockVersion: reg.lockVersion + 1 },
      summary: `Trả lại Mẫu 1 của ${reg.unit.name} (phiên bản ${reg.submittedVersion}) để chỉnh sửa: ${input.comment}`,
    });
    await notifyReviewOutcome(tx, {
      ...recipientsOf(reg, actor.id),
      title: `Bộ phận CCHC trả lại Mẫu 1 (${reg.campaign.documentNumber}) để chỉnh sửa`,
      lines: [`${reg.unit.name}: Mẫu 1 phiên bản ${reg.submittedVersion} được trả lại.`, `Nội dung cần chỉnh sửa: ${input.comment}`, "Chỉnh sửa rồi xác nhận và nộp lại; các phiên bản đã nộp vẫn được lưu."],
    });
    return { status: "RETURNED" as const, lockVersion: reg.lockVersion + 1 };
  });
}

/** The office accepts a submitted Mẫu 1 (tiếp nhận). */
export async function acceptRegistration(actor: Actor, input: AcceptRegistrationInput) {
  const reg = await loadForReview(actor, input.campaignId, input.registrationId, input.lockVersion);
  const db = await getDb();
  const acceptedAt = new Date();
  return db.$transaction(async (tx) => {
    const updated = await tx.registration.updateMany({
      where: { id: reg.id, lockVersion: input.lockVersion, status: "SUBMITTED" },
      data: { status: "ACCEPTED", acceptedAt, updatedById: actor.id, lockVersion: { increment: 1 } },
    });
    if (updated.count === 0) throw conflictError();
    await tx.registrationReview.create({
      data: { registrationId: reg.id, versionNo: reg.submittedVersion, action: "ACCEPT", comment: null, actorId: actor.id },
    });
    await writeAudit(tx, actor.id, {
      action: "registration.accept",
      entityType: "Registration",
      entityId: reg.id,
      unitId: reg.unitId,
      campaignId: reg.campaignId,
      before: { status: reg.status, lockVersion: reg.lockVersion },
      after: { status: "ACCEPTED", acceptedAt: acceptedAt.toISOString(), lockVersion: reg.lockVersion + 1 },
      summary: `Tiếp nhận Mẫu 1 của ${reg.unit.name} (phiên bản ${reg.submittedVersion})`,
    });
    await notifyReviewOutcome(tx, {
      ...recipientsOf(reg, actor.id),
      title: `Bộ phận CCHC đã tiếp nhận Mẫu 1 (${reg.campaign.documentNumber})`,
      lines: [`${reg.unit.name}: Mẫu 1 phiên bản ${reg.submittedVersion} đã được tiếp nhận.`],
    });
    return { status: "ACCEPTED" as const, lockVersion: reg.lockVersion + 1 };
  });
}
