/**
 * Scale data for the council's pages (issue 5, "a session with 200 proposals and 25 members"), called by
 * `npm run seed:scale` after the city-scale data (also on a database that already has it):
 *
 * - the council of the scale city (`s-city`): 25 members — scale.leader chairs it, the heads of the first
 *   24 departments (scale.head.d1 … d24) are members; each holds COUNCIL_MEMBER on the city;
 * - two award forms of the city (more than 50% of the members; at least 2/3 of the ballots cast);
 * - `scale-council-voting`: a SECRET ballot, VOTING, 200 SCHEDULED proposals, all 25 members present and
 *   every one has voted on every item (their votes stored under the keys their password gives, as the
 *   portal would: the ballot page recomputes each member's own votes);
 * - `scale-council-closed`: an OPEN ballot, CLOSED, 200 other proposals, all 25 present and voted, the
 *   tallies frozen with decide() and the proposals APPROVED / REJECTED (the results page lists each
 *   member's vote: 5,000 rows).
 *
 * Deterministic (its own seeded random numbers), written with createMany in chunks.
 */
import { randomInt, randomUUID } from "node:crypto";
import { ballotCheckOf, deriveBallotKey, secretVoterKey, sessionBallotToken } from "../../lib/council/ballot-crypto";
import { decide } from "../../lib/council/rules";
import { ruleOf } from "../../lib/council/voting/rules";
import type { Db } from "../../lib/db/open";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { VoteChoice } from "../../lib/generated/prisma/enums";

export const SCALE_COUNCIL = {
  votingSessionId: "scale-council-voting",
  closedSessionId: "scale-council-closed",
  chairId: "s-user-leader",
  /** A member who signs in for the benchmark (password as the other scale accounts). */
  memberUsername: "scale.head.d1",
  proposalsPerSession: 200,
  members: 25,
} as const;

const ORG = "s-city";
const CAMPAIGN = "scale-campaign";
const CHUNK = 1_000;

let seed = 20_261_122;
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}

async function inChunks<T>(label: string, rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  const t0 = Date.now();
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
  console.log(`  ${label.padEnd(30)} ${String(rows.length).padStart(7)} rows  ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

const FORMS = [
  {
    id: "s-award-form-bk",
    name: "Bằng khen của Chủ tịch Ủy ban nhân dân Thành phố (dữ liệu quy mô)",
    rule: { quorumNumerator: 2, quorumDenominator: 3, quorumStrict: false, thresholdNumerator: 1, thresholdDenominator: 2, thresholdStrict: true, thresholdBase: "MEMBERS" as const },
  },
  {
    id: "s-award-form-tldxs",
    name: "Tập thể lao động xuất sắc (dữ liệu quy mô)",
    rule: { quorumNumerator: 2, quorumDenominator: 3, quorumStrict: false, thresholdNumerator: 2, thresholdDenominator: 3, thresholdStrict: false, thresholdBase: "VOTES_CAST" as const },
  },
];

const ACHIEVEMENTS =
  "Hoàn thành xuất sắc nhiệm vụ được giao; triển khai hiệu quả các mô hình, giải pháp cải cách hành chính đã đăng ký; tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%; không có phản ánh, kiến nghị quá hạn.";

/** Adds the council's scale data unless it is there already. `password`: the scale accounts' password (their ballot keys). */
export async function seedScaleCouncil(prisma: Db, password: string): Promise<void> {
  if (await prisma.councilSession.findUnique({ where: { id: SCALE_COUNCIL.votingSessionId }, select: { id: true } })) {
    const [sessions, votes] = await Promise.all([
      prisma.councilSession.count({ where: { organisationUnitId: ORG } }),
      prisma.councilVote.count({ where: { sessionId: { in: [SCALE_COUNCIL.votingSessionId, SCALE_COUNCIL.closedSessionId] } } }),
    ]);
    console.log(`  council: ${sessions} sessions, ${votes} votes (already loaded)`);
    return;
  }
  const t0 = Date.now();
  const campaign = await prisma.campaign.findUniqueOrThrow({ where: { id: CAMPAIGN }, select: { year: true, publishedAt: true } });
  const now = new Date();

  // ---- council members: the leader chairs, the heads of departments d1…d24 are members
  const memberIds = [SCALE_COUNCIL.chairId, ...Array.from({ length: SCALE_COUNCIL.members - 1 }, (_, i) => `s-user-head-d${i + 1}`)];
  const users = await prisma.user.findMany({ where: { id: { in: memberIds } }, select: { id: true } });
  if (users.length !== memberIds.length) throw new Error("The scale accounts are missing: run the city-scale seed first.");
  await prisma.councilMember.createMany({
    data: memberIds.map((userId, i) => ({ organisationUnitId: ORG, userId, position: i === 0 ? "CHAIR" : i === 1 ? "VICE_CHAIR" : i === 2 ? "SECRETARY" : "MEMBER", sortOrder: i })),
  });
  await prisma.roleAssignment.createMany({ data: memberIds.map((userId) => ({ userId, role: "COUNCIL_MEMBER" as const, unitId: ORG })), skipDuplicates: true });
  await prisma.awardForm.createMany({
    data: FORMS.map((f, i) => ({ id: f.id, organisationUnitId: ORG, name: f.name, recipientTypes: ["COLLECTIVE", "INDIVIDUAL"], sortOrder: i + 1, ...f.rule })),
  });

  // ---- 400 proposals: collectives of 400 participating units (200 per session)
  const n = SCALE_COUNCIL.proposalsPerSession;
  const units = await prisma.unit.findMany({
    where: { kind: { not: "CITY" }, participations: { some: { campaignId: CAMPAIGN } } },
    select: { id: true, name: true, parentId: true, parent: { select: { name: true } } },
    orderBy: { id: "asc" },
    take: 2 * n,
  });
  if (units.length < 2 * n) throw new Error(`Only ${units.length} participating units for ${2 * n} proposals.`);
  const submittedAt = new Date((campaign.publishedAt ?? now).getTime() + 7 * 86_400_000);
  const proposals: Prisma.AwardProposalCreateManyInput[] = units.map((u, i) => {
    const form = FORMS[i % 5 === 4 ? 1 : 0];
    const failsHard = i % 40 === 7;
    return {
      id: `s-proposal-${i + 1}`,
      campaignId: CAMPAIGN,
      unitId: u.id,
      awardFormId: form.id,
      nomineeType: "COLLECTIVE",
      nomineeUnitId: u.id,
      nomineeName: u.parent && u.parentId !== ORG ? `${u.name}, ${u.parent.name}` : u.name,
      achievements: ACHIEVEMENTS,
      declaredRating: "EXCELLENT",
      declaredNoDiscipline: true,
      failsHardCriterion: failsHard,
      admissionJustification: failsHard ? "Đơn vị chưa có mô hình đăng ký riêng nhưng là đơn vị thực hiện chính mô hình của đơn vị cấp trên; Thường trực đề nghị Hội đồng xem xét." : null,
      status: "SCHEDULED",
      submittedVersion: 1,
      firstSubmittedAt: submittedAt,
      lastSubmittedAt: submittedAt,
      admittedAt: new Date(submittedAt.getTime() + 2 * 86_400_000),
      admittedById: "s-user-office",
      createdById: `s-user-head-${u.id.slice(2)}`,
      updatedById: "s-user-office",
    };
  });
  await inChunks("award proposals", proposals, (c) => prisma.awardProposal.createMany({ data: c }));

  // ---- the two sessions (both VOTING while the votes go in: the database refuses votes otherwise)
  const day = 86_400_000;
  const sessions: Prisma.CouncilSessionCreateManyInput[] = [
    {
      id: SCALE_COUNCIL.votingSessionId,
      organisationUnitId: ORG,
      campaignId: CAMPAIGN,
      title: `Phiên họp Hội đồng Thi đua - Khen thưởng Thành phố xét khen thưởng cải cách hành chính năm ${campaign.year} (bỏ phiếu kín, dữ liệu quy mô)`,
      meetingAt: new Date(now.getTime() - 60 * 60_000),
      location: "Hội trường Ủy ban nhân dân Thành phố",
      agenda: "Bỏ phiếu kín 200 đề nghị khen thưởng.",
      ballotMode: "SECRET",
      status: "VOTING",
      chairUserId: SCALE_COUNCIL.chairId,
      secretaryUserId: memberIds[2],
      votingOpenedAt: new Date(now.getTime() - 50 * 60_000),
      createdById: "s-user-office",
    },
    {
      id: SCALE_COUNCIL.closedSessionId,
      organisationUnitId: ORG,
      campaignId: CAMPAIGN,
      title: `Phiên họp Hội đồng Thi đua - Khen thưởng Thành phố xét khen thưởng cải cách hành chính năm ${campaign.year} (biểu quyết công khai, dữ liệu quy mô)`,
      meetingAt: new Date(now.getTime() - 3 * day),
      location: "Hội trường Ủy ban nhân dân Thành phố",
      agenda: "Biểu quyết công khai 200 đề nghị khen thưởng.",
      ballotMode: "OPEN",
      status: "VOTING",
      chairUserId: SCALE_COUNCIL.chairId,
      secretaryUserId: memberIds[2],
      votingOpenedAt: new Date(now.getTime() - 3 * day + 15 * 60_000),
      createdById: "s-user-office",
    },
  ];
  await prisma.councilSession.createMany({ data: sessions });
  const sessionMembers: Prisma.CouncilSessionMemberCreateManyInput[] = [];
  const keys = new Map<string, string>();
  for (const s of sessions) {
    for (const [i, userId] of memberIds.entries()) {
      let ballotCheck: string | null = null;
      if (s.ballotMode === "SECRET") {
        const key = keys.get(userId) ?? deriveBallotKey(password, userId);
        keys.set(userId, key);
        ballotCheck = ballotCheckOf(sessionBallotToken(key, s.id as string));
      }
      sessionMembers.push({
        sessionId: s.id as string,
        userId,
        position: i === 0 ? "CHAIR" : i === 1 ? "VICE_CHAIR" : i === 2 ? "SECRETARY" : "MEMBER",
        presentAt: new Date((s.votingOpenedAt as Date).getTime() - (5 - (i % 5)) * 60_000),
        ballotCheck,
      });
    }
  }
  await prisma.councilSessionMember.createMany({ data: sessionMembers });
  const items: Prisma.CouncilAgendaItemCreateManyInput[] = proposals.map((p, i) => ({
    id: `s-agenda-${i + 1}`,
    sessionId: i < n ? SCALE_COUNCIL.votingSessionId : SCALE_COUNCIL.closedSessionId,
    proposalId: p.id as string,
    sortOrder: (i % n) + 1,
  }));
  await prisma.councilAgendaItem.createMany({ data: items });

  // ---- every member votes on every item: mostly agree, one item in ten divided
  const votes: Prisma.CouncilVoteCreateManyInput[] = [];
  const tally = new Map<string, Record<VoteChoice, number>>();
  for (const [i, item] of items.entries()) {
    const divided = i % 10 === 3;
    const t = { AGREE: 0, DISAGREE: 0, ABSTAIN: 0 };
    for (const userId of memberIds) {
      const r = rand();
      const choice: VoteChoice = divided ? (r < 0.45 ? "AGREE" : r < 0.85 ? "DISAGREE" : "ABSTAIN") : r < 0.86 ? "AGREE" : r < 0.94 ? "DISAGREE" : "ABSTAIN";
      t[choice]++;
      const secret = item.sessionId === SCALE_COUNCIL.votingSessionId;
      votes.push({
        id: randomUUID(),
        sessionId: item.sessionId,
        agendaItemId: item.id as string,
        voterKey: secret ? secretVoterKey(sessionBallotToken(keys.get(userId)!, item.sessionId), item.id as string) : userId,
        memberUserId: secret ? null : userId,
        choice,
      });
    }
    tally.set(item.id as string, t);
  }
  // Stored in a random order, as the portal stores ballots: the row order tells nothing of who voted when.
  for (let i = votes.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [votes[i], votes[j]] = [votes[j], votes[i]];
  }
  await inChunks("council votes (2 × 200 × 25)", votes, (c) => prisma.councilVote.createMany({ data: c }));

  // ---- close the open-ballot session: tallies frozen with each form's rule, proposals decided
  const closedAt = new Date(now.getTime() - 3 * day + 90 * 60_000);
  const formRule = new Map(FORMS.map((f) => [f.id, ruleOf(f.rule)]));
  const decided = { APPROVED: [] as string[], REJECTED: [] as string[], NO_QUORUM: [] as string[] };
  for (const [i, item] of items.entries()) {
    if (item.sessionId !== SCALE_COUNCIL.closedSessionId) continue;
    const t = tally.get(item.id as string)!;
    const counts = { invited: memberIds.length, present: memberIds.length, agree: t.AGREE, disagree: t.DISAGREE, abstain: t.ABSTAIN };
    const { outcome } = decide(formRule.get(proposals[i].awardFormId as string)!, counts);
    decided[outcome].push(proposals[i].id as string);
    await prisma.councilAgendaItem.update({
      where: { id: item.id as string },
      data: { invitedCount: counts.invited, presentCount: counts.present, agreeCount: t.AGREE, disagreeCount: t.DISAGREE, abstainCount: t.ABSTAIN, outcome, tallyFrozenAt: closedAt },
    });
  }
  await prisma.awardProposal.updateMany({ where: { id: { in: decided.APPROVED } }, data: { status: "APPROVED" } });
  await prisma.awardProposal.updateMany({ where: { id: { in: decided.REJECTED } }, data: { status: "REJECTED" } });
  await prisma.awardProposal.updateMany({ where: { id: { in: decided.NO_QUORUM } }, data: { status: "ADMITTED" } });
  await prisma.councilSession.update({ where: { id: SCALE_COUNCIL.closedSessionId }, data: { status: "CLOSED", closedAt, closedById: SCALE_COUNCIL.chairId } });

  console.log(
    `  council of ${ORG}: ${memberIds.length} members (chair scale.leader, member ${SCALE_COUNCIL.memberUsername}); ` +
      `${SCALE_COUNCIL.votingSessionId} (secret, voting) and ${SCALE_COUNCIL.closedSessionId} (open, closed: ${decided.APPROVED.length} approved, ${decided.REJECTED.length} rejected), ` +
      `${n} proposals each, ${votes.length} votes, in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}
