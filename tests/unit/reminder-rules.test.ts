import { describe, expect, it } from "vitest";
import {
  beforeReminderAt,
  dueReminderKeys,
  OFFSET_COUNT_MESSAGE,
  OFFSET_DUPLICATE_MESSAGE,
  OFFSET_RANGE_MESSAGE,
  parseOffsetsText,
  reminderSettingsFormSchema,
  reminderTitle,
  vnMinuteStamp,
  type ReminderObligation,
  type ReminderSettings,
} from "@/lib/reminders/rules";
import { activeExtension, effectiveDueAt } from "@/lib/deadlines/effective";
import { dueAtForBeforeDay } from "@/lib/time/vn";

// "trước ngày 20/11/2026" = 20/11 00:00 Vietnam = 19/11 17:00 UTC
const due = dueAtForBeforeDay("2026-11-20");
const vn = (iso: string) => new Date(`${iso}+07:00`);
const settings: ReminderSettings = { reminderOffsetsDays: [7, 3, 1], remindMorningAfter: true, remindWeeklyOverdue: true };
const reg = (over: Partial<ReminderObligation> = {}): ReminderObligation => ({
  milestoneKind: "REGISTRATION",
  responsibleRole: "UNIT_HEAD",
  dueAt: due,
  registration: null,
  ...over,
});
const keys = (now: Date, o = reg(), s = settings) => dueReminderKeys(s, o, now);

describe("reminder rules: before the deadline", () => {
  it("before:N becomes due at 07:00 Vietnam time on day X−N, whatever the server's zone", () => {
    expect(beforeReminderAt(due, 7).toISOString()).toBe("2026-11-13T00:00:00.000Z");
    expect(keys(vn("2026-11-13T06:59:59"))).toEqual([]);
    expect(keys(vn("2026-11-13T07:00:00"))).toEqual(["before:7"]);
    expect(keys(vn("2026-11-16T23:00:00"))).toEqual(["before:7"]);
    expect(keys(vn("2026-11-17T06:59:59"))).toEqual(["before:7"]);
    expect(keys(vn("2026-11-17T07:00:00"))).toEqual(["before:3"]);
    expect(keys(vn("2026-11-19T07:00:00"))).toEqual(["before:1"]);
    expect(keys(vn("2026-11-19T23:59:59"))).toEqual(["before:1"]);
  });
  it("a missed run still sends the nearest reminder once, never after the deadline", () => {
    expect(keys(vn("2026-11-19T20:00:00"))).toEqual(["before:1"]);
    expect(keys(vn("2026-11-20T00:00:00"))).toEqual([]); // deadline passed, morning-after not yet
  });
  it("follows the campaign's offsets", () => {
    const s = { ...settings, reminderOffsetsDays: [10] };
    expect(keys(vn("2026-11-10T07:00:00"), reg(), s)).toEqual(["before:10"]);
    expect(keys(vn("2026-11-19T07:00:00"), reg(), s)).toEqual(["before:10"]);
    expect(keys(vn("2026-11-19T07:00:00"), reg(), { ...settings, reminderOffsetsDays: [] })).toEqual([]);
  });
  it("titles say the days left to day X and the days overdue", () => {
    expect(reminderTitle(due, vn("2026-11-17T07:00:00"), "nộp Mẫu 1", "1045/KH-SQHKT")).toBe("Còn 3 ngày: nộp Mẫu 1 – 1045/KH-SQHKT");
    expect(reminderTitle(due, vn("2026-11-22T07:00:00"), "nộp Mẫu 1", "1045/KH-SQHKT")).toBe("Quá hạn 2 ngày: nộp Mẫu 1 – 1045/KH-SQHKT");
  });
});

describe("reminder rules: overdue", () => {
  it("the morning after the last day (07:00 on day X)", () => {
    expect(keys(vn("2026-11-20T06:59:59"))).toEqual([]);
    expect(keys(vn("2026-11-20T07:00:00"))).toEqual(["after:1"]);
    expect(keys(vn("2026-11-26T23:00:00"))).toEqual(["after:1"]);
    expect(keys(vn("2026-11-20T07:00:00"), reg(), { ...settings, remindMorningAfter: false })).toEqual([]);
  });
  it("weekly while overdue: only the latest week", () => {
    expect(keys(vn("2026-11-27T06:59:59"))).toEqual(["after:1"]);
    expect(keys(vn("2026-11-27T07:00:00"))).toEqual(["overdue:w1"]);
    expect(keys(vn("2026-12-04T07:00:00"))).toEqual(["overdue:w2"]);
    expect(keys(vn("2026-12-20T07:00:00"))).toEqual(["overdue:w4"]);
    expect(keys(vn("2026-12-04T07:00:00"), reg(), { ...settings, remindWeeklyOverdue: false })).toEqual(["after:1"]);
    expect(keys(vn("2026-12-04T07:00:00"), reg(), { ...settings, remindWeeklyOverdue: false, remindMorningAfter: false })).toEqual([]);
  });
  it("deliverables tracked outside the portal: before reminders, no overdue ones", () => {
    const o = reg({ milestoneKind: "OTHER" });
    expect(keys(vn("2026-11-17T07:00:00"), o)).toEqual(["before:3"]);
    expect(keys(vn("2026-11-20T07:00:00"), o)).toEqual([]);
  });
  it("a unit's report of a phase is reminded like Mẫu 1: before, the morning after, weekly while missing", () => {
    const o = reg({ milestoneKind: "MIDTERM_REPORT", report: null });
    expect(keys(vn("2026-11-17T07:00:00"), o)).toEqual(["before:3"]);
    expect(keys(vn("2026-11-20T07:00:00"), o)).toEqual(["after:1"]);
    expect(keys(vn("2026-11-27T07:00:00"), reg({ milestoneKind: "FINAL_REPORT", report: { status: "DRAFT", isLate: false } }))).toEqual(["overdue:w1"]);
  });
});

describe("reminder rules: who and what", () => {
  it("nothing after Mẫu 1 is submitted or accepted; a returned form is reminded again", () => {
    const now = vn("2026-11-17T07:00:00");
    expect(keys(now, reg({ registration: { status: "SUBMITTED", isLate: false } }))).toEqual([]);
    expect(keys(now, reg({ registration: { status: "ACCEPTED", isLate: false } }))).toEqual([]);
    expect(keys(vn("2026-11-21T07:00:00"), reg({ registration: { status: "SUBMITTED", isLate: true } }))).toEqual([]);
    expect(keys(now, reg({ registration: { status: "RETURNED", isLate: false } }))).toEqual(["before:3"]);
    expect(keys(now, reg({ registration: { status: "DRAFT", isLate: false } }))).toEqual(["before:3"]);
  });
  it("nothing once the report of the phase is submitted or accepted; a returned one is reminded again", () => {
    const now = vn("2026-11-21T07:00:00");
    const rep = (status: "SUBMITTED" | "ACCEPTED" | "RETURNED", isLate = false) => reg({ milestoneKind: "MIDTERM_REPORT", report: { status, isLate } });
    expect(keys(now, rep("SUBMITTED", true))).toEqual([]);
    expect(keys(now, rep("ACCEPTED"))).toEqual([]);
    expect(keys(now, rep("RETURNED"))).toEqual(["after:1"]);
    // A submitted Mẫu 1 does not make the report done, nor the other way round.
    expect(keys(now, reg({ milestoneKind: "MIDTERM_REPORT", registration: { status: "SUBMITTED", isLate: false }, report: null }))).toEqual(["after:1"]);
    expect(keys(now, reg({ report: { status: "SUBMITTED", isLate: false } }))).toEqual(["after:1"]);
  });
  it("nothing before the report's phase opens", () => {
    const o = reg({ milestoneKind: "MIDTERM_REPORT", notOpenUntil: vn("2026-11-18T00:00:00") });
    expect(keys(vn("2026-11-17T07:00:00"), o)).toEqual([]);
    expect(keys(vn("2026-11-18T07:00:00"), o)).toEqual(["before:3"]);
  });
  it("only the units' milestones, and the office's summary reports", () => {
    expect(keys(vn("2026-11-17T07:00:00"), reg({ responsibleRole: "CCHC_OFFICE" }))).toEqual([]);
    expect(keys(vn("2026-11-17T07:00:00"), reg({ responsibleRole: "UNIT_STAFF" }))).toEqual(["before:3"]);
    expect(keys(vn("2026-11-17T07:00:00"), reg({ milestoneKind: "CONSOLIDATION", responsibleRole: "CCHC_OFFICE" }))).toEqual([]);
    const summary = reg({ milestoneKind: "MIDTERM_SUMMARY", responsibleRole: "CCHC_OFFICE", report: null });
    expect(keys(vn("2026-11-17T07:00:00"), summary)).toEqual(["before:3"]);
    expect(keys(vn("2026-11-20T07:00:00"), summary)).toEqual(["after:1"]);
    expect(keys(vn("2026-11-20T07:00:00"), { ...summary, report: { status: "SUBMITTED", isLate: false } })).toEqual([]);
  });
  it("an extension moves the schedule", () => {
    const ext = { milestoneId: "m", unitId: "u", dueAt: dueAtForBeforeDay("2026-11-30"), createdAt: new Date(), revokedAt: null };
    const eff = effectiveDueAt({ id: "m", dueAt: due, hardCutoffAt: null }, activeExtension([ext], "m", "u"));
    const now = vn("2026-11-21T07:00:00");
    expect(keys(now)).toEqual(["after:1"]);
    expect(keys(now, reg({ dueAt: eff }))).toEqual([]);
    expect(keys(vn("2026-11-23T07:00:00"), reg({ dueAt: eff }))).toEqual(["before:7"]);
    expect(keys(vn("2026-11-29T07:00:00"), reg({ dueAt: eff }))).toEqual(["before:1"]);
  });
  it("manual reminder key is the Vietnam minute", () => {
    expect(vnMinuteStamp(new Date("2026-11-19T17:05:30Z"))).toBe("202611200005");
  });
});

describe("reminder settings validation", () => {
  it("accepts 1..60, at most 6, no duplicates; stores them sorted descending", () => {
    expect(parseOffsetsText("7, 3, 1")).toEqual({ ok: true, offsets: [7, 3, 1] });
    expect(parseOffsetsText("1,14 3")).toEqual({ ok: true, offsets: [14, 3, 1] });
    expect(parseOffsetsText("")).toEqual({ ok: true, offsets: [] });
    expect(parseOffsetsText("60")).toEqual({ ok: true, offsets: [60] });
  });
  it("refuses negative, zero, non-integers, absurd values with Vietnamese messages", () => {
    for (const bad of ["-3", "0", "1.5", "61", "1000", "ba", "7, -1"]) {
      expect(parseOffsetsText(bad)).toEqual({ ok: false, message: OFFSET_RANGE_MESSAGE });
    }
    expect(OFFSET_RANGE_MESSAGE).toBe("Số ngày nhắc trước hạn phải là số nguyên từ 1 đến 60.");
    expect(parseOffsetsText("1,2,3,4,5,6,7")).toEqual({ ok: false, message: OFFSET_COUNT_MESSAGE });
    expect(parseOffsetsText("3, 3")).toEqual({ ok: false, message: OFFSET_DUPLICATE_MESSAGE });
  });
  it("form schema reports on the text field", () => {
    const r = reminderSettingsFormSchema.safeParse({ reminderOffsetsText: "0, 3", remindMorningAfter: true, remindWeeklyOverdue: false });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ["reminderOffsetsText"], message: OFFSET_RANGE_MESSAGE });
    expect(reminderSettingsFormSchema.parse({})).toEqual({ reminderOffsetsText: "7, 3, 1", remindMorningAfter: true, remindWeeklyOverdue: true });
  });
});
