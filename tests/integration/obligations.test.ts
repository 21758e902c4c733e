import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { loadObligations } from "../../lib/obligations/queries";
import { OBLIGATION_STATUS_LABELS } from "../../lib/obligations/rules";
import { dueAtForBeforeDay } from "../../lib/time/vn";
import { db, makeCampaign, makeOrganisation, makeUser } from "../helpers/factories";
import { addReportMilestones } from "../helpers/milestone-fixtures";

async function obligationsOf(user: { id: string }, now = new Date()) {
  const session = await loadSessionUser(user.id);
  return loadObligations(session!, now);
}

async function addOfficeMilestones(campaignId: string) {
  const consolidation = await db().milestone.create({
    data: {
      campaignId,
      kind: "CONSOLIDATION",
      name: "Tổng hợp, Lãnh đạo lựa chọn, đăng ký với Sở Nội vụ",
      deliverable: "Danh sách đăng ký",
      responsibleRole: "CCHC_OFFICE",
      dueAt: new Date(Date.now() + 40 * 86_400_000),
      sortOrder: 2,
    },
  });
  const council = await db().milestone.create({
    data: {
      campaignId,
      kind: "COUNCIL_REVIEW",
      name: "Hội đồng xét khen thưởng",
      deliverable: "Biên bản họp Hội đồng",
      responsibleRole: "COUNCIL_MEMBER",
      dueAt: new Date(Date.now() + 200 * 86_400_000),
      sortOrder: 3,
    },
  });
  return { consolidation, council };
}

describe("obligations derived from campaigns", () => {
  it("the head and the staff of A see A's Mẫu 1 obligation, never B's", async () => {
    const org = await makeOrganisation();
    const reg = org.campaign.milestones[0];
    for (const user of [org.headA, org.staffA]) {
      const list = await obligationsOf(user);
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({
        key: `${reg.id}:${org.officeA.id}`,
        unitId: org.officeA.id,
        unitName: "Phòng A",
        deliverable: "Mẫu 1",
        status: "NOT_STARTED",
        done: false,
        overdue: false,
        campaignId: org.campaign.id,
        href: `/unit/campaigns/${org.campaign.id}?unit=${org.officeA.id}`,
      });
    }
    const b = await obligationsOf(org.headB);
    expect(b.map((o) => o.unitId)).toEqual([org.officeB.id]);
  });

  it("the office sees the campaign's office milestones; a council member of another unit sees nothing of it", async () => {
    const org = await makeOrganisation();
    const { consolidation, council } = await addOfficeMilestones(org.campaign.id);
    const office = await obligationsOf(org.office);
    expect(office.map((o) => o.key)).toEqual([`${consolidation.id}:${org.dept.id}`]);
    expect(office[0]).toMatchObject({ scope: "OFFICE", status: "EXTERNAL", href: `/campaigns/${org.campaign.id}/status` });
    // The council member of the issuing department has the council's milestone.
    expect((await obligationsOf(org.council)).map((o) => o.key)).toEqual([`${council.id}:${org.dept.id}`]);
    // A council member (or office) of another department sees nothing of this campaign.
    const outsider = await makeUser({ unit: org.otherDept, roles: [{ role: "COUNCIL_MEMBER" }] });
    expect(await obligationsOf(outsider)).toEqual([]);
    expect(await obligationsOf(org.otherOffice)).toEqual([]);
    // The head of A does not see the office's milestones; the admin has no obligation.
    expect((await obligationsOf(org.headA)).map((o) => o.milestoneId)).toEqual([org.campaign.milestones[0].id]);
    expect(await obligationsOf(org.admin)).toEqual([]);
  });

  it("an extension for A changes A's due date only", async () => {
    const org = await makeOrganisation();
    const reg = org.campaign.milestones[0];
    const newDue = new Date(reg.dueAt.getTime() + 10 * 86_400_000);
    await db().milestoneExtension.create({ data: { milestoneId: reg.id, unitId: org.officeA.id, dueAt: newDue, reason: "Đơn vị mới thành lập", grantedById: org.office.id } });
    const [a] = await obligationsOf(org.headA);
    expect(a).toMatchObject({ dueAt: newDue, originalDueAt: reg.dueAt, extended: true, extensionReason: "Đơn vị mới thành lập" });
    const [b] = await obligationsOf(org.headB);
    expect(b).toMatchObject({ dueAt: reg.dueAt, extended: false, extensionReason: null });
  });

  it("a draft campaign yields nothing; a past deadline not met is overdue; a submitted form is done", async () => {
    const org = await makeOrganisation();
    await makeCampaign({ issuingUnit: org.dept, units: [org.officeA], status: "DRAFT" });
    expect(await obligationsOf(org.headA)).toHaveLength(1);

    const past = await makeCampaign({ issuingUnit: org.dept, units: [org.officeA, org.officeB], registrationBeforeDay: "2022-04-18" });
    const list = await obligationsOf(org.headA);
    expect(list).toHaveLength(2);
    // Urgency: the overdue one first.
    expect(list[0]).toMatchObject({ campaignId: past.id, overdue: true, dueAt: dueAtForBeforeDay("2022-04-18") });

    await db().registration.create({
      data: { campaignId: past.id, unitId: org.officeA.id, kind: "UNIT", ownerKey: "UNIT", status: "SUBMITTED", isLate: true, submittedVersion: 1, firstSubmittedAt: new Date(), lastSubmittedAt: new Date() },
    });
    const after = await obligationsOf(org.headA);
    const done = after.find((o) => o.campaignId === past.id)!;
    expect(done).toMatchObject({ status: "SUBMITTED_LATE", done: true, overdue: false });
    // Done ones go last.
    expect(after[after.length - 1].campaignId).toBe(past.id);
    // B's obligation for the same campaign is still overdue.
    expect((await obligationsOf(org.headB)).find((o) => o.campaignId === past.id)).toMatchObject({ status: "NOT_STARTED", overdue: true });
  });
});

describe("report obligations", () => {
  const DAY = 86_400_000;
  const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString().slice(0, 10);

  /** Registration closed 60 days ago; the mid-term report fell due 5 days ago, its summary 2 days ago. */
  async function pastMidterm() {
    const org = await makeOrganisation();
    const campaign = await makeCampaign({ issuingUnit: org.dept, units: [org.officeA, org.officeB], registrationBeforeDay: daysAgo(60) });
    const ms = await addReportMilestones(campaign, { midtermInDays: -5, midtermSummaryInDays: -2, finalInDays: 60, finalSummaryInDays: 70 });
    return { org, campaign, ms };
  }
  const report = (campaignId: string, unitId: string, status: "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED", isLate = false) =>
    db().report.create({
      data: { campaignId, unitId, phase: "MIDTERM", status, isLate, submittedVersion: status === "DRAFT" ? 0 : 1, firstSubmittedAt: status === "DRAFT" ? null : new Date(), lastSubmittedAt: status === "DRAFT" ? null : new Date() },
    });

  it("a missing mid-term report after its due date is overdue on the unit's to-do, with a link to the report", async () => {
    const { org, campaign, ms } = await pastMidterm();
    const list = await obligationsOf(org.headA);
    const mid = list.find((o) => o.milestoneId === ms.MIDTERM_REPORT.id)!;
    expect(mid).toMatchObject({
      unitId: org.officeA.id,
      tracking: "REPORT",
      status: "NOT_STARTED",
      overdue: true,
      done: false,
      notOpenUntil: null,
      href: `/unit/campaigns/${campaign.id}/reports/so-ket?unit=${org.officeA.id}`,
    });
    // Overdue ones first, most overdue first: the Mẫu 1 (60 days), then the mid-term report (5 days).
    expect(list.filter((o) => o.overdue).map((o) => o.milestoneId)).toEqual([campaign.milestones[0].id, ms.MIDTERM_REPORT.id]);
    expect(list.slice(0, 2).map((o) => o.milestoneId)).toEqual([campaign.milestones[0].id, ms.MIDTERM_REPORT.id]);
    // The final report is open (the mid-term report has fallen due) and not due yet.
    expect(list.find((o) => o.milestoneId === ms.FINAL_REPORT.id)).toMatchObject({ status: "NOT_STARTED", overdue: false, href: `/unit/campaigns/${campaign.id}/reports/tong-ket?unit=${org.officeA.id}` });
    // The staff sees it too; the office's summary milestones are not the unit's.
    expect((await obligationsOf(org.staffA)).some((o) => o.milestoneId === ms.MIDTERM_REPORT.id && o.overdue)).toBe(true);
    expect(list.some((o) => o.milestoneId === ms.MIDTERM_SUMMARY.id)).toBe(false);
  });

  it("another unit's report never appears on my to-do; my late report is done and shows 'Nộp trễ hạn'", async () => {
    const { org, campaign, ms } = await pastMidterm();
    await report(campaign.id, org.officeB.id, "SUBMITTED");
    const a = (await obligationsOf(org.headA)).find((o) => o.milestoneId === ms.MIDTERM_REPORT.id)!;
    expect(a).toMatchObject({ unitId: org.officeA.id, status: "NOT_STARTED", overdue: true });
    expect((await obligationsOf(org.headA)).every((o) => o.unitId === org.officeA.id)).toBe(true);

    await report(campaign.id, org.officeA.id, "SUBMITTED", true);
    const done = (await obligationsOf(org.headA)).find((o) => o.milestoneId === ms.MIDTERM_REPORT.id)!;
    expect(done).toMatchObject({ status: "SUBMITTED_LATE", done: true, overdue: false });
    expect(OBLIGATION_STATUS_LABELS[done.status]).toBe("Nộp trễ hạn");
    // Returned for correction: to do again (and overdue).
    await db().report.update({ where: { campaignId_unitId_phase: { campaignId: campaign.id, unitId: org.officeA.id, phase: "MIDTERM" } }, data: { status: "RETURNED" } });
    expect((await obligationsOf(org.headA)).find((o) => o.milestoneId === ms.MIDTERM_REPORT.id)).toMatchObject({ status: "RETURNED", done: false, overdue: true });
  });

  it("a phase not open yet shows its opening date and no call to act", async () => {
    const org = await makeOrganisation(); // registration falls due in 30 days
    const ms = await addReportMilestones(org.campaign);
    const mid = (await obligationsOf(org.headA)).find((o) => o.milestoneId === ms.MIDTERM_REPORT.id)!;
    expect(mid).toMatchObject({ status: "NOT_OPEN", notOpenUntil: org.campaign.milestones[0].dueAt, href: null, overdue: false, done: false });
    // The office's summary opens when the units' reports fall due.
    const sum = (await obligationsOf(org.office)).find((o) => o.milestoneId === ms.MIDTERM_SUMMARY.id)!;
    expect(sum).toMatchObject({ status: "NOT_OPEN", notOpenUntil: ms.MIDTERM_REPORT.dueAt, href: null });
  });

  it("the office's summary obligation is overdue until its summary report is submitted; another Sở's office never sees it", async () => {
    const { org, campaign, ms } = await pastMidterm();
    const before = (await obligationsOf(org.office)).find((o) => o.milestoneId === ms.MIDTERM_SUMMARY.id)!;
    expect(before).toMatchObject({ scope: "OFFICE", unitId: org.dept.id, tracking: "SUMMARY", status: "NOT_STARTED", overdue: true, href: `/campaigns/${campaign.id}/summary/so-ket` });
    // The units' reports are not the office's obligations.
    expect((await obligationsOf(org.office)).some((o) => o.milestoneId === ms.MIDTERM_REPORT.id)).toBe(false);

    await db().summaryReport.create({ data: { campaignId: campaign.id, phase: "MIDTERM", status: "SUBMITTED", isLate: true, submittedVersion: 1, firstSubmittedAt: new Date(), lastSubmittedAt: new Date() } });
    const after = (await obligationsOf(org.office)).find((o) => o.milestoneId === ms.MIDTERM_SUMMARY.id)!;
    expect(after).toMatchObject({ status: "SUBMITTED_LATE", done: true, overdue: false });
    expect((await obligationsOf(org.otherOffice)).some((o) => o.campaignId === campaign.id)).toBe(false);
    // The leadership has no summary obligation (it falls on the CCHC office).
    expect((await obligationsOf(org.leader)).some((o) => o.milestoneId === ms.MIDTERM_SUMMARY.id)).toBe(false);
  });
});
