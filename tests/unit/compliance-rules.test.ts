import { describe, expect, it } from "vitest";
import {
  pageByLateness,
  STATUS_OF_RANK,
  barWidth,
  compareByLateness,
  complianceScope,
  isTrackedMilestone,
  TRACKED_MILESTONE_KINDS,
  daysLate,
  formatNumberVN,
  formatPercentVN,
  isProblem,
  lastDayOf,
  monthGrid,
  parseMonth,
  shiftMonth,
  summarise,
  totalsByYear,
  unitStanding,
} from "../../lib/compliance/rules";
import { dueAtForBeforeDay } from "../../lib/time/vn";

/** An instant given in Vietnam wall-clock time ("yyyy-MM-ddTHH:mm:ss", UTC+7, no DST). */
const vn = (s: string) => new Date(`${s}+07:00`);
const due = dueAtForBeforeDay("2022-04-18"); // 18/04/2022 00:00 Vietnam = 17/04 17:00 UTC

describe("days late", () => {
  it("is 0 for a submission at 23:59:59 Vietnam time on the last day", () => {
    expect(daysLate(vn("2022-04-17T23:59:59"), due)).toBe(0);
  });
  it("is 1 for a submission at exactly 00:00:00 of day X (late iff at or after the deadline)", () => {
    expect(daysLate(vn("2022-04-18T00:00:00"), due)).toBe(1);
  });
  it("rounds partial days up", () => {
    expect(daysLate(vn("2022-04-18T23:59:59"), due)).toBe(1);
    expect(daysLate(vn("2022-04-19T00:00:01"), due)).toBe(2);
    expect(daysLate(vn("2022-04-20T00:00:00"), due)).toBe(2);
  });
  it("does not depend on the server's zone (the instants are absolute)", () => {
    expect(due.toISOString()).toBe("2022-04-17T17:00:00.000Z");
    expect(daysLate(new Date("2022-04-17T16:59:59Z"), due)).toBe(0);
    expect(daysLate(new Date("2022-04-17T17:00:00Z"), due)).toBe(1);
  });
});

describe("a unit's standing", () => {
  it("on time / late from the first submission, whatever the current time", () => {
    expect(unitStanding(vn("2022-04-15T10:00:00"), due, vn("2022-05-01T00:00:00"))).toEqual({ status: "ON_TIME", daysLate: 0 });
    expect(unitStanding(vn("2022-04-21T10:00:00"), due, vn("2022-05-01T00:00:00"))).toEqual({ status: "LATE", daysLate: 4 });
  });
  it("missing before the deadline is pending, after it overdue", () => {
    expect(unitStanding(null, due, vn("2022-04-17T23:59:59"))).toEqual({ status: "PENDING", daysLate: 0 });
    expect(unitStanding(null, due, vn("2022-04-18T00:00:00"))).toEqual({ status: "OVERDUE", daysLate: 1 });
    expect(unitStanding(undefined, due, vn("2022-04-20T09:00:00"))).toEqual({ status: "OVERDUE", daysLate: 2 });
  });
  it("an extended deadline changes the standing", () => {
    const extended = dueAtForBeforeDay("2022-04-25");
    expect(unitStanding(vn("2022-04-21T10:00:00"), extended, vn("2022-05-01T00:00:00")).status).toBe("ON_TIME");
  });
  it("only on-time units are not a problem", () => {
    expect(isProblem({ status: "ON_TIME", daysLate: 0 })).toBe(false);
    expect(isProblem({ status: "PENDING", daysLate: 0 })).toBe(true);
    expect(isProblem({ status: "LATE", daysLate: 2 })).toBe(true);
  });
});

describe("summary", () => {
  it("counts and rates", () => {
    const s = summarise([
      { status: "ON_TIME", daysLate: 0 },
      { status: "ON_TIME", daysLate: 0 },
      { status: "LATE", daysLate: 1 },
      { status: "LATE", daysLate: 4 },
      { status: "OVERDUE", daysLate: 3 },
      { status: "PENDING", daysLate: 0 },
    ]);
    expect(s).toEqual({ participating: 6, onTime: 2, late: 2, missing: 2, overdue: 1, onTimeRate: 2 / 6, avgDaysLate: 2.5, maxDaysLate: 4 });
  });
  it("no participants: no rate, no averages", () => {
    expect(summarise([])).toMatchObject({ participating: 0, onTimeRate: null, avgDaysLate: null, maxDaysLate: null });
  });
  it("orders the worst first", () => {
    const rows = [
      { name: "B", standing: { status: "ON_TIME" as const, daysLate: 0 } },
      { name: "C", standing: { status: "LATE" as const, daysLate: 1 } },
      { name: "D", standing: { status: "LATE" as const, daysLate: 5 } },
      { name: "A", standing: { status: "OVERDUE" as const, daysLate: 2 } },
      { name: "E", standing: { status: "PENDING" as const, daysLate: 0 } },
    ].sort(compareByLateness);
    expect(rows.map((r) => r.name)).toEqual(["A", "D", "C", "E", "B"]);
  });
});

describe("one page of units, worst first", () => {
  it("gives the same rows as sorting every unit, when only the standings are in order", () => {
    const names = ["Phòng Ă", "Phòng A", "Phòng Â", "Phòng Đ", "Phòng D", "Ủy ban", "Phòng Z", "Phòng B", "Phòng Ơ", "Phòng O"];
    // Deterministic pseudo-random standings with many ties.
    const units = Array.from({ length: 97 }, (_, i) => ({ name: `${names[(i * 7) % names.length]} ${i % 13}`, rank: (i * 31) % 4, days: (i * 17) % 3 }));
    const reference = [...units]
      .map((u) => ({ ...u, standing: { status: STATUS_OF_RANK[u.rank], daysLate: u.days } }))
      .sort(compareByLateness)
      .map(({ standing: _standing, ...u }) => u);
    const byStanding = [...units].sort((a, b) => a.rank - b.rank || b.days - a.days);
    for (const size of [1, 7, 50, 200]) {
      const pages = [];
      for (let start = 0; start < units.length; start += size) pages.push(...pageByLateness(byStanding, start, start + size));
      expect(pages).toEqual(reference);
    }
    expect(pageByLateness(byStanding, 200, 250)).toEqual([]);
  });
});

describe("Vietnamese formatting", () => {
  it("percentages with one decimal and a decimal comma", () => {
    expect(formatPercentVN(0.925)).toBe("92,5 %");
    expect(formatPercentVN(2 / 3)).toBe("66,7 %");
    expect(formatPercentVN(1)).toBe("100,0 %");
    expect(formatPercentVN(0)).toBe("0,0 %");
    expect(formatPercentVN(0.0005)).toBe("0,1 %");
    expect(formatPercentVN(null)).toBe("–");
  });
  it("numbers and bar widths", () => {
    expect(formatNumberVN(2.5)).toBe("2,5");
    expect(formatNumberVN(3)).toBe("3");
    expect(formatNumberVN(1234.56)).toBe("1.234,6");
    expect(barWidth(1, 3)).toBe(33.3);
    expect(barWidth(1, 0)).toBe(0);
  });
});

describe("a unit's totals per year", () => {
  it("newest year first; campaigns without a tracked deadline count as campaigns only", () => {
    const t = totalsByYear([
      { year: 2022, standing: { status: "ON_TIME", daysLate: 0 } },
      { year: 2026, standing: { status: "LATE", daysLate: 2 } },
      { year: 2026, standing: { status: "ON_TIME", daysLate: 0 } },
      { year: 2026, standing: { status: "OVERDUE", daysLate: 1 } },
      { year: 2026, standing: null },
    ]);
    expect(t).toEqual([
      { year: 2026, campaigns: 4, onTime: 1, late: 1, missing: 1, onTimeRate: 1 / 3 },
      { year: 2022, campaigns: 1, onTime: 1, late: 0, missing: 0, onTimeRate: 1 },
    ]);
  });
  it("counts a campaign once over its Mẫu 1 and reports, and leaves out what is not due yet", () => {
    const t = totalsByYear([
      { year: 2026, campaignId: "c1", standing: { status: "ON_TIME", daysLate: 0 } }, // Mẫu 1
      { year: 2026, campaignId: "c1", standing: { status: "LATE", daysLate: 3 } }, // mid-term report
      { year: 2026, campaignId: "c1", standing: { status: "PENDING", daysLate: 0 } }, // final report, not due yet
      { year: 2026, campaignId: "c2", standing: { status: "OVERDUE", daysLate: 2 } },
    ]);
    expect(t).toEqual([{ year: 2026, campaigns: 2, onTime: 1, late: 1, missing: 1, onTimeRate: 1 / 3 }]);
  });
  it("tracks Mẫu 1, the units' reports and the office's summary reports on time; award milestones have no on-time statistics", () => {
    expect(TRACKED_MILESTONE_KINDS).toEqual(["REGISTRATION", "MIDTERM_REPORT", "FINAL_REPORT", "MIDTERM_SUMMARY", "FINAL_SUMMARY"]);
    expect(isTrackedMilestone("AWARD_PROPOSAL")).toBe(false);
    expect(isTrackedMilestone("CONSOLIDATION")).toBe(false);
    expect(complianceScope("FINAL_REPORT")).toBe("UNITS");
    expect(complianceScope("REGISTRATION")).toBe("UNITS");
    expect(complianceScope("FINAL_SUMMARY")).toBe("OFFICE");
  });
});

describe("calendar", () => {
  it("the last day of 'trước ngày 18/4' is 17/4 in Vietnam time", () => {
    expect(lastDayOf(due)).toBe("2022-04-17");
    expect(lastDayOf(vn("2022-04-18T17:00:00"))).toBe("2022-04-18");
  });
  it("month grid runs Monday to Sunday", () => {
    const weeks = monthGrid("2022-04"); // 1/4/2022 is a Friday
    expect(weeks[0][0]).toEqual({ day: "2022-03-28", inMonth: false });
    expect(weeks[0][4]).toEqual({ day: "2022-04-01", inMonth: true });
    expect(weeks.at(-1)!.at(-1)!.day).toBe("2022-05-01");
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });
  it("month parameter and navigation", () => {
    expect(parseMonth("2022-04", new Date())).toBe("2022-04");
    expect(parseMonth("2022-13", vn("2026-11-22T10:00:00"))).toBe("2026-11");
    expect(parseMonth("x", vn("2026-11-30T23:30:00"))).toBe("2026-11");
    expect(shiftMonth("2022-01", -1)).toBe("2021-12");
    expect(shiftMonth("2022-12", 1)).toBe("2023-01");
  });
});
