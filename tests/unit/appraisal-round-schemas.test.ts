import { describe, expect, it } from "vitest";
import { pathAndAncestors } from "../../lib/appraisal/rounds/eligibility";
import { describeShortfalls } from "../../lib/appraisal/rounds/labels";
import { addCriterionSchema, createRoundSchema, openRoundProblems } from "../../lib/appraisal/rounds/schemas";

const base = { campaignId: "c1", name: "Đợt 1", dueDate: "2026-12-20", evaluatorsPerItem: "3", chairUserId: "u1", spreadThreshold: "20", inclusion: "MANUAL" };

describe("appraisal round forms", () => {
  it("reads the numbers typed in the form and defaults the others' scores to hidden", () => {
    const r = createRoundSchema.safeParse(base);
    expect(r.success && r.data).toMatchObject({ evaluatorsPerItem: 3, spreadThreshold: 20, showOthersScores: false });
  });

  it("refuses an impossible day, a rule that does not exist and more than ten evaluators per item", () => {
    const r = createRoundSchema.safeParse({ ...base, dueDate: "2026-02-30", inclusion: "ALL", evaluatorsPerItem: 11 });
    expect(r.success).toBe(false);
    const paths = r.success ? [] : r.error.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["dueDate", "inclusion", "evaluatorsPerItem"]));
  });

  it("takes an empty weight as none and refuses points that are not halves", () => {
    const ok = addCriterionSchema.safeParse({ roundId: "r", name: "Tính mới", maxPoints: "12.5", weight: "" });
    expect(ok.success && ok.data).toMatchObject({ maxPoints: 12.5, weight: null, description: null });
    const bad = addCriterionSchema.safeParse({ roundId: "r", name: "Tính mới", maxPoints: "12.3" });
    expect(bad.success ? null : bad.error.issues[0].message).toBe("Nhập theo bước 0,5.");
  });
});

describe("appraisal round rules", () => {
  it("lists what keeps a round from opening", () => {
    expect(openRoundProblems({ itemCount: 0, activeEvaluatorCount: 0, itemsWithoutEvaluator: 0, criterionCount: 0, totalMaxPoints: 0 })).toEqual([
      "Đợt thẩm định chưa có nội dung nào.",
      "Chưa có người chấm nào trong tổ thẩm định.",
      "Bộ tiêu chí chưa có tiêu chí nào.",
    ]);
    expect(openRoundProblems({ itemCount: 5, activeEvaluatorCount: 2, itemsWithoutEvaluator: 3, criterionCount: 1, totalMaxPoints: 10 })).toEqual(["3 nội dung chưa được phân công người chấm."]);
    expect(openRoundProblems({ itemCount: 5, activeEvaluatorCount: 2, itemsWithoutEvaluator: 0, criterionCount: 5, totalMaxPoints: 100 })).toEqual([]);
  });

  it("says the shortfalls in words", () => {
    expect(describeShortfalls([])).toBeNull();
    expect(describeShortfalls([{ missing: 1 }, { missing: 2 }, { missing: 1 }])).toBe("3 nội dung chưa đủ người chấm (thiếu 4 lượt chấm).");
  });

  it("finds the unit and every unit above it (who may chair)", () => {
    expect(pathAndAncestors("/hcm/sqhkt/qhkv1/")).toEqual(["/hcm/", "/hcm/sqhkt/", "/hcm/sqhkt/qhkv1/"]);
  });
});
