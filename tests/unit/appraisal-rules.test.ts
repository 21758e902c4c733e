import { describe, expect, it } from "vitest";
import { assignEvaluators, conflictUnitPaths, isOwnOrBelow, pairKey, type Evaluator } from "@/lib/appraisal/assignment";
import { computeResults, evaluatorTotal, inRankOrder } from "@/lib/appraisal/results";
import { DEFAULT_RUBRIC, formatPoints, scoreProblem } from "@/lib/appraisal/rubric";

const SO = "/hcm/so/";
const unit = (n: number) => `${SO}p${n}/`;

describe("assigning evaluators", () => {
  const evaluators: Evaluator[] = Array.from({ length: 7 }, (_, i) => ({ id: `e${i}`, unitPaths: [unit(i)] }));
  const items = Array.from({ length: 20 }, (_, i) => ({ id: `i${String(i).padStart(2, "0")}`, unitPath: unit(i % 9) }));

  it("gives every initiative N evaluators with loads that differ by at most one", () => {
    const r = assignEvaluators({ items, evaluators, perItem: 3 });
    expect(r.shortfalls).toEqual([]);
    for (const it of items) expect(r.pairs.filter((p) => p.itemId === it.id)).toHaveLength(3);
    const loads = [...r.loads.values()];
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    expect(loads.reduce((a, b) => a + b, 0)).toBe(60);
  });

  it("never gives an evaluator an initiative of their own unit or of a unit below it", () => {
    // e0 belongs to the Sở itself: every initiative is below it.
    const withBoss = [{ id: "boss", unitPaths: [SO] }, ...evaluators];
    const r = assignEvaluators({ items, evaluators: withBoss, perItem: 3 });
    expect(r.pairs.some((p) => p.evaluatorId === "boss")).toBe(false);
    for (const p of r.pairs) {
      const ev = withBoss.find((e) => e.id === p.evaluatorId)!;
      expect(isOwnOrBelow(ev, items.find((i) => i.id === p.itemId)!.unitPath)).toBe(false);
    }
  });

  it("leaves out a declared conflict and keeps the pairs fixed by hand", () => {
    const excluded = new Set([pairKey("i00", "e1"), pairKey("i00", "e2")]);
    const fixed = [{ itemId: "i01", evaluatorId: "e3" }];
    const r = assignEvaluators({ items, evaluators, perItem: 3, excluded, fixed });
    const of = (id: string) => r.pairs.filter((p) => p.itemId === id).map((p) => p.evaluatorId);
    expect(of("i00")).not.toContain("e1");
    expect(of("i00")).not.toContain("e2");
    expect(of("i01")).toContain("e3");
  });

  it("reports the initiatives that cannot get enough evaluators", () => {
    const r = assignEvaluators({ items: [{ id: "x", unitPath: unit(0) }], evaluators: evaluators.slice(0, 2), perItem: 3 });
    // e0 is of the initiative's own unit: only e1 is eligible.
    expect(r.pairs).toEqual([{ itemId: "x", evaluatorId: "e1" }]);
    expect(r.shortfalls).toEqual([{ itemId: "x", missing: 2 }]);
  });

  it("gives the same assignment for the same input", () => {
    expect(assignEvaluators({ items, evaluators, perItem: 2 }).pairs).toEqual(assignEvaluators({ items, evaluators, perItem: 2 }).pairs);
  });

  it("assigns 500 initiatives × 3 among 30 evaluators evenly", () => {
    const evs = Array.from({ length: 30 }, (_, i) => ({ id: `e${String(i).padStart(2, "0")}`, unitPaths: [unit(i)] }));
    const many = Array.from({ length: 500 }, (_, i) => ({ id: `i${i}`, unitPath: unit(i % 40) }));
    const r = assignEvaluators({ items: many, evaluators: evs, perItem: 3 });
    expect(r.shortfalls).toEqual([]);
    const loads = [...r.loads.values()];
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  });
});

describe("scores and results", () => {
  const rubric = DEFAULT_RUBRIC; // 20 + 30 + 15 + 20 + 15 = 100 points, no weights

  it("accepts points from 0 to the maximum in steps of 0.5", () => {
    expect(scoreProblem(12.5, 20)).toBeNull();
    expect(scoreProblem(0, 20)).toBeNull();
    expect(scoreProblem(20, 20)).toBeNull();
    expect(scoreProblem(-1, 20)).toBe("Điểm không được nhỏ hơn 0.");
    expect(scoreProblem(21, 20)).toBe("Điểm tối đa của tiêu chí này là 20.");
    expect(scoreProblem(12.3, 20)).toBe("Điểm chấm theo bước 0,5.");
    expect(scoreProblem(Number.NaN, 20)).toBe("Điểm không hợp lệ.");
    expect(formatPoints(12.5)).toBe("12,5");
  });

  it("with one evaluator: the means are their points, the spread 0", () => {
    const [r] = computeResults(rubric, [{ itemId: "a", assigned: 1, submitted: [{ evaluatorId: "e", points: [10, 20, 15, 10, 5] }] }]);
    expect(r).toMatchObject({ criterionMeans: [10, 20, 15, 10, 5], total: 60, spread: 0, flagged: false, missing: 0, rank: 1 });
  });

  it("counts missing scores and flags a large disagreement", () => {
    const [r] = computeResults(rubric, [
      {
        itemId: "a",
        assigned: 3,
        submitted: [
          { evaluatorId: "e1", points: [20, 30, 15, 20, 15] },
          { evaluatorId: "e2", points: [10, 10, 10, 10, 10] },
        ],
      },
    ]);
    expect(r.missing).toBe(1);
    expect(r.evaluatorTotals).toEqual([
      { evaluatorId: "e1", total: 100 },
      { evaluatorId: "e2", total: 50 },
    ]);
    expect(r.total).toBe(75);
    expect(r.spread).toBe(50);
    expect(r.flagged).toBe(true);
  });

  it("normalises weights that do not sum to 100", () => {
    const weighted = [
      { maxPoints: 10, weight: 1 },
      { maxPoints: 10, weight: 3 },
    ];
    // 10/10 × 1 + 5/10 × 3 = 2.5 of 4 → 62.5.
    expect(evaluatorTotal(weighted, [10, 5])).toBe(62.5);
    const [r] = computeResults(weighted, [{ itemId: "a", assigned: 1, submitted: [{ evaluatorId: "e", points: [10, 5] }] }]);
    expect(r.total).toBe(62.5);
  });

  it("ranks with ties sharing a rank, in a deterministic order, and leaves unscored initiatives unranked", () => {
    const one = (itemId: string, pts: number[]) => ({ itemId, assigned: 1, submitted: [{ evaluatorId: "e", points: pts }] });
    const results = computeResults(rubric, [
      one("b", [10, 10, 10, 10, 10]),
      one("a", [20, 30, 15, 20, 15]),
      { itemId: "none", assigned: 2, submitted: [] },
      one("c", [10, 10, 10, 10, 10]),
      one("d", [0, 0, 0, 0, 0]),
    ]);
    expect(inRankOrder(results).map((r) => [r.itemId, r.rank])).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 2],
      ["d", 4],
      ["none", null],
    ]);
    expect(results.find((r) => r.itemId === "none")).toMatchObject({ total: null, spread: null, missing: 2, flagged: false });
  });
});

describe("which units make an initiative an evaluator's own", () => {
  it("keep the evaluator's office and its sub-units, but not the campaign's issuing unit nor the units above it", () => {
    const paths = conflictUnitPaths(["/city/so/", "/city/so/phong1/", "/city/", "/city/so/phong1/"], "/city/so/");
    expect(paths).toEqual(["/city/so/phong1/"]);
    expect(isOwnOrBelow({ unitPaths: paths }, "/city/so/phong1/to/")).toBe(true);
    expect(isOwnOrBelow({ unitPaths: paths }, "/city/so/phong2/")).toBe(false);
  });
});
