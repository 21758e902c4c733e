import "server-only";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { campaignFor } from "@/lib/consolidation/access";
import { invariantLikePattern, searchRegex } from "@/lib/consolidation/filters";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BallotMode, CouncilPosition, CouncilSessionStatus, ParticipantType } from "@/lib/generated/prisma/enums";
import { describeRule } from "@/lib/council/rules";
import { ruleOf } from "@/lib/council/voting/rules";
import { openVotingProblems } from "./schemas";

type Actor = Pick<SessionUser, "roles">;

export const SESSION_PAGE_SIZE = 20;
export const AGENDA_PAGE_SIZE = 50;
export const CANDIDATE_PAGE_SIZE = 50;

const POSITION_ORDER: Record<CouncilPosition, number> = { CHAIR: 0, VICE_CHAIR: 1, SECRETARY: 2, MEMBER: 3 };

export interface SessionListRow {
  id: string;
  title: string;
  meetingAt: Date;
  location: string | null;
  status: CouncilSessionStatus;
  ballotMode: BallotMode;
  itemCount: number;
  memberCount: number;
  presentCount: number;
}

/**
 * The council sessions of a campaign (its organisation = the campaign's issuing unit), newest
 * meeting first, with the number of agenda items, convened and present members: one statement.
 * Readable by whoever reads awards of the issuing unit; `canManage` = manage:council there.
 */
export async function listCampaignSessions(actor: Actor, campaignId: string, page = 1, pageSize = SESSION_PAGE_SIZE) {
  const campaign = await campaignFor(actor, campaignId, "read:award");
  if (!campaign) return null;
  const db = await getDb();
  const current = Math.max(1, page);
  type Raw = Omit<SessionListRow, "meetingAt"> & { meetingAt: Date | string; total: number };
  const raw = await db.$queryRaw<Raw[]>`
    SELECT s."id", s."title", s."meetingAt", s."location", s."status"::text AS "status", s."ballotMode"::text AS "ballotMode",
           (SELECT count(*)::int FROM "CouncilAgendaItem" i WHERE i."sessionId" = s."id") AS "itemCount",
           (SELECT count(*)::int FROM "CouncilSessionMember" m WHERE m."sessionId" = s."id") AS "memberCount",
           (SELECT count(*)::int FROM "CouncilSessionMember" m WHERE m."sessionId" = s."id" AND m."presentAt" IS NOT NULL) AS "presentCount",
           count(*) OVER ()::int AS "total"
    FROM "CouncilSession" s
    WHERE s."campaignId" = ${campaignId}
    ORDER BY s."meetingAt" DESC, s."createdAt" DESC, s."id"
    LIMIT ${pageSize} OFFSET ${(current - 1) * pageSize}`;
  const total = raw[0]?.total ?? (current > 1 ? await db.councilSession.count({ where: { campaignId } }) : 0);
  const [admittedCount, councilCount] = await Promise.all([
    db.awardProposal.count({ where: { campaignId, status: "ADMITTED" } }),
    db.councilMember.count({ where: { organisationUnitId: campaign.issuingUnit.id, active: true, user: { active: true } } }),
  ]);
  return {
    campaign,
    canManage: can(actor.roles, "manage:council", campaign.issuingUnit),
    rows: raw.map(({ total: _t, ...r }) => ({
      ...r,
      meetingAt: new Date(r.meetingAt),
      itemCount: Number(r.itemCount),
      memberCount: Number(r.memberCount),
      presentCount: Number(r.presentCount),
    })) as SessionListRow[],
    total: Number(total),
    page: current,
    pageSize,
    admittedCount,
    councilCount,
  };
}

export interface AgendaItemView {
  id: string;
  sortOrder: number;
  position: number;
  proposalId: string;
  nomineeType: ParticipantType;
  nomineeName: string;
  nomineeDetail: string | null;
  unitName: string;
  formName: string;
  rule: { quorum: string; threshold: string };
  admissionJustification: string | null;
  failsHardCriterion: boolean;
}

export interface CandidateView {
  id: string;
  nomineeType: ParticipantType;
  nomineeName: string;
  nomineeDetail: string | null;
  unitName: string;
  formName: string;
  admissionJustification: string | null;
}

const FORM_RULE_SELECT = {
  name: true,
  quorumNumerator: true,
  quorumDenominator: true,
  quorumStrict: true,
  thresholdNumerator: true,
  thresholdDenominator: true,
  thresholdStrict: true,
  thresholdBase: true,
} as const;

/**
 * A session as the standing office prepares it: its details, the council's member list (to convene
 * from), who is convened, the agenda (a page of it, in order, each with its voting rule) and the
 * campaign's admitted proposals that can still be added (a page, optionally searched by nominee).
 * Null unless the viewer holds manage:council on the session's organisation (read from the record).
 */
export async function getSessionForManage(
  actor: Actor,
  sessionId: string,
  opts: { agendaPage?: number; candidatePage?: number; candidateQuery?: string } = {},
) {
  const db = await getDb();
  const session = await db.councilSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      title: true,
      meetingAt: true,
      location: true,
      agenda: true,
      ballotMode: true,
      status: true,
      chairUserId: true,
      secretaryUserId: true,
      votingOpenedAt: true,
      closedAt: true,
      lockVersion: true,
      organisationUnit: { select: { id: true, path: true, name: true } },
      campaign: { select: { id: true, documentNumber: true, title: true } },
      members: { select: { userId: true, position: true, presentAt: true, user: { select: { fullName: true, jobTitle: true, active: true } } } },
    },
  });
  if (!session || !can(actor.roles, "manage:council", session.organisationUnit)) return null;

  const agendaPage = Math.max(1, opts.agendaPage ?? 1);
  const candidatePage = Math.max(1, opts.candidatePage ?? 1);
  const q = opts.candidateQuery?.replace(/\s+/g, " ").trim().slice(0, 200) || undefined;
  const candidateWhere: Prisma.AwardProposalWhereInput = { campaignId: session.campaign.id, status: "ADMITTED" };
  let candidateIds: string[] | null = null;
  if (q) {
    // Accent-insensitive search on the nominee's name (same rule as the office's list).
    const like = invariantLikePattern(q);
    const found = await db.$queryRaw<{ id: string }[]>`
      SELECT p."id" FROM "AwardProposal" p
      WHERE p."campaignId" = ${session.campaign.id} AND p."status" = 'ADMITTED'::"AwardProposalStatus"
        ${like ? Prisma.sql`AND lower(p."nomineeName") LIKE ${like}` : Prisma.empty}
        AND p."nomineeName" ~ ${searchRegex(q)}`;
    candidateIds = found.map((r) => r.id);
  }

  const [council, itemCount, items, candidateCount, candidates] = await Promise.all([
    db.councilMember.findMany({
      where: { organisationUnitId: session.organisationUnit.id, active: true, user: { active: true } },
      orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
      select: { userId: true, position: true, user: { select: { fullName: true, jobTitle: true } } },
    }),
    db.councilAgendaItem.count({ where: { sessionId } }),
    db.councilAgendaItem.findMany({
      where: { sessionId },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      skip: (agendaPage - 1) * AGENDA_PAGE_SIZE,
      take: AGENDA_PAGE_SIZE,
      select: {
        id: true,
        sortOrder: true,
        proposal: {
          select: {
            id: true,
            nomineeType: true,
            nomineeName: true,
            nomineeDetail: true,
            admissionJustification: true,
            failsHardCriterion: true,
            unit: { select: { name: true } },
            awardForm: { select: FORM_RULE_SELECT },
          },
        },
      },
    }),
    candidateIds ? Promise.resolve(candidateIds.length) : db.awardProposal.count({ where: candidateWhere }),
    db.awardProposal.findMany({
      where: candidateIds ? { ...candidateWhere, id: { in: candidateIds } } : candidateWhere,
      orderBy: [{ unit: { sortOrder: "asc" } }, { unit: { name: "asc" } }, { nomineeName: "asc" }, { id: "asc" }],
      skip: (candidatePage - 1) * CANDIDATE_PAGE_SIZE,
      take: CANDIDATE_PAGE_SIZE,
      select: {
        id: true,
        nomineeType: true,
        nomineeName: true,
        nomineeDetail: true,
        admissionJustification: true,
        unit: { select: { name: true } },
        awardForm: { select: { name: true } },
      },
    }),
  ]);

  const convened = new Map(session.members.map((m) => [m.userId, m]));
  // The member list to convene from: the council's active members, plus anyone convened who has left it since.
  const options = [
    ...council.map((c) => ({ userId: c.userId, fullName: c.user.fullName, jobTitle: c.user.jobTitle, position: c.position, inCouncil: true })),
    ...session.members
      .filter((m) => !council.some((c) => c.userId === m.userId))
      .map((m) => ({ userId: m.userId, fullName: m.user.fullName, jobTitle: m.user.jobTitle, position: m.position, inCouncil: false })),
  ].sort((a, b) => POSITION_ORDER[a.position] - POSITION_ORDER[b.position]);
  const convenedList = options.filter((o) => convened.has(o.userId)).map((o) => ({ ...o, presentAt: convened.get(o.userId)!.presentAt }));
  const nameOf = new Map(options.map((o) => [o.userId, o.fullName]));
  const chairConvened = convened.has(session.chairUserId);
  const firstPosition = (agendaPage - 1) * AGENDA_PAGE_SIZE;

  return {
    session: {
      id: session.id,
      title: session.title,
      meetingAt: session.meetingAt,
      location: session.location,
      agenda: session.agenda,
      ballotMode: session.ballotMode,
      status: session.status,
      chairUserId: session.chairUserId,
      chairName: nameOf.get(session.chairUserId) ?? null,
      secretaryUserId: session.secretaryUserId,
      secretaryName: session.secretaryUserId ? (nameOf.get(session.secretaryUserId) ?? null) : null,
      votingOpenedAt: session.votingOpenedAt,
      closedAt: session.closedAt,
      lockVersion: session.lockVersion,
      organisation: { id: session.organisationUnit.id, name: session.organisationUnit.name },
    },
    campaign: session.campaign,
    council: options,
    convened: convenedList,
    agenda: {
      total: itemCount,
      page: agendaPage,
      pageSize: AGENDA_PAGE_SIZE,
      items: items.map(
        (it, i): AgendaItemView => ({
          id: it.id,
          sortOrder: it.sortOrder,
          position: firstPosition + i + 1,
          proposalId: it.proposal.id,
          nomineeType: it.proposal.nomineeType,
          nomineeName: it.proposal.nomineeName,
          nomineeDetail: it.proposal.nomineeDetail,
          unitName: it.proposal.unit.name,
          formName: it.proposal.awardForm.name,
          rule: describeRule(ruleOf(it.proposal.awardForm)),
          admissionJustification: it.proposal.admissionJustification,
          failsHardCriterion: it.proposal.failsHardCriterion,
        }),
      ),
    },
    candidates: {
      total: candidateCount,
      page: candidatePage,
      pageSize: CANDIDATE_PAGE_SIZE,
      q,
      rows: candidates.map(
        (c): CandidateView => ({
          id: c.id,
          nomineeType: c.nomineeType,
          nomineeName: c.nomineeName,
          nomineeDetail: c.nomineeDetail,
          unitName: c.unit.name,
          formName: c.awardForm.name,
          admissionJustification: c.admissionJustification,
        }),
      ),
    },
    openProblems: openVotingProblems({ itemCount, memberCount: session.members.length, chairConvened }),
  };
}

export type SessionManageView = NonNullable<Awaited<ReturnType<typeof getSessionForManage>>>;
