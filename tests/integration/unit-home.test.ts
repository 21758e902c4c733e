import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { grantExtensionAction } from "../../lib/extensions/actions";
import type { ReportPhase, SubmissionStatus } from "../../lib/generated/prisma/enums";
import { getUnitHome } from "../../lib/registrations/queries";
import { dueAtForBeforeDay } from "../../lib/time/vn";
import { actAs, db, makeCampaign, makeOrganisation } from "../helpers/factories";
import { addReportMilestones } from "../helpers/milestone-fixtures";

const DAY = 86_400_000;
const dayFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const sessionOf = async (u: { id: string }) => (await loadSessionUser(u.id))!;

/** A campaign of the org's Sở whose registration closed `regDaysAgo` days ago, with the report milestones. */
async function setup(opts: { regDaysAgo?: number; midtermInDays?: number; finalInDays?: number } = {}) {
  const org = await makeOrganisation();
  const campaign = await makeCampaign({ issuingUnit: org.dept, units: [org.officeA, org.officeB], registrationBeforeDay: dayFromNow(-(opts.regDaysAgo ?? 10)) });
  const milestones = await addReportMilestones(campaign, { midtermInDays: opts.midtermInDays ?? 40, finalInDays: opts.finalInDays ?? 60 });
  return { org, campaign, milestones };
}

async function report(campaign: { id: string }, unit: { id: string }, phase: ReportPhase, status: SubmissionStatus, extra: { isLate?: boolean; returnComment?: string } = {}) {
  const submitted = status !== "DRAFT";
  return db().report.create({
    data: {
      campaignId: campaign.id,
      unitId: unit.id,
      phase,
      status,
      isLate: extra.isLate ?? false,
      returnComment: extra.returnComment ?? null,
      submittedVersion: submitted ? 1 : 0,
      firstSubmittedAt: submitted ? new Date() : null,
      lastSubmittedAt: submitted ? new Date() : null,
    },
  });
}

async function milestonesOnHome(user: { id: string }, campaignId: string, now = new Date()) {
  const home = await getUnitHome(await sessionOf(user), now);
  const c = home.units[0].campaigns.find((x) => x.id === campaignId);
  if (!c) throw new Error("campaign not on the unit home");
  return Object.fromEntries(c.milestones.map((m) => [m.kind, m]));
}

describe("unit home: report milestones follow the unit's report of the phase", () => {
  it("a submitted mid-term report shows its status (on time), done, with a link to the report; the unit head milestones only", async () => {
    const { org, campaign } = await setup();
    await report(campaign, org.officeA, "MIDTERM", "SUBMITTED");
    const ms = await milestonesOnHome(org.headA, campaign.id);
    // The office's summary milestones are not the unit head's.
    expect(Object.keys(ms).sort()).toEqual(["FINAL_REPORT", "MIDTERM_REPORT", "REGISTRATION"]);
    expect(ms.MIDTERM_REPORT).toMatchObject({
      tracking: "REPORT",
      phase: "MIDTERM",
      status: "SUBMITTED_ON_TIME",
      done: true,
      overdue: false,
      past: false,
      opensAt: null,
      href: `/unit/campaigns/${campaign.id}/reports/so-ket?unit=${org.officeA.id}`,
      report: { status: "SUBMITTED" },
    });
    // The registration milestone still follows Mẫu 1 (none yet, closed 10 days ago: overdue).
    expect(ms.REGISTRATION).toMatchObject({ tracking: "REGISTRATION", status: "NOT_STARTED", done: false, overdue: true, href: `/unit/campaigns/${campaign.id}?unit=${org.officeA.id}` });
  });

  it("before a phase opens: its opening date and no link; once something is written the status shows", async () => {
    const { org, campaign, milestones } = await setup();
    const ms = await milestonesOnHome(org.headA, campaign.id);
    // The final report opens when the mid-term report falls due.
    expect(ms.FINAL_REPORT).toMatchObject({ status: "NOT_OPEN", done: false, overdue: false, href: null, report: null });
    expect(ms.FINAL_REPORT.opensAt).toEqual(milestones.MIDTERM_REPORT.dueAt);
    expect(ms.MIDTERM_REPORT).toMatchObject({ status: "NOT_STARTED", opensAt: null, href: `/unit/campaigns/${campaign.id}/reports/so-ket?unit=${org.officeA.id}` });

    // The same campaign seen after the mid-term due date: the final report is open.
    const later = new Date(milestones.MIDTERM_REPORT.dueAt.getTime() + DAY);
    const after = await milestonesOnHome(org.headA, campaign.id, later);
    expect(after.FINAL_REPORT).toMatchObject({ status: "NOT_STARTED", opensAt: null, href: `/unit/campaigns/${campaign.id}/reports/tong-ket?unit=${org.officeA.id}` });
    expect(after.MIDTERM_REPORT).toMatchObject({ status: "NOT_STARTED", overdue: true, past: false });
  });

  it("a past report milestone is a debt until submitted (not 'đã qua'); late, returned and accepted reports show as such", async () => {
    const { org, campaign } = await setup({ regDaysAgo: 30, midtermInDays: -5 });
    const a = await milestonesOnHome(org.headA, campaign.id);
    expect(a.MIDTERM_REPORT).toMatchObject({ status: "NOT_STARTED", done: false, overdue: true, past: false });

    await report(campaign, org.officeA, "MIDTERM", "SUBMITTED", { isLate: true });
    expect((await milestonesOnHome(org.headA, campaign.id)).MIDTERM_REPORT).toMatchObject({ status: "SUBMITTED_LATE", done: true, overdue: false });

    await report(campaign, org.officeB, "MIDTERM", "RETURNED", { returnComment: "Bổ sung số liệu lĩnh vực 6" });
    expect((await milestonesOnHome(org.headB, campaign.id)).MIDTERM_REPORT).toMatchObject({
      status: "RETURNED",
      done: false,
      overdue: true,
      report: { status: "RETURNED", returnComment: "Bổ sung số liệu lĩnh vực 6" },
    });
    await db().report.updateMany({ where: { unitId: org.officeB.id }, data: { status: "ACCEPTED" } });
    expect((await milestonesOnHome(org.headB, campaign.id)).MIDTERM_REPORT).toMatchObject({ status: "ACCEPTED", done: true, overdue: false });
  });

  it("a draft report shows 'Đang soạn'; staff see the same as the head; another unit's report never shows", async () => {
    const { org, campaign } = await setup();
    await report(campaign, org.officeB, "MIDTERM", "SUBMITTED");
    await report(campaign, org.officeA, "MIDTERM", "DRAFT");
    expect((await milestonesOnHome(org.headA, campaign.id)).MIDTERM_REPORT).toMatchObject({ status: "DRAFT", done: false, report: { status: "DRAFT" } });
    expect((await milestonesOnHome(org.staffA, campaign.id)).MIDTERM_REPORT).toMatchObject({ status: "DRAFT", done: false });
    expect((await milestonesOnHome(org.headB, campaign.id)).MIDTERM_REPORT).toMatchObject({ status: "SUBMITTED_ON_TIME", done: true });
    await db().report.deleteMany({ where: { unitId: org.officeA.id } });
    expect((await milestonesOnHome(org.headA, campaign.id)).MIDTERM_REPORT).toMatchObject({ status: "NOT_STARTED", report: null });
  });

  it("a report milestone follows the unit's extension: overdue without it, on time with it", async () => {
    const { org, campaign, milestones } = await setup({ regDaysAgo: 30, midtermInDays: -2 });
    await actAs(org.office);
    const res = await grantExtensionAction({ campaignId: campaign.id, milestoneId: milestones.MIDTERM_REPORT.id, unitId: org.officeA.id, beforeDay: dayFromNow(5), reason: "Đơn vị mới kiện toàn" });
    expect(res.ok).toBe(true);
    expect((await milestonesOnHome(org.headA, campaign.id)).MIDTERM_REPORT).toMatchObject({
      status: "NOT_STARTED",
      overdue: false,
      dueAt: dueAtForBeforeDay(dayFromNow(5)),
      originalDueAt: milestones.MIDTERM_REPORT.dueAt,
      extension: { reason: "Đơn vị mới kiện toàn" },
    });
    expect((await milestonesOnHome(org.headB, campaign.id)).MIDTERM_REPORT).toMatchObject({ overdue: true, extension: null });
  });

  it("milestones tracked outside the portal are past history once their date has passed", async () => {
    const { org, campaign } = await setup();
    await db().milestone.create({
      data: { campaignId: campaign.id, kind: "OTHER", name: "Gửi ảnh hoạt động", responsibleRole: "UNIT_HEAD", dueAt: dueAtForBeforeDay(dayFromNow(-3)), sortOrder: 9 },
    });
    const ms = await milestonesOnHome(org.headA, campaign.id);
    expect(ms.OTHER).toMatchObject({ tracking: null, status: "EXTERNAL", past: true, overdue: false, done: false, href: null });
  });
});
