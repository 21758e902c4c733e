import { describe, expect, it } from "vitest";
import { chronologicalOrder, milestoneOrderProblems } from "@/lib/campaigns/milestone-order";

describe("the order of a plan's milestones", () => {
  it("finds nothing wrong when the dates go forward or repeat, and skips empty dates", () => {
    expect(milestoneOrderProblems(["2022-04-18", "2022-04-20", "", "2022-04-20", "2022-06-10"])).toEqual([]);
  });

  it("names the milestone that comes too early and the latest one above it", () => {
    // Mốc 3 typed as 2021 instead of 2022; Mốc 5 listed after the final report.
    expect(milestoneOrderProblems(["2022-04-18", "2022-06-10", "2021-06-20", "2022-11-10", "2022-10-01"])).toEqual([
      { index: 2, afterIndex: 1 },
      { index: 4, afterIndex: 3 },
    ]);
  });

  it("sorts by date keeping equal dates in their order and undated milestones at the end", () => {
    expect(chronologicalOrder(["2022-11-10", "", "2022-04-18", "2022-11-10", "2022-06-10"])).toEqual([2, 4, 0, 3, 1]);
  });
});
