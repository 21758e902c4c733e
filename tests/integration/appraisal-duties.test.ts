import { describe, expect, it } from "vitest";
import { assignRound } from "../../lib/appraisal/persist";
import { runAppraisalReminders } from "../../lib/appraisal/reminders";
import { DEFAULT_RUBRIC } from "../../lib/appraisal/rubric";
import { loadAppraisalTasks } from "../../lib/appraisal/todo";
import { loadSessionUser } from "../../lib/auth/session";
import { buildCalendarFeed } from "../../lib/calendar/feed";
import { hashCalendarToken } from "../../lib/calendar/token";
import { dueAtForBeforeDay } from "../../lib/time/vn";
import { db, makeOrganisation, makeUser } from "../helpers/factories";
import { makeRegistration } from "../helpers/registration-fixtures";

const DAY = 86_400_000;

/** An OPEN round of the organisation's campaign: 3 initiatives (2 of office A, 1 of office B), a panel of 3 from the department and the other department. */
async function openRound() {
  const org = await makeOrganisation();
  const steering = await makeUser({ unit: org.dept, roles: [{ role: "STEERING_COMMITTEE" }], fullName: "Phan Thị Chủ Tọa" });
  const outside = await makeUser({ unit: org.otherDept, fullName: "Lê Văn Ngoài" });
  const regA = await makeRegistration({ campaign: org.campaign, unit: org.officeA, status: "ACCEPTED", submittedBy: org.headA, rows: [{ field: 0, content: "Một cửa số A" }, { field: 1, content: "Hẹn giờ A" }] });
  const regB = await makeRegistration({ campaign: org.campaign, unit: org.officeB, status: "ACCEPTED", submittedBy: org.headB, rows: [{ field: 0, content: "Số hoá B" }] });
  const initiatives = [...regA.initiatives, ...regB.initiatives];
  const dueAt = dueAtForBeforeDay(new Date(Date.now() + 10 * DAY).toISOString().slice(0, 10));
  const round = await db().appraisalRound.create({
    data: {
      campaignId: org.campaign.id,
      name: "Đợt thẩm định thử",
      status: "OPEN",
      evaluatorsPerItem: 2,
      dueAt,
      chairUserId: steering.id,
      createdById: org.office.id,
      openedAt: new Date(),
      criteria: { create: DEFAULT_RUBRIC.map((c, i) => ({ sortOrder: i, name: c.name, maxPoints: c.maxPoints, weight: c.weight })) },
      items: { create: initiatives.map((ini, i) => ({ initiativeId: ini.id, sortOrder: i })) },
      evaluators: { create: [{ userId: steering.id }, { userId: outside.id }, { userId: org.headA.id }] },
    },
  });
  await db().$transaction((tx) => assignRound(tx, round.id, "rebalance"));
  return { org, steering, outside, round, dueAt };
}

async function submitAll(roundId: string, userId: string) {
  await db().appraisalAssignment.updateMany({ where: { roundId, evaluator: { userId } }, data: { status: "SUBMITTED", submittedAt: new Date() } });
}

describe("appraisal work on the to-do list", () => {
  it("shows each panel member their own progress, and the chair the panel's", async () => {
    const { org, steering, outside, round } = await openRound();
    const places = await db().appraisalAssignment.findMany({ where: { roundId: round.id }, include: { evaluator: true, item: { include: { initiative: true } } } });
    // Never an initiative of the evaluator's own unit: the head of office A scores office B's only.
    expect(places.filter((p) => p.evaluator.userId === org.headA.id).every((p) => p.item.initiative.unitId === org.officeB.id)).toBe(true);

    const outsiderTasks = await loadAppraisalTasks((await loadSessionUser(outside.id))!);
    const own = places.filter((p) => p.evaluator.userId === outside.id).length;
    expect(outsiderTasks).toEqual([expect.objectContaining({ kind: "SCORE", roundId: round.id, detail: `Bạn đã chấm 0/${own} nội dung được phân công.` })]);

    const chairTasks = await loadAppraisalTasks((await loadSessionUser(steering.id))!);
    expect(chairTasks.map((t) => t.kind)).toEqual(["SCORE", "FOLLOW"]);
    expect(chairTasks[1].detail).toBe(`Tổ thẩm định đã chấm 0/${places.length} lượt chấm.`);

    // The office of another department neither manages nor sits on the panel: nothing.
    expect(await loadAppraisalTasks((await loadSessionUser(org.otherOffice.id))!)).toEqual([]);
    // The office of the issuing department follows the round.
    expect((await loadAppraisalTasks((await loadSessionUser(org.office.id))!)).map((t) => t.kind)).toEqual(["FOLLOW"]);
  });

  it("asks the chair for verdicts once every place is submitted, and a removed evaluator no longer counts", async () => {
    const { org, steering, outside, round } = await openRound();
    await submitAll(round.id, steering.id);
    await submitAll(round.id, outside.id);
    await db().appraisalEvaluator.updateMany({ where: { roundId: round.id, userId: org.headA.id }, data: { active: false, removedAt: new Date() } });
    const tasks = await loadAppraisalTasks((await loadSessionUser(steering.id))!);
    expect(tasks).toEqual([expect.objectContaining({ kind: "VERDICT", detail: "3 nội dung chưa có kết luận của Tổ thẩm định." })]);
    expect(await loadAppraisalTasks((await loadSessionUser(org.headA.id))!)).toEqual([]);
  });
});

describe("reminders of the scoring deadline", () => {
  it("remind each panel member with places left once, by notification and e-mail, and never twice", async () => {
    const { steering, outside, round, dueAt } = await openRound();
    await submitAll(round.id, steering.id);
    const now = new Date(dueAt.getTime() - 3 * DAY + 2 * 3600_000);
    const first = await runAppraisalReminders({ now });
    const remaining = await db().appraisalEvaluator.count({ where: { roundId: round.id, userId: { not: steering.id } } });
    expect(first.sent).toBe(remaining);
    const n = await db().notification.findFirstOrThrow({ where: { userId: outside.id } });
    expect(n.title).toMatch(/^Còn 3 ngày: chấm điểm đợt thẩm định “Đợt thẩm định thử”/);
    expect(n.link).toBe("/appraisal");
    expect(await db().emailMessage.count({ where: { toUserId: outside.id } })).toBe(1);
    // The member who submitted everything is not reminded.
    expect(await db().notification.count({ where: { userId: steering.id } })).toBe(0);
    const again = await runAppraisalReminders({ now: new Date(now.getTime() + 3600_000) });
    expect(again.sent).toBe(0);
    expect(await db().appraisalReminder.count({ where: { roundId: round.id } })).toBe(remaining);
  });

  it("stop once the round is closed", async () => {
    const { round, dueAt } = await openRound();
    await db().appraisalRound.update({ where: { id: round.id }, data: { status: "CLOSED", closedAt: new Date() } });
    expect((await runAppraisalReminders({ now: new Date(dueAt.getTime() + DAY) })).sent).toBe(0);
  });
});

describe("the calendar feed", () => {
  it("carries a panel member's scoring deadline", async () => {
    const { outside, round } = await openRound();
    const token = "appraisal-feed-token-0123456789abcdef";
    await db().user.update({ where: { id: outside.id }, data: { calendarTokenHash: hashCalendarToken(token) } });
    // Unfolded: iCalendar folds long lines at 75 octets.
    const feed = (await buildCalendarFeed(token))!.replace(/\r\n /g, "");
    expect(feed).toContain(`UID:appraisal.${round.id}.${outside.id}@thidua-cchc`);
    expect(feed).toContain("SUMMARY:Chấm điểm thẩm định: Đợt thẩm định thử");
  });
});
