import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { acceptReportAction, returnReportAction, saveReportDraftAction, submitReportAction } from "../../lib/reports/actions";
import { getReportForReview, getReportList, getReportVersion, getReportView, getReportWorkspace } from "../../lib/reports/queries";
import type { ReportFormInput } from "../../lib/reports/schemas";
import type { ReportSnapshot } from "../../lib/reports/snapshot";
import { DomainError } from "../../lib/actions/result";
import { dueAtForBeforeDay } from "../../lib/time/vn";
import { actAs, db, makeCampaign, makeOrganisation } from "../helpers/factories";
import { addReportMilestones } from "../helpers/milestone-fixtures";
import { makeRegistration } from "../helpers/registration-fixtures";

const DAY = 86_400_000;
const dayFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

type Org = Awaited<ReturnType<typeof makeOrganisation>>;

/**
 * A campaign whose registration closed `regDaysAgo` days ago (so the mid-term report is open) with the
 * report milestones; office A has an ACCEPTED Mẫu 1 (three initiatives: two in field 1, one in field 6,
 * one of them completed with a figure), an accepted individual's form (one initiative) and a DRAFT
 * individual's form (not counted). Office B has an accepted Mẫu 1 of its own.
 */
async function setup(opts: { regDaysAgo?: number; midtermInDays?: number; opensInDays?: number } = {}) {
  const org = await makeOrganisation();
  const campaign = await makeCampaign({ issuingUnit: org.dept, units: [org.officeA, org.officeB], registrationBeforeDay: dayFromNow(-(opts.regDaysAgo ?? 10)) });
  const milestones = await addReportMilestones(campaign, {
    midtermInDays: opts.midtermInDays ?? 40,
    opensInDays: opts.opensInDays === undefined ? undefined : { MIDTERM_REPORT: opts.opensInDays },
  });
  const { initiatives } = await makeRegistration({
    campaign,
    unit: org.officeA,
    status: "ACCEPTED",
    submittedBy: org.headA,
    rows: [
      { field: 0, content: "Rà soát văn bản quy phạm pháp luật về quy hoạch" },
      { field: 0, content: "Đề xuất bãi bỏ thành phần hồ sơ trùng lặp" },
      { field: 5, content: "Số hoá hồ sơ thông tin quy hoạch", level: "CITY" },
    ],
  });
  await db().initiative.update({ where: { id: initiatives[2].id }, data: { progress: "COMPLETED", completedOn: new Date("2026-03-01T00:00:00Z") } });
  await db().initiativeResult.create({
    data: { initiativeId: initiatives[2].id, indicator: "Tỷ lệ hồ sơ đúng hạn", unitOfMeasure: "%", valueBefore: 92, valueAfter: 99, source: "phần mềm một cửa" },
  });
  const individual = await individualRegistration(campaign, org, "ACCEPTED", "Sổ tay hướng dẫn tra cứu hồ sơ quy hoạch");
  await individualRegistration(campaign, org, "DRAFT", "Bản nháp chưa nộp của cá nhân");
  const b = await makeRegistration({ campaign, unit: org.officeB, status: "ACCEPTED", submittedBy: org.headB, rows: [{ field: 1, content: "Sáng kiến của Phòng B" }] });
  return { org, campaign, milestones, initiatives: [...initiatives, individual], initiativesB: b.initiatives };
}

async function individualRegistration(campaign: Awaited<ReturnType<typeof makeCampaign>>, org: Org, status: "ACCEPTED" | "DRAFT", content: string) {
  const reg = await db().registration.create({
    data: { campaignId: campaign.id, unitId: org.officeA.id, kind: "INDIVIDUAL", ownerKey: `${org.staffA.id}-${status}`, ownerUserId: org.staffA.id, status },
  });
  return db().initiative.create({
    data: {
      registrationId: reg.id,
      campaignId: campaign.id,
      unitId: org.officeA.id,
      fieldId: campaign.fields[3].id,
      content,
      type: "INITIATIVE",
      ownerType: "INDIVIDUALS",
      ownerNames: "Võ Thị Mai",
      expectedCompletion: new Date("2026-10-31T00:00:00Z"),
      level: "DEPARTMENT",
    },
  });
}

const SECTIONS = {
  situation: "Phòng có 12 công chức, quản lý quy hoạch khu vực 1.",
  currentState: "Số hồ sơ thẩm định tăng 20 % so với cùng kỳ.",
  strengths: "Chủ động ứng dụng công nghệ.",
  limitations: "Thiếu nhân lực có chuyên môn GIS.",
  lessons: "Phối hợp sớm với các phòng liên quan.",
};

function form(campaign: { id: string }, unit: { id: string }, extra: Partial<ReportFormInput> = {}): ReportFormInput {
  return {
    campaignId: campaign.id,
    unitId: unit.id,
    phase: "MIDTERM",
    reportId: null,
    lockVersion: 0,
    ...SECTIONS,
    fieldRows: [],
    parts: [],
    confirmed: false,
    ...extra,
  };
}

async function saveAs(user: { id: string }, input: ReportFormInput) {
  await actAs(user);
  return saveReportDraftAction(input);
}

async function submitAs(user: { id: string }, input: ReportFormInput) {
  await actAs(user);
  return submitReportAction({ ...input, confirmed: true });
}

const reportOf = (campaignId: string, unitId: string) => db().report.findUnique({ where: { campaignId_unitId_phase: { campaignId, unitId, phase: "MIDTERM" } } });

describe("a unit drafts its mid-term report", () => {
  it("lets staff save a draft (report created, audit row) but not submit it", async () => {
    const { org, campaign } = await setup();
    const saved = await saveAs(org.staffA, form(campaign, org.officeA));
    expect(saved).toMatchObject({ ok: true, data: { lockVersion: 1, status: "DRAFT", changed: true } });
    const report = await reportOf(campaign.id, org.officeA.id);
    expect(report).toMatchObject({ status: "DRAFT", situation: SECTIONS.situation, createdById: org.staffA.id });
    expect(await db().auditLog.count({ where: { entityType: "Report", entityId: report!.id, action: "report.create" } })).toBe(1);

    const submitted = await submitAs(org.staffA, form(campaign, org.officeA, { reportId: report!.id, lockVersion: 1 }));
    expect(submitted).toMatchObject({ ok: false, code: "FORBIDDEN", error: "Chỉ trưởng đơn vị mới được xác nhận và nộp báo cáo." });
    expect((await reportOf(campaign.id, org.officeA.id))!.status).toBe("DRAFT");
    expect(await db().reportVersion.count()).toBe(0);
  });

  it("saves an unchanged form without a new version of the row or an audit row (autosave after no typing)", async () => {
    const { org, campaign } = await setup();
    const first = await saveAs(org.headA, form(campaign, org.officeA));
    if (!first.ok) throw new Error(first.error);
    const again = await saveAs(org.headA, form(campaign, org.officeA, { reportId: first.data.reportId, lockVersion: 1 }));
    expect(again).toMatchObject({ ok: true, data: { lockVersion: 1, changed: false } });
    expect(await db().auditLog.count({ where: { entityType: "Report" } })).toBe(1);
  });

  it("reports a conflict for a stale lockVersion and keeps the newer text", async () => {
    const { org, campaign } = await setup();
    const first = await saveAs(org.staffA, form(campaign, org.officeA));
    if (!first.ok) throw new Error(first.error);
    const head = await saveAs(org.headA, form(campaign, org.officeA, { reportId: first.data.reportId, lockVersion: 1, situation: "Bản của trưởng phòng" }));
    expect(head.ok).toBe(true);
    const stale = await saveAs(org.staffA, form(campaign, org.officeA, { reportId: first.data.reportId, lockVersion: 1, situation: "Bản cũ của cán bộ" }));
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await reportOf(campaign.id, org.officeA.id))!.situation).toBe("Bản của trưởng phòng");
  });

  it("allows drafting before the window opens, but refuses submitting with the opening day", async () => {
    const { org, campaign } = await setup({ regDaysAgo: -5 }); // registration still open: mid-term opens in 5 days
    const saved = await saveAs(org.headA, form(campaign, org.officeA));
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const res = await submitAs(org.headA, form(campaign, org.officeA, { reportId: saved.data.reportId, lockVersion: 1 }));
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error).toBe(`Chưa đến thời gian báo cáo sơ kết: mở nhận từ ${dayFromNow(5).split("-").reverse().join("/")}.`);
    expect((await reportOf(campaign.id, org.officeA.id))!.status).toBe("DRAFT");
  });

  it("refuses saving and submitting a phase the plan has no milestone for", async () => {
    const org = await makeOrganisation(); // its campaign has only the registration milestone
    const res = await saveAs(org.headA, form(org.campaign, org.officeA));
    expect(res).toMatchObject({ ok: false, code: "RULE", error: "Kế hoạch không có mốc báo cáo sơ kết của đơn vị nên không nhận báo cáo này." });
    const sub = await submitAs(org.headA, form(org.campaign, org.officeA));
    expect(sub).toMatchObject({ ok: false, error: "Kế hoạch không có mốc báo cáo sơ kết của đơn vị nên không nhận báo cáo này." });
    expect(await db().report.count()).toBe(0);
  });

  it("refuses a completed count above registered, and an override without a note, next to the field", async () => {
    const { org, campaign } = await setup();
    const [f1, , , , , f6] = campaign.fields;
    const above = await saveAs(org.headA, form(campaign, org.officeA, { fieldRows: [{ fieldId: f1.id, completedOverride: 3, overrideNote: "Theo biên bản", note: "" }] }));
    expect(above).toMatchObject({ ok: false, code: "VALIDATION" });
    if (!above.ok) expect(above.fieldErrors?.["fieldRows.0.completedOverride"]).toBe("Số lượng hoàn thành (3) không được lớn hơn số lượng đăng ký (2).");
    const noNote = await saveAs(org.headA, form(campaign, org.officeA, { fieldRows: [{ fieldId: f6.id, completedOverride: 0, overrideNote: "", note: "" }] }));
    expect(noNote).toMatchObject({ ok: false, code: "VALIDATION" });
    if (!noNote.ok) expect(noNote.fieldErrors?.["fieldRows.0.overrideNote"]).toMatch(/lý do/);
    expect(await db().report.count()).toBe(0);

    const ok = await saveAs(org.headA, form(campaign, org.officeA, { fieldRows: [{ fieldId: f1.id, completedOverride: 1, overrideNote: "Đã nghiệm thu 01/5", note: "Đúng tiến độ" }] }));
    expect(ok.ok).toBe(true);
    const rows = await db().reportFieldRow.findMany();
    expect(rows).toEqual([expect.objectContaining({ fieldId: f1.id, completedOverride: 1, overrideNote: "Đã nghiệm thu 01/5", note: "Đúng tiến độ" })]);
  });

  it("keeps typed Đề cương parts as typed and stores untouched prefilled parts as empty (they follow the data)", async () => {
    const { org, campaign, initiatives } = await setup();
    await actAs(org.headA);
    const user = (await loadSessionUser(org.headA.id))!;
    const ws = await getReportWorkspace(user, campaign.id, org.officeA.id, "MIDTERM");
    if (ws.needsChoice) throw new Error("one unit");
    expect(ws.parts).toHaveLength(4); // the unit's three + the accepted individual's; never the draft
    const completed = ws.parts.find((p) => p.initiativeId === initiatives[2].id)!;
    expect(completed.results).toContain("Tỷ lệ hồ sơ đúng hạn: 92 % → 99 % (nguồn: phần mềm một cửa)");
    expect(ws.table.map((r) => [r.registered, r.completed])).toEqual([[2, 0], [0, 0], [0, 0], [1, 0], [0, 0], [1, 1]]);

    const parts = ws.parts.map((p) => ({ initiativeId: p.initiativeId, summary: p.summary, results: p.initiativeId === initiatives[0].id ? "Đã rà soát 35 văn bản." : p.results }));
    const res = await saveAs(org.headA, form(campaign, org.officeA, { parts }));
    expect(res.ok).toBe(true);
    const stored = await db().reportInitiativePart.findMany();
    expect(stored).toEqual([expect.objectContaining({ initiativeId: initiatives[0].id, summary: null, results: "Đã rà soát 35 văn bản." })]);

    // the figure changes later: the untouched part follows it
    await db().initiativeResult.updateMany({ data: { valueAfter: 100 } });
    const again = await getReportWorkspace(user, campaign.id, org.officeA.id, "MIDTERM");
    if (again.needsChoice) throw new Error("one unit");
    expect(again.parts.find((p) => p.initiativeId === initiatives[2].id)!.results).toContain("92 % → 100 %");
    expect(again.parts.find((p) => p.initiativeId === initiatives[0].id)!.results).toBe("Đã rà soát 35 văn bản.");
  });

  it("refuses a part for an initiative the report does not cover (another unit's)", async () => {
    const { org, campaign, initiativesB } = await setup();
    const res = await saveAs(org.headA, form(campaign, org.officeA, { parts: [{ initiativeId: initiativesB[0].id, summary: "x", results: "y" }] }));
    expect(res).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().report.count()).toBe(0);
  });
});

describe("the head submits the report", () => {
  it("freezes version 1 with the table, sections, parts and figures; a SUBMIT review and an audit row", async () => {
    const { org, campaign, initiatives } = await setup();
    const res = await submitAs(org.headA, form(campaign, org.officeA));
    expect(res).toMatchObject({ ok: true, data: { versionNo: 1, isLate: false }, message: "Đã nộp báo cáo sơ kết (phiên bản 1)." });
    const report = (await reportOf(campaign.id, org.officeA.id))!;
    expect(report).toMatchObject({ status: "SUBMITTED", submittedVersion: 1, isLate: false });
    expect(report.firstSubmittedAt).toBeInstanceOf(Date);

    const version = await db().reportVersion.findUniqueOrThrow({ where: { reportId_versionNo: { reportId: report.id, versionNo: 1 } } });
    const s = version.snapshot as unknown as ReportSnapshot;
    expect(s.unit.name).toBe("Phòng A");
    expect(s.table).toHaveLength(6);
    expect(s.table[0]).toMatchObject({ fieldName: "Cải cách thể chế", registered: 2, completed: 0 });
    expect(s.table[5]).toMatchObject({ registered: 1, completed: 1 });
    expect(s.totals).toEqual({ registered: 4, completed: 1 });
    expect(s.sections).toEqual(SECTIONS);
    expect(s.parts.map((p) => p.content)).toContain("Sổ tay hướng dẫn tra cứu hồ sơ quy hoạch");
    expect(s.parts.map((p) => p.content)).not.toContain("Bản nháp chưa nộp của cá nhân");
    const done = s.parts.find((p) => p.initiativeId === initiatives[2].id)!;
    expect(done.figures).toEqual([expect.objectContaining({ indicator: "Tỷ lệ hồ sơ đúng hạn", valueBefore: 92, valueAfter: 99 })]);
    expect(done.results).toContain("92 % → 99 %");
    expect(s.confirmedBy?.id).toBe(org.headA.id);

    expect(await db().reportReview.count({ where: { reportId: report.id, action: "SUBMIT", versionNo: 1, actorId: org.headA.id } })).toBe(1);
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: report.id, action: "report.submit" } });
    expect(audit).toMatchObject({ unitId: org.officeA.id, campaignId: campaign.id });
    expect(audit.summary).toContain("Nộp báo cáo sơ kết (phiên bản 1)");
  });

  it("refuses to submit without the head's confirmation tick or with a required section empty", async () => {
    const { org, campaign } = await setup();
    await actAs(org.headA);
    const unticked = await submitReportAction(form(campaign, org.officeA));
    expect(unticked).toMatchObject({ ok: false, fieldErrors: { confirmed: "Vui lòng đánh dấu ô xác nhận của trưởng đơn vị trước khi nộp." } });
    const empty = await submitAs(org.headA, form(campaign, org.officeA, { lessons: "  " }));
    expect(empty).toMatchObject({ ok: false, code: "RULE" });
    if (!empty.ok) expect(empty.fieldErrors).toEqual({ lessons: "Vui lòng nhập mục “V.3. Bài học kinh nghiệm” trước khi nộp." });
    expect(await db().report.count()).toBe(0);
  });

  it("accepts a late submission and marks it late (version and report)", async () => {
    const { org, campaign } = await setup({ regDaysAgo: 20, midtermInDays: -1 });
    const res = await submitAs(org.headA, form(campaign, org.officeA));
    expect(res).toMatchObject({ ok: true, data: { isLate: true }, message: "Đã nộp báo cáo sơ kết (phiên bản 1) – trễ hạn." });
    expect((await reportOf(campaign.id, org.officeA.id))!.isLate).toBe(true);
    expect((await db().reportVersion.findFirstOrThrow()).isLate).toBe(true);
  });

  it("is on time when the office extended the unit's deadline", async () => {
    const { org, campaign, milestones } = await setup({ regDaysAgo: 20, midtermInDays: -1 });
    await db().milestoneExtension.create({
      data: { milestoneId: milestones.MIDTERM_REPORT.id, unitId: org.officeA.id, dueAt: dueAtForBeforeDay(dayFromNow(5)), reason: "Đơn vị đang sắp xếp nhân sự", grantedById: org.office.id },
    });
    const res = await submitAs(org.headA, form(campaign, org.officeA));
    expect(res).toMatchObject({ ok: true, data: { isLate: false } });
  });

  it("refuses a submission at or after the hard cut-off and saves nothing", async () => {
    const { org, campaign, milestones } = await setup({ regDaysAgo: 20, midtermInDays: -3 });
    await db().milestone.update({ where: { id: milestones.MIDTERM_REPORT.id }, data: { hardCutoffAt: new Date(Date.now() - DAY) } });
    const res = await submitAs(org.headA, form(campaign, org.officeA));
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error).toMatch(/^Đã quá hạn cuối cùng \(trước ngày \d\d\/\d\d\/\d{4}\): Bộ phận CCHC không nhận báo cáo sau thời điểm này/);
    expect(await db().report.count()).toBe(0);
  });

  it("locks the current evidence files of the report and of its initiatives, not superseded or other units' files", async () => {
    const { org, campaign, initiatives, initiativesB } = await setup();
    const saved = await saveAs(org.headA, form(campaign, org.officeA));
    if (!saved.ok) throw new Error(saved.error);
    let n = 0;
    const file = (data: { initiativeId?: string; reportId?: string; unitId: string; supersededAt?: Date }) =>
      db().evidenceFile.create({
        data: {
          ...data,
          campaignId: campaign.id,
          fileName: `tep-${++n}.pdf`,
          mimeType: "application/pdf",
          sizeBytes: 100,
          sha256: "0".repeat(64),
          storageKey: `2026/01/key-${n}-${Math.random()}`,
          uploadedById: org.headA.id,
        },
      });
    const onReport = await file({ reportId: saved.data.reportId, unitId: org.officeA.id });
    const onInitiative = await file({ initiativeId: initiatives[2].id, unitId: org.officeA.id });
    const superseded = await file({ initiativeId: initiatives[2].id, unitId: org.officeA.id, supersededAt: new Date() });
    const otherUnit = await file({ initiativeId: initiativesB[0].id, unitId: org.officeB.id });

    const res = await submitAs(org.headA, form(campaign, org.officeA, { reportId: saved.data.reportId, lockVersion: 1 }));
    expect(res.ok).toBe(true);
    const locked = await db().evidenceFile.findMany({ where: { lockedAt: { not: null } }, select: { id: true } });
    expect(locked.map((f) => f.id).sort()).toEqual([onReport.id, onInitiative.id].sort());
    expect(superseded.id).not.toBe(otherUnit.id);

    // the version cites the files by id and name
    const s = (await db().reportVersion.findFirstOrThrow()).snapshot as unknown as ReportSnapshot;
    expect(s.evidence).toEqual([expect.objectContaining({ id: onReport.id, fileName: onReport.fileName })]);
    expect(s.parts.find((p) => p.initiativeId === initiatives[2].id)!.evidence.map((e) => e.id)).toEqual([onInitiative.id]);
  });
});

describe("the office reviews the report", () => {
  it("returned then resubmitted makes version 2; both versions are kept, version 1 unchanged", async () => {
    const { org, campaign } = await setup();
    await submitAs(org.headA, form(campaign, org.officeA));
    let report = (await reportOf(campaign.id, org.officeA.id))!;

    await actAs(org.office);
    const ret = await returnReportAction({ campaignId: campaign.id, reportId: report.id, lockVersion: report.lockVersion, comment: "Bổ sung số liệu mục IV." });
    expect(ret).toMatchObject({ ok: true, data: { status: "RETURNED" } });
    report = (await reportOf(campaign.id, org.officeA.id))!;
    expect(report).toMatchObject({ status: "RETURNED", returnComment: "Bổ sung số liệu mục IV." });

    const res = await submitAs(org.headA, form(campaign, org.officeA, { reportId: report.id, lockVersion: report.lockVersion, situation: "Bản sửa theo ý kiến Bộ phận CCHC" }));
    expect(res).toMatchObject({ ok: true, data: { versionNo: 2 } });
    report = (await reportOf(campaign.id, org.officeA.id))!;
    expect(report).toMatchObject({ status: "SUBMITTED", submittedVersion: 2, returnComment: null });
    const versions = await db().reportVersion.findMany({ orderBy: { versionNo: "asc" } });
    expect(versions.map((v) => (v.snapshot as unknown as ReportSnapshot).sections.situation)).toEqual([SECTIONS.situation, "Bản sửa theo ý kiến Bộ phận CCHC"]);
    expect((await db().reportReview.findMany({ orderBy: { createdAt: "asc" } })).map((r) => `${r.action}:${r.versionNo}`)).toEqual(["SUBMIT:1", "RETURN:1", "SUBMIT:2"]);

    await actAs(org.office);
    const office = (await loadSessionUser(org.office.id))!;
    const view = await getReportForReview(office, campaign.id, report.id, 1);
    expect(view?.selected).toMatchObject({ versionNo: 1, isLatest: false });
    expect(view?.versions.map((v) => v.versionNo)).toEqual([2, 1]);
  });

  it("refuses to return without a comment", async () => {
    const { org, campaign } = await setup();
    await submitAs(org.headA, form(campaign, org.officeA));
    const report = (await reportOf(campaign.id, org.officeA.id))!;
    await actAs(org.office);
    const res = await returnReportAction({ campaignId: campaign.id, reportId: report.id, lockVersion: report.lockVersion, comment: "   " });
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { comment: "Vui lòng nhập nội dung cần chỉnh sửa." } });
  });

  it("accepted is read-only: the unit can neither save nor submit, the office cannot review again", async () => {
    const { org, campaign } = await setup();
    await submitAs(org.headA, form(campaign, org.officeA));
    let report = (await reportOf(campaign.id, org.officeA.id))!;
    await actAs(org.office);
    expect(await acceptReportAction({ campaignId: campaign.id, reportId: report.id, lockVersion: report.lockVersion })).toMatchObject({ ok: true, data: { status: "ACCEPTED" } });
    report = (await reportOf(campaign.id, org.officeA.id))!;
    expect(report.acceptedAt).toBeInstanceOf(Date);

    const save = await saveAs(org.headA, form(campaign, org.officeA, { reportId: report.id, lockVersion: report.lockVersion, situation: "Sửa sau khi tiếp nhận" }));
    expect(save).toMatchObject({ ok: false, code: "RULE", error: "Báo cáo đã được tiếp nhận nên không thể chỉnh sửa." });
    const sub = await submitAs(org.headA, form(campaign, org.officeA, { reportId: report.id, lockVersion: report.lockVersion }));
    expect(sub).toMatchObject({ ok: false, code: "RULE" });
    await actAs(org.office);
    expect(await acceptReportAction({ campaignId: campaign.id, reportId: report.id, lockVersion: report.lockVersion })).toMatchObject({ ok: false, code: "RULE" });
    expect((await reportOf(campaign.id, org.officeA.id))!.situation).toBe(SECTIONS.situation);
  });

  it("a submitted report cannot be edited by the unit until it is returned", async () => {
    const { org, campaign } = await setup();
    await submitAs(org.headA, form(campaign, org.officeA));
    const report = (await reportOf(campaign.id, org.officeA.id))!;
    const save = await saveAs(org.staffA, form(campaign, org.officeA, { reportId: report.id, lockVersion: report.lockVersion, situation: "Sửa" }));
    expect(save).toMatchObject({ ok: false, code: "RULE", error: "Báo cáo đã nộp nên không thể chỉnh sửa. Khi Bộ phận CCHC trả lại, đơn vị mới chỉnh sửa được." });
  });

  it("another Sở's office, a leader and unit heads cannot review (not found) and nothing changes", async () => {
    const { org, campaign } = await setup();
    await submitAs(org.headA, form(campaign, org.officeA));
    const report = (await reportOf(campaign.id, org.officeA.id))!;
    for (const user of [org.otherOffice, org.leader, org.headA, org.headB]) {
      await actAs(user);
      expect(await returnReportAction({ campaignId: campaign.id, reportId: report.id, lockVersion: report.lockVersion, comment: "Sửa" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(await acceptReportAction({ campaignId: campaign.id, reportId: report.id, lockVersion: report.lockVersion })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    const other = (await loadSessionUser(org.otherOffice.id))!;
    expect(await getReportForReview(other, campaign.id, report.id)).toBeNull();
    expect(await getReportList(other, campaign.id, "MIDTERM", {})).toBeNull();
    // the leader reads but does not review
    const leader = (await loadSessionUser(org.leader.id))!;
    const view = await getReportForReview(leader, campaign.id, report.id);
    expect(view).toMatchObject({ isReviewer: false, canReviewNow: false });
    expect((await reportOf(campaign.id, org.officeA.id))!.status).toBe("SUBMITTED");
  });
});

describe("access across units", () => {
  it("another unit's head can neither read, save nor submit this unit's report (not found)", async () => {
    const { org, campaign } = await setup();
    const saved = await saveAs(org.headA, form(campaign, org.officeA));
    if (!saved.ok) throw new Error(saved.error);
    await submitAs(org.headA, form(campaign, org.officeA, { reportId: saved.data.reportId, lockVersion: 1 }));

    const headB = (await loadSessionUser(org.headB.id))!;
    await expect(getReportView(headB, saved.data.reportId)).rejects.toBeInstanceOf(DomainError);
    await expect(getReportVersion(headB, saved.data.reportId, 1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getReportWorkspace(headB, campaign.id, org.officeA.id, "MIDTERM")).rejects.toMatchObject({ code: "NOT_FOUND" });

    // naming unit A: not found; naming its own unit B with A's report id: not found
    expect(await saveAs(org.headB, form(campaign, org.officeA, { reportId: saved.data.reportId, lockVersion: 2 }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await submitAs(org.headB, form(campaign, org.officeA, { reportId: saved.data.reportId, lockVersion: 2 }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await saveAs(org.headB, form(campaign, org.officeB, { reportId: saved.data.reportId, lockVersion: 2 }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().report.count()).toBe(1);
    expect((await reportOf(campaign.id, org.officeA.id))!.submittedVersion).toBe(1);
  });

  it("the office sees a draft only as 'Đang soạn', never its content; the unit sees its own draft", async () => {
    const { org, campaign } = await setup();
    const saved = await saveAs(org.staffA, form(campaign, org.officeA));
    if (!saved.ok) throw new Error(saved.error);
    const office = (await loadSessionUser(org.office.id))!;
    const view = await getReportView(office, saved.data.reportId);
    expect(view.snapshot).toBeNull();
    expect(view.formStatus).toBe("DRAFT");
    const review = await getReportForReview(office, campaign.id, saved.data.reportId);
    expect(review?.selected).toBeNull();
    const staff = (await loadSessionUser(org.staffA.id))!;
    const own = await getReportView(staff, saved.data.reportId);
    expect(own.live).toBe(true);
    expect(own.snapshot?.sections.situation).toBe(SECTIONS.situation);
  });
});

describe("the office's list of units × report status", () => {
  it("counts every status of the phase, filters by status and by name, one page at a time", async () => {
    const { org, campaign } = await setup();
    const officeC = await db().unit.create({ data: { id: "uc-x", code: "U-C", name: "Phòng C", kind: "OFFICE", parentId: org.dept.id, path: `${org.dept.path}uc-x/`, depth: 2 } });
    await db().campaignUnit.create({ data: { campaignId: campaign.id, unitId: officeC.id } });
    await saveAs(org.staffB, form(campaign, org.officeB));
    await submitAs(org.headA, form(campaign, org.officeA));

    const office = (await loadSessionUser(org.office.id))!;
    const list = await getReportList(office, campaign.id, "MIDTERM", {});
    expect(list?.counts).toMatchObject({ NOT_STARTED: 1, DRAFT: 1, SUBMITTED_ON_TIME: 1, SUBMITTED_LATE: 0, RETURNED: 0, ACCEPTED: 0 });
    expect(list?.rows.map((r) => [r.unitName, r.status])).toEqual([
      ["Phòng A", "SUBMITTED_ON_TIME"],
      ["Phòng B", "DRAFT"],
      ["Phòng C", "NOT_STARTED"],
    ]);
    expect(list?.canReview).toBe(true);

    const drafts = await getReportList(office, campaign.id, "MIDTERM", { status: "DRAFT" });
    expect(drafts?.rows.map((r) => r.unitName)).toEqual(["Phòng B"]);
    expect(drafts?.total).toBe(1);
    const search = await getReportList(office, campaign.id, "MIDTERM", { q: "phòng c" });
    expect(search?.rows.map((r) => r.unitName)).toEqual(["Phòng C"]);
    const paged = await getReportList(office, campaign.id, "MIDTERM", {}, 2, 2);
    expect(paged?.rows.map((r) => r.unitName)).toEqual(["Phòng C"]);
    expect(paged?.total).toBe(3);
    const none = await getReportList(office, campaign.id, "MIDTERM", { status: "ACCEPTED" });
    expect(none?.rows).toEqual([]);
    expect(none?.counts.DRAFT).toBe(1);
    // the final phase has no report yet
    const final = await getReportList(office, campaign.id, "FINAL", {});
    expect(final?.counts.NOT_STARTED).toBe(3);
  });
});
