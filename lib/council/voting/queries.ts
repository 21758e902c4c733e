import "server-only";
import { notFoundError } from "@/lib/actions/result";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { ballotCheckOf, secretVoterKey, sessionBallotToken } from "@/lib/council/ballot-crypto";
import { describeRule, type Outcome, type VotingRule } from "@/lib/council/rules";
import { getDb, type Db } from "@/lib/db/client";
import type {
  AwardProposalStatus,
  BallotMode,
  CouncilPosition,
  CouncilSessionStatus,
  ParticipantType,
  VoteChoice,
} from "@/lib/generated/prisma/enums";
import { outcomeReason, ruleOf, type RuleColumns } from "./rules";

type Viewer = Pick<SessionUser, "id" | "roles">;

// ---------------------------------------------------------------- the member's list of sessions

export interface MySessionRow {
  id: string;
  title: string;
  meetingAt: Date;
  location: string | null;
  ballotMode: BallotMode;
  status: CouncilSessionStatus;
  closedAt: Date | null;
  organisationName: string;
  campaignId: string;
  documentNumber: string;
  position: CouncilPosition;
  presentAt: Date | null;
  isChair: boolean;
  items: number;
}

export const MY_SESSIONS_PAGE_SIZE = 20;

/** Sessions the user is convened to: open ballots first, then those being prepared, then closed (newest first). One query. */
export async function listMySessions(user: Viewer, page = 1): Promise<{ rows: MySessionRow[]; total: number; page: number }> {
  const db = await getDb();
  const p = Math.max(1, Math.floor(page) || 1);
  const offset = (p - 1) * MY_SESSIONS_PAGE_SIZE;
  const rows = await db.$queryRaw<(MySessionRow & { total: number })[]>`
    SELECT s."id", s."title", s."meetingAt", s."location", s."ballotMode"::text AS "ballotMode", s."status"::text AS "status", s."closedAt",
           u."name" AS "organisationName", c."id" AS "campaignId", c."documentNumber",
           m."position"::text AS "position", m."presentAt", (s."chairUserId" = m."userId") AS "isChair",
           (SELECT count(*) FROM "CouncilAgendaItem" a WHERE a."sessionId" = s."id")::int AS "items",
           count(*) OVER ()::int AS "total"
    FROM "CouncilSessionMember" m
    JOIN "CouncilSession" s ON s."id" = m."sessionId"
    JOIN "Unit" u ON u."id" = s."organisationUnitId"
    JOIN "Campaign" c ON c."id" = s."campaignId"
    WHERE m."userId" = ${user.id}
    ORDER BY CASE s."status" WHEN 'VOTING' THEN 0 WHEN 'DRAFT' THEN 1 ELSE 2 END,
             CASE WHEN s."status" = 'CLOSED' THEN NULL ELSE s."meetingAt" END ASC,
             s."meetingAt" DESC, s."id"
    LIMIT ${MY_SESSIONS_PAGE_SIZE} OFFSET ${offset}`;
  const total = rows[0]?.total ?? (offset ? await db.councilSessionMember.count({ where: { userId: user.id } }) : 0);
  return { rows: rows.map(({ total: _t, ...r }) => r), total, page: p };
}

// ---------------------------------------------------------------- one session

async function loadSession(db: Db, sessionId: string) {
  return db.councilSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      title: true,
      meetingAt: true,
      location: true,
      agenda: true,
      ballotMode: true,
      status: true,
      votingOpenedAt: true,
      closedAt: true,
      chairUserId: true,
      secretaryUserId: true,
      organisationUnit: { select: { id: true, name: true, path: true } },
      campaign: { select: { id: true, documentNumber: true, title: true, year: true } },
      members: {
        select: { userId: true, position: true, presentAt: true, ballotCheck: true, user: { select: { fullName: true, jobTitle: true } } },
        orderBy: [{ position: "asc" }, { user: { fullName: "asc" } }],
      },
    },
  });
}

type LoadedSession = NonNullable<Awaited<ReturnType<typeof loadSession>>>;

export interface SessionMemberView {
  userId: string;
  fullName: string;
  jobTitle: string | null;
  position: CouncilPosition;
  presentAt: Date | null;
}

function sessionInfo(s: LoadedSession) {
  const members: SessionMemberView[] = s.members.map((m) => ({
    userId: m.userId,
    fullName: m.user.fullName,
    jobTitle: m.user.jobTitle,
    position: m.position,
    presentAt: m.presentAt,
  }));
  return {
    id: s.id,
    title: s.title,
    meetingAt: s.meetingAt,
    location: s.location,
    agenda: s.agenda,
    ballotMode: s.ballotMode,
    status: s.status,
    votingOpenedAt: s.votingOpenedAt,
    closedAt: s.closedAt,
    chairUserId: s.chairUserId,
    chairName: members.find((m) => m.userId === s.chairUserId)?.fullName ?? null,
    secretaryName: members.find((m) => m.userId === s.secretaryUserId)?.fullName ?? null,
    organisation: { id: s.organisationUnit.id, name: s.organisationUnit.name },
    campaign: s.campaign,
    members,
    invited: members.length,
    present: members.filter((m) => m.presentAt).length,
  };
}

export type SessionInfo = ReturnType<typeof sessionInfo>;

export interface AgendaItemView {
  id: string;
  no: number;
  proposalId: string;
  proposalStatus: AwardProposalStatus;
  nomineeType: ParticipantType;
  nomineeName: string;
  nomineeDetail: string | null;
  nomineeIsBusiness: boolean;
  unitName: string;
  formName: string;
  /** The form belongs to an organisation above the session's (approved → forwarded to the parent). */
  beyondAuthority: boolean;
  formOrganisationName: string;
  failsHardCriterion: boolean;
  admissionJustification: string | null;
  rule: VotingRule;
  ruleText: { quorum: string; threshold: string };
  tally: null | { invited: number; present: number; agree: number; disagree: number; abstain: number; outcome: Outcome; reason: string };
}

type AgendaRow = RuleColumns & {
  id: string;
  proposalId: string;
  proposalStatus: AwardProposalStatus;
  nomineeType: ParticipantType;
  nomineeName: string;
  nomineeDetail: string | null;
  nomineeIsBusiness: boolean;
  unitName: string;
  formName: string;
  formOrganisationId: string;
  formOrganisationName: string;
  failsHardCriterion: boolean;
  admissionJustification: string | null;
  invitedCount: number | null;
  presentCount: number | null;
  agreeCount: number | null;
  disagreeCount: number | null;
  abstainCount: number | null;
  outcome: Outcome | null;
};

/** The session's agenda with each proposal, its unit and its award form's rule: one query. */
async function loadAgenda(db: Db, sessionId: string, organisationUnitId: string): Promise<AgendaItemView[]> {
  const rows = await db.$queryRaw<AgendaRow[]>`
    SELECT a."id", a."proposalId", p."status"::text AS "proposalStatus", p."nomineeType"::text AS "nomineeType", p."nomineeName",
           p."nomineeDetail", p."nomineeIsBusiness", pu."name" AS "unitName", f."name" AS "formName",
           f."organisationUnitId" AS "formOrganisationId", fu."name" AS "formOrganisationName",
           p."failsHardCriterion", p."admissionJustification",
           f."quorumNumerator", f."quorumDenominator", f."quorumStrict", f."thresholdNumerator", f."thresholdDenominator",
           f."thresholdStrict", f."thresholdBase"::text AS "thresholdBase",
           a."invitedCount", a."presentCount", a."agreeCount", a."disagreeCount", a."abstainCount", a."outcome"::text AS "outcome"
    FROM "CouncilAgendaItem" a
    JOIN "AwardProposal" p ON p."id" = a."proposalId"
    JOIN "Unit" pu ON pu."id" = p."unitId"
    JOIN "AwardForm" f ON f."id" = p."awardFormId"
    JOIN "Unit" fu ON fu."id" = f."organisationUnitId"
    WHERE a."sessionId" = ${sessionId}
    ORDER BY a."sortOrder", a."id"`;
  const ruleTexts = new Map<string, { quorum: string; threshold: string }>();
  return rows.map((r, i) => {
    const rule = ruleOf(r);
    const ruleKey = JSON.stringify(rule);
    if (!ruleTexts.has(ruleKey)) ruleTexts.set(ruleKey, describeRule(rule));
    let tally: AgendaItemView["tally"] = null;
    if (r.outcome && r.invitedCount !== null && r.presentCount !== null) {
      const t = { invited: r.invitedCount, present: r.presentCount, agree: r.agreeCount ?? 0, disagree: r.disagreeCount ?? 0, abstain: r.abstainCount ?? 0 };
      tally = { ...t, outcome: r.outcome, reason: outcomeReason(rule, t, r.outcome) };
    }
    return {
      id: r.id,
      no: i + 1,
      proposalId: r.proposalId,
      proposalStatus: r.proposalStatus,
      nomineeType: r.nomineeType,
      nomineeName: r.nomineeName,
      nomineeDetail: r.nomineeDetail,
      nomineeIsBusiness: r.nomineeIsBusiness,
      unitName: r.unitName,
      formName: r.formName,
      beyondAuthority: r.formOrganisationId !== organisationUnitId,
      formOrganisationName: r.formOrganisationName,
      failsHardCriterion: r.failsHardCriterion,
      admissionJustification: r.admissionJustification,
      rule,
      ruleText: ruleTexts.get(ruleKey)!,
      tally,
    };
  });
}

// ---------------------------------------------------------------- the member's ballot page

export type SecretKeyState = "OK" | "SIGN_IN_AGAIN" | "KEY_CHANGED";

export interface BallotView {
  session: SessionInfo;
  /** The viewer's own row (null: the chair viewing a session they are not convened to). */
  me: SessionMemberView | null;
  isChair: boolean;
  /** The chair may close the ballot only when also on the convened list (lib/council/voting/mutations.ts closeBallot). */
  canClose: boolean;
  items: AgendaItemView[];
  /** The viewer's own current votes, by agenda item (secret ballot: recomputed from their key). */
  myVotes: Record<string, VoteChoice>;
  /** Secret ballot only: whether the viewer's key can vote / read their own votes. */
  keyState: SecretKeyState;
  /** Chair while the ballot is open: ballots cast per item (never their content). */
  ballotsCast: Record<string, number> | null;
}

/**
 * The ballot page of a session: convened members (and the session's chair) only; anyone else gets 404.
 * Queries: the session with its members, the agenda (one query), the viewer's own votes (one query), and
 * for the chair the ballots cast per item (one GROUP BY).
 */
export async function getBallotView(user: Viewer, sessionId: string, ballotKey: string | null): Promise<BallotView> {
  const db = await getDb();
  const s = await loadSession(db, sessionId);
  if (!s) throw notFoundError();
  const mine = s.members.find((m) => m.userId === user.id) ?? null;
  const isChair = s.chairUserId === user.id;
  if (!mine && !isChair) throw notFoundError();
  const session = sessionInfo(s);
  const me = session.members.find((m) => m.userId === user.id) ?? null;

  let keyState: SecretKeyState = "OK";
  let token: string | null = null;
  if (s.ballotMode === "SECRET" && mine) {
    if (!ballotKey) keyState = "SIGN_IN_AGAIN";
    else {
      token = sessionBallotToken(ballotKey, s.id);
      if (mine.ballotCheck && mine.ballotCheck !== ballotCheckOf(token)) {
        keyState = "KEY_CHANGED";
        token = null;
      }
    }
  }

  const [items, ballotsCast] = await Promise.all([
    loadAgenda(db, s.id, s.organisationUnit.id),
    isChair && s.status === "VOTING"
      ? db.councilVote.groupBy({ by: ["agendaItemId"], where: { sessionId: s.id }, _count: { _all: true } })
      : Promise.resolve(null),
  ]);

  const myVotes: Record<string, VoteChoice> = {};
  if (mine && s.ballotMode === "OPEN") {
    const votes = await db.councilVote.findMany({ where: { sessionId: s.id, memberUserId: user.id }, select: { agendaItemId: true, choice: true } });
    for (const v of votes) myVotes[v.agendaItemId] = v.choice;
  } else if (mine && token && mine.ballotCheck && items.length) {
    // Only the member's key gives these voter keys; nothing in the database links them to the member.
    const keys = new Map(items.map((i) => [secretVoterKey(token!, i.id), i.id]));
    const votes = await db.councilVote.findMany({ where: { sessionId: s.id, voterKey: { in: [...keys.keys()] } }, select: { agendaItemId: true, voterKey: true, choice: true } });
    for (const v of votes) if (keys.get(v.voterKey) === v.agendaItemId) myVotes[v.agendaItemId] = v.choice;
  }

  return {
    session,
    me,
    isChair,
    canClose: isChair && !!mine && s.status === "VOTING",
    items,
    myVotes,
    keyState,
    ballotsCast: ballotsCast ? Object.fromEntries(ballotsCast.map((g) => [g.agendaItemId, g._count._all])) : null,
  };
}

// ---------------------------------------------------------------- results

export interface ResultsView {
  session: SessionInfo;
  items: AgendaItemView[];
  /** Open ballot after close: each member's vote per item (agenda item → member id → choice). Never for a secret ballot. */
  memberVotes: Record<string, Record<string, VoteChoice>> | null;
  canManage: boolean;
}

/**
 * Results of a session: convened members, the standing office (manage:council or read:award on the
 * organisation) and leadership (read:award). Before close only the session is returned (no items'
 * counts exist yet). Queries: the session, the agenda with frozen tallies (one query), and for an open
 * ballot its votes (one query).
 */
export async function getResultsView(user: Viewer, sessionId: string): Promise<ResultsView> {
  const db = await getDb();
  const s = await loadSession(db, sessionId);
  if (!s) throw notFoundError();
  const convened = s.members.some((m) => m.userId === user.id) || s.chairUserId === user.id;
  const org = { id: s.organisationUnit.id, path: s.organisationUnit.path };
  const canManage = can(user.roles, "manage:council", org);
  if (!convened && !canManage && !can(user.roles, "read:award", org)) throw notFoundError();
  const session = sessionInfo(s);
  if (s.status !== "CLOSED") return { session, items: [], memberVotes: null, canManage };

  const [items, votes] = await Promise.all([
    loadAgenda(db, s.id, s.organisationUnit.id),
    s.ballotMode === "OPEN"
      ? db.councilVote.findMany({ where: { sessionId: s.id, memberUserId: { not: null } }, select: { agendaItemId: true, memberUserId: true, choice: true } })
      : Promise.resolve(null),
  ]);
  let memberVotes: ResultsView["memberVotes"] = null;
  if (votes) {
    memberVotes = {};
    for (const v of votes) (memberVotes[v.agendaItemId] ??= {})[v.memberUserId!] = v.choice;
  }
  return { session, items, memberVotes, canManage };
}
