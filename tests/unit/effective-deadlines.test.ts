import { describe, expect, it } from "vitest";
import { activeExtension, effectiveCutoffAt, effectiveDueAt, isPastCutoff } from "../../lib/deadlines/effective";
import { dueAtForBeforeDay } from "../../lib/time/vn";

const milestone = { id: "m1", dueAt: dueAtForBeforeDay("2022-04-18"), hardCutoffAt: dueAtForBeforeDay("2022-04-25") };
const ext = (dueDay: string, createdAt: string, revoked = false) => ({
  milestoneId: "m1",
  unitId: "u1",
  dueAt: dueAtForBeforeDay(dueDay),
  createdAt: new Date(createdAt),
  revokedAt: revoked ? new Date(createdAt) : null,
});

describe("effective deadlines", () => {
  it("uses the milestone's date when the unit has no extension", () => {
    expect(effectiveDueAt(milestone, null)).toEqual(milestone.dueAt);
  });

  it("uses the newest extension that was not revoked", () => {
    const list = [ext("2022-04-20", "2022-04-10"), ext("2022-04-22", "2022-04-12"), ext("2022-04-30", "2022-04-13", true)];
    expect(effectiveDueAt(milestone, activeExtension(list, "m1", "u1"))).toEqual(dueAtForBeforeDay("2022-04-22"));
    expect(activeExtension(list, "m1", "other-unit")).toBeNull();
  });

  it("lets an extension beyond the hard cut-off move the cut-off for that unit only", () => {
    expect(effectiveCutoffAt(milestone, null)).toEqual(milestone.hardCutoffAt);
    expect(effectiveCutoffAt(milestone, ext("2022-04-28", "2022-04-12"))).toEqual(dueAtForBeforeDay("2022-04-28"));
    expect(effectiveCutoffAt({ ...milestone, hardCutoffAt: null }, ext("2022-04-28", "2022-04-12"))).toBeNull();
  });

  it("refuses from the cut-off instant on", () => {
    expect(isPastCutoff(new Date(milestone.hardCutoffAt.getTime() - 1), milestone.hardCutoffAt)).toBe(false);
    expect(isPastCutoff(milestone.hardCutoffAt, milestone.hardCutoffAt)).toBe(true);
    expect(isPastCutoff(new Date(), null)).toBe(false);
  });
});
