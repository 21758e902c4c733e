import "server-only";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { NO_PARENT_MESSAGE } from "./mutations";

export const FORWARD_PAGE_SIZE = 50;

/**
 * The "Trình cấp trên" page of a campaign: proposals the council approved (or already sent) whose
 * award form belongs to an organisation above the campaign's issuing unit, with the outcome of the
 * copy in the parent campaign. Null when the user may not read the campaign's awards.
 */
export async function getAwardForwardPage(user: SessionUser, campaignId: string, page: number) {
  const db = await getDb();
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      documentNumber: true,
      title: true,
      issuingUnit: { select: { id: true, path: true, name: true } },
      parentCampaign: {
        select: {
          id: true,
          documentNumber: true,
          title: true,
          issuingUnit: { select: { id: true, path: true, name: true } },
          milestones: { where: { kind: "AWARD_PROPOSAL" }, orderBy: [{ sortOrder: "asc" }, { dueAt: "asc" }], take: 1, select: { dueAt: true } },
        },
      },
    },
  });
  if (!campaign || !can(user.roles, "read:award", campaign.issuingUnit)) return null;
  const org = campaign.issuingUnit;
  const parent = campaign.parentCampaign;
  const where = {
    campaignId,
    status: { in: ["APPROVED" as const, "FORWARDED" as const] },
    awardForm: { organisationUnitId: { not: org.id } },
  };
  const [rows, total, waiting] = await Promise.all([
    db.awardProposal.findMany({
      where,
      // Waiting ones first, then by name.
      orderBy: [{ status: "asc" }, { nomineeName: "asc" }, { id: "asc" }],
      skip: (page - 1) * FORWARD_PAGE_SIZE,
      take: FORWARD_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        nomineeType: true,
        nomineeName: true,
        nomineeDetail: true,
        failsHardCriterion: true,
        unit: { select: { name: true } },
        awardForm: { select: { name: true, organisationUnit: { select: { name: true } } } },
        agendaItems: {
          where: { outcome: "APPROVED" },
          take: 1,
          orderBy: { tallyFrozenAt: "desc" },
          select: { agreeCount: true, invitedCount: true, session: { select: { id: true, title: true } } },
        },
        forwards: {
          select: {
            id: true,
            status: true,
            forwardedAt: true,
            campaign: { select: { id: true, documentNumber: true } },
            decision: { select: { number: true, signedOn: true } },
          },
        },
      },
    }),
    db.awardProposal.count({ where }),
    db.awardProposal.count({ where: { ...where, status: "APPROVED" } }),
  ]);
  const canForward = can(user.roles, "forward:award", org);
  return {
    campaign,
    parent: parent
      ? {
          id: parent.id,
          documentNumber: parent.documentNumber,
          title: parent.title,
          organisationName: parent.issuingUnit.name,
          dueAt: parent.milestones[0]?.dueAt ?? null,
          canRead: can(user.roles, "read:award", parent.issuingUnit) || can(user.roles, "read:campaign", parent.issuingUnit),
        }
      : null,
    blocker: parent ? null : NO_PARENT_MESSAGE,
    canForward,
    rows: rows.map(({ agendaItems, ...r }) => ({ ...r, approval: agendaItems[0] ?? null })),
    total,
    waiting,
    page,
    pageSize: FORWARD_PAGE_SIZE,
  };
}
