import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { loadObligations } from "../../lib/obligations/queries";
import { dueAtForBeforeDay } from "../../lib/time/vn";
import { db, makeCampaign, makeOrganisation, makeUser } from "../helpers/factories";

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
