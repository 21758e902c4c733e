import { randomUUID } from "node:crypto";
import type { AwardProposalStatus, BallotMode, CouncilOutcome, ParticipantType, VoteChoice } from "../../lib/generated/prisma/enums";
import { db, makeCampaign, makeOrganisation, makeUser } from "./factories";

/**
 * The organisation of `makeOrganisation` with what the award decision needs: the City's campaign as
 * the parent of the Sở's, the Sở's standing office and council, two award forms (the Sở's Giấy khen
 * within authority, the City's Bằng khen beyond it).
 */
export async function makeAwardOrganisation() {
  const org = await makeOrganisation();
  const emulation = await makeUser({ unit: org.dept, roles: [{ role: "EMULATION_OFFICE" }], username: "emulation-t", fullName: "Châu Văn Lộc" });
  const secretary = await makeUser({ unit: org.dept, roles: [{ role: "COUNCIL_MEMBER" }], username: "secretary-t", fullName: "Đỗ Thị Kim Oanh" });
  await db().user.update({ where: { id: org.leader.id }, data: { fullName: "Nguyễn Thanh Nhã", jobTitle: "Giám đốc Sở" } });
  const otherLeader = await makeUser({ unit: org.otherDept, roles: [{ role: "LEADERSHIP" }], username: "leader-other" });
  const cityCampaign = await makeCampaign({ issuingUnit: org.city, units: [org.dept, org.otherDept] });
  await db().campaign.update({ where: { id: cityCampaign.id }, data: { documentNumber: "1018/KH-UBND" } });
  const campaign = await db().campaign.update({
    where: { id: org.campaign.id },
    data: {
      documentNumber: "1128/KH-SQHKT",
      parentCampaignId: cityCampaign.id,
      title: `Kế hoạch phát động phong trào thi đua về cải cách hành chính tại Sở Thử nghiệm năm ${org.campaign.year}`,
    },
  });
  const formGK = await db().awardForm.create({
    data: { organisationUnitId: org.dept.id, name: "Giấy khen của Giám đốc Sở", recipientTypes: ["COLLECTIVE", "INDIVIDUAL", "CITIZEN"], sortOrder: 1 },
  });
  const formBK = await db().awardForm.create({
    data: { organisationUnitId: org.city.id, name: "Bằng khen của Chủ tịch Ủy ban nhân dân Thành phố", recipientTypes: ["COLLECTIVE", "INDIVIDUAL"], sortOrder: 1 },
  });
  return { ...org, campaign, emulation, secretary, otherLeader, cityCampaign, formGK, formBK };
}

export type AwardOrg = Awaited<ReturnType<typeof makeAwardOrganisation>>;

/** A proposal in a given state (submitted once, version 1 frozen with its documents). */
export async function makeProposal(opts: {
  campaign: { id: string };
  unit: { id: string; name: string };
  form: { id: string };
  status: AwardProposalStatus;
  nominee: { type: "COLLECTIVE"; unit: { id: string; name: string } } | { type: "INDIVIDUAL"; user: { id: string; fullName: string }; detail?: string } | { type: "CITIZEN"; name: string; detail?: string };
}) {
  const n = opts.nominee;
  const type: ParticipantType = n.type;
  const p = await db().awardProposal.create({
    data: {
      campaignId: opts.campaign.id,
      unitId: opts.unit.id,
      awardFormId: opts.form.id,
      nomineeType: type,
      nomineeUnitId: n.type === "COLLECTIVE" ? n.unit.id : null,
      nomineeUserId: n.type === "INDIVIDUAL" ? n.user.id : null,
      nomineeName: n.type === "COLLECTIVE" ? n.unit.name : n.type === "INDIVIDUAL" ? n.user.fullName : n.name,
      nomineeDetail: n.type === "COLLECTIVE" ? null : (n.detail ?? null),
      achievements: "Hoàn thành xuất sắc nhiệm vụ được giao.",
      declaredRating: "EXCELLENT",
      declaredNoDiscipline: true,
      status: opts.status,
      submittedVersion: opts.status === "DRAFT" ? 0 : 1,
      firstSubmittedAt: opts.status === "DRAFT" ? null : new Date(),
      lastSubmittedAt: opts.status === "DRAFT" ? null : new Date(),
    },
  });
  return p;
}

/**
 * A council session of the Sở on the campaign, with its members convened (present or not), one agenda
 * item per proposal, open votes cast per item, then tallies frozen and the session CLOSED — as the
 * chair's close would leave it. `close: false` leaves it VOTING.
 */
export async function makeSession(opts: {
  org: AwardOrg;
  ballotMode?: BallotMode;
  members: { user: { id: string }; position: "CHAIR" | "VICE_CHAIR" | "SECRETARY" | "MEMBER"; present: boolean }[];
  items: { proposal: { id: string }; votes: { user: { id: string }; choice: VoteChoice }[]; outcome: CouncilOutcome }[];
  close?: boolean;
  meetingAt?: Date;
}) {
  const { org } = opts;
  const chair = opts.members.find((m) => m.position === "CHAIR")!;
  const secretary = opts.members.find((m) => m.position === "SECRETARY");
  const mode = opts.ballotMode ?? "OPEN";
  const session = await db().councilSession.create({
    data: {
      organisationUnitId: org.dept.id,
      campaignId: org.campaign.id,
      title: "Phiên họp xét khen thưởng năm nay",
      meetingAt: opts.meetingAt ?? new Date(Date.now() - 2 * 86_400_000),
      location: "Phòng họp số 1",
      agenda: "Xét đề nghị khen thưởng Giấy khen của Giám đốc Sở.",
      ballotMode: mode,
      status: "VOTING",
      votingOpenedAt: new Date(Date.now() - 2 * 86_400_000),
      chairUserId: chair.user.id,
      secretaryUserId: secretary?.user.id ?? null,
      members: {
        create: opts.members.map((m) => ({ userId: m.user.id, position: m.position, presentAt: m.present ? new Date(Date.now() - 2 * 86_400_000) : null })),
      },
    },
  });
  const items = [];
  for (const [i, it] of opts.items.entries()) {
    const item = await db().councilAgendaItem.create({ data: { sessionId: session.id, proposalId: it.proposal.id, sortOrder: i + 1 } });
    for (const v of it.votes) {
      await db().councilVote.create({
        data: {
          id: randomUUID(),
          sessionId: session.id,
          agendaItemId: item.id,
          voterKey: mode === "OPEN" ? v.user.id : randomUUID().replace(/-/g, ""),
          memberUserId: mode === "OPEN" ? v.user.id : null,
          choice: v.choice,
        },
      });
    }
    items.push({ item, it });
  }
  if (opts.close === false) return session;
  const present = opts.members.filter((m) => m.present).length;
  for (const { item, it } of items) {
    await db().councilAgendaItem.update({
      where: { id: item.id },
      data: {
        invitedCount: opts.members.length,
        presentCount: present,
        agreeCount: it.votes.filter((v) => v.choice === "AGREE").length,
        disagreeCount: it.votes.filter((v) => v.choice === "DISAGREE").length,
        abstainCount: it.votes.filter((v) => v.choice === "ABSTAIN").length,
        outcome: it.outcome,
        tallyFrozenAt: new Date(),
      },
    });
  }
  return db().councilSession.update({ where: { id: session.id }, data: { status: "CLOSED", closedAt: new Date(), closedById: chair.user.id } });
}
