import { describe, expect, it } from "vitest";
import { decide, describeRule, formatShare, minimumForShare, parseShare, reachesShare, type Tally, type VotingRule } from "../../lib/council/rules";
import { outcomeReason, ruleOf } from "../../lib/council/voting/rules";

const rule = (over: Partial<{ quorum: [number, number, boolean]; threshold: [number, number, boolean]; base: VotingRule["thresholdBase"] }> = {}): VotingRule => {
  const [qn, qd, qs] = over.quorum ?? [2, 3, false];
  const [tn, td, ts] = over.threshold ?? [1, 2, true];
  return { quorum: { numerator: qn, denominator: qd, strict: qs }, threshold: { numerator: tn, denominator: td, strict: ts }, thresholdBase: over.base ?? "MEMBERS" };
};
const tally = (t: Partial<Tally>): Tally => ({ invited: 9, present: 9, agree: 0, disagree: 0, abstain: 0, ...t });

describe("decide(): approval at exactly 2/3", () => {
  it("'at least 2/3' approves 6 of 9 members agreeing", () => {
    expect(decide(rule({ threshold: [2, 3, false] }), tally({ agree: 6, disagree: 3 })).outcome).toBe("APPROVED");
  });
  it("'more than 2/3' rejects 6 of 9 and approves 7 of 9", () => {
    expect(decide(rule({ threshold: [2, 3, true] }), tally({ agree: 6, disagree: 3 })).outcome).toBe("REJECTED");
    expect(decide(rule({ threshold: [2, 3, true] }), tally({ agree: 7, disagree: 2 })).outcome).toBe("APPROVED");
  });
  it("'at least 2/3' rejects one vote short (5 of 9)", () => {
    expect(decide(rule({ threshold: [2, 3, false] }), tally({ agree: 5, disagree: 4 })).outcome).toBe("REJECTED");
  });
});

describe("decide(): approval at exactly half", () => {
  const half = tally({ invited: 8, present: 8, agree: 4, disagree: 4 });
  it("'more than 50%' rejects 4 of 8", () => {
    expect(decide(rule({ threshold: [1, 2, true] }), half).outcome).toBe("REJECTED");
  });
  it("'at least 50%' approves 4 of 8", () => {
    expect(decide(rule({ threshold: [1, 2, false] }), half).outcome).toBe("APPROVED");
  });
  it("'more than 50%' approves 5 of 8", () => {
    expect(decide(rule({ threshold: [1, 2, true] }), { ...half, agree: 5, disagree: 3 }).outcome).toBe("APPROVED");
  });
});

describe("decide(): abstentions", () => {
  // 10 convened, 8 present: 5 agree, 1 disagrees, 2 abstain.
  const t = tally({ invited: 10, present: 8, agree: 5, disagree: 1, abstain: 2 });
  it("count against when the base is the members (5/10 is not more than half)", () => {
    const d = decide(rule({ base: "MEMBERS" }), t);
    expect(d).toMatchObject({ outcome: "REJECTED", base: 10, cast: 8, quorumMet: true });
  });
  it("are in the base when it is the ballots cast (5/8 is more than half)", () => {
    expect(decide(rule({ base: "VOTES_CAST" }), t)).toMatchObject({ outcome: "APPROVED", base: 8, cast: 8 });
  });
  it("count against under VOTES_CAST too: 4 agree and 4 abstain is not more than half", () => {
    expect(decide(rule({ base: "VOTES_CAST" }), tally({ invited: 10, present: 8, agree: 4, abstain: 4 })).outcome).toBe("REJECTED");
  });
});

describe("decide(): absent members", () => {
  it("count against under MEMBERS: 3 of 5 present agree, but 3/7 is not more than half", () => {
    expect(decide(rule(), tally({ invited: 7, present: 5, agree: 3, disagree: 2 })).outcome).toBe("REJECTED");
  });
  it("4 of 7 convened agreeing is enough under MEMBERS", () => {
    expect(decide(rule(), tally({ invited: 7, present: 5, agree: 4, disagree: 1 })).outcome).toBe("APPROVED");
  });
  it("do not count under VOTES_CAST: 3 of 5 ballots", () => {
    expect(decide(rule({ base: "VOTES_CAST" }), tally({ invited: 7, present: 5, agree: 3, disagree: 2 })).outcome).toBe("APPROVED");
  });
});

describe("decide(): quorum", () => {
  it("exactly met: 6 of 9 present with 'at least 2/3'", () => {
    expect(decide(rule(), tally({ present: 6, agree: 6 }))).toMatchObject({ outcome: "APPROVED", quorumMet: true });
  });
  it("one short: 5 of 9 present is no quorum, whatever the votes", () => {
    expect(decide(rule(), tally({ present: 5, agree: 5 }))).toMatchObject({ outcome: "NO_QUORUM", quorumMet: false });
  });
  it("'more than half': exactly half present is one short, one more is enough", () => {
    const q = rule({ quorum: [1, 2, true], base: "VOTES_CAST" });
    expect(decide(q, tally({ invited: 8, present: 4, agree: 4 })).outcome).toBe("NO_QUORUM");
    expect(decide(q, tally({ invited: 8, present: 5, agree: 4 })).outcome).toBe("APPROVED");
  });
  it("a session with nobody convened has no quorum", () => {
    expect(decide(rule(), tally({ invited: 0, present: 0 })).outcome).toBe("NO_QUORUM");
  });
});

describe("decide(): zero votes", () => {
  it("with quorum but no ballot is rejected under MEMBERS", () => {
    expect(decide(rule(), tally({}))).toMatchObject({ outcome: "REJECTED", cast: 0, base: 9 });
  });
  it("with quorum but no ballot is rejected under VOTES_CAST (a base of zero never reaches a share)", () => {
    expect(decide(rule({ base: "VOTES_CAST" }), tally({}))).toMatchObject({ outcome: "REJECTED", cast: 0, base: 0 });
    expect(reachesShare(0, 0, { numerator: 1, denominator: 100, strict: false })).toBe(false);
  });
});

describe("parseShare / formatShare / minimumForShare", () => {
  it("reads fractions and percents, reduced", () => {
    expect(parseShare("2/3")).toEqual({ numerator: 2, denominator: 3 });
    expect(parseShare("4/6")).toEqual({ numerator: 2, denominator: 3 });
    expect(parseShare("50%")).toEqual({ numerator: 1, denominator: 2 });
    expect(parseShare(" 50 % ")).toEqual({ numerator: 1, denominator: 2 });
    expect(parseShare("90")).toEqual({ numerator: 9, denominator: 10 });
    expect(parseShare("100%")).toEqual({ numerator: 1, denominator: 1 });
    expect(parseShare("3 / 4")).toEqual({ numerator: 3, denominator: 4 });
  });
  it("refuses what is not a share between 0 and 1", () => {
    for (const bad of ["", "0", "0%", "101%", "0/3", "4/3", "1/0", "abc", "2/3/4", "-1/2", "1.5/3", "50,5%"]) expect(parseShare(bad), bad).toBeNull();
  });
  it("formats whole percents as percents, other fractions as fractions", () => {
    expect(formatShare({ numerator: 1, denominator: 2 })).toBe("50%");
    expect(formatShare({ numerator: 9, denominator: 10 })).toBe("90%");
    expect(formatShare({ numerator: 3, denominator: 4 })).toBe("75%");
    expect(formatShare({ numerator: 2, denominator: 3 })).toBe("2/3");
    expect(formatShare({ numerator: 1, denominator: 3 })).toBe("1/3");
  });
  it("gives the smallest count that reaches a share", () => {
    expect(minimumForShare(9, { numerator: 2, denominator: 3, strict: false })).toBe(6);
    expect(minimumForShare(9, { numerator: 2, denominator: 3, strict: true })).toBe(7);
    expect(minimumForShare(8, { numerator: 1, denominator: 2, strict: true })).toBe(5);
    expect(minimumForShare(8, { numerator: 1, denominator: 2, strict: false })).toBe(4);
    expect(minimumForShare(0, { numerator: 1, denominator: 2, strict: false })).toBe(1);
  });
});

describe("describeRule and outcomeReason", () => {
  it("words the default rule (at least 2/3 present, more than 50% of the members)", () => {
    expect(describeRule(rule())).toEqual({
      quorum: "ít nhất 2/3 số thành viên Hội đồng có mặt",
      threshold: "trên 50% tổng số thành viên Hội đồng tán thành",
    });
  });
  it("words 'at least 2/3 of the ballots cast'", () => {
    expect(describeRule(rule({ threshold: [2, 3, false], base: "VOTES_CAST" })).threshold).toBe("từ 2/3 trở lên số phiếu biểu quyết của thành viên có mặt tán thành");
  });
  it("maps an award form's columns to a rule", () => {
    expect(
      ruleOf({ quorumNumerator: 2, quorumDenominator: 3, quorumStrict: false, thresholdNumerator: 1, thresholdDenominator: 2, thresholdStrict: true, thresholdBase: "MEMBERS" }),
    ).toEqual(rule());
  });
  it("explains an outcome in one line", () => {
    expect(outcomeReason(rule(), tally({ invited: 7, present: 5, agree: 4, disagree: 1 }))).toBe("4/7 tán thành, cần trên 50% tổng số thành viên (tối thiểu 4)");
    expect(outcomeReason(rule(), tally({ invited: 7, present: 4, agree: 4 }))).toBe("4/7 thành viên có mặt, cần ít nhất 2/3 (tối thiểu 5 thành viên)");
    expect(outcomeReason(rule({ base: "VOTES_CAST", threshold: [2, 3, false] }), tally({ invited: 7, present: 6, agree: 4, disagree: 1, abstain: 1 }))).toBe(
      "4/6 phiếu tán thành, cần ít nhất 2/3 số phiếu biểu quyết (tối thiểu 4)",
    );
    expect(outcomeReason(rule({ base: "VOTES_CAST" }), tally({}))).toBe("Không có phiếu biểu quyết nào");
  });
});
