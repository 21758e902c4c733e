import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { sendManualReminderAction } from "../../lib/reminders/actions";
import { sendManualReminder } from "../../lib/reminders/manual";
import { runReminders } from "../../lib/reminders/run";
import { actAs, db, makeCampaign, makeOrganisation, makeUser } from "../helpers/factories";
import { addReportMilestones } from "../helpers/milestone-fixtures";
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

describe("report reminders", () => {
  const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString().slice(0, 10);

  /** Mẫu 1 closed 60 days ago (both units submitted it); the mid-term report fell due 5 days ago, its summary 2 days ago. */
  async function pastMidterm() {
    const org = await makeOrganisation();
    const campaign = await makeCampaign({ issuingUnit: org.dept, units: [org.officeA, org.officeB], registrationBeforeDay: daysAgo(60) });
    const ms = await addReportMilestones(campaign, { midtermInDays: -5, midtermSummaryInDays: -2, finalInDays: 60, finalSummaryInDays: 70 });
    for (const unit of [org.officeA, org.officeB]) await makeRegistration({ campaign, unit, status: "SUBMITTED", submittedBy: org.headA });
    return { org, campaign, ms };
  }
  const submitReport = (campaignId: string, unitId: string, status: "SUBMITTED" | "ACCEPTED" | "RETURNED" = "SUBMITTED") =>
    db().report.create({ data: { campaignId, unitId, phase: "MIDTERM", status, isLate: true, submittedVersion: 1, firstSubmittedAt: new Date(), lastSubmittedAt: new Date() } });
  const morningAfter = (dueAt: Date) => new Date(dueAt.getTime() + 8 * 3600_000);

  it("a missing mid-term report gets the morning-after and weekly overdue reminders; a submitted one gets none", async () => {
    const { org, campaign, ms } = await pastMidterm();
    await submitReport(campaign.id, org.officeB.id);
    const m = ms.MIDTERM_REPORT;
    await runReminders({ now: morningAfter(m.dueAt) });
    const rows = await db().reminderDelivery.findMany({ where: { milestoneId: m.id } });
    expect(rows.map((r) => [r.userId, r.unitId, r.reminderKey]).sort()).toEqual(
      [
        [org.headA.id, org.officeA.id, "after:1"],
        [org.staffA.id, org.officeA.id, "after:1"],
      ].sort(),
    );
    const n = await db().notification.findFirstOrThrow({ where: { userId: org.headA.id, title: { contains: "báo cáo sơ kết" } } });
    expect(n.title).toBe(`Quá hạn 1 ngày: nộp báo cáo sơ kết (Mẫu 2 + Đề cương) – ${campaign.documentNumber}`);
    expect(n.link).toBe(`/unit/campaigns/${campaign.id}/reports/so-ket?unit=${org.officeA.id}`);
    // A week later, still missing: the weekly reminder; B (submitted) still gets nothing.
    await runReminders({ now: new Date(morningAfter(m.dueAt).getTime() + 7 * DAY) });
    expect(await db().reminderDelivery.count({ where: { milestoneId: m.id, reminderKey: "overdue:w1" } })).toBe(2);
    expect(await db().reminderDelivery.count({ where: { milestoneId: m.id, unitId: org.officeB.id } })).toBe(0);
    // Once A submits, nothing more.
    await submitReport(campaign.id, org.officeA.id);
    await runReminders({ now: new Date(morningAfter(m.dueAt).getTime() + 14 * DAY) });
    expect(await db().reminderDelivery.count({ where: { milestoneId: m.id, reminderKey: "overdue:w2" } })).toBe(0);
  });

  it("nothing before the report's phase opens", async () => {
    const org = await makeOrganisation();
    await makeRegistration({ campaign: org.campaign, unit: org.officeA, status: "SUBMITTED", submittedBy: org.headA });
    await makeRegistration({ campaign: org.campaign, unit: org.officeB, status: "SUBMITTED", submittedBy: org.headB });
    // The mid-term report falls due in 40 days but opens only in 36.
    const ms = await addReportMilestones(org.campaign, { opensInDays: { MIDTERM_REPORT: 36 } });
    const sevenBefore = new Date(ms.MIDTERM_REPORT.dueAt.getTime() - 7 * DAY + 8 * 3600_000);
    await runReminders({ now: sevenBefore });
    expect(await db().reminderDelivery.count({ where: { milestoneId: ms.MIDTERM_REPORT.id } })).toBe(0);
    const threeBefore = new Date(ms.MIDTERM_REPORT.dueAt.getTime() - 3 * DAY + 8 * 3600_000);
    await runReminders({ now: threeBefore });
    expect(await db().reminderDelivery.count({ where: { milestoneId: ms.MIDTERM_REPORT.id, reminderKey: "before:3" } })).toBe(4);
  });

  it("the summary report reminds the CCHC office of the issuing unit itself (not the office above it) until it is submitted", async () => {
    const { org, campaign, ms } = await pastMidterm();
    const cityOffice = await makeUser({ unit: org.city, roles: [{ role: "CCHC_OFFICE" }] });
    const m = ms.MIDTERM_SUMMARY;
    await runReminders({ now: morningAfter(m.dueAt) });
    const rows = await db().reminderDelivery.findMany({ where: { milestoneId: m.id } });
    // Issue 11: the unit that owes the report is reminded; the City's office only receives it.
    expect(new Set(rows.map((r) => r.userId))).toEqual(new Set([org.office.id]));
    expect(rows.some((r) => r.userId === cityOffice.id)).toBe(false);
    expect(rows.every((r) => r.unitId === org.dept.id && r.reminderKey === "after:1")).toBe(true);
    const n = await db().notification.findFirstOrThrow({ where: { userId: org.office.id } });
    expect(n.title).toBe(`Quá hạn 1 ngày: hoàn thành báo cáo sơ kết tổng hợp – ${campaign.documentNumber}`);
    expect(n.link).toBe(`/campaigns/${campaign.id}/summary/so-ket`);
    expect(await db().notification.count({ where: { userId: { in: [org.otherOffice.id, org.leader.id, org.headA.id] }, title: { contains: "tổng hợp" } } })).toBe(0);
    // Submitted: no more reminders.
    await db().summaryReport.create({ data: { campaignId: campaign.id, phase: "MIDTERM", status: "SUBMITTED", submittedVersion: 1, firstSubmittedAt: new Date() } });
    await runReminders({ now: new Date(morningAfter(m.dueAt).getTime() + 7 * DAY) });
    expect(await db().reminderDelivery.count({ where: { milestoneId: m.id, reminderKey: "overdue:w1" } })).toBe(0);
  });

  it("the office reminds every unit whose mid-term report is missing, per milestone; refused before the phase opens", async () => {
    const { org, campaign, ms } = await pastMidterm();
    await submitReport(campaign.id, org.officeB.id);
    await actAs(org.office);
    const r = await sendManualReminderAction({ campaignId: campaign.id, milestoneId: ms.MIDTERM_REPORT.id });
    expect(r).toMatchObject({ ok: true, message: "Đã gửi nhắc việc tới 2 người của 1 đơn vị." });
    const rows = await db().reminderDelivery.findMany({ where: { milestoneId: ms.MIDTERM_REPORT.id } });
    expect(new Set(rows.map((x) => x.userId))).toEqual(new Set([org.headA.id, org.staffA.id]));
    expect(rows[0].reminderKey).toMatch(/^manual:\d{12}$/);
    const n = await db().notification.findFirstOrThrow({ where: { userId: org.headA.id } });
    expect(n.title).toMatch(/^Nhắc việc: nộp báo cáo sơ kết \(Mẫu 2 \+ Đề cương\) – /);
    expect(n.link).toBe(`/unit/campaigns/${campaign.id}/reports/so-ket?unit=${org.officeA.id}`);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "campaign.remind" } });
    expect(audit.summary).toContain("nộp báo cáo sơ kết");

    // The summary milestone is the office's own: no reminder to the units.
    expect(await sendManualReminderAction({ campaignId: campaign.id, milestoneId: ms.MIDTERM_SUMMARY.id })).toMatchObject({ ok: false });
    // A milestone of another campaign is not found in this one.
    expect(await sendManualReminderAction({ campaignId: org.campaign.id, milestoneId: ms.MIDTERM_REPORT.id })).toMatchObject({ ok: false });
    // Not open yet: refused with the opening date.
    const early = await addReportMilestones(org.campaign);
    const refused = await sendManualReminderAction({ campaignId: org.campaign.id, milestoneId: early.MIDTERM_REPORT.id });
    expect(refused).toMatchObject({ ok: false });
    expect(!refused.ok && refused.error).toMatch(/chưa mở nhận \(mở nhận từ \d{2}\/\d{2}\/\d{4}\)/);
    // A unit head and another Sở's office: not found.
    for (const u of [org.headA, org.otherOffice]) {
      await actAs(u);
      expect(await sendManualReminderAction({ campaignId: campaign.id, milestoneId: ms.MIDTERM_REPORT.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await db().reminderDelivery.count()).toBe(2);
  });
});
