import { describe, expect, it } from "vitest";
import type { ScopedRole } from "@/lib/auth/roles";
import {
  deriveObligations,
  isOpen,
  OBLIGATION_STATUS_LABELS,
  sortByUrgency,
  timeLeftText,
  type DeadlineLookup,
  type ObligationCampaignInput,
  type RegistrationInput,
  type ReportInput,
  type SummaryReportInput,
} from "@/lib/obligations/rules";
import { dueAtForBeforeDay } from "@/lib/time/vn";

const dept = { id: "dept", path: "/city/dept/", name: "Sở X" };
const units = [
  { id: "a", name: "Phòng A" },
  { id: "b", name: "Phòng B" },
];
const reg = { id: "m-reg", kind: "REGISTRATION", name: "Đăng ký (Mẫu 1)", deliverable: "Mẫu 1", responsibleRole: "UNIT_HEAD", dueAt: dueAtForBeforeDay("2026-04-18"), hardCutoffAt: null, sortOrder: 1 } as const;
const cons = { id: "m-cons", kind: "CONSOLIDATION", name: "Tổng hợp", deliverable: "Danh sách", responsibleRole: "CCHC_OFFICE", dueAt: dueAtForBeforeDay("2026-04-20"), hardCutoffAt: null, sortOrder: 2 } as const;
const mid = { id: "m-mid", kind: "MIDTERM_REPORT", name: "Báo cáo sơ kết", deliverable: "Mẫu 2", responsibleRole: "UNIT_HEAD", dueAt: dueAtForBeforeDay("2026-06-10"), hardCutoffAt: null, sortOrder: 3 } as const;
const midSum = { id: "m-midsum", kind: "MIDTERM_SUMMARY", name: "Báo cáo sơ kết gửi cấp trên", deliverable: "Báo cáo sơ kết", responsibleRole: "CCHC_OFFICE", dueAt: dueAtForBeforeDay("2026-06-20"), hardCutoffAt: null, sortOrder: 3 } as const;
const visit = { id: "m-other", kind: "OTHER", name: "Tiếp đoàn kiểm tra", deliverable: null, responsibleRole: "UNIT_HEAD", dueAt: dueAtForBeforeDay("2026-06-10"), hardCutoffAt: null, sortOrder: 3 } as const;
const council = { id: "m-council", kind: "COUNCIL_REVIEW", name: "Hội đồng xét", deliverable: null, responsibleRole: "COUNCIL_MEMBER", dueAt: dueAtForBeforeDay("2026-12-20"), hardCutoffAt: null, sortOrder: 4 } as const;

const campaign: ObligationCampaignInput = {
  id: "c1",
  documentNumber: "1/KH-X",
  title: "Kế hoạch thi đua",
  status: "PUBLISHED",
  issuingUnit: dept,
  units,
  milestones: [reg, cons, mid, midSum, visit, council],
};

const noExt: DeadlineLookup = (m) => ({ dueAt: m.dueAt, extension: null });
const role = (r: ScopedRole["role"], unitId: string, unitPath: string): ScopedRole => ({ role: r, unitId, unitPath });
const headA = [role("UNIT_HEAD", "a", "/city/dept/a/")];
const derive = (
  roles: ScopedRole[],
  now: Date,
  registrations: RegistrationInput[] = [],
  deadlineOf = noExt,
  campaigns = [campaign],
  reports: ReportInput[] = [],
  summaryReports: SummaryReportInput[] = [],
) => deriveObligations({ roles, campaigns, registrations, reports, summaryReports, deadlineOf, now });
const office = [role("CCHC_OFFICE", "dept", "/city/dept/")];

describe("obligation derivation", () => {
  const now = new Date("2026-04-10T03:00:00Z");

  it("a unit-role milestone falls on each participating unit the user belongs to", () => {
    const list = derive(headA, now);
    expect(list.map((o) => o.key).sort()).toEqual(["m-mid:a", "m-other:a", "m-reg:a"]);
    const staff = derive([role("UNIT_STAFF", "b", "/city/dept/b/")], now);
    expect(staff.map((o) => o.key).sort()).toEqual(["m-mid:b", "m-other:b", "m-reg:b"]);
    // A head and staff of the same unit sees each obligation once.
    expect(derive([...headA, role("UNIT_STAFF", "a", "/city/dept/a/")], now)).toHaveLength(3);
    // A unit not participating has nothing.
    expect(derive([role("UNIT_HEAD", "z", "/city/dept/z/")], now)).toEqual([]);
  });

  it("an office-role milestone falls on the issuing unit, for that role held on that unit itself (never on the level above)", () => {
    const list = derive(office, now);
    expect(list.map((o) => o.key)).toEqual(["m-cons:dept", "m-midsum:dept"]);
    expect(list[0]).toMatchObject({ scope: "OFFICE", unitName: "Sở X", status: "EXTERNAL", href: "/campaigns/c1/status" });
    // Issue 11: the office above receives and reviews what the Sở sends; the Sở's work is not its to-do.
    expect(derive([role("CCHC_OFFICE", "city", "/city/")], now)).toEqual([]);
    // Same role on another branch, or another role: nothing.
    expect(derive([role("CCHC_OFFICE", "other", "/city/other/")], now)).toEqual([]);
    expect(derive([role("COUNCIL_MEMBER", "other", "/city/other/")], now)).toEqual([]);
    const c = derive([role("COUNCIL_MEMBER", "dept", "/city/dept/")], now);
    expect(c.map((o) => o.key)).toEqual(["m-council:dept"]);
    expect(c[0].deliverable).toBe("Hội đồng xét");
    // The council's review is tracked (lib/obligations/awards.ts); a council member is sent to the council's page.
    expect(c[0]).toMatchObject({ tracking: "COUNCIL_REVIEW", status: "NO_PROPOSAL", href: "/council" });
    // …and only the council of the campaign's own organisation: the same role held above it does not count.
    expect(derive([role("COUNCIL_MEMBER", "city", "/city/")], now)).toEqual([]);
  });

  it("only published campaigns yield obligations", () => {
    expect(derive(headA, now, [], noExt, [{ ...campaign, status: "DRAFT" }])).toEqual([]);
    expect(derive(headA, now, [], noExt, [{ ...campaign, status: "CLOSED" }])).toEqual([]);
  });

  it("the due date is the unit's effective one when extended", () => {
    const ext = dueAtForBeforeDay("2026-04-25");
    const lookup: DeadlineLookup = (m, unitId) => (m.id === "m-reg" && unitId === "a" ? { dueAt: ext, extension: { dueAt: ext } } : { dueAt: m.dueAt, extension: null });
    const late = new Date("2026-04-20T03:00:00Z");
    const a = derive(headA, late, [], lookup).find((o) => o.milestoneId === "m-reg")!;
    expect(a).toMatchObject({ dueAt: ext, originalDueAt: reg.dueAt, extended: true, overdue: false });
    const b = derive([role("UNIT_HEAD", "b", "/city/dept/b/")], late, [], lookup).find((o) => o.milestoneId === "m-reg")!;
    expect(b).toMatchObject({ dueAt: reg.dueAt, extended: false, overdue: true });
  });

  it("registration statuses come from the unit's Mẫu 1; submitted or accepted is done, returned is to do again", () => {
    const after = new Date("2026-04-19T03:00:00Z");
    const cases: [RegistrationInput | null, string, boolean][] = [
      [null, "NOT_STARTED", false],
      [{ campaignId: "c1", unitId: "a", status: "DRAFT", isLate: false }, "DRAFT", false],
      [{ campaignId: "c1", unitId: "a", status: "SUBMITTED", isLate: false }, "SUBMITTED_ON_TIME", true],
      [{ campaignId: "c1", unitId: "a", status: "SUBMITTED", isLate: true }, "SUBMITTED_LATE", true],
      [{ campaignId: "c1", unitId: "a", status: "RETURNED", isLate: false }, "RETURNED", false],
      [{ campaignId: "c1", unitId: "a", status: "ACCEPTED", isLate: false }, "ACCEPTED", true],
    ];
    for (const [r, status, done] of cases) {
      const o = derive(headA, after, r ? [r] : []).find((x) => x.milestoneId === "m-reg")!;
      expect(o.status).toBe(status);
      expect(o.done).toBe(done);
      expect(o.overdue).toBe(!done);
      expect(o.href).toBe("/unit/campaigns/c1?unit=a");
    }
    // Another unit's form never counts for A.
    const other = derive(headA, after, [{ campaignId: "c1", unitId: "b", status: "SUBMITTED", isLate: false }]).find((x) => x.milestoneId === "m-reg")!;
    expect(other.status).toBe("NOT_STARTED");
    expect(OBLIGATION_STATUS_LABELS.SUBMITTED_ON_TIME).toBe("Đã nộp đúng hạn");
    expect(OBLIGATION_STATUS_LABELS.EXTERNAL).toBe("Theo dõi ngoài cổng");
  });

  it("deliverables tracked outside the portal are shown with time left, and once past are history, not overdue", () => {
    const before = derive(headA, new Date("2026-06-01T03:00:00Z")).find((o) => o.milestoneId === "m-other")!;
    expect(before).toMatchObject({ status: "EXTERNAL", tracking: null, overdue: false, past: false, done: false });
    expect(timeLeftText(before, new Date("2026-06-01T03:00:00Z"))).toBe("còn 8 ngày");
    const after = derive(headA, new Date("2026-06-15T03:00:00Z")).find((o) => o.milestoneId === "m-other")!;
    expect(after).toMatchObject({ status: "EXTERNAL", overdue: false, past: true });
    expect(isOpen(after)).toBe(false);
    expect(timeLeftText(after, new Date("2026-06-15T03:00:00Z"))).toBe("đã qua");
  });

  it("time left in Vietnam days", () => {
    const o = derive(headA, now).find((x) => x.milestoneId === "m-reg")!;
    expect(timeLeftText(o, new Date("2026-04-17T16:59:59Z"))).toBe("hạn chót hôm nay"); // 17/4 23:59:59 VN
    expect(timeLeftText(o, new Date("2026-04-17T17:00:00Z"))).toBe("quá hạn 1 ngày"); // 18/4 00:00 VN
    expect(timeLeftText(o, new Date("2026-04-14T03:00:00Z"))).toBe("còn 3 ngày");
    expect(timeLeftText({ ...o, done: true }, now)).toBeNull();
  });
});

describe("report obligations", () => {
  const afterMid = new Date("2026-06-12T03:00:00Z"); // 12/6: the mid-term report (before 10/6) is 2 days overdue
  const rep = (status: ReportInput["status"], isLate = false, unitId = "a"): ReportInput => ({ campaignId: "c1", unitId, phase: "MIDTERM", status, isLate });

  it("a unit's mid-term report obligation follows its Report: submitted or accepted is done, returned is to do again", () => {
    const cases: [ReportInput | null, string, boolean][] = [
      [null, "NOT_STARTED", false],
      [rep("DRAFT"), "DRAFT", false],
      [rep("SUBMITTED"), "SUBMITTED_ON_TIME", true],
      [rep("SUBMITTED", true), "SUBMITTED_LATE", true],
      [rep("RETURNED"), "RETURNED", false],
      [rep("ACCEPTED"), "ACCEPTED", true],
    ];
    for (const [r, status, done] of cases) {
      const o = derive(headA, afterMid, [], noExt, [campaign], r ? [r] : []).find((x) => x.milestoneId === "m-mid")!;
      expect(o).toMatchObject({ status, done, overdue: !done, past: false, tracking: "REPORT", notOpenUntil: null });
      expect(o.href).toBe("/unit/campaigns/c1/reports/so-ket?unit=a");
    }
    expect(OBLIGATION_STATUS_LABELS.SUBMITTED_LATE).toBe("Nộp trễ hạn");
  });

  it("another unit's report, or my report of the other phase, never counts for me", () => {
    const o = derive(headA, afterMid, [], noExt, [campaign], [rep("SUBMITTED", false, "b"), { ...rep("SUBMITTED"), phase: "FINAL" }]).find((x) => x.milestoneId === "m-mid")!;
    expect(o).toMatchObject({ status: "NOT_STARTED", done: false, overdue: true });
  });

  it("before the phase opens: 'Chưa mở nhận' with its opening date, no call to act, never overdue", () => {
    // The mid-term report opens when registration falls due (18/4): on 10/4 it is not open.
    const o = derive(headA, new Date("2026-04-10T03:00:00Z")).find((x) => x.milestoneId === "m-mid")!;
    expect(o).toMatchObject({ status: "NOT_OPEN", done: false, overdue: false, href: null, notOpenUntil: reg.dueAt });
    expect(isOpen(o)).toBe(true);
    expect(OBLIGATION_STATUS_LABELS.NOT_OPEN).toBe("Chưa mở nhận");
    // Its own opening instant wins.
    const opensAt = dueAtForBeforeDay("2026-05-01");
    const own = derive(headA, new Date("2026-04-20T03:00:00Z"), [], noExt, [{ ...campaign, milestones: [reg, { ...mid, opensAt }] }]).find((x) => x.milestoneId === "m-mid")!;
    expect(own).toMatchObject({ status: "NOT_OPEN", notOpenUntil: opensAt });
    // Open from then on.
    const open = derive(headA, new Date("2026-04-19T03:00:00Z")).find((x) => x.milestoneId === "m-mid")!;
    expect(open).toMatchObject({ status: "NOT_STARTED", notOpenUntil: null, href: "/unit/campaigns/c1/reports/so-ket?unit=a" });
  });

  it("the office's summary obligation follows the campaign's SummaryReport of the phase", () => {
    const after = new Date("2026-06-22T03:00:00Z");
    const missing = derive(office, after).find((x) => x.milestoneId === "m-midsum")!;
    expect(missing).toMatchObject({ scope: "OFFICE", tracking: "SUMMARY", status: "NOT_STARTED", overdue: true, href: "/campaigns/c1/summary/so-ket" });
    const draft = derive(office, after, [], noExt, [campaign], [], [{ campaignId: "c1", phase: "MIDTERM", status: "DRAFT", isLate: false }]).find((x) => x.milestoneId === "m-midsum")!;
    expect(draft).toMatchObject({ status: "DRAFT", done: false, overdue: true });
    const sent = derive(office, after, [], noExt, [campaign], [], [{ campaignId: "c1", phase: "MIDTERM", status: "SUBMITTED", isLate: true }]).find((x) => x.milestoneId === "m-midsum")!;
    expect(sent).toMatchObject({ status: "SUBMITTED_LATE", done: true, overdue: false });
    // Another campaign's summary does not count; before the units' reports fall due it is not open.
    const other = derive(office, after, [], noExt, [campaign], [], [{ campaignId: "c2", phase: "MIDTERM", status: "SUBMITTED", isLate: false }]).find((x) => x.milestoneId === "m-midsum")!;
    expect(other.done).toBe(false);
    const early = derive(office, new Date("2026-06-01T03:00:00Z")).find((x) => x.milestoneId === "m-midsum")!;
    expect(early).toMatchObject({ status: "NOT_OPEN", notOpenUntil: mid.dueAt, href: null });
    // The leadership of the Sở may read the campaign, but the summary falls on the CCHC office.
    expect(derive([role("LEADERSHIP", "dept", "/city/dept/")], after).some((x) => x.milestoneId === "m-midsum")).toBe(false);
  });
});

describe("urgency order", () => {
  it("overdue first (most overdue first), then nearest due, then done and past ones", () => {
    const base = { campaignNumber: "1", milestoneSortOrder: 0, unitName: "A" };
    const d = (day: string) => dueAtForBeforeDay(day);
    const list = [
      { ...base, id: "done", dueAt: d("2026-04-01"), overdue: false, done: true, past: false },
      { ...base, id: "soon", dueAt: d("2026-05-01"), overdue: false, done: false, past: false },
      { ...base, id: "over-1", dueAt: d("2026-04-08"), overdue: true, done: false, past: false },
      { ...base, id: "later", dueAt: d("2026-09-01"), overdue: false, done: false, past: false },
      { ...base, id: "over-5", dueAt: d("2026-04-04"), overdue: true, done: false, past: false },
      { ...base, id: "past", dueAt: d("2026-03-01"), overdue: false, done: false, past: true },
    ];
    expect(sortByUrgency(list).map((o) => o.id)).toEqual(["over-5", "over-1", "soon", "later", "done", "past"]);
  });
});
