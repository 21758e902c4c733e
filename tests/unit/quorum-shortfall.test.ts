import { describe, expect, it } from "vitest";
import { quorumShortfalls, shortfallText } from "../../components/council/quorum-shortfall";
import type { VotingRule } from "../../lib/council/rules";

const twoThirds: VotingRule = { quorum: { numerator: 2, denominator: 3, strict: false }, threshold: { numerator: 1, denominator: 2, strict: true }, thresholdBase: "MEMBERS" };
const half: VotingRule = { quorum: { numerator: 1, denominator: 2, strict: true }, threshold: { numerator: 2, denominator: 3, strict: false }, thresholdBase: "VOTES_CAST" };

describe("the chair's quorum warning", () => {
  const items = [
    { formName: "Bằng khen của Chủ tịch UBND tỉnh", rule: twoThirds },
    { formName: "Bằng khen của Chủ tịch UBND tỉnh", rule: twoThirds },
    { formName: "Giấy khen của Giám đốc Sở", rule: half },
  ];

  it("lists the forms whose quorum 4/7 present does not reach (2/3 needs 5), not those it reaches (more than half)", () => {
    const s = quorumShortfalls(items, 4, 7);
    expect(s).toEqual([{ formName: "Bằng khen của Chủ tịch UBND tỉnh", share: "ít nhất 2/3", minimum: 5, items: 2 }]);
    expect(shortfallText(s[0], 4, 7)).toBe(
      "Chưa đủ số thành viên có mặt theo quy tắc của «Bằng khen của Chủ tịch UBND tỉnh» (cần ít nhất 2/3 số thành viên, tối thiểu 5/7; đang có mặt 4/7): kết thúc lúc này sẽ không quyết định được 2 đề nghị này.",
    );
  });

  it("says nothing at exactly the quorum (5/7 for 2/3) and warns for every form when too few are present", () => {
    expect(quorumShortfalls(items, 5, 7)).toEqual([]);
    expect(quorumShortfalls(items, 3, 7).map((s) => [s.formName, s.items])).toEqual([
      ["Bằng khen của Chủ tịch UBND tỉnh", 2],
      ["Giấy khen của Giám đốc Sở", 1],
    ]);
    expect(quorumShortfalls([], 0, 7)).toEqual([]);
  });
});
