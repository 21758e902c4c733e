import { describe, expect, it } from "vitest";
import { describeTimeLeft, dueAtForBeforeDay, formatDateTimeVN, formatDateVN, isLate, shiftDueAtByYears } from "../../lib/time/vn";

describe("deadlines in Vietnam time", () => {
  const due = dueAtForBeforeDay("2022-04-18"); // "trước ngày 18/4/2022"

  it("puts 'before 18/4' at 00:00 of 18/4 in Vietnam, which is 17:00 UTC on 17/4", () => {
    expect(due.toISOString()).toBe("2022-04-17T17:00:00.000Z");
    expect(formatDateVN(due)).toBe("18/04/2022");
  });

  it("accepts a submission at 23:59:59 on 17/4 Vietnam time as on time", () => {
    expect(isLate(new Date("2022-04-17T16:59:59.000Z"), due)).toBe(false);
    expect(formatDateTimeVN(new Date("2022-04-17T16:59:59.000Z"))).toBe("17/04/2022 23:59");
  });

  it("marks a submission at exactly 00:00:00 on 18/4 Vietnam time as late", () => {
    expect(isLate(new Date("2022-04-17T17:00:00.000Z"), due)).toBe(true);
  });

  it("describes the time left in Vietnamese", () => {
    expect(describeTimeLeft(due, new Date("2022-04-14T03:00:00Z"))).toBe("còn 3 ngày");
    expect(describeTimeLeft(due, new Date("2022-04-17T16:00:00Z"))).toBe("hạn chót hôm nay");
    expect(describeTimeLeft(due, new Date("2022-04-17T17:00:00Z"))).toBe("quá hạn 1 ngày");
    expect(describeTimeLeft(due, new Date("2022-04-19T03:00:00Z"))).toBe("quá hạn 1 ngày");
    expect(describeTimeLeft(due, new Date("2022-04-20T16:59:00Z"))).toBe("quá hạn 2 ngày");
  });

  it("shifts a deadline into another year keeping its calendar day", () => {
    expect(formatDateVN(shiftDueAtByYears(due, 4))).toBe("18/04/2026");
    expect(formatDateVN(shiftDueAtByYears(dueAtForBeforeDay("2024-02-29"), 1))).toBe("28/02/2025");
  });
});
