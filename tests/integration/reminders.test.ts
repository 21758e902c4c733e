import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { sendManualReminderAction } from "../../lib/reminders/actions";
import { sendManualReminder } from "../../lib/reminders/manual";
import { runReminders } from "../../lib/reminders/run";
import { actAs, db, makeOrganisation } from "../helpers/factories";
import { makeRegistration } from "../helpers/registration-fixtures";

type Org = Awaited<ReturnType<typeof makeOrganisation>>;
const DAY = 86_400_000;
/** 08:00 Vietnam time, 3 days before day X of the organisation's registration deadline. */
const threeDaysBefore = (org: Org) => new Date(org.campaign.milestones[0].dueAt.getTime() - 3 * DAY + 8 * 3600_000);

async function withBSubmitted() {
  const org = await makeOrganisation();
  await makeRegistration({ campaign: org.campaign, unit: org.officeB, status: "SUBMITTED", submittedBy: org.headB });
  return org;
}

describe("reminder run", () => {
  it("sends 'before' reminders to the unit's head and staff, not to a unit that submitted", async () => {
    const org = await withBSubmitted();
    const counts = await runReminders({ now: threeDaysBefore(org) });
    expect(counts.sent).toBe(2);
    const rows = await db().reminderDelivery.findMany({ orderBy: { userId: "asc" } });
    expect(new Set(rows.map((r) => r.userId))).toEqual(new Set([org.headA.id, org.staffA.id]));
    expect(rows.every((r) => r.reminderKey === "before:3" && r.notificationId && r.emailId)).toBe(true);
    const n = await db().notification.findFirstOrThrow({ where: { userId: org.headA.id } });
    expect(n.title).toBe(`Còn 3 ngày: nộp Mẫu 1 – ${org.campaign.documentNumber}`);
    expect(n.link).toBe(`/unit/campaigns/${org.campaign.id}?unit=${org.officeA.id}`);
    expect(n.body).toContain("Phòng A");
    expect(n.body).toContain("trước ngày");
    const mail = await db().emailMessage.findFirstOrThrow({ where: { toUserId: org.staffA.id } });
    expect(mail.subject).toContain("Còn 3 ngày");
    expect(mail.textBody).toContain(`/unit/campaigns/${org.campaign.id}?unit=${org.officeA.id}`);
    expect(await db().notification.count({ where: { userId: { in: [org.headB.id, org.staffB.id] } } })).toBe(0);
  });

  it("running twice sends nothing new; a later offset sends again", async () => {
    const org = await withBSubmitted();
    const now = threeDaysBefore(org);
    await runReminders({ now });
    const again = await runReminders({ now: new Date(now.getTime() + 3600_000) });
    expect(again).toMatchObject({ due: 2, sent: 0, skipped: 2 });
    expect(await db().notification.count()).toBe(2);
    expect(await db().emailMessage.count()).toBe(2);
    const twoDaysLater = await runReminders({ now: new Date(now.getTime() + 2 * DAY) });
    expect(twoDaysLater.sent).toBe(2);
    expect(await db().reminderDelivery.count({ where: { reminderKey: "before:1" } })).toBe(2);
  });

  it("a run killed mid-way: the rerun sends only the rest", async () => {
    const org = await withBSubmitted();
    const m = org.campaign.milestones[0];
    // a previous run had done the head's reminder, then died
    await db().reminderDelivery.create({ data: { milestoneId: m.id, unitId: org.officeA.id, userId: org.headA.id, reminderKey: "before:3", dueAt: m.dueAt } });
    const counts = await runReminders({ now: threeDaysBefore(org), chunkSize: 1 });
    expect(counts).toMatchObject({ due: 2, sent: 1, skipped: 1 });
    expect(await db().notification.count({ where: { userId: org.headA.id } })).toBe(0);
    expect(await db().notification.count({ where: { userId: org.staffA.id } })).toBe(1);
  });

  it("users with a daily digest get a digest notification and no immediate e-mail", async () => {
    const org = await withBSubmitted();
    await db().user.update({ where: { id: org.staffA.id }, data: { digestMode: "DAILY" } });
    await runReminders({ now: threeDaysBefore(org) });
    const n = await db().notification.findFirstOrThrow({ where: { userId: org.staffA.id } });
    expect(n.wantsDigest).toBe(true);
    expect(await db().emailMessage.count({ where: { toUserId: org.staffA.id } })).toBe(0);
    expect(await db().emailMessage.count({ where: { toUserId: org.headA.id } })).toBe(1);
  });

  it("overdue: the morning after, then weekly; an extension moves the schedule", async () => {
    const org = await withBSubmitted();
    const m = org.campaign.milestones[0];
    const morningAfter = new Date(m.dueAt.getTime() + 8 * 3600_000);
    expect((await runReminders({ now: morningAfter })).sent).toBe(2);
    const n = await db().notification.findFirstOrThrow({ where: { userId: org.headA.id } });
    expect(n.title).toMatch(/^Quá hạn 1 ngày: nộp Mẫu 1/);
    expect((await runReminders({ now: new Date(morningAfter.getTime() + 7 * DAY) })).sent).toBe(2);
    expect(await db().reminderDelivery.count({ where: { reminderKey: "overdue:w1" } })).toBe(2);
    await db().milestoneExtension.create({
      data: { milestoneId: m.id, unitId: org.officeA.id, dueAt: new Date(m.dueAt.getTime() + 30 * DAY), reason: "Gia hạn", grantedById: org.office.id },
    });
    expect((await runReminders({ now: new Date(morningAfter.getTime() + 14 * DAY) })).sent).toBe(0);
  });

  it("nothing for draft or closed campaigns", async () => {
    const org = await makeOrganisation();
    await db().campaign.update({ where: { id: org.campaign.id }, data: { status: "CLOSED" } });
    expect((await runReminders({ now: threeDaysBefore(org) })).due).toBe(0);
  });
});

describe("manual reminder", () => {
  it("the office reminds every unit not done, once per minute, with an audit row", async () => {
    const org = await withBSubmitted();
    await actAs(org.office);
    const r = await sendManualReminderAction({ campaignId: org.campaign.id });
    expect(r).toMatchObject({ ok: true, message: "Đã gửi nhắc việc tới 2 người của 1 đơn vị." });
    const again = await sendManualReminderAction({ campaignId: org.campaign.id });
    // same minute (or the next one if the clock turned): never the same key twice
    const keys = await db().reminderDelivery.groupBy({ by: ["reminderKey"], _count: true });
    expect(keys.every((k) => k._count === 2)).toBe(true);
    if (keys.length === 1) expect(again).toMatchObject({ ok: true, message: "Đã gửi nhắc việc tới 0 người của 0 đơn vị." });
    expect(keys[0].reminderKey).toMatch(/^manual:\d{12}$/);
    expect(await db().notification.count({ where: { userId: { in: [org.headB.id, org.staffB.id] } } })).toBe(0);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "campaign.remind" } });
    expect(audit.summary).toContain("2 người của 1 đơn vị");
  });

  it("twice in the same minute sends once", async () => {
    const org = await withBSubmitted();
    const office = (await loadSessionUser(org.office.id))!;
    const now = new Date("2026-11-20T01:02:03Z");
    expect((await sendManualReminder(office, org.campaign.id, now)).people).toBe(2);
    expect((await sendManualReminder(office, org.campaign.id, new Date(now.getTime() + 20_000))).people).toBe(0);
    expect(await db().notification.count()).toBe(2);
  });

  it("is refused for a unit head and another Sở's office", async () => {
    const org = await withBSubmitted();
    for (const u of [org.headA, org.otherOffice]) {
      await actAs(u);
      const r = await sendManualReminderAction({ campaignId: org.campaign.id });
      expect(r).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await db().reminderDelivery.count()).toBe(0);
  });
});
