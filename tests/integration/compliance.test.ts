import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { getCampaignCompliance, getCampaignTimeline, getUnitRecord } from "../../lib/compliance/queries";
import { COMPLIANCE_STATUS_LABELS } from "../../lib/compliance/rules";
import { dueAtForBeforeDay } from "../../lib/time/vn";
import { db, makeCampaign, makeOrganisation, makeUnit, makeUser } from "../helpers/factories";
import { makeRegistration } from "../helpers/registration-fixtures";

type Org = Awaited<ReturnType<typeof makeOrganisation>>;
const session = async (u: { id: string }) => (await loadSessionUser(u.id))!;
const vn = (s: string) => new Date(`${s}+07:00`);
const NOW = vn("2022-05-01T09:00:00");

/** Registration deadline "trước ngày 18/04/2022": A on time, B late (3 days), C draft, D nothing, E closed unit late. */
async function setUp(org: Org) {
  const officeC = await makeUnit({ name: "Phòng C", parent: org.dept });
  const officeD = await makeUnit({ name: "Phòng D", parent: org.dept });
  const officeE = await makeUnit({ name: "Phòng E đã giải thể", parent: org.dept });
  const campaign = await makeCampaign({ issuingUnit: org.dept, units: [org.officeA, org.officeB, officeC, officeD, officeE], registrationBeforeDay: "2022-04-18", year: 2022 });
  const write = async (unit: { id: string; name: string }, firstSubmittedAt: Date | null, status: "DRAFT" | "SUBMITTED" | "ACCEPTED", rows = 1, typical = 0) => {
    const { registration } = await makeRegistration({
      campaign,
      unit,
      status,
      submittedBy: org.headA,
      rows: Array.from({ length: rows }, (_, i) => ({ field: i % 6, content: `Nội dung ${i + 1} của ${unit.name}`, isTypical: i < typical })),
    });
    await db().registration.update({
      where: { id: registration.id },
      data: { firstSubmittedAt, lastSubmittedAt: firstSubmittedAt, isLate: !!firstSubmittedAt && firstSubmittedAt >= dueAtForBeforeDay("2022-04-18") },
    });
  };
  await write(org.officeA, vn("2022-04-17T23:59:59"), "ACCEPTED", 3, 1);
  await write(org.officeB, vn("2022-04-20T08:00:00"), "SUBMITTED", 2);
  await write(officeC, null, "DRAFT", 4);
  await write(officeE, vn("2022-04-18T00:00:00"), "SUBMITTED");
  await db().unit.update({ where: { id: officeE.id }, data: { status: "CLOSED", closedAt: vn("2025-07-01T00:00:00"), closedReason: "Sắp xếp bộ máy" } });
  return { campaign, officeC, officeD, officeE, milestone: campaign.milestones[0] };
}

describe("compliance of a campaign", () => {
  it("builds only the shown milestone's unit rows when asked (the page), with the same statistics for every milestone", async () => {
    const org = await makeOrganisation();
    const { campaign } = await setUp(org);
    const user = await session(org.office);
    const whole = (await getCampaignCompliance(user, campaign.id, NOW))!;
    const shown = (await getCampaignCompliance(user, campaign.id, NOW, { rowsOf: "" }))!;
    const tracked = whole.milestones.filter((m) => m.tracked);
    expect(tracked.length).toBeGreaterThan(0);
    expect(shown.milestones.map((m) => m.summary)).toEqual(whole.milestones.map((m) => m.summary));
    // No id or an unknown one: the first tracked milestone, with every unit in the same order.
    const first = shown.milestones.find((m) => m.rowsLoaded)!;
    expect(first.id).toBe(tracked[0].id);
    expect(first.units).toEqual(tracked[0].units);
    expect(shown.milestones.filter((m) => m.rowsLoaded)).toHaveLength(1);
    expect(shown.milestones.filter((m) => !m.rowsLoaded).every((m) => m.units.length === 0)).toBe(true);
    const unknown = (await getCampaignCompliance(user, campaign.id, NOW, { rowsOf: "không-có" }))!;
    expect(unknown.milestones.find((m) => m.rowsLoaded)!.id).toBe(tracked[0].id);
  });

  it("counts on time, late, missing and days late against the effective deadlines", async () => {
    const org = await makeOrganisation();
    const { campaign, officeC, officeD, officeE } = await setUp(org);
    const data = (await getCampaignCompliance(await session(org.office), campaign.id, NOW))!;
    expect(data).not.toBeNull();
    const m = data.milestones.find((x) => x.kind === "REGISTRATION")!;
    expect(m.summary).toEqual({ participating: 5, onTime: 1, late: 2, missing: 2, overdue: 2, onTimeRate: 0.2, avgDaysLate: 2, maxDaysLate: 3 });
    const byUnit = Object.fromEntries(m.units.map((u) => [u.unitId, u]));
    expect(byUnit[org.officeA.id].standing).toEqual({ status: "ON_TIME", daysLate: 0 });
    expect(byUnit[org.officeB.id].standing).toEqual({ status: "LATE", daysLate: 3 });
    expect(byUnit[officeE.id].standing).toEqual({ status: "LATE", daysLate: 1 });
    expect(byUnit[officeE.id].unitStatus).toBe("CLOSED");
    expect(byUnit[officeC.id].standing.status).toBe("OVERDUE");
    expect(byUnit[officeC.id].recordStatus).toBe("DRAFT");
    expect(byUnit[officeD.id].standing.status).toBe("OVERDUE");
    expect(byUnit[officeD.id].recordStatus).toBeNull();
    // Worst first: the two missing units, then B (3 days), E (1 day), A.
    expect(m.units.map((u) => u.unitId).slice(2)).toEqual([org.officeB.id, officeE.id, org.officeA.id]);

    // Before the deadline the missing units are pending, not overdue.
    const early = (await getCampaignCompliance(await session(org.office), campaign.id, vn("2022-04-10T00:00:00")))!;
    expect(early.milestones[0].summary).toMatchObject({ missing: 2, overdue: 0 });
  });

  it("an extension changes a unit's days late", async () => {
    const org = await makeOrganisation();
    const { campaign, milestone } = await setUp(org);
    await db().milestoneExtension.create({
      data: { milestoneId: milestone.id, unitId: org.officeB.id, dueAt: dueAtForBeforeDay("2022-04-19"), reason: "Đơn vị đang sắp xếp nhân sự", grantedById: org.office.id },
    });
    let m = (await getCampaignCompliance(await session(org.office), campaign.id, NOW))!.milestones[0];
    let b = m.units.find((u) => u.unitId === org.officeB.id)!;
    expect(b.standing).toEqual({ status: "LATE", daysLate: 2 });
    expect(b.extension).toEqual({ dueAt: dueAtForBeforeDay("2022-04-19"), reason: "Đơn vị đang sắp xếp nhân sự" });

    await db().milestoneExtension.create({
      data: { milestoneId: milestone.id, unitId: org.officeB.id, dueAt: dueAtForBeforeDay("2022-04-25"), reason: "Gia hạn thêm", grantedById: org.office.id, createdAt: new Date(Date.now() + 1000) },
    });
    m = (await getCampaignCompliance(await session(org.office), campaign.id, NOW))!.milestones[0];
    b = m.units.find((u) => u.unitId === org.officeB.id)!;
    expect(b.standing).toEqual({ status: "ON_TIME", daysLate: 0 });
    expect(m.summary).toMatchObject({ onTime: 2, late: 1, maxDaysLate: 1 });
  });

  it("award proposals (not compulsory) are listed without on-time statistics, with the units' proposals counted instead", async () => {
    const org = await makeOrganisation();
    const { campaign } = await setUp(org);
    await db().milestone.create({
      data: { campaignId: campaign.id, kind: "AWARD_PROPOSAL", name: "Đề xuất khen thưởng", responsibleRole: "CCHC_OFFICE", dueAt: dueAtForBeforeDay("2022-12-10"), sortOrder: 8 },
    });
    const data = (await getCampaignCompliance(await session(org.leader), campaign.id, NOW))!;
    expect(data.milestones.map((m) => [m.kind, m.tracked, m.summary === null])).toEqual([
      ["REGISTRATION", true, false],
      ["AWARD_PROPOSAL", false, true],
    ]);
    expect(data.milestones[1].proposals).toMatchObject({ totals: { submitted: 0, late: 0, drafts: 0, returned: 0 }, proposingUnits: 0 });
    expect(data.milestones[1].proposals?.units).toHaveLength(5);
  });

  it("tracks the units' mid-term reports from their first submission and the office's summary report", async () => {
    const org = await makeOrganisation();
    const { campaign, officeC, officeD, officeE } = await setUp(org);
    const mid = await db().milestone.create({
      data: { campaignId: campaign.id, kind: "MIDTERM_REPORT", name: "Báo cáo sơ kết", deliverable: "Mẫu 2 + Đề cương", responsibleRole: "UNIT_HEAD", dueAt: dueAtForBeforeDay("2022-06-10"), sortOrder: 3 },
    });
    await db().milestone.create({
      data: { campaignId: campaign.id, kind: "MIDTERM_SUMMARY", name: "Báo cáo sơ kết gửi cấp trên", responsibleRole: "CCHC_OFFICE", dueAt: dueAtForBeforeDay("2022-06-20"), sortOrder: 4 },
    });
    const report = (unit: { id: string }, status: "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED", firstSubmittedAt: Date | null) =>
      db().report.create({
        data: { campaignId: campaign.id, unitId: unit.id, phase: "MIDTERM", status, firstSubmittedAt, lastSubmittedAt: firstSubmittedAt, isLate: !!firstSubmittedAt && firstSubmittedAt >= mid.dueAt, submittedVersion: firstSubmittedAt ? 1 : 0 },
      });
    await report(org.officeA, "ACCEPTED", vn("2022-06-09T16:00:00"));
    await report(org.officeB, "RETURNED", vn("2022-06-12T08:00:00")); // returned for correction: it was submitted, 3 days late
    await report(officeC, "DRAFT", null);
    // D's report in another campaign never counts here.
    await db().report.create({ data: { campaignId: org.campaign.id, unitId: officeD.id, phase: "MIDTERM", status: "SUBMITTED", firstSubmittedAt: vn("2022-06-01T08:00:00") } });
    await db().summaryReport.create({ data: { campaignId: campaign.id, phase: "MIDTERM", status: "SUBMITTED", firstSubmittedAt: vn("2022-06-22T09:00:00"), isLate: true, submittedVersion: 1 } });

    const after = vn("2022-06-25T09:00:00");
    const data = (await getCampaignCompliance(await session(org.office), campaign.id, after))!;
    const m = data.milestones.find((x) => x.kind === "MIDTERM_REPORT")!;
    expect(m).toMatchObject({ tracked: true, scope: "UNITS", notOpenUntil: null });
    expect(m.summary).toEqual({ participating: 5, onTime: 1, late: 1, missing: 3, overdue: 3, onTimeRate: 0.2, avgDaysLate: 3, maxDaysLate: 3 });
    const byUnit = Object.fromEntries(m.units.map((u) => [u.unitId, u]));
    expect(byUnit[org.officeB.id]).toMatchObject({ recordStatus: "RETURNED", standing: { status: "LATE", daysLate: 3 } });
    expect(COMPLIANCE_STATUS_LABELS[byUnit[org.officeB.id].standing.status]).toBe("Nộp trễ hạn");
    expect(byUnit[org.officeA.id].standing).toEqual({ status: "ON_TIME", daysLate: 0 });
    expect(byUnit[officeC.id]).toMatchObject({ recordStatus: "DRAFT", standing: { status: "OVERDUE", daysLate: 15 } });
    expect(byUnit[officeD.id]).toMatchObject({ recordStatus: null, standing: { status: "OVERDUE" } });
    expect(byUnit[officeE.id].standing.status).toBe("OVERDUE");

    const s = data.milestones.find((x) => x.kind === "MIDTERM_SUMMARY")!;
    expect(s).toMatchObject({ tracked: true, scope: "OFFICE" });
    expect(s.units.map((u) => [u.unitId, u.recordStatus, u.standing])).toEqual([[org.dept.id, "SUBMITTED", { status: "LATE", daysLate: 3 }]]);

    // Before the registration deadline the mid-term report is not open yet.
    const early = (await getCampaignCompliance(await session(org.office), campaign.id, vn("2022-04-10T00:00:00")))!;
    expect(early.milestones.find((x) => x.kind === "MIDTERM_REPORT")).toMatchObject({ notOpenUntil: dueAtForBeforeDay("2022-04-18") });

    // The unit's record shows its reports, and the year's totals count them.
    const rec = (await getUnitRecord(await session(org.office), org.officeB.id, after))!;
    const row = rec.rows.find((r) => r.campaignId === campaign.id)!;
    expect(row.reports).toEqual([
      expect.objectContaining({ phase: "MIDTERM", milestoneId: mid.id, status: "RETURNED", standing: { status: "LATE", daysLate: 3 }, notOpenUntil: null }),
    ]);
    expect(rec.years.find((y) => y.year === 2022)).toEqual({ year: 2022, campaigns: 1, onTime: 0, late: 2, missing: 0, onTimeRate: 0 });
    const recD = (await getUnitRecord(await session(org.office), officeD.id, after))!;
    expect(recD.rows[0].reports[0]).toMatchObject({ status: null, standing: { status: "OVERDUE" } });
  });

  it("another Sở's office, unit heads and a council member get not-found", async () => {
    const org = await makeOrganisation();
    const { campaign } = await setUp(org);
    for (const u of [org.otherOffice, org.headA, org.staffB, org.council]) {
      expect(await getCampaignCompliance(await session(u), campaign.id, NOW)).toBeNull();
    }
    expect(await getCampaignCompliance(await session(org.office), "no-such-campaign", NOW)).toBeNull();
  });
});

describe("timeline of a campaign", () => {
  it("readers of the campaign and participating units see it; others do not", async () => {
    const org = await makeOrganisation();
    const { campaign, officeD } = await setUp(org);
    expect((await getCampaignTimeline(await session(org.office), campaign.id))?.canSeeCompliance).toBe(true);
    const head = await getCampaignTimeline(await session(org.headA), campaign.id);
    expect(head?.canSeeCompliance).toBe(false);
    expect(head?.campaign.milestones).toHaveLength(1);
    expect(await getCampaignTimeline(await session(org.otherOffice), campaign.id)).toBeNull();
    const outsider = await makeUser({ unit: officeD, roles: [{ role: "UNIT_HEAD", unit: await makeUnit({ name: "Phòng ngoài", parent: org.dept }) }] });
    expect(await getCampaignTimeline(await session(outsider), campaign.id)).toBeNull();
    const draft = await makeCampaign({ issuingUnit: org.dept, units: [org.officeA], status: "DRAFT" });
    expect(await getCampaignTimeline(await session(org.headA), draft.id)).toBeNull();
  });
});

describe("a unit's record", () => {
  it("lists every campaign of every year with counts and yearly totals", async () => {
    const org = await makeOrganisation();
    await setUp(org);
    // org.campaign (this year, deadline in 30 days): A has not submitted yet.
    const rec = (await getUnitRecord(await session(org.office), org.officeA.id, NOW))!;
    expect(rec.rows.map((r) => r.year)).toEqual([org.campaign.year, 2022]);
    const y2022 = rec.rows.find((r) => r.year === 2022)!;
    expect(y2022).toMatchObject({ registrationStatus: "ACCEPTED", initiatives: 3, typical: 1, standing: { status: "ON_TIME", daysLate: 0 } });
    expect(rec.years.find((y) => y.year === 2022)).toEqual({ year: 2022, campaigns: 1, onTime: 1, late: 0, missing: 0, onTimeRate: 1 });

    const b = (await getUnitRecord(await session(org.leader), org.officeB.id, NOW))!;
    expect(b.rows.find((r) => r.year === 2022)).toMatchObject({ initiatives: 2, standing: { status: "LATE", daysLate: 3 } });
  });

  it("drafts' rows are not counted as registered; missing units count as missing", async () => {
    const org = await makeOrganisation();
    const { officeC } = await setUp(org);
    const rec = (await getUnitRecord(await session(org.office), officeC.id, NOW))!;
    expect(rec.rows).toHaveLength(1);
    expect(rec.rows[0]).toMatchObject({ registrationStatus: "DRAFT", initiatives: 0, standing: { status: "OVERDUE" } });
    expect(rec.years[0]).toMatchObject({ missing: 1, onTimeRate: 0 });
  });

  it("a closed unit keeps its history", async () => {
    const org = await makeOrganisation();
    const { officeE } = await setUp(org);
    const rec = (await getUnitRecord(await session(org.office), officeE.id, NOW))!;
    expect(rec.unit.status).toBe("CLOSED");
    expect(rec.rows).toHaveLength(1);
    expect(rec.rows[0]).toMatchObject({ year: 2022, registrationStatus: "SUBMITTED", standing: { status: "LATE", daysLate: 1 } });
  });

  it("a unit head sees their own unit's record and not another's; another Sở's office sees none", async () => {
    const org = await makeOrganisation();
    await setUp(org);
    const own = await getUnitRecord(await session(org.headA), org.officeA.id, NOW);
    expect(own?.isOwnUnit).toBe(true);
    expect(own?.rows.find((r) => r.year === 2022)?.canOpenCompliance).toBe(false);
    expect(await getUnitRecord(await session(org.staffA), org.officeA.id, NOW)).not.toBeNull();
    expect(await getUnitRecord(await session(org.headA), org.officeB.id, NOW)).toBeNull();
    expect(await getUnitRecord(await session(org.otherOffice), org.officeA.id, NOW)).toBeNull();
    expect(await getUnitRecord(await session(org.council), org.officeA.id, NOW)).toBeNull();
    expect(await getUnitRecord(await session(org.office), "no-such-unit", NOW)).toBeNull();
    expect((await getUnitRecord(await session(org.office), org.officeA.id, NOW))?.rows[0].canOpenCompliance).toBe(true);
  });
});
