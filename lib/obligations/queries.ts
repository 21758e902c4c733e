import "server-only";
import type { ScopedRole } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { loadEffectiveDeadlines } from "@/lib/deadlines/queries";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AwardProposalStatus, BallotMode } from "@/lib/generated/prisma/enums";
import { phaseOfMilestoneKind } from "@/lib/reports/phase";
import { formatDateTimeVN } from "@/lib/time/vn";
import { deriveAwardTasks, type AwardTask, type ProposalGroupInput, type ProposalStatusCounts, type VotingSessionInput } from "./awards";
import {
  deriveObligations,
  obligationUnitsFor,
  OFFICE_ROLES,
  sortByUrgency,
  UNIT_ROLES,
  type AwardProposalCountInput,
  type CouncilReviewInput,
  type Obligation,
  type ObligationCampaignInput,
} from "./rules";

/** The units' award proposals of the campaigns, counted per (campaign, unit, status, lateness): one GROUP BY. */
export async function loadUnitAwardCounts(campaignIds: readonly string[], unitIds: readonly string[]): Promise<AwardProposalCountInput[]> {
  if (!campaignIds.length || !unitIds.length) return [];
  const db = await getDb();
  const groups = await db.awardProposal.groupBy({
    by: ["campaignId", "unitId", "status", "isLate"],
    where: { campaignId: { in: [...campaignIds] }, unitId: { in: [...unitIds] } },
    _count: { _all: true },
  });
  return groups.map((g) => ({ campaignId: g.campaignId, unitId: g.unitId, status: g.status, isLate: g.isLate, n: g._count._all }));
}

/** For each campaign: its proposals per status and its closed council sessions (two GROUP BYs, in parallel). */
export async function loadCouncilReviews(campaignIds: readonly string[]): Promise<CouncilReviewInput[]> {
  if (!campaignIds.length) return [];
  const db = await getDb();
  const [byStatus, closed] = await Promise.all([
    db.awardProposal.groupBy({ by: ["campaignId", "status"], where: { campaignId: { in: [...campaignIds] } }, _count: { _all: true } }),
    db.councilSession.groupBy({ by: ["campaignId"], where: { campaignId: { in: [...campaignIds] }, status: "CLOSED" }, _count: { _all: true } }),
  ]);
  const closedOf = new Map(closed.map((c) => [c.campaignId, c._count._all]));
  return campaignIds.map((campaignId) => {
    const counts: ProposalStatusCounts = {};
    for (const g of byStatus) if (g.campaignId === campaignId) counts[g.status] = (counts[g.status] ?? 0) + g._count._all;
    return { campaignId, byStatus: counts, closedSessions: closedOf.get(campaignId) ?? 0 };
  });
}

/**
 * Every obligation of a user across all published campaigns, sorted by urgency.
 * A bounded number of queries whatever the number of campaigns or units: campaigns (with milestones and
 * the user's participating units), then in parallel the units' Mẫu 1 forms, the units' reports, the
 * summary reports of the campaigns the user's office issues, and the extensions.
 */
export async function loadObligations(user: { roles: readonly ScopedRole[] }, now = new Date()): Promise<Obligation[]> {
  const unitIds = [...new Set(user.roles.filter((r) => UNIT_ROLES.includes(r.role)).map((r) => r.unitId))];
  // Office milestones fall on the issuing unit itself (lib/obligations/rules.ts obligationUnitsFor).
  const officeUnitIds = new Set(user.roles.filter((r) => OFFICE_ROLES.includes(r.role)).map((r) => r.unitId));
  if (unitIds.length === 0 && officeUnitIds.size === 0) return [];

  const db = await getDb();
  const rows = await db.campaign.findMany({
    where: {
      status: "PUBLISHED",
      OR: [
        ...(unitIds.length ? [{ units: { some: { unitId: { in: unitIds } } } }] : []),
        ...(officeUnitIds.size ? [{ issuingUnitId: { in: [...officeUnitIds] } }] : []),
      ],
    },
    select: {
      id: true,
      documentNumber: true,
      title: true,
      status: true,
      issuingUnit: { select: { id: true, path: true, name: true } },
      parentCampaignId: true,
      units: { where: { unitId: { in: unitIds } }, select: { unit: { select: { id: true, name: true } } } },
      milestones: {
        select: { id: true, kind: true, name: true, deliverable: true, responsibleRole: true, dueAt: true, hardCutoffAt: true, opensAt: true, sortOrder: true },
        orderBy: [{ sortOrder: "asc" }, { dueAt: "asc" }],
      },
    },
  });
  const campaigns: ObligationCampaignInput[] = rows.map((c) => ({ ...c, units: c.units.map((u) => u.unit) }));
  if (campaigns.length === 0) return [];

  const campaignIds = campaigns.map((c) => c.id);
  const withKind = (summary: boolean) =>
    campaigns.filter((c) => c.milestones.some((m) => phaseOfMilestoneKind(m.kind)?.summary === summary)).map((c) => c.id);
  const reportCampaignIds = unitIds.length ? withKind(false) : [];
  // Summary reports only of the campaigns issued by a unit where the user holds an office role.
  const summaryCampaignIds = officeUnitIds.size ? withKind(true).filter((id) => officeUnitIds.has(campaigns.find((x) => x.id === id)!.issuingUnit.id)) : [];
  const deadlineUnitIds = [...new Set([...unitIds, ...campaigns.map((c) => c.issuingUnit.id)])];
  // Award milestones: the units' proposals, and the council's review where the user answers for it.
  const awardCampaignIds = unitIds.length ? campaigns.filter((c) => c.milestones.some((m) => m.kind === "AWARD_PROPOSAL")).map((c) => c.id) : [];
  const reviewCampaignIds = campaigns
    .filter((c) => c.milestones.some((m) => m.kind === "COUNCIL_REVIEW" && obligationUnitsFor(user.roles, c, m).some((u) => u.scope === "OFFICE")))
    .map((c) => c.id);
  // Sending the typical initiatives up (CONSOLIDATION of a campaign with a parent): the issuing unit's Mẫu 1 in the parent.
  const forwardCampaigns = campaigns.filter(
    (c) => c.parentCampaignId && c.milestones.some((m) => m.kind === "CONSOLIDATION" && obligationUnitsFor(user.roles, c, m).some((u) => u.scope === "OFFICE")),
  );
  const [registrations, reports, summaryReports, deadlineOf, awardProposals, councilReviews, parentRegs] = await Promise.all([
    unitIds.length
      ? db.registration.findMany({
          where: { kind: "UNIT", campaignId: { in: campaignIds }, unitId: { in: unitIds } },
          select: { campaignId: true, unitId: true, status: true, isLate: true },
        })
      : Promise.resolve([]),
    reportCampaignIds.length
      ? db.report.findMany({
          where: { campaignId: { in: reportCampaignIds }, unitId: { in: unitIds } },
          select: { campaignId: true, unitId: true, phase: true, status: true, isLate: true },
        })
      : Promise.resolve([]),
    summaryCampaignIds.length
      ? db.summaryReport.findMany({
          where: { campaignId: { in: summaryCampaignIds } },
          select: { campaignId: true, phase: true, status: true, isLate: true },
        })
      : Promise.resolve([]),
    loadEffectiveDeadlines(
      campaigns.flatMap((c) => c.milestones),
      deadlineUnitIds,
    ),
    loadUnitAwardCounts(awardCampaignIds, unitIds),
    loadCouncilReviews(reviewCampaignIds),
    forwardCampaigns.length
      ? db.registration.findMany({
          where: { ownerKey: "UNIT", OR: forwardCampaigns.map((c) => ({ campaignId: c.parentCampaignId!, unitId: c.issuingUnit.id })) },
          select: { campaignId: true, unitId: true, status: true, firstSubmittedAt: true },
        })
      : Promise.resolve([]),
  ]);
  const forwards = forwardCampaigns.flatMap((c) => {
    const r = parentRegs.find((x) => x.campaignId === c.parentCampaignId && x.unitId === c.issuingUnit.id);
    return r ? [{ campaignId: c.id, status: r.status, firstSubmittedAt: r.firstSubmittedAt }] : [];
  });
  return sortByUrgency(deriveObligations({ roles: user.roles, campaigns, registrations, reports, summaryReports, awardProposals, councilReviews, forwards, deadlineOf, now }));
}

/** Roles whose holders get award work that is not a milestone (the standing office, the leadership). */
const AWARD_OFFICE_ROLES = ["EMULATION_OFFICE", "LEADERSHIP"] as const;

/**
 * The user's award work that is not a milestone (lib/obligations/awards.ts deriveAwardTasks). Two queries
 * whatever the number of campaigns or sessions: the proposals waiting on the user's offices (standing
 * office: submitted, admitted, approved beyond authority; leadership: approved within authority) counted
 * per campaign and status in ONE GROUP BY over the campaigns issued by the units where the user holds
 * those roles (the campaign's own organisation); and the
 * sessions the user is convened to whose ballot is open, with their agenda size and, for an OPEN ballot
 * only, how many items the user has voted on (a secret ballot is never counted per member).
 */
export async function loadAwardTasks(user: { id: string; roles: readonly ScopedRole[] }): Promise<AwardTask[]> {
  const db = await getDb();
  // The organisations where the user is the standing office or the leadership (the role held on the campaign's issuing unit).
  const organisationIds = [...new Set(user.roles.filter((r) => (AWARD_OFFICE_ROLES as readonly string[]).includes(r.role)).map((r) => r.unitId))];
  const [groups, sessions] = await Promise.all([
    organisationIds.length
      ? db.$queryRaw<
          {
            campaignId: string;
            documentNumber: string;
            title: string;
            issuingUnitId: string;
            issuingPath: string;
            issuingName: string;
            status: AwardProposalStatus;
            withinAuthority: boolean;
            reviewDueAt: Date | null;
            n: number;
          }[]
        >`
          SELECT p."campaignId", c."documentNumber", c."title", iu."id" AS "issuingUnitId", iu."path" AS "issuingPath", iu."name" AS "issuingName",
                 p."status"::text AS "status", (f."organisationUnitId" = c."issuingUnitId") AS "withinAuthority",
                 (SELECT min(m."dueAt") FROM "Milestone" m WHERE m."campaignId" = c."id" AND m."kind" = 'COUNCIL_REVIEW') AS "reviewDueAt",
                 count(*)::int AS "n"
          FROM "Campaign" c
          JOIN "Unit" iu ON iu."id" = c."issuingUnitId"
          JOIN "AwardProposal" p ON p."campaignId" = c."id"
          JOIN "AwardForm" f ON f."id" = p."awardFormId"
          WHERE c."issuingUnitId" IN (${Prisma.join(organisationIds)})
            AND c."status" <> 'DRAFT'
            AND p."status" IN ('SUBMITTED', 'ADMITTED', 'APPROVED')
          GROUP BY p."campaignId", c."id", iu."id", p."status", (f."organisationUnitId" = c."issuingUnitId")`
      : Promise.resolve([]),
    db.$queryRaw<
      {
        sessionId: string;
        title: string;
        meetingAt: Date;
        location: string | null;
        ballotMode: BallotMode;
        campaignId: string;
        campaignNumber: string;
        campaignTitle: string;
        organisationName: string;
        items: number;
        voted: number | null;
        present: boolean;
      }[]
    >`
      SELECT s."id" AS "sessionId", s."title", s."meetingAt", s."location", s."ballotMode"::text AS "ballotMode",
             c."id" AS "campaignId", c."documentNumber" AS "campaignNumber", c."title" AS "campaignTitle", o."name" AS "organisationName",
             (SELECT count(*) FROM "CouncilAgendaItem" i WHERE i."sessionId" = s."id")::int AS "items",
             CASE WHEN s."ballotMode" = 'OPEN'
                  THEN (SELECT count(*) FROM "CouncilVote" v WHERE v."sessionId" = s."id" AND v."memberUserId" = ${user.id})::int
             END AS "voted",
             (sm."presentAt" IS NOT NULL) AS "present"
      FROM "CouncilSessionMember" sm
      JOIN "CouncilSession" s ON s."id" = sm."sessionId"
      JOIN "Campaign" c ON c."id" = s."campaignId"
      JOIN "Unit" o ON o."id" = s."organisationUnitId"
      WHERE sm."userId" = ${user.id} AND s."status" = 'VOTING'
      ORDER BY s."meetingAt", s."id"`,
  ]);
  const proposals: ProposalGroupInput[] = groups.map((g) => ({
    campaignId: g.campaignId,
    documentNumber: g.documentNumber,
    title: g.title,
    issuingUnit: { id: g.issuingUnitId, path: g.issuingPath, name: g.issuingName },
    status: g.status,
    withinAuthority: g.withinAuthority,
    n: g.n,
    reviewDueAt: g.reviewDueAt ? new Date(g.reviewDueAt) : null,
  }));
  const voting: VotingSessionInput[] = sessions.map((s) => ({ ...s, meetingAt: new Date(s.meetingAt), voted: s.ballotMode === "OPEN" ? s.voted : null }));
  return deriveAwardTasks({ roles: user.roles, proposals, sessions: voting, formatDateTime: formatDateTimeVN });
}
