import { describe, expect, it } from "vitest";
import type { ScopedRole } from "@/lib/auth/roles";
import { proposalSummary, proposalSummaryText } from "@/lib/compliance/rules";
import { proposalCellText, proposalTotalsText } from "@/lib/consolidation/matrix";
import {
  councilReviewState,
  councilReviewText,
  countUnitProposals,
  deriveAwardTasks,
  NO_PROPOSALS,
  unitProposalState,
  unitProposalText,
  type ProposalGroupInput,
  type VotingSessionInput,
} from "@/lib/obligations/awards";
import { deriveObligations, isOpen, OBLIGATION_STATUS_LABELS, timeLeftText, type AwardProposalCountInput, type ObligationCampaignInput } from "@/lib/obligations/rules";
import { dueAtForBeforeDay } from "@/lib/time/vn";

const due = dueAtForBeforeDay("2026-11-20");
const before = new Date("2026-11-10T03:00:00Z");
const after = new Date("2026-11-25T03:00:00Z");
const counts = (c: Partial<typeof NO_PROPOSALS>) => ({ ...NO_PROPOSALS, ...c });

describe("a unit's award proposals (not compulsory)", () => {
  it("without any proposal: open until the date, then history — never overdue", () => {
    expect(unitProposalState(NO_PROPOSALS, { dueAt: due }, before)).toEqual({ status: "NO_PROPOSAL", done: false, overdue: false, past: false });
    expect(unitProposalState(NO_PROPOSALS, { dueAt: due }, after)).toEqual({ status: "NO_PROPOSAL", done: false, overdue: false, past: true });
  });

  it("proposals sent keep it open until the date (the unit may propose more), then it is done", () => {
    expect(unitProposalState(counts({ submitted: 2 }), { dueAt: due }, before)).toEqual({ status: "PROPOSED", done: false, overdue: false, past: false });
    expect(unitProposalState(counts({ submitted: 2, late: 1 }), { dueAt: due }, after)).toEqual({ status: "PROPOSED", done: true, overdue: false, past: false });
  });

  it("a draft or a returned proposal is pending work: overdue once the date has passed, history after the hard cut-off", () => {
    expect(unitProposalState(counts({ submitted: 2, drafts: 1 }), { dueAt: due }, before)).toMatchObject({ status: "DRAFT", done: false, overdue: false });
    expect(unitProposalState(counts({ submitted: 2, drafts: 1 }), { dueAt: due }, after)).toMatchObject({ status: "DRAFT", done: false, overdue: true, past: false });
    // A returned one comes first: it is to be corrected and sent again.
    expect(unitProposalState(counts({ drafts: 1, returned: 1 }), { dueAt: due }, after)).toMatchObject({ status: "RETURNED", overdue: true });
    const cutoffAt = dueAtForBeforeDay("2026-11-23");
    expect(unitProposalState(counts({ drafts: 1 }), { dueAt: due, cutoffAt }, after)).toEqual({ status: "DRAFT", done: false, overdue: false, past: true });
  });

  it("before the date the plan opens proposals from, nothing is asked yet", () => {
    const opensAt = dueAtForBeforeDay("2026-11-15");
    expect(unitProposalState(NO_PROPOSALS, { dueAt: due, opensAt }, before)).toMatchObject({ status: "NOT_OPEN", overdue: false, past: false });
    // A draft already written shows as such.
    expect(unitProposalState(counts({ drafts: 1 }), { dueAt: due, opensAt }, before).status).toBe("DRAFT");
  });

  it("counts by status and says them in Vietnamese", () => {
    const c = countUnitProposals([
      { status: "SUBMITTED", isLate: false, n: 1 },
      { status: "ADMITTED", isLate: true, n: 1 },
      { status: "AWARDED", isLate: false, n: 1 },
      { status: "DRAFT", isLate: false, n: 1 },
      { status: "RETURNED", isLate: false, n: 2 },
    ]);
    expect(c).toEqual({ submitted: 3, late: 1, drafts: 1, returned: 2 });
    expect(unitProposalText(c)).toBe("3 hồ sơ đã gửi (1 trễ hạn), 1 đang soạn, 2 bị trả lại cần gửi lại");
    expect(unitProposalText(counts({ submitted: 2, drafts: 1 }))).toBe("2 hồ sơ đã gửi, 1 đang soạn");
    expect(unitProposalText(NO_PROPOSALS)).toBeNull();
  });
});

describe("the council's review of a campaign", () => {
  it("is satisfied once a session was closed and nothing waits for the council", () => {
    expect(councilReviewState({ APPROVED: 2, REJECTED: 1, AWARDED: 3 }, 1, due, after)).toEqual({ status: "REVIEWED", done: true, overdue: false, past: false });
    // A closed session with nothing left submitted or admitted (nothing was proposed at all).
    expect(councilReviewState({}, 1, due, after).status).toBe("REVIEWED");
    expect(councilReviewText({ APPROVED: 2, REJECTED: 1, FORWARDED: 1 }, 2)).toBe("Hội đồng đã xét 4 đề nghị");
  });

  it("is pending while proposals are submitted, admitted or on a session not closed yet; overdue after its date", () => {
    for (const c of [{ SUBMITTED: 1 }, { ADMITTED: 1 }, { SCHEDULED: 3, APPROVED: 2 }] as const) {
      expect(councilReviewState(c, 1, due, before)).toEqual({ status: "REVIEW_PENDING", done: false, overdue: false, past: false });
      expect(councilReviewState(c, 1, due, after)).toEqual({ status: "REVIEW_PENDING", done: false, overdue: true, past: false });
    }
    // No session closed yet: pending even if every proposal was returned or approved elsewhere.
    expect(councilReviewState({ ADMITTED: 2 }, 0, due, after).overdue).toBe(true);
    expect(councilReviewText({ SUBMITTED: 3, ADMITTED: 2, SCHEDULED: 1, APPROVED: 4 }, 1)).toBe(
      "3 hồ sơ chờ kiểm tra, 2 đủ điều kiện chưa đưa vào phiên họp, 1 đang xét tại phiên họp; đã xét 4",
    );
  });

  it("with no proposal received (drafts and returned ones stay with the units) there is nothing to review: history after the date", () => {
    expect(councilReviewState({ DRAFT: 4, RETURNED: 1 }, 0, due, before)).toEqual({ status: "NO_PROPOSAL", done: false, overdue: false, past: false });
    expect(councilReviewState({ DRAFT: 4, RETURNED: 1 }, 0, due, after)).toEqual({ status: "NO_PROPOSAL", done: false, overdue: false, past: true });
    expect(councilReviewText({}, 0)).toBe("Chưa có hồ sơ đề nghị nào gửi đến");
  });
});

const dept = { id: "dept", path: "/city/dept/", name: "Sở X" };
const role = (r: ScopedRole["role"], unitId: string, unitPath: string): ScopedRole => ({ role: r, unitId, unitPath });
const award = { id: "m-award", kind: "AWARD_PROPOSAL", name: "Gửi hồ sơ đề nghị khen thưởng", deliverable: "Hồ sơ đề nghị khen thưởng", responsibleRole: "UNIT_HEAD", dueAt: due, hardCutoffAt: null, sortOrder: 8 } as const;
const review = { id: "m-review", kind: "COUNCIL_REVIEW", name: "Hội đồng xét khen thưởng", deliverable: null, responsibleRole: "EMULATION_OFFICE", dueAt: dueAtForBeforeDay("2026-12-20"), hardCutoffAt: null, sortOrder: 7 } as const;
const campaign: ObligationCampaignInput = {
  id: "c1",
  documentNumber: "1/KH-X",
  title: "Kế hoạch thi đua",
  status: "PUBLISHED",
  issuingUnit: dept,
  units: [
    { id: "a", name: "Phòng A" },
    { id: "b", name: "Phòng B" },
  ],
  milestones: [award, review],
};
const headA = [role("UNIT_HEAD", "a", "/city/dept/a/")];
const emulation = [role("EMULATION_OFFICE", "dept", "/city/dept/")];
const g = (unitId: string, status: AwardProposalCountInput["status"], n = 1, isLate = false): AwardProposalCountInput => ({ campaignId: "c1", unitId, status, isLate, n });
const noExt = (m: { dueAt: Date }) => ({ dueAt: m.dueAt, extension: null });

describe("award milestones on the to-do list", () => {
  it("the unit's proposals: open with its counts and a link to its proposals; another unit's never count", () => {
    const [o] = deriveObligations({ roles: headA, campaigns: [campaign], registrations: [], awardProposals: [g("a", "SUBMITTED", 2), g("a", "DRAFT"), g("b", "SUBMITTED", 5)], deadlineOf: noExt, now: before });
    expect(o).toMatchObject({
      key: "m-award:a",
      tracking: "AWARD_PROPOSAL",
      status: "DRAFT",
      detail: "2 hồ sơ đã gửi, 1 đang soạn",
      proposals: { submitted: 2, drafts: 1, returned: 0, late: 0 },
      done: false,
      overdue: false,
      href: "/unit/campaigns/c1/awards?unit=a",
    });
    expect(isOpen(o)).toBe(true);
  });

  it("a unit that proposes nothing is never overdue: 'Chưa có đề nghị', not compulsory, then 'đã qua'", () => {
    const [open] = deriveObligations({ roles: headA, campaigns: [campaign], registrations: [], deadlineOf: noExt, now: before });
    expect(open).toMatchObject({ status: "NO_PROPOSAL", overdue: false, past: false });
    expect(OBLIGATION_STATUS_LABELS[open.status]).toBe("Chưa có đề nghị");
    expect(open.detail).toContain("Không bắt buộc");
    const [late] = deriveObligations({ roles: headA, campaigns: [campaign], registrations: [], deadlineOf: noExt, now: after });
    expect(late).toMatchObject({ status: "NO_PROPOSAL", overdue: false, past: true, done: false });
    expect(timeLeftText(late, after)).toBe("đã qua");
  });

  it("a returned proposal is to be sent again (overdue after the date); the unit's extension moves its date", () => {
    const [o] = deriveObligations({ roles: headA, campaigns: [campaign], registrations: [], awardProposals: [g("a", "RETURNED")], deadlineOf: noExt, now: after });
    expect(o).toMatchObject({ status: "RETURNED", overdue: true, detail: "1 bị trả lại cần gửi lại" });
    const ext = dueAtForBeforeDay("2026-11-30");
    const [extended] = deriveObligations({
      roles: headA,
      campaigns: [campaign],
      registrations: [],
      awardProposals: [g("a", "RETURNED")],
      deadlineOf: (m, unitId) => (m.id === "m-award" && unitId === "a" ? { dueAt: ext, extension: { dueAt: ext } } : noExt(m)),
      now: after,
    });
    expect(extended).toMatchObject({ status: "RETURNED", overdue: false, extended: true });
  });

  it("the council's review falls on the emulation office of the campaign's own organisation, linked to the council page", () => {
    const list = deriveObligations({ roles: emulation, campaigns: [campaign], registrations: [], councilReviews: [{ campaignId: "c1", byStatus: { SUBMITTED: 3 }, closedSessions: 0 }], deadlineOf: noExt, now: after });
    expect(list.map((o) => o.key)).toEqual(["m-review:dept"]);
    expect(list[0]).toMatchObject({ tracking: "COUNCIL_REVIEW", status: "REVIEW_PENDING", overdue: false, detail: "3 hồ sơ chờ kiểm tra", href: "/campaigns/c1/council" });
    const late = deriveObligations({ roles: emulation, campaigns: [campaign], registrations: [], councilReviews: [{ campaignId: "c1", byStatus: { SUBMITTED: 3 }, closedSessions: 0 }], deadlineOf: noExt, now: new Date("2026-12-21T03:00:00Z") });
    expect(late[0]).toMatchObject({ status: "REVIEW_PENDING", overdue: true });
    const done = deriveObligations({ roles: emulation, campaigns: [campaign], registrations: [], councilReviews: [{ campaignId: "c1", byStatus: { AWARDED: 3 }, closedSessions: 1 }], deadlineOf: noExt, now: after });
    expect(done[0]).toMatchObject({ status: "REVIEWED", done: true, overdue: false });
    // The same role held on the City (above the Sở) does not make the City's office answer for the Sở's council.
    expect(deriveObligations({ roles: [role("EMULATION_OFFICE", "city", "/city/")], campaigns: [campaign], registrations: [], deadlineOf: noExt, now: after })).toEqual([]);
  });
});

describe("award work that is not a milestone", () => {
  const fmt = (d: Date) => d.toISOString().slice(0, 16);
  const group = (status: ProposalGroupInput["status"], n: number, withinAuthority = true, issuingUnit = dept): ProposalGroupInput => ({
    campaignId: "c1",
    documentNumber: "1/KH-X",
    title: "Kế hoạch thi đua",
    issuingUnit,
    status,
    withinAuthority,
    n,
    reviewDueAt: review.dueAt,
  });
  const proposals = [group("SUBMITTED", 3), group("ADMITTED", 2), group("APPROVED", 4, true), group("APPROVED", 1, false)];

  it("the standing office: dossiers to check, admitted ones not on a session, approved ones beyond authority to send up", () => {
    const tasks = deriveAwardTasks({ roles: emulation, proposals, sessions: [], formatDateTime: fmt });
    expect(tasks.map((t) => [t.kind, t.title, t.href])).toEqual([
      ["REVIEW_SUBMITTED", "3 hồ sơ đề nghị khen thưởng chờ kiểm tra", "/campaigns/c1/awards?status=SUBMITTED"],
      ["SCHEDULE_ADMITTED", "2 đề nghị đủ điều kiện chưa đưa vào phiên họp", "/campaigns/c1/awards?status=ADMITTED"],
      ["FORWARD_APPROVED", "1 đề nghị vượt thẩm quyền chờ trình cấp trên", "/campaigns/c1/awards/forward"],
    ]);
    expect(tasks[0].dueAt).toEqual(review.dueAt);
  });

  it("the leadership: approved proposals within authority waiting for the decision", () => {
    const tasks = deriveAwardTasks({ roles: [role("LEADERSHIP", "dept", "/city/dept/")], proposals, sessions: [], formatDateTime: fmt });
    expect(tasks.map((t) => [t.kind, t.title, t.href])).toEqual([
      ["DECIDE_APPROVED", "4 đề nghị Hội đồng đã tán thành chờ quyết định khen thưởng", "/campaigns/c1/awards/decisions/new"],
    ]);
  });

  it("nothing for the offices of another organisation, or of the organisation above, nor for a unit head", () => {
    expect(deriveAwardTasks({ roles: [role("EMULATION_OFFICE", "other", "/city/other/")], proposals, sessions: [], formatDateTime: fmt })).toEqual([]);
    expect(deriveAwardTasks({ roles: [role("EMULATION_OFFICE", "city", "/city/"), role("LEADERSHIP", "city", "/city/")], proposals, sessions: [], formatDateTime: fmt })).toEqual([]);
    expect(deriveAwardTasks({ roles: headA, proposals, sessions: [], formatDateTime: fmt })).toEqual([]);
  });

  it("a council member's open ballot says how many items they voted on; a secret ballot says only that it is open", () => {
    const session = (over: Partial<VotingSessionInput>): VotingSessionInput => ({
      sessionId: "s1",
      title: "Phiên họp xét khen thưởng đợt 1",
      meetingAt: new Date("2026-12-10T02:00:00Z"),
      location: "Phòng họp số 1",
      ballotMode: "OPEN",
      campaignId: "c1",
      campaignNumber: "1/KH-X",
      campaignTitle: "Kế hoạch thi đua",
      organisationName: "Sở X",
      items: 3,
      voted: 1,
      present: true,
      ...over,
    });
    const [open, secret] = deriveAwardTasks({
      roles: [role("COUNCIL_MEMBER", "dept", "/city/dept/")],
      proposals,
      sessions: [session({ sessionId: "s2", title: "Xét danh hiệu Chiến sĩ thi đua cơ sở", meetingAt: new Date("2026-12-11T02:00:00Z"), ballotMode: "SECRET", voted: 5, present: false }), session({})],
      formatDateTime: fmt,
    });
    expect(open).toMatchObject({ kind: "VOTE", title: "Phiên họp xét khen thưởng đợt 1 đang biểu quyết: bạn đã biểu quyết 1/3 đề nghị", href: "/council/sessions/s1" });
    // Whatever is passed in for a secret ballot, nothing per member is shown.
    expect(secret.title).toBe("Phiên họp “Xét danh hiệu Chiến sĩ thi đua cơ sở” đang biểu quyết");
    expect(secret.title).not.toContain("5");
    expect(secret.detail).toContain("Bỏ phiếu kín");
    expect(secret.detail).toContain("bạn chưa điểm danh có mặt");
    expect(secret.href).toBe("/council/sessions/s2");
  });
});

describe("proposals in the compliance page and the status matrix (for information)", () => {
  it("counts each participating unit's proposals, none counted as missing", () => {
    const s = proposalSummary(
      [
        { id: "a", name: "Phòng A" },
        { id: "b", name: "Phòng B" },
        { id: "c", name: "Phòng C" },
      ],
      [
        { unitId: "b", status: "SUBMITTED", isLate: true, n: 2 },
        { unitId: "b", status: "ADMITTED", isLate: false, n: 1 },
        { unitId: "a", status: "DRAFT", isLate: false, n: 1 },
        { unitId: "zz", status: "SUBMITTED", isLate: false, n: 9 },
      ],
    );
    expect(s.units.map((u) => [u.name, u.counts.submitted])).toEqual([
      ["Phòng B", 3],
      ["Phòng A", 0],
      ["Phòng C", 0],
    ]);
    expect(s.totals).toEqual({ submitted: 3, late: 2, drafts: 1, returned: 0 });
    expect(s.proposingUnits).toBe(1);
    expect(proposalSummaryText(s)).toBe("1 đơn vị đã gửi 3 hồ sơ (2 trễ hạn)");
    expect(proposalCellText(s.units[0].counts)).toBe("3 hồ sơ đã gửi (2 trễ hạn)");
    expect(proposalCellText(s.units[1].counts)).toBe("Chưa đề nghị");
    expect(proposalTotalsText(s.totals, s.proposingUnits, 3)).toBe("Không bắt buộc · 1/3 đơn vị đã gửi 3 hồ sơ (2 trễ hạn).");
  });
});
