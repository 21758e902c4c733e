import { describe, expect, it } from "vitest";
import { daysOverdue, daysUntilDue, describeTimeLeft, dueAtForBeforeDay, formatDateTimeVN, formatDateVN, isLate, shiftDueAtByYears, vnDayOf } from "../../lib/time/vn";

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

describe("Vietnam time by arithmetic (UTC+07:00 since 1975) agrees with the time zone database", () => {
  const viaTzdata = (t: number) => {
    const parts = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Asia/Ho_Chi_Minh",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).formatToParts(t);
    const get = (k: string) => parts.find((p) => p.type === k)!.value;
    return `${get("day")}/${get("month")}/${get("year")} ${get("hour")}:${get("minute")}`;
  };

  it("formats 5,000 instants from 1976 to 2100 exactly as Intl does with the Asia/Ho_Chi_Minh zone", () => {
    let seed = 7;
    const from = Date.UTC(1976, 0, 1);
    const span = Date.UTC(2100, 0, 1) - from;
    for (let i = 0; i < 5_000; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      const t = from + Math.floor((seed / 2_147_483_648) * span);
      expect(formatDateTimeVN(new Date(t))).toBe(viaTzdata(t));
    }
  });

  it("puts midnight of every day of 2026 at 17:00 UTC of the day before, and reads it back as that day", () => {
    for (let d = Date.UTC(2026, 0, 1); d < Date.UTC(2027, 0, 1); d += 86_400_000) {
      const day = new Date(d).toISOString().slice(0, 10);
      const due = dueAtForBeforeDay(day);
      expect(due.getTime()).toBe(d - 7 * 3_600_000);
      expect(vnDayOf(due)).toBe(day);
      expect(vnDayOf(new Date(due.getTime() - 1))).not.toBe(day);
    }
  });

  it("still uses the time zone database before 1976 (Saigon kept UTC+08:00 until 13/06/1975)", () => {
    const t = Date.UTC(1970, 5, 1, 0, 0);
    expect(formatDateTimeVN(new Date(t))).toBe(viaTzdata(t));
    expect(formatDateTimeVN(new Date(t))).toBe("01/06/1970 08:00");
  });

  it("counts days left and overdue in whole Vietnam calendar days across the UTC midnight", () => {
    const due = dueAtForBeforeDay("2026-12-10"); // last day 09/12
    expect(daysUntilDue(due, new Date("2026-12-08T16:59:00Z"))).toBe(1); // 08/12 23:59 in Vietnam
    expect(daysUntilDue(due, new Date("2026-12-08T17:00:00Z"))).toBe(0); // 09/12 00:00
    expect(daysOverdue(due, new Date("2026-12-09T16:59:59Z"))).toBe(0);
    expect(daysOverdue(due, new Date("2026-12-09T17:00:00Z"))).toBe(1);
    expect(daysOverdue(due, new Date("2026-12-11T17:00:00Z"))).toBe(2);
  });
});
