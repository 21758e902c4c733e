import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { InitiativeProgress, SubmissionStatus, ReportPhase } from "../../lib/generated/prisma/enums";
import { acceptSummaryAction, generateSummaryDraftAction, returnSummaryAction, saveSummaryAction, submitSummaryAction } from "../../lib/summary/actions";
import { getIncoming, getIncomingSummary, getSummaryDocument, getSummaryOverview, getSummaryPhase, type SummaryPageParams } from "../../lib/summary/queries";
import { emptySections, type Sections } from "../../lib/summary/rules";
import { incomingExportResponse, summaryExportResponse } from "../../lib/summary/xlsx";
import { fieldSumsSql, listPageSql } from "../../lib/summary/figures";
import { Prisma } from "../../lib/generated/prisma/client";
import type { SummarySnapshot } from "../../lib/summary/snapshot";
import { actAs, db, makeCampaign, makeOrganisation, makeUnit, makeUser } from "../helpers/factories";
import { addReportMilestones } from "../helpers/milestone-fixtures";
import { makeRegistration } from "../helpers/registration-fixtures";
import { loadSessionUser } from "../../lib/auth/session";
import { getReportWorkspace } from "../../lib/reports/queries";
import { dueAtForBeforeDay } from "../../lib/time/vn";

type Org = Awaited<ReturnType<typeof makeOrganisation>>;

const PARAMS: SummaryPageParams = { unitPage: 1, list: "COMPLETED", listPage: 1, latePage: 1, missingPage: 1 };

async function sessionOf(user: { id: string }) {
  return (await loadSessionUser(user.id))!;
}

async function setProgress(initiativeId: string, progress: InitiativeProgress, extra: { completedOn?: string; droppedReason?: string } = {}) {
  await db().initiative.update({
    where: { id: initiativeId },
    data: {
      progress,
      completedOn: extra.completedOn ? new Date(`${extra.completedOn}T00:00:00Z`) : null,
      droppedReason: extra.droppedReason ?? null,
    },
  });
}

/** A unit's Mẫu 2 + Đề cương written directly, as helper 2's submit would leave it. */
async function makeReport(opts: {
  campaign: { id: string; fields: { id: string }[] };
  unit: { id: string };
  phase?: ReportPhase;
  status: SubmissionStatus;
  isLate?: boolean;
  submittedBefore?: boolean; // a DRAFT that was never submitted: false
  texts?: Partial<Record<"situation" | "currentState" | "strengths" | "limitations" | "lessons", string>>;
  overrides?: { field: number; completed: number; note: string }[];
  parts?: { initiativeId: string; summary?: string; results?: string }[];
}) {
  const submitted = opts.submittedBefore ?? opts.status !== "DRAFT";
  const at = new Date(Date.now() - 3_600_000);
  return db().report.create({
    data: {
      campaignId: opts.campaign.id,
      unitId: opts.unit.id,
      phase: opts.phase ?? "MIDTERM",
      status: opts.status,
      submittedVersion: submitted ? 1 : 0,
      firstSubmittedAt: submitted ? at : null,
      lastSubmittedAt: submitted ? at : null,
      isLate: !!opts.isLate,
      ...opts.texts,
      fieldRows: {
        create: (opts.overrides ?? []).map((o) => ({ fieldId: opts.campaign.fields[o.field].id, completedOverride: o.completed, overrideNote: o.note })),
      },
      initiativeParts: { create: (opts.parts ?? []).map((p) => ({ initiativeId: p.initiativeId, summary: p.summary ?? null, results: p.results ?? null })) },
    },
  });
}

/** Two offices with accepted Mẫu 1 in three fields, a third office whose form is only submitted. */
async function setupFigures(org: Org) {
  const officeC = await makeUnit({ name: "Phòng C", parent: org.dept });
  await db().campaignUnit.create({ data: { campaignId: org.campaign.id, unitId: officeC.id } });
  const a = await makeRegistration({
    campaign: org.campaign,
    unit: org.officeA,
    status: "ACCEPTED",
    submittedBy: org.headA,
    rows: [
      { field: 0, content: "Rà soát văn bản quy phạm pháp luật" },
      { field: 0, content: "Chuẩn hóa quy trình nội bộ" },
      { field: 5, content: "Số hóa hồ sơ quy hoạch" },
    ],
  });
  const b = await makeRegistration({
    campaign: org.campaign,
    unit: org.officeB,
    status: "ACCEPTED",
    submittedBy: org.headB,
    rows: [
      { field: 0, content: "Công khai thủ tục trực tuyến" },
      { field: 1, content: "Một cửa liên thông" },
      { field: 1, content: "Tiếp nhận hồ sơ qua bưu điện" },
    ],
  });
  const c = await makeRegistration({ campaign: org.campaign, unit: officeC, status: "SUBMITTED", submittedBy: org.headA, rows: [{ field: 0, content: "Chưa được tiếp nhận" }] });
  await setProgress(a.initiatives[0].id, "COMPLETED", { completedOn: "2026-05-02" });
  await setProgress(a.initiatives[1].id, "DROPPED", { droppedReason: "Trùng với nhiệm vụ của Văn phòng" });
  await setProgress(a.initiatives[2].id, "COMPLETED", { completedOn: "2026-05-20" });
  await setProgress(b.initiatives[1].id, "COMPLETED", { completedOn: "2026-04-30" });
  await setProgress(b.initiatives[2].id, "COMPLETED", { completedOn: "2026-05-01" });
  await setProgress(c.initiatives[0].id, "COMPLETED", { completedOn: "2026-05-01" });
  return { officeC, a, b, c };
}

function sections(extra: Partial<Sections> = {}): Sections {
  return { ...emptySections(), situation: "Sở có 2 phòng tham gia.", ...extra };
}

async function openMidterm(org: Org, opts: { summaryInDays?: number } = {}) {
  // the units' mid-term report fell due two days ago: the office's summary is open
  return addReportMilestones(org.campaign, { midtermInDays: -2, midtermSummaryInDays: opts.summaryInDays ?? 10 });
}

/** The City's plan (parent) with its CCHC office, and the organisation's campaign answering it. */
async function withParent(org: Org) {
  const home = await makeUnit({ name: "Sở Nội vụ", kind: "DEPARTMENT", parent: org.city });
  const cityOffice = await makeUser({ unit: org.city, roles: [{ role: "CCHC_OFFICE" }], username: "office-city" });
  const parent = await makeCampaign({ issuingUnit: org.city, units: [org.dept, org.otherDept] });
  await db().campaign.update({ where: { id: parent.id }, data: { receivingUnitId: home.id } });
  await db().campaign.update({ where: { id: org.campaign.id }, data: { parentCampaignId: parent.id } });
  return { home, cityOffice, parent };
}

describe("the consolidated report's figures", () => {
  it("sums accepted initiatives per field across units, with a unit's override from its submitted report replacing the computed count", async () => {
    const org = await makeOrganisation();
    const { officeC } = await setupFigures(org);
    // Phòng B reported 1 completed in field 2 (the portal counts 2), with a note
    await makeReport({ campaign: org.campaign, unit: org.officeB, status: "SUBMITTED", overrides: [{ field: 1, completed: 1, note: "Một nội dung chưa nghiệm thu" }] });
    // Phòng A's report was returned: its rows are being corrected, its override is not used
    await makeReport({ campaign: org.campaign, unit: org.officeA, status: "RETURNED", overrides: [{ field: 0, completed: 0, note: "đang sửa" }] });
    await makeReport({ campaign: org.campaign, unit: officeC, status: "ACCEPTED" });

    const view = (await getSummaryPhase(await sessionOf(org.office), org.campaign.id, "MIDTERM", PARAMS))!;
    const byNo = Object.fromEntries(view.fieldTable.rows.map((r) => [r.no, r]));
    expect(view.fieldTable.rows).toHaveLength(6);
    expect(byNo[1]).toMatchObject({ registered: 3, completed: 1, overrides: 0 });
    expect(byNo[2]).toMatchObject({ registered: 2, completed: 1, overrides: 1, rate: 0.5 });
    expect(byNo[3]).toMatchObject({ registered: 0, completed: 0, rate: null });
    expect(byNo[6]).toMatchObject({ registered: 1, completed: 1, rate: 1 });
    expect(view.fieldTable.total).toMatchObject({ registered: 6, completed: 3, rate: 0.5, overrides: 1 });

    const units = Object.fromEntries(view.units.rows.map((u) => [u.unitName, u]));
    expect(units["Phòng A"]).toMatchObject({ registered: 3, completed: 2, reportStatus: "RETURNED", reported: true });
    expect(units["Phòng B"]).toMatchObject({ registered: 3, completed: 1, overrides: 1, reportStatus: "SUBMITTED" });
    expect(units["Phòng C"]).toMatchObject({ registered: 0, completed: 0 });
    expect(view.units.total).toBe(3);

    // lists: completed and dropped initiatives of accepted forms, filterable by field
    expect(view.lists.counts).toMatchObject({ completed: 4, dropped: 1 });
    expect(view.lists.rows.map((r) => r.content)).toEqual(["Rà soát văn bản quy phạm pháp luật", "Tiếp nhận hồ sơ qua bưu điện", "Một cửa liên thông", "Số hóa hồ sơ quy hoạch"]);
    const dropped = (await getSummaryPhase(await sessionOf(org.office), org.campaign.id, "MIDTERM", { ...PARAMS, list: "DROPPED" }))!;
    expect(dropped.lists.rows).toEqual([expect.objectContaining({ content: "Chuẩn hóa quy trình nội bộ", unitName: "Phòng A", droppedReason: "Trùng với nhiệm vụ của Văn phòng" })]);
    const field6 = (await getSummaryPhase(await sessionOf(org.office), org.campaign.id, "MIDTERM", { ...PARAMS, listField: org.campaign.fields[5].id }))!;
    expect(field6.lists.rows.map((r) => r.content)).toEqual(["Số hóa hồ sơ quy hoạch"]);
    expect(field6.lists.rows[0].completedOn).toBe("2026-05-20");
    expect(field6.lists.total).toBe(1);
  });

  it("the field table equals the sum of the units' table when several units override the same field, and an override where a unit has no accepted initiative counts nothing", async () => {
    const org = await makeOrganisation();
    const { officeC } = await setupFigures(org);
    // field 1: Phòng A (computed 1 of 2) says 2, Phòng B (computed 0 of 1) says 1 → 3 instead of 1
    await makeReport({ campaign: org.campaign, unit: org.officeA, status: "ACCEPTED", overrides: [{ field: 0, completed: 2, note: "Đã nghiệm thu thêm" }] });
    await makeReport({
      campaign: org.campaign,
      unit: org.officeB,
      status: "SUBMITTED",
      overrides: [
        { field: 0, completed: 1, note: "Đã hoàn thành" },
        // field 4: Phòng B has no initiative there — the figure has nothing to replace
        { field: 3, completed: 5, note: "Không thuộc kế hoạch" },
      ],
    });
    // Phòng C's form is not accepted: its override has no accepted initiative to replace either
    await makeReport({ campaign: org.campaign, unit: officeC, status: "SUBMITTED", overrides: [{ field: 0, completed: 1, note: "Chưa được tiếp nhận" }] });

    const view = (await getSummaryPhase(await sessionOf(org.office), org.campaign.id, "MIDTERM", PARAMS))!;
    const byNo = Object.fromEntries(view.fieldTable.rows.map((r) => [r.no, r]));
    expect(byNo[1]).toMatchObject({ registered: 3, completed: 3, overrides: 2, rate: 1 });
    expect(byNo[2]).toMatchObject({ registered: 2, completed: 2, overrides: 0 });
    expect(byNo[4]).toMatchObject({ registered: 0, completed: 0, overrides: 0 });
    const sum = (k: "registered" | "completed" | "overrides") => view.units.rows.reduce((n, u) => n + u[k], 0);
    expect(view.fieldTable.total).toMatchObject({ registered: sum("registered"), completed: sum("completed"), overrides: sum("overrides") });
    expect(view.fieldTable.total).toMatchObject({ registered: 6, completed: 6, overrides: 2 });
  });

  it("counts an initiative as completed in the mid-term report only when it was completed before the phase's due date (unit's Mẫu 2 and the consolidated report alike)", async () => {
    const org = await makeOrganisation();
    await setupFigures(org);
    // The units' mid-term report is due "trước ngày 10/05/2026": A's field-6 initiative (20/05) was completed after it.
    await db().milestone.create({
      data: { campaignId: org.campaign.id, kind: "MIDTERM_REPORT", name: "Báo cáo sơ kết", responsibleRole: "UNIT_HEAD", dueAt: dueAtForBeforeDay("2026-05-10"), sortOrder: 3 },
    });
    const view = (await getSummaryPhase(await sessionOf(org.office), org.campaign.id, "MIDTERM", PARAMS))!;
    const byNo = Object.fromEntries(view.fieldTable.rows.map((r) => [r.no, r]));
    expect(byNo[6]).toMatchObject({ registered: 1, completed: 0 });
    expect(view.fieldTable.total).toMatchObject({ registered: 6, completed: 3 });
    const units = Object.fromEntries(view.units.rows.map((u) => [u.unitName, u]));
    expect(units["Phòng A"]).toMatchObject({ registered: 3, completed: 1 });
    expect(units["Phòng B"]).toMatchObject({ registered: 3, completed: 2 });
    // Completed on the due day itself ("trước ngày 10/05") is after the due date too.
    const a = await db().initiative.findFirstOrThrow({ where: { content: "Rà soát văn bản quy phạm pháp luật" } });
    await setProgress(a.id, "COMPLETED", { completedOn: "2026-05-10" });
    const later = (await getSummaryPhase(await sessionOf(org.office), org.campaign.id, "MIDTERM", PARAMS))!;
    expect(Object.fromEntries(later.units.rows.map((u) => [u.unitName, u]))["Phòng A"]).toMatchObject({ completed: 0 });

    // The unit's own Mẫu 2 counts the same way.
    const ws = await getReportWorkspace(await sessionOf(org.headA), org.campaign.id, org.officeA.id, "MIDTERM");
    if (ws.needsChoice) throw new Error("unexpected");
    expect(ws.table.map((r) => [r.registered, r.computedCompleted])).toEqual([
      [2, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [1, 0],
    ]);
    await setProgress(a.id, "COMPLETED", { completedOn: "2026-05-09" });
    const again = await getReportWorkspace(await sessionOf(org.headA), org.campaign.id, org.officeA.id, "MIDTERM");
    if (again.needsChoice) throw new Error("unexpected");
    expect(again.table.map((r) => r.computedCompleted)).toEqual([1, 0, 0, 0, 0, 0]);
  });

  it("lists the units that reported late and those that have not reported the phase (a draft never submitted is not reported)", async () => {
    const org = await makeOrganisation();
    const { officeC } = await setupFigures(org);
    await openMidterm(org);
    await makeReport({ campaign: org.campaign, unit: org.officeA, status: "SUBMITTED", isLate: true });
    await makeReport({ campaign: org.campaign, unit: officeC, status: "DRAFT" });
    // a final-phase report does not count for the mid-term
    await makeReport({ campaign: org.campaign, unit: org.officeB, phase: "FINAL", status: "SUBMITTED" });

    const view = (await getSummaryPhase(await sessionOf(org.office), org.campaign.id, "MIDTERM", PARAMS))!;
    expect(view.reporting).toEqual({ units: 3, reported: 1, late: 1, missing: 2 });
    expect(view.late.rows.map((u) => u.unitName)).toEqual(["Phòng A"]);
    expect(view.missing.rows.map((u) => [u.unitName, u.reportStatus])).toEqual([
      ["Phòng B", null],
      ["Phòng C", "DRAFT"],
    ]);
    expect(view.missing.rows[0].dueAt).toEqual(view.milestones.unit!.milestone.dueAt);

    const overview = (await getSummaryOverview(await sessionOf(org.office), org.campaign.id))!;
    expect(overview.phases.map((p) => [p.phase, p.reporting])).toEqual([
      ["MIDTERM", { units: 3, reported: 1, late: 1 }],
      ["FINAL", { units: 3, reported: 1, late: 0 }],
    ]);
    expect(overview.phases[0].summaryOpen).toBe(true);
    expect(overview.phases[1].summaryOpen).toBe(false);
  });

  it("can read the figures per field and a page of the completed list from their indexes instead of every initiative of the campaign", async () => {
    // Seq scans and sorts switched off for the statement: the plan shows which index can answer it, in order.
    const planOf = (sql: Prisma.Sql) =>
      db().$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        await tx.$executeRawUnsafe("SET LOCAL enable_sort = off");
        const rows = await tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${sql}`);
        return rows.map((r) => r["QUERY PLAN"]).join("\n");
      });
    const sums = await planOf(fieldSumsSql("some-campaign", "MIDTERM"));
    expect(sums).toContain("Initiative_campaignId_registrationStatus_fieldId_progress_c_idx");
    const list = await planOf(listPageSql("some-campaign", "COMPLETED", undefined, { limit: 20, offset: 0 }));
    expect(list).toContain("Initiative_campaignId_registrationStatus_progress_fieldOrde_idx");
    expect(list).not.toMatch(/Sort\b/);
  });
});

describe("the draft assembled from the units' reports", () => {
  it("takes the text of submitted and accepted reports only, one paragraph per unit prefixed with its name, after the computed figures", async () => {
    const org = await makeOrganisation();
    const { officeC, a } = await setupFigures(org);
    await openMidterm(org);
    await makeReport({
      campaign: org.campaign,
      unit: org.officeA,
      status: "SUBMITTED",
      texts: { situation: "Phòng có 12 công chức.\nĐịa bàn rộng.", strengths: "Lãnh đạo quan tâm." },
      parts: [{ initiativeId: a.initiatives[0].id, summary: "Rà soát 45 văn bản.", results: "Tỷ lệ văn bản đúng hạn: 92 % → 99 %." }],
    });
    await makeReport({ campaign: org.campaign, unit: org.officeB, status: "DRAFT", texts: { situation: "BẢN NHÁP RIÊNG của Phòng B", strengths: "NHÁP" } });
    await makeReport({ campaign: org.campaign, unit: officeC, status: "RETURNED", texts: { situation: "ĐANG SỬA theo yêu cầu" } });

    await actAs(org.office);
    const res = await generateSummaryDraftAction({ campaignId: org.campaign.id, phase: "MIDTERM" });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data.unitsIncluded).toBe(1);
    const s = res.data.sections;
    expect(s.situation).toBe("Phòng A: Phòng có 12 công chức. Địa bàn rộng.");
    expect(s.strengths).toBe("Phòng A: Lãnh đạo quan tâm.");
    expect(s.currentState.split("\n")[0]).toBe("Tổng số mô hình, giải pháp đăng ký: 6; đã hoàn thành: 4 (66,7 %).");
    expect(s.highlights).toBe("Phòng A: “Rà soát văn bản quy phạm pháp luật”: Rà soát 45 văn bản.");
    expect(s.results).toContain("92 % → 99 %");
    const all = Object.values(s).join("\n");
    expect(all).not.toContain("NHÁP");
    expect(all).not.toContain("ĐANG SỬA");
    // generating writes nothing
    expect(await db().summaryReport.count()).toBe(0);
  });
});

describe("who may see and write the consolidated report", () => {
  it("the office of another Sở can neither read nor save, generate or submit it", async () => {
    const org = await makeOrganisation();
    await openMidterm(org);
    const other = await sessionOf(org.otherOffice);
    expect(await getSummaryPhase(other, org.campaign.id, "MIDTERM", PARAMS)).toBeNull();
    expect(await getSummaryOverview(other, org.campaign.id)).toBeNull();
    expect(await getSummaryDocument(other, org.campaign.id, "MIDTERM")).toBeNull();
    await actAs(org.otherOffice);
    const input = { campaignId: org.campaign.id, phase: "MIDTERM", lockVersion: 0, sections: sections() };
    expect(await saveSummaryAction(input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await submitSummaryAction(input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await generateSummaryDraftAction({ campaignId: org.campaign.id, phase: "MIDTERM" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().summaryReport.count()).toBe(0);
  });

  it("unit heads and staff cannot read it; leadership reads it but cannot write it", async () => {
    const org = await makeOrganisation();
    await openMidterm(org);
    for (const u of [org.headA, org.staffB, org.council]) {
      expect(await getSummaryPhase(await sessionOf(u), org.campaign.id, "MIDTERM", PARAMS)).toBeNull();
      await actAs(u);
      expect(await saveSummaryAction({ campaignId: org.campaign.id, phase: "MIDTERM", lockVersion: 0, sections: sections() })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    const leaderView = await getSummaryPhase(await sessionOf(org.leader), org.campaign.id, "MIDTERM", PARAMS);
    expect(leaderView?.campaign.rights.canManage).toBe(false);
    await actAs(org.leader);
    expect(await submitSummaryAction({ campaignId: org.campaign.id, phase: "MIDTERM", lockVersion: 0, sections: sections() })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("saving and submitting", () => {
  it("saves with optimistic locking: a stale form changes nothing", async () => {
    const org = await makeOrganisation();
    await openMidterm(org);
    await actAs(org.office);
    const first = await saveSummaryAction({ campaignId: org.campaign.id, phase: "MIDTERM", lockVersion: 0, sections: sections({ proposals: "  Đề xuất A  " }) });
    expect(first).toMatchObject({ ok: true, data: { lockVersion: 0, status: "DRAFT" } });
    const second = await saveSummaryAction({ campaignId: org.campaign.id, phase: "MIDTERM", lockVersion: 0, sections: sections({ proposals: "Đề xuất B" }) });
    expect(second).toMatchObject({ ok: true, data: { lockVersion: 1 } });
    const stale = await saveSummaryAction({ campaignId: org.campaign.id, phase: "MIDTERM", lockVersion: 0, sections: sections({ proposals: "Ghi đè" }) });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    const row = await db().summaryReport.findFirstOrThrow();
    expect(row.proposals).toBe("Đề xuất B");
    expect(row.highlights).toBeNull();
    expect(await db().auditLog.count({ where: { action: "summary.save", entityId: row.id } })).toBe(2);
  });

  it("refuses a section longer than the limit, with the message on that field", async () => {
    const org = await makeOrganisation();
    await actAs(org.office);
    const res = await saveSummaryAction({ campaignId: org.campaign.id, phase: "MIDTERM", lockVersion: 0, sections: sections({ lessons: "x".repeat(50_001) }) });
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "sections.lessons": "Tối đa 50.000 ký tự." } });
  });

  it("refuses to submit before the phase opens, without text, or when the plan has no summary milestone", async () => {
    const org = await makeOrganisation();
    await actAs(org.office);
    const input = { campaignId: org.campaign.id, phase: "MIDTERM", lockVersion: 0, sections: sections() };
    const noMilestone = await submitSummaryAction(input);
    expect(noMilestone.ok === false && noMilestone.error).toContain("không có mốc");
    await addReportMilestones(org.campaign); // units report in 40 days: the summary opens then
    const early = await submitSummaryAction(input);
    expect(early.ok === false && early.error).toContain("Chưa đến thời gian gửi báo cáo sơ kết");
    await db().milestone.updateMany({ where: { campaignId: org.campaign.id, kind: "MIDTERM_SUMMARY" }, data: { opensAt: new Date(Date.now() - 1000) } });
    const empty = await submitSummaryAction({ ...input, sections: emptySections() });
    expect(empty).toMatchObject({ ok: false, code: "RULE" });
    expect(await db().summaryReportVersion.count()).toBe(0);
  });

  it("without a parent campaign, submitting finalises the report: version 1, late against the summary milestone", async () => {
    const org = await makeOrganisation();
    await setupFigures(org);
    await addReportMilestones(org.campaign, { midtermInDays: -12, midtermSummaryInDays: -2 });
    await actAs(org.office);
    const res = await submitSummaryAction({ campaignId: org.campaign.id, phase: "MIDTERM", lockVersion: 0, sections: sections() });
    expect(res).toMatchObject({ ok: true, data: { versionNo: 1, isLate: true, hasParent: false } });
    expect(res.ok && res.message).toContain("in báo cáo để gửi bằng văn bản");
    const row = await db().summaryReport.findFirstOrThrow({ include: { versions: true, reviews: true } });
    expect(row).toMatchObject({ status: "SUBMITTED", submittedVersion: 1, isLate: true });
    expect(row.versions).toHaveLength(1);
    expect(row.reviews.map((r) => r.action)).toEqual(["SUBMIT"]);
    const snap = row.versions[0].snapshot as unknown as SummarySnapshot;
    expect(snap.fieldTable.total).toMatchObject({ registered: 6, completed: 4 });
    expect(snap.addressee).toBeNull();
    expect(snap.units).toHaveLength(3);
    expect(snap.sections.situation).toBe("Sở có 2 phòng tham gia.");
    expect(await db().auditLog.count({ where: { action: "summary.submit", entityId: row.id } })).toBe(1);
    // submitted: no more edits
    const again = await saveSummaryAction({ campaignId: org.campaign.id, phase: "MIDTERM", lockVersion: row.lockVersion, sections: sections({ proposals: "sửa" }) });
    expect(again).toMatchObject({ ok: false, code: "RULE" });
  });
});

describe("the parent campaign's office reviews what child campaigns send up", () => {
  it("submit → the parent's office returns it with a comment → the child sees it, corrects and resubmits (version 2) → accepted", async () => {
    const org = await makeOrganisation();
    await setupFigures(org);
    await openMidterm(org);
    const { cityOffice, parent } = await withParent(org);

    await actAs(org.office);
    const submitted = await submitSummaryAction({ campaignId: org.campaign.id, phase: "MIDTERM", lockVersion: 0, sections: sections({ proposals: "Tăng kinh phí" }) });
    expect(submitted).toMatchObject({ ok: true, data: { versionNo: 1, isLate: false, hasParent: true } });
    expect(submitted.ok && submitted.message).toContain("Sở Nội vụ");

    // the child office cannot review its own report (review:report on the City's plan is the City's)
    const report = await db().summaryReport.findFirstOrThrow();
    expect(await returnSummaryAction({ parentCampaignId: parent.id, summaryReportId: report.id, lockVersion: report.lockVersion, comment: "x" })).toMatchObject({ ok: false, code: "NOT_FOUND" });

    const city = await sessionOf(cityOffice);
    const incoming = (await getIncoming(city, parent.id))!;
    expect(incoming.rows.map((r) => [r.campaign.id, r.phase, r.status])).toEqual([[org.campaign.id, "MIDTERM", "SUBMITTED"]]);
    expect(incoming.waiting).toBe(1);
    const opened = (await getIncomingSummary(city, parent.id, report.id))!;
    expect(opened.canReviewNow).toBe(true);
    expect(opened.selected?.snapshot.sections.proposals).toBe("Tăng kinh phí");
    expect(opened.selected?.snapshot.addressee).toBe("Sở Nội vụ");

    await actAs(cityOffice);
    const noComment = await returnSummaryAction({ parentCampaignId: parent.id, summaryReportId: report.id, lockVersion: report.lockVersion, comment: "  " });
    expect(noComment).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { comment: "Vui lòng nhập nội dung cần chỉnh sửa." } });
    const returned = await returnSummaryAction({ parentCampaignId: parent.id, summaryReportId: report.id, lockVersion: report.lockVersion, comment: "Bổ sung số liệu lĩnh vực 6." });
    expect(returned).toMatchObject({ ok: true, data: { status: "RETURNED" } });

    // the child sees the outcome and the comment
    const child = (await getSummaryPhase(await sessionOf(org.office), org.campaign.id, "MIDTERM", PARAMS))!;
    expect(child.report).toMatchObject({ status: "RETURNED", returnComment: "Bổ sung số liệu lĩnh vực 6.", editable: true });
    expect(child.report!.reviews.map((r) => [r.action, r.comment, r.actorName])).toEqual([
      ["SUBMIT", null, org.office.fullName],
      ["RETURN", "Bổ sung số liệu lĩnh vực 6.", cityOffice.fullName],
    ]);

    await actAs(org.office);
    const saved = await saveSummaryAction({ campaignId: org.campaign.id, phase: "MIDTERM", lockVersion: child.report!.lockVersion, sections: sections({ proposals: "Tăng kinh phí; bổ sung lĩnh vực 6" }) });
    expect(saved.ok).toBe(true);
    const resubmitted = await submitSummaryAction({
      campaignId: org.campaign.id,
      phase: "MIDTERM",
      lockVersion: saved.ok ? saved.data.lockVersion : -1,
      sections: sections({ proposals: "Tăng kinh phí; bổ sung lĩnh vực 6" }),
    });
    expect(resubmitted).toMatchObject({ ok: true, data: { versionNo: 2 } });

    const v2 = (await getIncomingSummary(city, parent.id, report.id))!;
    expect(v2.report.versions.map((v) => v.versionNo)).toEqual([2, 1]);
    expect(v2.selected?.snapshot.sections.proposals).toBe("Tăng kinh phí; bổ sung lĩnh vực 6");
    const v1 = (await getIncomingSummary(city, parent.id, report.id, 1))!;
    expect(v1.selected?.snapshot.sections.proposals).toBe("Tăng kinh phí");

    await actAs(cityOffice);
    const accepted = await acceptSummaryAction({ parentCampaignId: parent.id, summaryReportId: report.id, lockVersion: v2.report.lockVersion });
    expect(accepted).toMatchObject({ ok: true, data: { status: "ACCEPTED" } });
    const final = await db().summaryReport.findUniqueOrThrow({ where: { id: report.id }, include: { reviews: { orderBy: { createdAt: "asc" } } } });
    expect(final.status).toBe("ACCEPTED");
    expect(final.acceptedAt).toBeInstanceOf(Date);
    expect(final.reviews.map((r) => [r.action, r.versionNo])).toEqual([
      ["SUBMIT", 1],
      ["RETURN", 1],
      ["SUBMIT", 2],
      ["ACCEPT", 2],
    ]);
    expect(await db().auditLog.count({ where: { entityId: report.id, action: { in: ["summary.return", "summary.accept"] } } })).toBe(2);
  });

  it("the office of an unrelated campaign — or of the parent named wrongly — cannot see or review it", async () => {
    const org = await makeOrganisation();
    await openMidterm(org);
    const { cityOffice, parent } = await withParent(org);
    await actAs(org.office);
    await submitSummaryAction({ campaignId: org.campaign.id, phase: "MIDTERM", lockVersion: 0, sections: sections() });
    const report = await db().summaryReport.findFirstOrThrow();

    const otherCampaign = await makeCampaign({ issuingUnit: org.otherDept, units: [] });
    const other = await sessionOf(org.otherOffice);
    expect(await getIncoming(other, parent.id)).toBeNull();
    expect(await getIncomingSummary(other, otherCampaign.id, report.id)).toBeNull();
    await actAs(org.otherOffice);
    for (const parentCampaignId of [parent.id, otherCampaign.id]) {
      expect(await acceptSummaryAction({ parentCampaignId, summaryReportId: report.id, lockVersion: report.lockVersion })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    // the City's office, but naming another City plan that is not the parent
    const unrelatedCityPlan = await makeCampaign({ issuingUnit: org.city, units: [] });
    expect(await getIncomingSummary(await sessionOf(cityOffice), unrelatedCityPlan.id, report.id)).toBeNull();
    await actAs(cityOffice);
    expect(await acceptSummaryAction({ parentCampaignId: unrelatedCityPlan.id, summaryReportId: report.id, lockVersion: report.lockVersion })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect((await db().summaryReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("SUBMITTED");
  });

  it("a draft the child office has not submitted is not visible to the parent", async () => {
    const org = await makeOrganisation();
    const { cityOffice, parent } = await withParent(org);
    await actAs(org.office);
    await saveSummaryAction({ campaignId: org.campaign.id, phase: "MIDTERM", lockVersion: 0, sections: sections() });
    const report = await db().summaryReport.findFirstOrThrow();
    const city = await sessionOf(cityOffice);
    expect((await getIncoming(city, parent.id))!.rows).toHaveLength(0);
    expect(await getIncomingSummary(city, parent.id, report.id)).toBeNull();
  });
});

describe("the XLSX of the consolidated report", () => {
  async function sheets(res: Response) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    return wb;
  }
  const cells = (ws: ExcelJS.Worksheet, rowNo: number) => (ws.getRow(rowNo).values as unknown[]).slice(1);

  it("exports the live tables and lists for the office; a submitted version for the parent's office; nothing for others", async () => {
    const org = await makeOrganisation();
    await setupFigures(org);
    await openMidterm(org);
    const { cityOffice, parent } = await withParent(org);

    await actAs(org.office);
    const live = await summaryExportResponse(org.campaign.id, "MIDTERM", new URLSearchParams());
    expect(live.status).toBe(200);
    expect(live.headers.get("content-disposition")).toContain("bao-cao-so-ket-");
    const wb = await sheets(live);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Theo lĩnh vực", "Theo đơn vị", "Đã hoàn thành", "Dừng thực hiện", "Tình hình nộp báo cáo"]);
    const byField = wb.getWorksheet("Theo lĩnh vực")!;
    // title block: unit, title, plan, addressee, time (no empty row); header on row 6
    expect(cells(byField, 6)).toEqual(["STT", "Lĩnh vực", "Số lượng đăng ký", "Số lượng hoàn thành", "Tỷ lệ hoàn thành"]);
    expect(cells(byField, 7).slice(0, 4)).toEqual([1, "Cải cách thể chế", 3, 1]);
    expect(cells(byField, 13).slice(1, 4)).toEqual(["Tổng cộng", 6, 4]);
    // printed: A4 landscape one page wide, the header row on every page, page numbers, a filter on the header
    expect(byField.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "6:6" });
    expect(byField.headerFooter.oddFooter).toBe("&CTrang &P/&N");
    expect(byField.autoFilter).toBe("A6:E6");
    expect(byField.views[0]).toMatchObject({ state: "frozen", ySplit: 6 });
    // the title merged over the columns is tall enough for its wrapped text
    expect(byField.getRow(3).height).toBeGreaterThan(15);
    const completed = wb.getWorksheet("Đã hoàn thành")!;
    expect(completed.rowCount).toBe(6 + 4);
    // completion dates are real dates, shown dd/mm/yyyy (they sort by date, not by day of the month)
    const dateCell = completed.getRow(7).getCell(6);
    expect(dateCell.value).toBeInstanceOf(Date);
    expect(dateCell.numFmt).toBe("dd/mm/yyyy");
    expect(cells(wb.getWorksheet("Dừng thực hiện")!, 7).slice(2, 4)).toEqual(["Phòng A", "Chuẩn hóa quy trình nội bộ"]);

    await submitSummaryAction({ campaignId: org.campaign.id, phase: "MIDTERM", lockVersion: 0, sections: sections() });
    const report = await db().summaryReport.findFirstOrThrow();
    await actAs(cityOffice);
    const sent = await incomingExportResponse(parent.id, report.id, new URLSearchParams("v=1"));
    expect(sent.status).toBe(200);
    expect((await sheets(sent)).worksheets.map((w) => w.name)).toEqual(["Theo lĩnh vực", "Theo đơn vị", "Tình hình nộp báo cáo"]);

    await actAs(org.otherOffice);
    expect((await summaryExportResponse(org.campaign.id, "MIDTERM", new URLSearchParams())).status).toBe(404);
    expect((await incomingExportResponse(parent.id, report.id, new URLSearchParams())).status).toBe(404);
    await actAs(org.headA);
    expect((await summaryExportResponse(org.campaign.id, "MIDTERM", new URLSearchParams())).status).toBe(404);
  });
});
