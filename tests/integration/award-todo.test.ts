import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { getCampaignCompliance, loadMatrixProposals } from "../../lib/compliance/queries";
import type { AwardProposalStatus, BallotMode, Role } from "../../lib/generated/prisma/enums";
import { loadAwardTasks, loadObligations } from "../../lib/obligations/queries";
import { getUnitHome } from "../../lib/registrations/queries";
import { db, makeOrganisation, makeUser } from "../helpers/factories";

const DAY = 86_400_000;
const sessionOf = async (u: { id: string }) => (await loadSessionUser(u.id))!;

/**
 * The organisation of makeOrganisation with award milestones on its campaign (the units' proposals in
 * `proposalInDays`, the council's review in `reviewInDays`), its standing office and council member, and
 * two award forms: the Sở's Giấy khen (within authority) and the City's Bằng khen (beyond it).
 */
async function setUp(opts: { proposalInDays?: number; reviewInDays?: number } = {}) {
  const org = await makeOrganisation();
  const emulation = await makeUser({ unit: org.dept, roles: [{ role: "EMULATION_OFFICE" }], username: "emulation-t" });
  const milestone = (kind: "AWARD_PROPOSAL" | "COUNCIL_REVIEW", role: Role, days: number, sortOrder: number) =>
    db().milestone.create({
      data: {
        campaignId: org.campaign.id,
        kind,
        name: kind === "AWARD_PROPOSAL" ? "Gửi hồ sơ đề nghị khen thưởng về Thường trực Hội đồng" : "Hội đồng Thi đua - Khen thưởng xét tặng Giấy khen",
        deliverable: "Hồ sơ đề nghị khen thưởng",
        responsibleRole: role,
        dueAt: new Date(Date.now() + days * DAY),
        sortOrder,
      },
    });
  const proposal = await milestone("AWARD_PROPOSAL", "UNIT_HEAD", opts.proposalInDays ?? 20, 8);
  const review = await milestone("COUNCIL_REVIEW", "EMULATION_OFFICE", opts.reviewInDays ?? 40, 7);
  const formGK = await db().awardForm.create({ data: { organisationUnitId: org.dept.id, name: "Giấy khen của Giám đốc Sở", recipientTypes: ["COLLECTIVE", "INDIVIDUAL"] } });
  const formBK = await db().awardForm.create({ data: { organisationUnitId: org.city.id, name: "Bằng khen của Chủ tịch UBND Thành phố", recipientTypes: ["COLLECTIVE"] } });
  return { ...org, emulation, milestones: { proposal, review }, formGK, formBK };
}
type Org = Awaited<ReturnType<typeof setUp>>;

let seq = 0;
async function propose(org: Org, unit: { id: string; name: string }, status: AwardProposalStatus, extra: { isLate?: boolean; form?: { id: string }; campaignId?: string } = {}) {
  const sent = status !== "DRAFT";
  return db().awardProposal.create({
    data: {
      campaignId: extra.campaignId ?? org.campaign.id,
      unitId: unit.id,
      awardFormId: (extra.form ?? org.formGK).id,
      nomineeType: "COLLECTIVE",
      nomineeUnitId: unit.id,
      nomineeName: `${unit.name} ${++seq}`,
      status,
      isLate: extra.isLate ?? false,
      submittedVersion: sent ? 1 : 0,
      firstSubmittedAt: sent ? new Date() : null,
      lastSubmittedAt: sent ? new Date() : null,
    },
  });
}

/** A council session of the Sở's campaign with its convened members and its agenda. */
async function councilSession(org: Org, opts: { status: "DRAFT" | "VOTING" | "CLOSED"; ballotMode?: BallotMode; members: { id: string }[]; proposals?: { id: string }[]; title?: string }) {
  const s = await db().councilSession.create({
    data: {
      organisationUnitId: org.dept.id,
      campaignId: org.campaign.id,
      title: opts.title ?? "Phiên họp xét khen thưởng",
      meetingAt: new Date(Date.now() + DAY),
      location: "Phòng họp tầng 3",
      ballotMode: opts.ballotMode ?? "OPEN",
      status: opts.status === "CLOSED" ? "VOTING" : opts.status,
      chairUserId: org.leader.id,
      members: { create: opts.members.map((m) => ({ userId: m.id })) },
      items: { create: (opts.proposals ?? []).map((p, i) => ({ proposalId: p.id, sortOrder: i + 1 })) },
    },
    include: { items: { orderBy: { sortOrder: "asc" } } },
  });
  if (opts.status === "CLOSED") await db().councilSession.update({ where: { id: s.id }, data: { status: "CLOSED", closedAt: new Date() } });
  return s;
}

describe("award proposals on a unit's to-do list and home (not compulsory)", () => {
  it("open until the date with the unit's own counts ('2 hồ sơ đã gửi, 1 đang soạn') and a link to its proposals", async () => {
    const org = await setUp();
    await propose(org, org.officeA, "SUBMITTED");
    await propose(org, org.officeA, "ADMITTED");
    await propose(org, org.officeA, "DRAFT");
    await propose(org, org.officeB, "SUBMITTED");
    const o = (await loadObligations(await sessionOf(org.headA))).find((x) => x.milestoneId === org.milestones.proposal.id)!;
    expect(o).toMatchObject({
      unitId: org.officeA.id,
      tracking: "AWARD_PROPOSAL",
      status: "DRAFT",
      detail: "2 hồ sơ đã gửi, 1 đang soạn",
      done: false,
      overdue: false,
      href: `/unit/campaigns/${org.campaign.id}/awards?unit=${org.officeA.id}`,
    });
    // The staff sees the same; B's head sees B's count only.
    expect((await loadObligations(await sessionOf(org.staffA))).find((x) => x.milestoneId === org.milestones.proposal.id)?.detail).toBe("2 hồ sơ đã gửi, 1 đang soạn");
    const b = (await loadObligations(await sessionOf(org.headB))).find((x) => x.milestoneId === org.milestones.proposal.id)!;
    expect(b).toMatchObject({ unitId: org.officeB.id, status: "PROPOSED", detail: "1 hồ sơ đã gửi" });
    // The office and the leadership have no unit proposal obligation.
    expect((await loadObligations(await sessionOf(org.emulation))).some((x) => x.milestoneId === org.milestones.proposal.id)).toBe(false);

    // The unit home shows the same, from the same rules.
    const home = await getUnitHome(await sessionOf(org.headA));
    const m = home.units[0].campaigns[0].milestones.find((x) => x.kind === "AWARD_PROPOSAL")!;
    expect(m).toMatchObject({ tracking: "AWARD_PROPOSAL", status: "DRAFT", detail: "2 hồ sơ đã gửi, 1 đang soạn", proposals: { submitted: 2, drafts: 1 }, href: o.href });
  });

  it("a unit proposing nothing is never overdue; past the date a returned proposal is overdue until sent again, then done", async () => {
    const org = await setUp({ proposalInDays: -3, reviewInDays: 40 });
    const none = (await loadObligations(await sessionOf(org.headB))).find((x) => x.milestoneId === org.milestones.proposal.id)!;
    expect(none).toMatchObject({ status: "NO_PROPOSAL", overdue: false, past: true, done: false });
    const home = await getUnitHome(await sessionOf(org.headB));
    expect(home.units[0].campaigns[0].milestones.find((x) => x.kind === "AWARD_PROPOSAL")).toMatchObject({ status: "NO_PROPOSAL", overdue: false, past: true });

    const returned = await propose(org, org.officeA, "RETURNED");
    const a = (await loadObligations(await sessionOf(org.headA))).find((x) => x.milestoneId === org.milestones.proposal.id)!;
    expect(a).toMatchObject({ status: "RETURNED", overdue: true, detail: "1 bị trả lại cần gửi lại" });
    await db().awardProposal.update({ where: { id: returned.id }, data: { status: "SUBMITTED", isLate: true } });
    const sent = (await loadObligations(await sessionOf(org.headA))).find((x) => x.milestoneId === org.milestones.proposal.id)!;
    expect(sent).toMatchObject({ status: "PROPOSED", done: true, overdue: false, detail: "1 hồ sơ đã gửi (1 trễ hạn)" });
  });

  it("compliance never counts a unit without proposals as missing: the milestone carries the counts per unit, for information", async () => {
    const org = await setUp({ proposalInDays: -3 });
    await propose(org, org.officeA, "SUBMITTED", { isLate: true });
    await propose(org, org.officeA, "AWARDED");
    await propose(org, org.officeA, "DRAFT");
    const data = (await getCampaignCompliance(await sessionOf(org.office), org.campaign.id))!;
    const m = data.milestones.find((x) => x.kind === "AWARD_PROPOSAL")!;
    expect(m).toMatchObject({ tracked: false, summary: null, units: [] });
    expect(m.proposals?.totals).toEqual({ submitted: 2, late: 1, drafts: 1, returned: 0 });
    expect(m.proposals?.proposingUnits).toBe(1);
    expect(m.proposals?.units.map((u) => [u.name, u.counts.submitted])).toEqual([
      ["Phòng A", 2],
      ["Phòng B", 0],
    ]);
    // The status matrix's column: the page's units and the campaign's totals.
    const matrix = (await loadMatrixProposals(await sessionOf(org.office), { id: org.campaign.id, issuingUnit: org.dept }, [org.officeA.id, org.officeB.id]))!;
    expect(matrix.totals).toEqual({ submitted: 2, late: 1, drafts: 1, returned: 0 });
    expect(matrix.byUnit.get(org.officeA.id)).toEqual({ submitted: 2, late: 1, drafts: 1, returned: 0 });
    expect(matrix.byUnit.get(org.officeB.id)).toBeUndefined();
    // Another Sở's office reads nothing.
    expect(await loadMatrixProposals(await sessionOf(org.otherOffice), { id: org.campaign.id, issuingUnit: org.dept }, [org.officeA.id])).toBeNull();
  });
});

describe("the council's review of the campaign (the standing office)", () => {
  it("pending with what waits, overdue after its date, satisfied once a closed session has considered every admitted proposal", async () => {
    const org = await setUp({ proposalInDays: -10, reviewInDays: -1 });
    const reviewOf = async () => (await loadObligations(await sessionOf(org.emulation))).find((x) => x.milestoneId === org.milestones.review.id)!;
    // Nothing received: nothing to review (history after the date), never overdue.
    await propose(org, org.officeA, "DRAFT");
    expect(await reviewOf()).toMatchObject({ scope: "OFFICE", tracking: "COUNCIL_REVIEW", status: "NO_PROPOSAL", overdue: false, past: true, href: `/campaigns/${org.campaign.id}/council` });

    const p1 = await propose(org, org.officeA, "SUBMITTED");
    const p2 = await propose(org, org.officeB, "ADMITTED");
    expect(await reviewOf()).toMatchObject({ status: "REVIEW_PENDING", overdue: true, done: false, detail: "1 hồ sơ chờ kiểm tra, 1 đủ điều kiện chưa đưa vào phiên họp" });

    // A session closed, but a proposal still admitted and one on a session not closed: still pending.
    await db().awardProposal.update({ where: { id: p1.id }, data: { status: "APPROVED" } });
    await councilSession(org, { status: "CLOSED", members: [org.council], proposals: [p1] });
    await db().awardProposal.update({ where: { id: p2.id }, data: { status: "SCHEDULED" } });
    await councilSession(org, { status: "VOTING", members: [org.council], proposals: [p2] });
    expect(await reviewOf()).toMatchObject({ status: "REVIEW_PENDING", overdue: true, detail: "1 đang xét tại phiên họp; đã xét 1" });

    // Every admitted proposal considered by a closed session: satisfied.
    await db().awardProposal.update({ where: { id: p2.id }, data: { status: "REJECTED" } });
    expect(await reviewOf()).toMatchObject({ status: "REVIEWED", done: true, overdue: false, detail: "Hội đồng đã xét 2 đề nghị" });

    // The compliance page says the same.
    const data = (await getCampaignCompliance(await sessionOf(org.office), org.campaign.id))!;
    expect(data.milestones.find((x) => x.kind === "COUNCIL_REVIEW")?.councilReview).toEqual({ status: "REVIEWED", overdue: false, text: "Hội đồng đã xét 2 đề nghị" });
  });

  it("falls on the standing office of the campaign's own organisation only, not on another Sở's nor the City's", async () => {
    const org = await setUp();
    await propose(org, org.officeA, "SUBMITTED");
    const cityOffice = await makeUser({ unit: org.city, roles: [{ role: "EMULATION_OFFICE" }] });
    const otherOffice = await makeUser({ unit: org.otherDept, roles: [{ role: "EMULATION_OFFICE" }] });
    for (const u of [cityOffice, otherOffice]) {
      expect((await loadObligations(await sessionOf(u))).some((x) => x.milestoneId === org.milestones.review.id)).toBe(false);
      expect(await loadAwardTasks(await sessionOf(u))).toEqual([]);
    }
    expect((await loadObligations(await sessionOf(org.emulation))).some((x) => x.milestoneId === org.milestones.review.id)).toBe(true);
  });
});

describe("award work on the to-do list", () => {
  it("the standing office: dossiers to check, admitted ones not on a session, approved ones beyond authority to send up", async () => {
    const org = await setUp();
    await propose(org, org.officeA, "SUBMITTED");
    await propose(org, org.officeB, "SUBMITTED");
    await propose(org, org.officeA, "ADMITTED");
    await propose(org, org.officeA, "APPROVED", { form: org.formBK });
    await propose(org, org.officeB, "APPROVED");
    await propose(org, org.officeB, "DRAFT");
    const tasks = await loadAwardTasks(await sessionOf(org.emulation));
    expect(tasks.map((t) => [t.kind, t.title, t.href])).toEqual([
      ["REVIEW_SUBMITTED", "2 hồ sơ đề nghị khen thưởng chờ kiểm tra", `/campaigns/${org.campaign.id}/awards?status=SUBMITTED`],
      ["SCHEDULE_ADMITTED", "1 đề nghị đủ điều kiện chưa đưa vào phiên họp", `/campaigns/${org.campaign.id}/awards?status=ADMITTED`],
      ["FORWARD_APPROVED", "1 đề nghị vượt thẩm quyền chờ trình cấp trên", `/campaigns/${org.campaign.id}/awards/forward`],
    ]);
    expect(tasks[0].dueAt).toEqual(org.milestones.review.dueAt);

    // The leadership: the approved one within authority, waiting for the decision.
    const leader = await loadAwardTasks(await sessionOf(org.leader));
    expect(leader.map((t) => [t.kind, t.title, t.href])).toEqual([
      ["DECIDE_APPROVED", "1 đề nghị Hội đồng đã tán thành chờ quyết định khen thưởng", `/campaigns/${org.campaign.id}/awards/decisions/new`],
    ]);
    // A unit head, the CCHC office and another Sở's leadership have none.
    const otherLeader = await makeUser({ unit: org.otherDept, roles: [{ role: "LEADERSHIP" }] });
    for (const u of [org.headA, org.office, otherLeader]) expect(await loadAwardTasks(await sessionOf(u))).toEqual([]);
  });

  it("a council member sees each VOTING session they are convened to: open ballot with their own count, secret ballot without", async () => {
    const org = await setUp();
    const [p1, p2, p3] = [await propose(org, org.officeA, "SCHEDULED"), await propose(org, org.officeB, "SCHEDULED"), await propose(org, org.officeB, "SCHEDULED")];
    const colleague = await makeUser({ unit: org.dept, roles: [{ role: "COUNCIL_MEMBER" }] });
    const open = await councilSession(org, { status: "VOTING", title: "Phiên họp công khai", members: [org.council, colleague], proposals: [p1, p2] });
    const secret = await councilSession(org, { status: "VOTING", ballotMode: "SECRET", title: "Phiên bỏ phiếu kín", members: [org.council], proposals: [p3] });
    await councilSession(org, { status: "DRAFT", title: "Phiên đang chuẩn bị", members: [org.council] });
    await db().councilSessionMember.update({ where: { sessionId_userId: { sessionId: open.id, userId: org.council.id } }, data: { presentAt: new Date() } });
    // The member voted on one item of the open ballot; a colleague voted on both (not the member's count).
    const vote = (item: { id: string }, user: { id: string } | null, voterKey: string) =>
      db().councilVote.create({ data: { id: randomUUID(), sessionId: item.id === secret.items[0].id ? secret.id : open.id, agendaItemId: item.id, voterKey, memberUserId: user?.id ?? null, choice: "AGREE" } });
    await vote(open.items[0], org.council, org.council.id);
    await vote(open.items[0], colleague, colleague.id);
    await vote(open.items[1], colleague, colleague.id);
    // A secret ballot's vote carries no member.
    await vote(secret.items[0], null, "a".repeat(64));

    const tasks = await loadAwardTasks(await sessionOf(org.council));
    expect(tasks.map((t) => [t.kind, t.title, t.href])).toEqual([
      ["VOTE", "Phiên họp công khai đang biểu quyết: bạn đã biểu quyết 1/2 đề nghị", `/council/sessions/${open.id}`],
      ["VOTE", "Phiên bỏ phiếu kín đang biểu quyết", `/council/sessions/${secret.id}`],
    ]);
    expect(tasks[1].detail).toContain("Bỏ phiếu kín");
    expect(tasks[1].detail).toContain("bạn chưa điểm danh có mặt");
    expect(tasks[0].detail).not.toContain("chưa điểm danh");
    expect((await loadAwardTasks(await sessionOf(colleague))).map((t) => t.title)).toEqual(["Phiên họp công khai đang biểu quyết: bạn đã biểu quyết 2/2 đề nghị"]);

    // Another organisation's council member is not convened: nothing.
    const outsider = await makeUser({ unit: org.otherDept, roles: [{ role: "COUNCIL_MEMBER" }] });
    expect(await loadAwardTasks(await sessionOf(outsider))).toEqual([]);

    // Once the ballot is closed the session leaves the to-do list.
    await db().councilSession.update({ where: { id: open.id }, data: { status: "CLOSED", closedAt: new Date() } });
    expect((await loadAwardTasks(await sessionOf(org.council))).map((t) => t.key)).toEqual([`VOTE:${secret.id}`]);
  });
});
