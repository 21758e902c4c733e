import { describe, expect, it } from "vitest";
import { parseLibraryFilters } from "../../lib/library/schemas";
import { adoptionRefusal, NOT_RECOGNISED_MESSAGE, OWN_MODEL_MESSAGE, targetRefusal, targetState } from "../../lib/replication/rules";
import { visitIcs } from "../../lib/surveys/ics";
import { overlaps, periodProblem, vnInstant } from "../../lib/surveys/rules";

describe("survey visit rules", () => {
  it("reads a visit's day and hour as Vietnam time, whatever the server's zone", () => {
    expect(vnInstant("2026-12-10", "08:30").toISOString()).toBe("2026-12-10T01:30:00.000Z");
    expect(vnInstant("2026-12-10", "00:15").toISOString()).toBe("2026-12-09T17:15:00.000Z");
  });

  it("accepts a visit on the first and the last day of the plan's period and refuses the days around it, naming the period", () => {
    const plan = { startsOn: new Date("2023-06-01T00:00:00Z"), endsOn: new Date("2023-10-31T00:00:00Z") };
    expect(periodProblem("2023-06-01", plan)).toBeNull();
    expect(periodProblem("2023-10-31", plan)).toBeNull();
    expect(periodProblem("2023-05-31", plan)).toContain("từ 01/06/2023 đến 31/10/2023");
    expect(periodProblem("2023-11-01", plan)).not.toBeNull();
  });

  it("counts shared minutes as an overlap, not visits back to back", () => {
    const a = { startsAt: vnInstant("2026-12-10", "08:00"), endsAt: vnInstant("2026-12-10", "10:00") };
    expect(overlaps(a, { startsAt: vnInstant("2026-12-10", "09:59"), endsAt: vnInstant("2026-12-10", "11:00") })).toBe(true);
    expect(overlaps(a, { startsAt: vnInstant("2026-12-10", "10:00"), endsAt: vnInstant("2026-12-10", "11:00") })).toBe(false);
    expect(overlaps(a, { startsAt: vnInstant("2026-12-10", "07:00"), endsAt: vnInstant("2026-12-10", "12:00") })).toBe(true);
  });

  it("writes an invitation with a stable UID, the SEQUENCE given, UTC times and a final line break; a cancellation says CANCEL", () => {
    const base = {
      uid: "survey-visit-1@thidua-cchc",
      startsAt: vnInstant("2026-12-10", "08:30"),
      endsAt: vnInstant("2026-12-10", "11:00"),
      summary: "Khảo sát tại Phòng A",
      description: "Nội dung; dòng hai",
      location: "Phòng họp",
      organizer: { name: "Cổng thi đua", email: "no-reply@example.vn" },
      attendees: [{ name: "Nguyễn Văn A", email: "a@example.vn" }],
    };
    const now = new Date("2026-12-06T03:04:05Z");
    const invite = visitIcs({ ...base, sequence: 0, cancelled: false }, now);
    expect(invite).toContain("METHOD:REQUEST\r\n");
    expect(invite).toContain("UID:survey-visit-1@thidua-cchc\r\n");
    expect(invite).toContain("SEQUENCE:0\r\n");
    expect(invite).toContain("DTSTAMP:20261206T030405Z\r\n");
    expect(invite).toContain("DTSTART:20261210T013000Z\r\n");
    expect(invite.endsWith("END:VCALENDAR\r\n")).toBe(true);
    const cancel = visitIcs({ ...base, sequence: 2, cancelled: true }, now);
    expect(cancel).toContain("METHOD:CANCEL\r\n");
    expect(cancel).toContain("STATUS:CANCELLED\r\n");
    expect(cancel).toContain("SEQUENCE:2\r\n");
    expect(cancel).toContain("UID:survey-visit-1@thidua-cchc\r\n");
  });
});

describe("replication rules", () => {
  it("refuses a model outside the library and one's own model", () => {
    expect(adoptionRefusal(null, "u1")).toBe(NOT_RECOGNISED_MESSAGE);
    expect(adoptionRefusal({ unitId: "u1" }, "u1")).toBe(OWN_MODEL_MESSAGE);
    expect(adoptionRefusal({ unitId: "u1" }, "u2")).toBeNull();
  });

  it("assigns only to units below the issuer, never to the issuer or the model's owner", () => {
    const issuer = { id: "d", path: "/c/d/" };
    expect(targetRefusal({ id: "a", path: "/c/d/a/", name: "Phòng A" }, issuer, "o")).toBeNull();
    expect(targetRefusal({ id: "d", path: "/c/d/", name: "Sở" }, issuer, "o")).toContain("đơn vị giao");
    expect(targetRefusal({ id: "x", path: "/c/x/", name: "Sở khác" }, issuer, "o")).toContain("không thuộc phạm vi");
    expect(targetRefusal({ id: "o", path: "/c/d/o/", name: "Phòng chủ trì" }, issuer, "o")).toContain("chủ trì");
  });

  it("tells an assigned unit's state from its adoption, its report and the deadline", () => {
    const due = new Date("2026-12-10T17:00:00Z");
    const before = new Date("2026-12-09T00:00:00Z");
    const after = new Date("2026-12-12T00:00:00Z");
    expect(targetState(null, due, before)).toBe("NOT_REGISTERED");
    expect(targetState({ reportedAt: null }, due, before)).toBe("IN_PROGRESS");
    expect(targetState({ reportedAt: null }, due, after)).toBe("OVERDUE");
    expect(targetState(null, due, after)).toBe("OVERDUE");
    expect(targetState({ reportedAt: before }, due, after)).toBe("REPORTED");
    expect(targetState({ reportedAt: after }, due, after)).toBe("REPORTED_LATE");
  });
});

describe("library filters", () => {
  it("folds the search text and ignores malformed filters instead of failing", () => {
    expect(parseLibraryFilters({ q: "  Một   CỬA  ", year: "20x6", level: "WARD", field: "Cải cách thủ tục hành chính" })).toEqual({
      q: "mot cua",
      field: "Cải cách thủ tục hành chính",
      year: null,
      level: null,
      unit: "",
    });
    expect(parseLibraryFilters({ year: "2025", level: "CITY", q: ["số hoá", "x"] })).toMatchObject({ year: 2025, level: "CITY", q: "so hoa" });
  });
});
