import { describe, expect, it } from "vitest";
import { appraisalReminderKeys, deriveAppraisalTasks, type RoundFacts } from "@/lib/appraisal/duties";
import { dueAtForBeforeDay } from "@/lib/time/vn";

const due = dueAtForBeforeDay("2026-12-20"); // "trước ngày 20/12": 20/12 00:00 Vietnam time
const at = (iso: string) => new Date(iso);
const settings = { reminderOffsetsDays: [7, 3, 1], remindMorningAfter: true, remindWeeklyOverdue: true };

const round = (over: Partial<RoundFacts> = {}): RoundFacts => ({
  id: "r1",
  name: "Đợt 1",
  status: "OPEN",
  dueAt: due,
  chairUserId: "chair",
  campaign: { id: "c1", documentNumber: "1128/KH-SQHKT", title: "Kế hoạch" },
  panel: { assigned: 12, submitted: 7 },
  itemsWithoutVerdict: 4,
  ...over,
});

describe("the appraisal work on the to-do list", () => {
  it("asks a panel member to score while places are left, with the progress and the deadline", () => {
    const [t] = deriveAppraisalTasks({ userId: "u", own: [{ round: round(), counts: { assigned: 12, submitted: 7 } }], followed: [] });
    expect(t).toMatchObject({ kind: "SCORE", detail: "Bạn đã chấm 7/12 nội dung được phân công.", dueAt: due, href: "/appraisal#round-r1" });
  });

  it("drops the scoring task once every place is submitted, and never asks in a closed round", () => {
    expect(deriveAppraisalTasks({ userId: "u", own: [{ round: round(), counts: { assigned: 3, submitted: 3 } }], followed: [] })).toEqual([]);
    expect(deriveAppraisalTasks({ userId: "u", own: [{ round: round({ status: "CLOSED" }), counts: { assigned: 3, submitted: 1 } }], followed: [] })).toEqual([]);
  });

  it("shows a manager the panel's progress while the round is being scored", () => {
    const [t] = deriveAppraisalTasks({ userId: "office", own: [], followed: [{ ...round(), canManage: true }] });
    expect(t).toMatchObject({ kind: "FOLLOW", detail: "Tổ thẩm định đã chấm 7/12 lượt chấm.", href: "/campaigns/c1/appraisal/r1" });
  });

  it("asks the chair for verdicts once scoring is done, and puts scoring first", () => {
    const tasks = deriveAppraisalTasks({
      userId: "chair",
      own: [{ round: round({ id: "r2", name: "Đợt 2" }), counts: { assigned: 2, submitted: 0 } }],
      followed: [{ ...round({ status: "CLOSED" }), canManage: false }],
    });
    expect(tasks.map((t) => t.kind)).toEqual(["SCORE", "VERDICT"]);
    expect(tasks[1]).toMatchObject({ detail: "4 nội dung chưa có kết luận của Tổ thẩm định.", href: "/campaigns/c1/appraisal/r1/results" });
    const allSubmitted = deriveAppraisalTasks({ userId: "chair", own: [], followed: [{ ...round({ panel: { assigned: 5, submitted: 5 } }), canManage: false }] });
    expect(allSubmitted.map((t) => t.kind)).toEqual(["VERDICT"]);
  });

  it("gives nothing to follow when every verdict is recorded after closing", () => {
    expect(deriveAppraisalTasks({ userId: "chair", own: [], followed: [{ ...round({ status: "CLOSED", itemsWithoutVerdict: 0 }), canManage: false }] })).toEqual([]);
  });
});

describe("reminders of a round's scoring deadline", () => {
  it("remind 3 days before at 07:00 Vietnam time, not earlier", () => {
    // 17/12 07:00 Vietnam = 17/12 00:00 UTC
    expect(appraisalReminderKeys(settings, due, 2, at("2026-12-16T23:59:00Z"))).toEqual(["before:7"]);
    expect(appraisalReminderKeys(settings, due, 2, at("2026-12-17T00:00:00Z"))).toEqual(["before:3"]);
  });

  it("remind the morning after and then weekly while places are left, and never once all is submitted", () => {
    expect(appraisalReminderKeys(settings, due, 1, at("2026-12-20T00:00:00Z"))).toEqual(["after:1"]);
    expect(appraisalReminderKeys(settings, due, 1, at("2026-12-27T01:00:00Z"))).toEqual(["overdue:w1"]);
    expect(appraisalReminderKeys(settings, due, 0, at("2026-12-17T00:00:00Z"))).toEqual([]);
  });
});
