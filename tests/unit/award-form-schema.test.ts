import { describe, expect, it } from "vitest";
import { awardFormSchema, ruleColumns, ruleOfRow, ruleOfValues, type AwardFormInput } from "../../lib/awards/forms/schemas";
import { foldVietnamese } from "../../lib/council/members/schemas";
import { describeRule } from "../../lib/council/rules";

const base: AwardFormInput = {
  organisationUnitId: "org",
  name: "Giấy khen của Giám đốc Sở",
  description: "",
  recipientTypes: ["COLLECTIVE", "INDIVIDUAL"],
  criteria: [{ content: "Hoàn thành tốt nhiệm vụ trở lên.", recipientType: "", kind: "RATING_AT_LEAST_GOOD", hard: true }],
  documents: [{ kind: "PROPOSAL_LETTER", name: "Tờ trình", required: true }],
  quorumShare: "2/3",
  quorumComparison: "AT_LEAST",
  thresholdShare: "50%",
  thresholdComparison: "MORE_THAN",
  thresholdBase: "MEMBERS",
  active: true,
};

const errorsOf = (input: Partial<AwardFormInput>) => {
  const r = awardFormSchema.safeParse({ ...base, ...input });
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("award form schema", () => {
  it("accepts shares typed as a fraction or a percent, with spaces", () => {
    for (const share of ["2/3", "50%", "50 %", " 90% ", "1/1", "100%", "66"]) expect(errorsOf({ thresholdShare: share, thresholdComparison: "AT_LEAST" }), share).toEqual({});
  });

  it("refuses what is not a share between 0 (excluded) and 100 %", () => {
    for (const share of ["3/2", "0%", "0/3", "abc", "", "101%", "2/0", "1,5/3", "-1/2"]) {
      expect(errorsOf({ quorumShare: share }).quorumShare, share).toMatch(/2\/3.*50%/);
    }
  });

  it("refuses 'more than 100 %', which can never be reached", () => {
    expect(errorsOf({ thresholdShare: "100%", thresholdComparison: "MORE_THAN" }).thresholdShare).toMatch(/trên 100%/);
    expect(errorsOf({ quorumShare: "3/3", quorumComparison: "MORE_THAN" }).quorumShare).toMatch(/trên 100%/);
    expect(errorsOf({ thresholdShare: "100%", thresholdComparison: "AT_LEAST" })).toEqual({});
  });

  it("needs a name and at least one recipient type, and criteria only for chosen types", () => {
    const e = errorsOf({ name: "   ", recipientTypes: [] });
    expect(e.name).toBe("Vui lòng nhập tên hình thức khen thưởng.");
    expect(e.recipientTypes).toBe("Chọn ít nhất một đối tượng được khen thưởng.");
    expect(errorsOf({ criteria: [{ content: "Người dân có đóng góp.", recipientType: "CITIZEN", kind: "DECLARED", hard: false }] })["criteria.0.recipientType"]).toMatch(
      /không có trong các đối tượng/,
    );
  });

  it("refuses a portal criterion for citizens only, allows it for collectives", () => {
    const citizen = errorsOf({ recipientTypes: ["CITIZEN"], criteria: [{ content: "Có sáng kiến.", recipientType: "", kind: "INITIATIVE_REGISTERED", hard: false }] });
    expect(citizen["criteria.0.kind"]).toMatch(/người dân, doanh nghiệp/);
    expect(errorsOf({ criteria: [{ content: "Có sáng kiến.", recipientType: "COLLECTIVE", kind: "INITIATIVE_REGISTERED", hard: true }] })).toEqual({});
  });

  it("refuses two documents with the same name", () => {
    const e = errorsOf({ documents: [{ kind: "PROPOSAL_LETTER", name: "Tờ trình", required: true }, { kind: "OTHER", name: " tờ trình ", required: false }] });
    expect(e["documents.1.name"]).toMatch(/trùng tên/);
  });

  it("turns the typed rule into the stored columns and back, reduced", () => {
    const rule = ruleOfValues({ quorumShare: "4/6", quorumComparison: "AT_LEAST", thresholdShare: "90 %", thresholdComparison: "AT_LEAST", thresholdBase: "VOTES_CAST" })!;
    expect(ruleColumns(rule)).toEqual({
      quorumNumerator: 2,
      quorumDenominator: 3,
      quorumStrict: false,
      thresholdNumerator: 9,
      thresholdDenominator: 10,
      thresholdStrict: false,
      thresholdBase: "VOTES_CAST",
    });
    expect(ruleOfRow(ruleColumns(rule))).toEqual(rule);
    expect(describeRule(rule).threshold).toBe("từ 90% trở lên số phiếu biểu quyết của thành viên có mặt tán thành");
    expect(ruleOfValues({ quorumShare: "abc", quorumComparison: "AT_LEAST", thresholdShare: "50%", thresholdComparison: "MORE_THAN", thresholdBase: "MEMBERS" })).toBeNull();
  });
});

describe("searching people without diacritics", () => {
  it("folds Vietnamese letters, đ and case", () => {
    expect(foldVietnamese("Phan Thị Ngọc Ánh")).toBe("phan thi ngoc anh");
    expect(foldVietnamese("Đỗ  Thị Kim Oanh")).toBe("do thi kim oanh");
    expect(foldVietnamese("Trương Công Danh").includes(foldVietnamese("cong danh"))).toBe(true);
  });
});
