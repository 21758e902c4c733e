import { describe, expect, it } from "vitest";
import { acceptReportAction, returnReportAction } from "../../lib/reports/actions";
import { acceptRegistrationAction, returnRegistrationAction } from "../../lib/review/actions";
import { returnSummaryAction } from "../../lib/summary/actions";
import { actAs, db, makeCampaign, makeOrganisation, makeUser } from "../helpers/factories";
import { makeRegistration } from "../helpers/registration-fixtures";

const inbox = async (userId: string) => db().notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
const mails = async (userId: string) => db().emailMessage.findMany({ where: { toUserId: userId } });

describe("the people who submitted hear what the reviewer decided", () => {
  it("a returned Mẫu 1 notifies the unit's head and staff with the comment (bell and e-mail), never another unit", async () => {
    const org = await makeOrganisation();
    const { registration } = await makeRegistration({ campaign: org.campaign, unit: org.officeA, status: "SUBMITTED", submittedBy: org.headA, rows: [{ field: 0, content: "Rà soát văn bản" }] });
    await db().user.update({ where: { id: org.staffA.id }, data: { digestMode: "DAILY" } });

    await actAs(org.office);
    const res = await returnRegistrationAction({ campaignId: org.campaign.id, registrationId: registration.id, lockVersion: registration.lockVersion, comment: "Bổ sung tiến độ hoàn thành." });
    expect(res.ok).toBe(true);

    const [head] = await inbox(org.headA.id);
    expect(head.title).toMatch(/^Bộ phận CCHC trả lại Mẫu 1 \(.+\) để chỉnh sửa$/);
    expect(head.body).toContain("Nội dung cần chỉnh sửa: Bổ sung tiến độ hoàn thành.");
    expect(head.link).toBe(`/unit/campaigns/${org.campaign.id}?unit=${org.officeA.id}`);
    expect(await mails(org.headA.id)).toHaveLength(1);
    // staff chose the daily digest: a notification waiting for it, no e-mail now
    const [staff] = await inbox(org.staffA.id);
    expect(staff.wantsDigest).toBe(true);
    expect(await mails(org.staffA.id)).toHaveLength(0);
    expect(await inbox(org.headB.id)).toHaveLength(0);
    expect(await inbox(org.office.id)).toHaveLength(0);
  });

  it("an accepted Mẫu 1 is announced too", async () => {
    const org = await makeOrganisation();
    const { registration } = await makeRegistration({ campaign: org.campaign, unit: org.officeB, status: "SUBMITTED", submittedBy: org.headB, rows: [{ field: 1, content: "Một cửa điện tử" }] });
    await actAs(org.office);
    expect((await acceptRegistrationAction({ campaignId: org.campaign.id, registrationId: registration.id, lockVersion: registration.lockVersion })).ok).toBe(true);
    expect((await inbox(org.headB.id)).map((n) => n.title)).toEqual([expect.stringMatching(/^Bộ phận CCHC đã tiếp nhận Mẫu 1/)]);
    expect(await inbox(org.headA.id)).toHaveLength(0);
  });

  it("a returned or accepted unit report notifies that unit, with a link to its report", async () => {
    const org = await makeOrganisation();
    const report = await db().report.create({
      data: { campaignId: org.campaign.id, unitId: org.officeA.id, phase: "MIDTERM", status: "SUBMITTED", submittedVersion: 1, firstSubmittedAt: new Date(), lastSubmittedAt: new Date(), lockVersion: 2 },
    });
    await actAs(org.office);
    expect((await returnReportAction({ campaignId: org.campaign.id, reportId: report.id, lockVersion: 2, comment: "Bổ sung số liệu mục IV." })).ok).toBe(true);
    const [n] = await inbox(org.headA.id);
    expect(n.title).toMatch(/trả lại báo cáo sơ kết/);
    expect(n.link).toBe(`/unit/campaigns/${org.campaign.id}/reports/so-ket?unit=${org.officeA.id}`);

    await db().report.update({ where: { id: report.id }, data: { status: "SUBMITTED", submittedVersion: 2 } });
    expect((await acceptReportAction({ campaignId: org.campaign.id, reportId: report.id, lockVersion: 3 })).ok).toBe(true);
    expect((await inbox(org.staffA.id)).map((x) => x.title)).toEqual([expect.stringMatching(/trả lại/), expect.stringMatching(/đã tiếp nhận báo cáo sơ kết/)]);
    expect(await inbox(org.headB.id)).toHaveLength(0);
  });

  it("a consolidated report returned by the parent's office notifies the sending organisation's CCHC office", async () => {
    const org = await makeOrganisation();
    const parent = await makeCampaign({ issuingUnit: org.city, units: [org.dept] });
    await db().campaign.update({ where: { id: org.campaign.id }, data: { parentCampaignId: parent.id } });
    const cityOffice = await makeUser({ unit: org.city, roles: [{ role: "CCHC_OFFICE" }], username: "city-office" });
    const summary = await db().summaryReport.create({
      data: { campaignId: org.campaign.id, phase: "MIDTERM", status: "SUBMITTED", submittedVersion: 1, firstSubmittedAt: new Date(), lastSubmittedAt: new Date(), lockVersion: 1 },
    });
    await actAs(cityOffice);
    const res = await returnSummaryAction({ parentCampaignId: parent.id, summaryReportId: summary.id, lockVersion: 1, comment: "Bổ sung số liệu các phòng." });
    expect(res.ok).toBe(true);
    const [n] = await inbox(org.office.id);
    expect(n.title).toMatch(/^Cấp trên trả lại báo cáo sơ kết/);
    expect(n.link).toBe(`/campaigns/${org.campaign.id}/summary/so-ket`);
    expect(await inbox(org.otherOffice.id)).toHaveLength(0);
    expect(await inbox(org.headA.id)).toHaveLength(0);
  });
});
