import "server-only";
import { notFoundError } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { SUBMISSION_STATUS_LABELS } from "@/lib/submissions/statuses";
import { REGISTRATION } from "@/lib/submissions/kinds";
import { acceptSubmission, assertReviewable, returnSubmission } from "@/lib/submissions/review";
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
  // The list of accepted public ideas (kind PUBLIC, issue 14) is written by moderation, never reviewed.
  if (!reg || reg.kind === "PUBLIC" || reg.campaignId !== campaignId || !can(actor.roles, "review:registration", reg.campaign.issuingUnit)) throw notFoundError();
  assertReviewable(
    REGISTRATION,
    reg,
    lockVersion,
    () => `Chỉ xem xét được biểu mẫu đã nộp và đang chờ tiếp nhận (biểu mẫu này đang ở trạng thái “${SUBMISSION_STATUS_LABELS[reg.status]}”).`,
  );
  return { ...reg, kind: reg.kind as "UNIT" | "INDIVIDUAL" };
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
  return returnSubmission(REGISTRATION, actor.id, reg, {
    comment: input.comment,
    summary: `Trả lại Mẫu 1 của ${reg.unit.name} (phiên bản ${reg.submittedVersion}) để chỉnh sửa: ${input.comment}`,
    notice: {
      ...recipientsOf(reg, actor.id),
      title: `Bộ phận CCHC trả lại Mẫu 1 (${reg.campaign.documentNumber}) để chỉnh sửa`,
      lines: [`${reg.unit.name}: Mẫu 1 phiên bản ${reg.submittedVersion} được trả lại.`, `Nội dung cần chỉnh sửa: ${input.comment}`, "Chỉnh sửa rồi xác nhận và nộp lại; các phiên bản đã nộp vẫn được lưu."],
    },
  });
}

/** The office accepts a submitted Mẫu 1 (tiếp nhận). */
export async function acceptRegistration(actor: Actor, input: AcceptRegistrationInput) {
  const reg = await loadForReview(actor, input.campaignId, input.registrationId, input.lockVersion);
  const { lockVersion } = await acceptSubmission(REGISTRATION, actor.id, reg, {
    summary: `Tiếp nhận Mẫu 1 của ${reg.unit.name} (phiên bản ${reg.submittedVersion})`,
    notice: {
      ...recipientsOf(reg, actor.id),
      title: `Bộ phận CCHC đã tiếp nhận Mẫu 1 (${reg.campaign.documentNumber})`,
      lines: [`${reg.unit.name}: Mẫu 1 phiên bản ${reg.submittedVersion} đã được tiếp nhận.`],
    },
  });
  return { status: "ACCEPTED" as const, lockVersion };
}
