import "server-only";
import { loadEffectiveDeadlines } from "@/lib/deadlines/queries";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { ReviewAction } from "@/lib/generated/prisma/enums";
import type { RegistrationSnapshot } from "@/lib/registrations/snapshot";
import { REGISTRATION } from "@/lib/submissions/kinds";
import { HISTORY_SELECT, historyOf, SUBMISSION_SELECT } from "@/lib/submissions/history";

type Actor = Pick<SessionUser, "roles">;

export const REVIEW_ACTION_LABELS: Record<ReviewAction, string> = {
  SUBMIT: "Nộp biểu mẫu",
  RETURN: "Trả lại để chỉnh sửa",
  ACCEPT: "Tiếp nhận",
  CONFIRM: "Trưởng đơn vị xác nhận",
};

/**
 * A unit's Mẫu 1 as the office sees it: the submitted versions (never the unit's live draft), the
 * review history and what the viewer may do. Null when the form does not belong to the campaign,
 * does not exist, or the viewer may not read registrations of the campaign's issuing unit.
 */
export async function getRegistrationForReview(actor: Actor, campaignId: string, registrationId: string, versionNo?: number) {
  const db = await getDb();
  const reg = await db.registration.findUnique({
    where: { id: registrationId },
    select: {
      ...SUBMISSION_SELECT,
      ...HISTORY_SELECT,
      campaignId: true,
      kind: true,
      unit: { select: { id: true, name: true, status: true } },
      ownerUser: { select: { fullName: true } },
      campaign: {
        select: {
          id: true,
          documentNumber: true,
          title: true,
          issuingUnit: { select: { id: true, path: true, name: true } },
          fields: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true, sortOrder: true } },
          milestones: { where: { kind: "REGISTRATION" }, orderBy: { dueAt: "asc" }, take: 1, select: { id: true, dueAt: true, hardCutoffAt: true, name: true } },
        },
      },
    },
  });
  if (!reg || reg.campaignId !== campaignId || !can(actor.roles, "read:registration", reg.campaign.issuingUnit)) return null;

  const latest = reg.versions[0]?.versionNo;
  const selectedNo = versionNo && reg.versions.some((v) => v.versionNo === versionNo) ? versionNo : latest;
  const milestone = reg.campaign.milestones[0];
  // The unit's own deadline: the office may have extended it.
  const deadlineOf = milestone ? await loadEffectiveDeadlines([milestone], [reg.unit.id]) : null;
  const deadline = milestone && deadlineOf ? deadlineOf(milestone, reg.unit.id) : null;
  const selected = selectedNo
    ? await db.registrationVersion.findUnique({
        where: { registrationId_versionNo: { registrationId: reg.id, versionNo: selectedNo } },
        select: { versionNo: true, snapshot: true, submittedAt: true, isLate: true },
      })
    : null;
  const history = historyOf(reg);
  const reviewer = can(actor.roles, "review:registration", reg.campaign.issuingUnit);

  return {
    registration: {
      id: reg.id,
      kind: reg.kind,
      status: reg.status,
      submittedVersion: reg.submittedVersion,
      firstSubmittedAt: reg.firstSubmittedAt,
      lastSubmittedAt: reg.lastSubmittedAt,
      isLate: reg.isLate,
      returnComment: reg.returnComment,
      acceptedAt: reg.acceptedAt,
      lockVersion: reg.lockVersion,
      unit: reg.unit,
      ownerName: reg.ownerUser?.fullName ?? null,
    },
    campaign: {
      id: reg.campaign.id,
      documentNumber: reg.campaign.documentNumber,
      title: reg.campaign.title,
      fields: reg.campaign.fields,
      registrationDueAt: deadline?.dueAt ?? null,
      registrationPlanDueAt: milestone?.dueAt ?? null,
      extensionReason: deadline?.extension?.reason ?? null,
    },
    versions: history.versions,
    selected: selected
      ? { versionNo: selected.versionNo, submittedAt: selected.submittedAt, isLate: selected.isLate, snapshot: selected.snapshot as unknown as RegistrationSnapshot, isLatest: selected.versionNo === latest }
      : null,
    reviews: history.reviews,
    canReviewNow: reviewer && REGISTRATION.canReview(reg.status),
    isReviewer: reviewer,
  };
}

export type RegistrationReviewView = NonNullable<Awaited<ReturnType<typeof getRegistrationForReview>>>;
