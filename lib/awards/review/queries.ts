import "server-only";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { campaignFor } from "@/lib/consolidation/access";
import { invariantLikePattern, searchRegex } from "@/lib/consolidation/filters";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AwardProposalStatus, ParticipantType } from "@/lib/generated/prisma/enums";
import { LISTED_STATUSES, PROPOSAL_PAGE_SIZE, type ListedStatus, type ProposalListFilters } from "./schemas";

type Actor = Pick<SessionUser, "roles">;

export interface ProposalListRow {
  id: string;
  nomineeType: ParticipantType;
  nomineeName: string;
  nomineeDetail: string | null;
  nomineeIsBusiness: boolean;
  formId: string;
  formName: string;
  unitId: string;
  unitName: string;
  status: ListedStatus;
  failsHardCriterion: boolean;
  hasJustification: boolean;
  isLate: boolean;
  submittedVersion: number;
  lastSubmittedAt: Date | null;
  forwarded: boolean;
}

type RawRow = {
  counts: unknown;
  forms: unknown;
  units: unknown;
  id: string | null;
  nomineeType: ParticipantType | null;
  nomineeName: string | null;
  nomineeDetail: string | null;
  nomineeIsBusiness: boolean | null;
  formId: string | null;
  formName: string | null;
  unitId: string | null;
  unitName: string | null;
  status: ListedStatus | null;
  failsHardCriterion: boolean | null;
  hasJustification: boolean | null;
  isLate: boolean | null;
  submittedVersion: number | null;
  lastSubmittedAt: Date | string | null;
  forwarded: boolean | null;
};

const json = <T,>(v: unknown): T => (typeof v === "string" ? JSON.parse(v) : v) as T;

/**
 * The campaign's award proposals as the standing office (and whoever may read awards of the
 * campaign's issuing unit) sees them: counts per status and the filtered page, in ONE statement.
 * Drafts are the units' own work and never listed. Null when the campaign does not exist or the
 * user may not read awards of its issuing unit.
 */
export async function getProposalList(actor: Actor, campaignId: string, filters: ProposalListFilters, pageSize = PROPOSAL_PAGE_SIZE) {
  const campaign = await campaignFor(actor, campaignId, "read:award");
  if (!campaign) return null;
  const db = await getDb();

  // Filters other than the status: the counts per status are computed after them.
  const conds: Prisma.Sql[] = [Prisma.sql`p."campaignId" = ${campaignId}`, Prisma.sql`p."status" <> 'DRAFT'::"AwardProposalStatus"`];
  if (filters.formId) conds.push(Prisma.sql`p."awardFormId" = ${filters.formId}`);
  if (filters.unitId) conds.push(Prisma.sql`p."unitId" = ${filters.unitId}`);
  if (filters.nomineeType) conds.push(Prisma.sql`p."nomineeType" = ${filters.nomineeType}::"ParticipantType"`);
  if (filters.failsHard) conds.push(Prisma.sql`p."failsHardCriterion" = true`);
  if (filters.q) {
    const like = invariantLikePattern(filters.q);
    if (like) conds.push(Prisma.sql`lower(p."nomineeName") LIKE ${like}`);
    conds.push(Prisma.sql`p."nomineeName" ~ ${searchRegex(filters.q)}`);
  }
  const where = Prisma.join(conds, " AND ");
  const pageWhere = filters.status ? Prisma.sql`${where} AND p."status" = ${filters.status}::"AwardProposalStatus"` : where;
  const page = Math.max(1, filters.page);
  const offset = (page - 1) * pageSize;

  const raw = await db.$queryRaw<RawRow[]>`
    WITH c AS (
      SELECT p."status"::text AS "status", p."failsHardCriterion" AS "hard", count(*)::int AS "n"
      FROM "AwardProposal" p
      WHERE ${where}
      GROUP BY p."status", p."failsHardCriterion"
    ),
    o AS (
      SELECT DISTINCT p."awardFormId", p."unitId"
      FROM "AwardProposal" p
      WHERE p."campaignId" = ${campaignId} AND p."status" <> 'DRAFT'::"AwardProposalStatus"
    ),
    pg AS (
      SELECT p."id", p."nomineeType"::text AS "nomineeType", p."nomineeName", p."nomineeDetail", p."nomineeIsBusiness",
             af."id" AS "formId", af."name" AS "formName", u."id" AS "unitId", u."name" AS "unitName", u."sortOrder" AS "unitSort",
             p."status"::text AS "status", p."failsHardCriterion", (p."admissionJustification" IS NOT NULL) AS "hasJustification",
             p."isLate", p."submittedVersion", p."lastSubmittedAt", (p."forwardedFromId" IS NOT NULL) AS "forwarded",
             (p."status" = 'SUBMITTED'::"AwardProposalStatus") AS "waiting"
      FROM "AwardProposal" p
      JOIN "AwardForm" af ON af."id" = p."awardFormId"
      JOIN "Unit" u ON u."id" = p."unitId"
      WHERE ${pageWhere}
      ORDER BY "waiting" DESC, u."sortOrder", u."name", p."nomineeName", p."id"
      LIMIT ${pageSize} OFFSET ${offset}
    )
    SELECT (SELECT coalesce(json_agg(json_build_object('status', c."status", 'hard', c."hard", 'n', c."n")), '[]'::json) FROM c) AS "counts",
           (SELECT coalesce(json_agg(json_build_object('id', af."id", 'name', af."name") ORDER BY af."sortOrder", af."name"), '[]'::json)
              FROM "AwardForm" af WHERE af."id" IN (SELECT "awardFormId" FROM o)) AS "forms",
           (SELECT coalesce(json_agg(json_build_object('id', u."id", 'name', u."name") ORDER BY u."sortOrder", u."name"), '[]'::json)
              FROM "Unit" u WHERE u."id" IN (SELECT "unitId" FROM o)) AS "units",
           pg."id", pg."nomineeType", pg."nomineeName", pg."nomineeDetail", pg."nomineeIsBusiness", pg."formId", pg."formName",
           pg."unitId", pg."unitName", pg."status", pg."failsHardCriterion", pg."hasJustification", pg."isLate",
           pg."submittedVersion", pg."lastSubmittedAt", pg."forwarded"
    FROM (SELECT 1) one
    LEFT JOIN pg ON true
    ORDER BY pg."waiting" DESC, pg."unitSort", pg."unitName", pg."nomineeName", pg."id"`;

  const head = raw[0];
  const groups = json<{ status: ListedStatus; hard: boolean; n: number }[]>(head?.counts ?? []);
  const counts = Object.fromEntries(LISTED_STATUSES.map((s) => [s, 0])) as Record<ListedStatus, number>;
  let failsHardCount = 0;
  for (const g of groups) {
    counts[g.status] += Number(g.n);
    if (g.hard) failsHardCount += Number(g.n);
  }
  const totalAll = LISTED_STATUSES.reduce((s, k) => s + counts[k], 0);
  const rows: ProposalListRow[] = raw
    .filter((r) => r.id !== null)
    .map((r) => ({
      id: r.id!,
      nomineeType: r.nomineeType!,
      nomineeName: r.nomineeName!,
      nomineeDetail: r.nomineeDetail,
      nomineeIsBusiness: !!r.nomineeIsBusiness,
      formId: r.formId!,
      formName: r.formName!,
      unitId: r.unitId!,
      unitName: r.unitName!,
      status: r.status!,
      failsHardCriterion: !!r.failsHardCriterion,
      hasJustification: !!r.hasJustification,
      isLate: !!r.isLate,
      submittedVersion: Number(r.submittedVersion ?? 0),
      lastSubmittedAt: r.lastSubmittedAt ? new Date(r.lastSubmittedAt) : null,
      forwarded: !!r.forwarded,
    }));

  return {
    campaign,
    canReview: can(actor.roles, "review:award", campaign.issuingUnit),
    canManageCouncil: can(actor.roles, "manage:council", campaign.issuingUnit),
    counts,
    failsHardCount,
    /** All listed proposals matching the filters other than the status. */
    totalAll,
    /** Rows matching every filter (for the pagination). */
    total: filters.status ? counts[filters.status] : totalAll,
    page,
    pageSize,
    rows,
    forms: json<{ id: string; name: string }[]>(head?.forms ?? []),
    units: json<{ id: string; name: string }[]>(head?.units ?? []),
  };
}

export type ProposalList = NonNullable<Awaited<ReturnType<typeof getProposalList>>>;

export interface StoredCriterionCheck {
  criterionId?: string;
  content: string;
  kind?: string;
  hard: boolean;
  met: boolean | null;
  basis?: string;
}

/**
 * What the review page needs besides the dossier (rendered by the proposal's own component): the
 * status, the lockVersion, whether the nominee fails a hard criterion (and which ones, as checked at
 * the last submission), the sessions it was put on and what the viewer may do (the dossier itself,
 * with its history, is loaded by the proposal's own component). Null when the
 * proposal is not in the campaign, is a draft, or the viewer may not read awards of the campaign's
 * issuing unit.
 */
export async function getProposalForReview(actor: Actor, campaignId: string, proposalId: string) {
  const db = await getDb();
  const p = await db.awardProposal.findUnique({
    where: { id: proposalId },
    select: {
      id: true,
      campaignId: true,
      status: true,
      lockVersion: true,
      nomineeType: true,
      nomineeName: true,
      nomineeDetail: true,
      failsHardCriterion: true,
      criteriaCheck: true,
      admissionJustification: true,
      admittedAt: true,
      returnComment: true,
      submittedVersion: true,
      lastSubmittedAt: true,
      isLate: true,
      unit: { select: { id: true, name: true } },
      awardForm: { select: { id: true, name: true } },
      campaign: { select: { id: true, documentNumber: true, title: true, issuingUnit: { select: { id: true, path: true, name: true } } } },
      agendaItems: {
        orderBy: { session: { meetingAt: "desc" } },
        select: { session: { select: { id: true, title: true, status: true, meetingAt: true } } },
      },
    },
  });
  if (!p || p.campaignId !== campaignId || p.status === "DRAFT" || !can(actor.roles, "read:award", p.campaign.issuingUnit)) return null;
  const checks = Array.isArray(p.criteriaCheck) ? (p.criteriaCheck as unknown as StoredCriterionCheck[]) : [];
  const isReviewer = can(actor.roles, "review:award", p.campaign.issuingUnit);
  return {
    proposal: {
      id: p.id,
      status: p.status as AwardProposalStatus,
      lockVersion: p.lockVersion,
      nomineeType: p.nomineeType,
      nomineeName: p.nomineeName,
      nomineeDetail: p.nomineeDetail,
      failsHardCriterion: p.failsHardCriterion,
      failedHardCriteria: checks.filter((c) => c && c.hard && c.met === false).map((c) => c.content),
      admissionJustification: p.admissionJustification,
      admittedAt: p.admittedAt,
      returnComment: p.returnComment,
      submittedVersion: p.submittedVersion,
      lastSubmittedAt: p.lastSubmittedAt,
      isLate: p.isLate,
      unit: p.unit,
      awardForm: p.awardForm,
    },
    campaign: { id: p.campaign.id, documentNumber: p.campaign.documentNumber, title: p.campaign.title },
    sessions: p.agendaItems.map((i) => i.session),
    isReviewer,
    canReviewNow: isReviewer && p.status === "SUBMITTED",
    canManageCouncil: can(actor.roles, "manage:council", p.campaign.issuingUnit),
  };
}

export type ProposalReviewView = NonNullable<Awaited<ReturnType<typeof getProposalForReview>>>;
