import { describe, expect, it } from "vitest";
import { can } from "../../lib/auth/roles";
import { loadSessionUser } from "../../lib/auth/session";
import { loadObligations } from "../../lib/obligations/queries";
import { runReminders } from "../../lib/reminders/run";
import { acceptSummaryAction, generateSummaryDraftAction, saveSummaryAction, submitSummaryAction } from "../../lib/summary/actions";
import { getIncomingSummary, getSummaryPhase, type SummaryPageParams } from "../../lib/summary/queries";
import { emptySections } from "../../lib/summary/rules";
import { actAs, db, makeCampaign, makeOrganisation, makeUnit, makeUser } from "../helpers/factories";
import { addReportMilestones } from "../helpers/milestone-fixtures";

const PARAMS: SummaryPageParams = { unitPage: 1, list: "COMPLETED", listPage: 1, latePage: 1, missingPage: 1 };

async function sessionOf(user: { id: string }) {
  return (await loadSessionUser(user.id))!;
}

/** The Sở's plan answering the City's plan, and the City's CCHC office (Sở Nội vụ, as `noivu` in the demo). */
async function cityAndSo(opts: { summaryInDays?: number } = {}) {
  const org = await makeOrganisation();
  const home = await makeUnit({ name: "Sở Nội vụ", kind: "DEPARTMENT", parent: org.city });
  const cityOffice = await makeUser({ unit: home, roles: [{ role: "CCHC_OFFICE", unit: org.city }, { role: "EMULATION_OFFICE", unit: org.city }], username: "noivu-t" });
  const parent = await makeCampaign({ issuingUnit: org.city, units: [org.dept, org.otherDept] });
  await db().campaign.update({ where: { id: parent.id }, data: { receivingUnitId: home.id } });
  await db().campaign.update({ where: { id: org.campaign.id }, data: { parentCampaignId: parent.id } });
  const ms = await addReportMilestones(org.campaign, { midtermInDays: -5, midtermSummaryInDays: opts.summaryInDays ?? 10 });
  return { org, cityOffice, parent, ms };
}

const sections = () => ({ ...emptySections(), situation: "Sở có 2 phòng tham gia." });

describe("the level above receives what a Sở sends, it never writes it", () => {
  it("the City's office has no to-do for the Sở's consolidated report; the Sở's own office has", async () => {
    const { org, cityOffice, ms } = await cityAndSo();
    const city = await loadObligations(await sessionOf(cityOffice));
    expect(city.filter((o) => o.campaignId === org.campaign.id)).toEqual([]);
    const own = await loadObligations(await sessionOf(org.office));
    expect(own.find((o) => o.milestoneId === ms.MIDTERM_SUMMARY.id)).toMatchObject({ unitId: org.dept.id, href: `/campaigns/${org.campaign.id}/summary/so-ket` });
  });

  it("the City's office reads the Sở's consolidated report but cannot draft, save or send it; the Sở's office sends, the City's office accepts", async () => {
    const { org, cityOffice, parent } = await cityAndSo();
    const view = await getSummaryPhase(await sessionOf(cityOffice), org.campaign.id, "MIDTERM", PARAMS);
    expect(view).not.toBeNull();
    expect(view!.campaign.rights.canManage).toBe(false);
    await actAs(cityOffice);
    const input = { campaignId: org.campaign.id, phase: "MIDTERM" as const, lockVersion: 0, sections: sections() };
    expect(await generateSummaryDraftAction({ campaignId: org.campaign.id, phase: "MIDTERM" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await saveSummaryAction(input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await submitSummaryAction(input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().summaryReport.count()).toBe(0);

    // The Sở's own office writes and sends it; the City's office reviews what it received.
    await actAs(org.office);
    expect(await submitSummaryAction(input)).toMatchObject({ ok: true });
    const report = await db().summaryReport.findFirstOrThrow({ where: { campaignId: org.campaign.id } });
    expect(await getIncomingSummary(await sessionOf(cityOffice), parent.id, report.id)).not.toBeNull();
    await actAs(cityOffice);
    expect(await acceptSummaryAction({ parentCampaignId: parent.id, summaryReportId: report.id, lockVersion: report.lockVersion })).toMatchObject({ ok: true });
  });

  it("reminders for the Sở's overdue consolidated report go to the Sở's own office, not to the City's", async () => {
    const { org, cityOffice, ms } = await cityAndSo({ summaryInDays: -2 });
    await runReminders({ now: new Date(ms.MIDTERM_SUMMARY.dueAt.getTime() + 8 * 3600_000) });
    const rows = await db().reminderDelivery.findMany({ where: { milestoneId: ms.MIDTERM_SUMMARY.id } });
    expect(rows.map((r) => r.userId)).toEqual([org.office.id]);
    expect(await db().notification.count({ where: { userId: cityOffice.id } })).toBe(0);
  });

  it("the City's office and leadership may not forward the Sở's typical initiatives; the Sở's own may", async () => {
    const { org, cityOffice } = await cityAndSo();
    const cityLeader = await makeUser({ unit: org.city, roles: [{ role: "LEADERSHIP" }], username: "city-leader-t" });
    const so = { id: org.dept.id, path: (await db().unit.findUniqueOrThrow({ where: { id: org.dept.id } })).path };
    expect(can((await sessionOf(cityOffice)).roles, "forward:initiative", so)).toBe(false);
    expect(can((await sessionOf(cityLeader)).roles, "forward:initiative", so)).toBe(false);
    expect(can((await sessionOf(org.office)).roles, "forward:initiative", so)).toBe(true);
    expect(can((await sessionOf(org.leader)).roles, "forward:initiative", so)).toBe(true);
    // …while reading and reviewing what the Sở sends stays with the level above.
    expect(can((await sessionOf(cityOffice)).roles, "read:report", so)).toBe(true);
    expect(can((await sessionOf(cityOffice)).roles, "review:report", so)).toBe(true);
  });
});
