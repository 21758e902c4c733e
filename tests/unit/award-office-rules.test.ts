import { describe, expect, it } from "vitest";
import { JUSTIFICATION_MIN, JUSTIFICATION_REQUIRED, justificationProblem, parseProposalFilters } from "../../lib/awards/review/schemas";
import { instantToVnInputs, openVotingProblems, vnDateTimeToInstant } from "../../lib/council/sessions/schemas";

describe("the justification for admitting a nominee who fails a hard criterion", () => {
  it("is required, at least 20 characters once trimmed, only when a hard criterion fails", () => {
    expect(justificationProblem(undefined, true)).toBe(JUSTIFICATION_REQUIRED);
    expect(justificationProblem("   ", true)).toBe(JUSTIFICATION_REQUIRED);
    expect(justificationProblem(` ${"x".repeat(JUSTIFICATION_MIN - 1)} `, true)).toBe(JUSTIFICATION_REQUIRED);
    expect(justificationProblem("x".repeat(JUSTIFICATION_MIN), true)).toBeNull();
    expect(justificationProblem(undefined, false)).toBeNull();
  });
});

describe("the meeting time of a council session, typed in Vietnam time", () => {
  it("is stored as the instant 7 hours before, whatever the server's time zone, and read back the same", () => {
    const at = vnDateTimeToInstant("2026-12-15", "14:30")!;
    expect(at.toISOString()).toBe("2026-12-15T07:30:00.000Z");
    expect(instantToVnInputs(at)).toEqual({ date: "2026-12-15", time: "14:30" });
    // 06:00 in Hồ Chí Minh City is still the previous day in UTC
    expect(vnDateTimeToInstant("2027-01-01", "06:00")!.toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(instantToVnInputs(new Date("2026-12-31T23:00:00.000Z"))).toEqual({ date: "2027-01-01", time: "06:00" });
  });

  it("refuses impossible dates and times", () => {
    for (const [d, t] of [["2026-02-29", "08:00"], ["2026-13-01", "08:00"], ["2026-12-15", "24:00"], ["2026-12-15", "8:00"], ["15/12/2026", "08:00"]]) {
      expect(vnDateTimeToInstant(d, t)).toBeNull();
    }
    expect(vnDateTimeToInstant("2028-02-29", "08:00")).not.toBeNull();
  });
});

describe("opening the vote", () => {
  it("lists what is missing: an agenda item, a convened member, the chair among them", () => {
    expect(openVotingProblems({ itemCount: 1, memberCount: 3, chairConvened: true })).toEqual([]);
    expect(openVotingProblems({ itemCount: 0, memberCount: 0, chairConvened: false })).toHaveLength(3);
  });
});

describe("the office's list filters in the URL", () => {
  it("keeps known values and drops anything else", () => {
    expect(parseProposalFilters({ status: "ADMITTED", type: "CITIZEN", hard: "1", q: "  Nguyễn   Văn ", page: "3", form: "abc_1" })).toEqual({
      status: "ADMITTED",
      nomineeType: "CITIZEN",
      failsHard: true,
      q: "Nguyễn Văn",
      page: 3,
      formId: "abc_1",
    });
    expect(parseProposalFilters({ status: "DRAFT", type: "ROBOT", hard: "yes", form: "a b", unit: "x'--" })).toEqual({ page: 1 });
  });
});
