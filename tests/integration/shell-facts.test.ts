import { describe, expect, it } from "vitest";
import { createNotification } from "../../lib/notifications/create";
import { loadShellFacts } from "../../lib/shell/queries";
import { db, makeOrganisation } from "../helpers/factories";
import { makeAppraisalRound } from "../helpers/appraisal-fixtures";
import { makeRegistration } from "../helpers/registration-fixtures";

describe("what the portal's header and menu show for a user", () => {
  it("shows 'Thẩm định' to members of an open panel only, 'Khảo sát' to teams of announced rounds only, and counts the user's own unread notifications", async () => {
    const org = await makeOrganisation();
    expect(await loadShellFacts(org.headA.id)).toEqual({ appraisalPanel: false, surveyTeam: false, unread: 0 });

    // A draft round does not show in the menu; an open one does, for its active members only.
    const { registration } = await makeRegistration({ campaign: org.campaign, unit: org.officeA, status: "ACCEPTED", submittedBy: org.headA, rows: [{ field: 0, content: "Một cửa số" }] });
    const initiatives = await db().initiative.findMany({ where: { registrationId: registration.id }, select: { id: true } });
    const { round } = await makeAppraisalRound({ campaign: org.campaign, initiatives, evaluators: [org.headA, org.headB], perItem: 1, status: "DRAFT" });
    expect((await loadShellFacts(org.headA.id)).appraisalPanel).toBe(false);
    await db().appraisalRound.update({ where: { id: round.id }, data: { status: "OPEN" } });
    await db().appraisalEvaluator.updateMany({ where: { roundId: round.id, userId: org.headB.id }, data: { active: false } });
    expect((await loadShellFacts(org.headA.id)).appraisalPanel).toBe(true);
    expect((await loadShellFacts(org.headB.id)).appraisalPanel).toBe(false);

    const plan = await db().surveyPlan.create({
      data: { issuingUnitId: org.dept.id, title: "Khảo sát 2030", year: 2030, startsOn: new Date("2030-01-01T00:00:00Z"), endsOn: new Date("2030-12-31T00:00:00Z"), createdById: org.office.id },
    });
    const survey = await db().surveyRound.create({ data: { planId: plan.id, name: "Đợt 1", team: { create: [{ userId: org.staffA.id, role: "MEMBER" }] } } });
    expect((await loadShellFacts(org.staffA.id)).surveyTeam).toBe(false);
    await db().surveyRound.update({ where: { id: survey.id }, data: { status: "ANNOUNCED", announcedAt: new Date() } });
    expect((await loadShellFacts(org.staffA.id)).surveyTeam).toBe(true);
    expect((await loadShellFacts(org.headA.id)).surveyTeam).toBe(false);

    for (const userId of [org.headA.id, org.headA.id, org.headB.id]) {
      await db().$transaction((tx) => createNotification(tx, { userId, title: "Nhắc hạn", body: "Nội dung", link: "/todo", digestMode: "IMMEDIATE" }));
    }
    await db().notification.updateMany({ where: { userId: org.headB.id }, data: { readAt: new Date() } });
    expect((await loadShellFacts(org.headA.id)).unread).toBe(2);
    expect((await loadShellFacts(org.headB.id)).unread).toBe(0);
  });
});
