import fs from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AppraisalOutcomeLine, AppraisalOutcomePanel } from "../../components/appraisal/results/unit-outcome";
import { appraisalOutcomesFor } from "../../lib/appraisal/unit-view";
import { getInitiativeDetail } from "../../lib/progress/queries";
import { GET as minutesDocxGET } from "../../app/(portal)/campaigns/[id]/appraisal/[roundId]/minutes/docx/route";
import { GET as scoresXlsxGET } from "../../app/(portal)/campaigns/[id]/appraisal/[roundId]/results/export/route";
import { recordVerdictAction, saveRoundMinutesAction } from "../../lib/appraisal/outcome/actions";
import { VERDICT_FORBIDDEN_MESSAGE } from "../../lib/appraisal/outcome/mutations";
import { loadRoundResults } from "../../lib/appraisal/outcome/queries";
import { loadSessionUser } from "../../lib/auth/session";
import { makeAppraisalRound, makeResultsOrganisation } from "../helpers/appraisal-results-fixtures";
import { actAs, db } from "../helpers/factories";

const session = async (u: { id: string }) => (await loadSessionUser(u.id))!;

/**
 * Three items, three panel members (the third removed from the panel after submitting):
 * - item 0: 90 and 80 submitted (the removed member's 0 does not count) → 85, spread 10;
 * - item 1: 100 and 70 submitted → 85 (tied with item 0), spread 30 → "Cần thảo luận";
 * - item 2: a DRAFT of 100 (does not count) and 50 submitted → 50, one score missing.
 */
async function setup(opts: { status?: "DRAFT" | "OPEN" | "CLOSED" } = {}) {
  const org = await makeResultsOrganisation();
  const r = await makeAppraisalRound({
    campaignId: org.campaign.id,
    chair: org.chair,
    createdBy: org.office,
    initiatives: org.initiatives,
    status: opts.status,
    evaluators: [{ user: org.ev[0] }, { user: org.ev[1] }, { user: org.ev[2], active: false }],
    sheets: [
      { evaluator: 0, item: 0, status: "SUBMITTED", points: [18, 27, 14, 18, 13], comments: ["Mới so với quy trình cũ", null, null, null, null] },
      { evaluator: 1, item: 0, status: "SUBMITTED", points: [16, 25, 13, 16, 10] },
      { evaluator: 2, item: 0, status: "SUBMITTED", points: [0, 0, 0, 0, 0] },
      { evaluator: 0, item: 1, status: "SUBMITTED", points: [20, 30, 15, 20, 15] },
      { evaluator: 1, item: 1, status: "SUBMITTED", points: [14, 21, 11, 14, 10] },
      { evaluator: 0, item: 2, status: "DRAFT", points: [20, 30, 15, 20, 15] },
      { evaluator: 1, item: 2, status: "SUBMITTED", points: [10, 15, 8, 10, 7] },
    ],
  });
  return { org, ...r };
}

describe("appraisal results", () => {
  it("counts only SUBMITTED scores of active evaluators: ties share a rank, missing scores and the spread flag are shown", async () => {
    const { org, items, round } = await setup();
    const res = await loadRoundResults(await session(org.chair), round.id);
    expect(res).not.toBeNull();
    const byItem = new Map(res!.rows.map((r) => [r.itemId, r]));
    const r0 = byItem.get(items[0].id)!;
    const r1 = byItem.get(items[1].id)!;
    const r2 = byItem.get(items[2].id)!;
    expect([r0.result.total, r0.result.spread, r0.result.flagged, r0.result.missing, r0.submitted, r0.assigned]).toEqual([85, 10, false, 0, 2, 2]);
    expect([r1.result.total, r1.result.spread, r1.result.flagged]).toEqual([85, 30, true]);
    expect([r2.result.total, r2.result.missing, r2.submitted, r2.assigned]).toEqual([50, 1, 1, 2]);
    expect(res!.rows.map((r) => r.result.rank)).toEqual([1, 1, 3]);
    expect([r0.tied, r1.tied, r2.tied]).toEqual([true, true, false]);
    expect(r0.result.criterionMeans).toEqual([17, 26, 13.5, 17, 11.5]);
    // The removed member is not among the evaluators; the sheets show each active evaluator's points and comments.
    expect(res!.evaluators.map((e) => e.fullName).sort()).toEqual(["Nguyễn Thị Thẩm Một", "Trần Văn Thẩm Hai"].sort());
    const sheets = res!.sheets.get(items[0].id)!;
    expect(sheets).toHaveLength(2);
    expect(sheets.find((s) => s.total === 90)!.comments[0]).toBe("Mới so với quy trình cũ");
  });

  it("is read by the chair, the managers and the leadership; never by a unit or another department", async () => {
    const { org, round } = await setup();
    for (const u of [org.office, org.leader]) expect(await loadRoundResults(await session(u), round.id)).not.toBeNull();
    for (const u of [org.headA, org.staffB, org.otherOffice]) expect(await loadRoundResults(await session(u), round.id)).toBeNull();
  });

  it("the chair records a verdict with a reason; a manager who is not the chair is refused; another unit learns nothing", async () => {
    const { org, items } = await setup();
    await actAs(org.chair);
    const ok = await recordVerdictAction({ itemId: items[0].id, verdict: "RECOGNISE", reason: "Hiệu quả rõ, có số liệu minh chứng." });
    expect(ok).toMatchObject({ ok: true, data: { label: "Đề nghị công nhận cấp Sở" } });
    const saved = await db().appraisalItem.findUniqueOrThrow({ where: { id: items[0].id } });
    expect([saved.verdict, saved.verdictReason, saved.verdictById]).toEqual(["RECOGNISE", "Hiệu quả rõ, có số liệu minh chứng.", org.chair.id]);

    await actAs(org.office);
    expect(await recordVerdictAction({ itemId: items[1].id, verdict: "NOT_PASSED", reason: "Chưa có số liệu." })).toMatchObject({ ok: false, code: "FORBIDDEN", error: VERDICT_FORBIDDEN_MESSAGE });
    await actAs(org.headB);
    expect(await recordVerdictAction({ itemId: items[1].id, verdict: "NOT_PASSED", reason: "Chưa có số liệu." })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs(org.otherOffice);
    expect(await recordVerdictAction({ itemId: items[1].id, verdict: "NOT_PASSED", reason: "Chưa có số liệu." })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await db().appraisalItem.findUniqueOrThrow({ where: { id: items[1].id } })).verdict).toBeNull();

    await actAs(org.chair);
    const short = await recordVerdictAction({ itemId: items[1].id, verdict: "NOT_PASSED", reason: " ok " });
    expect(short).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(short.ok ? null : short.fieldErrors?.reason).toMatch(/ít nhất 5 ký tự/);
    expect(await recordVerdictAction({ itemId: items[1].id, verdict: "SOMETHING", reason: "Lý do đầy đủ." })).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it("changing a verdict writes the before and after in the audit log", async () => {
    const { org, items } = await setup({ status: "CLOSED" });
    await actAs(org.chair);
    expect((await recordVerdictAction({ itemId: items[2].id, verdict: "NEEDS_SURVEY", reason: "Cần xem thực tế tại đơn vị." })).ok).toBe(true);
    expect((await recordVerdictAction({ itemId: items[2].id, verdict: "NOT_PASSED", reason: "Khảo sát cho thấy chưa áp dụng." })).ok).toBe(true);
    const logs = await db().auditLog.findMany({ where: { entityType: "AppraisalItem", entityId: items[2].id }, orderBy: [{ at: "asc" }, { id: "asc" }] });
    expect(logs.map((l) => l.action)).toEqual(["appraisal.verdict.record", "appraisal.verdict.change"]);
    expect(logs[1].before).toMatchObject({ verdict: "NEEDS_SURVEY", verdictReason: "Cần xem thực tế tại đơn vị." });
    expect(logs[1].after).toMatchObject({ verdict: "NOT_PASSED", verdictReason: "Khảo sát cho thấy chưa áp dụng." });
    expect(logs[1].summary).toContain("Cần khảo sát thực tế → Chưa đạt");
  });

  it("no verdict on a round still being set up", async () => {
    const { org, items } = await setup({ status: "DRAFT" });
    await actAs(org.chair);
    expect(await recordVerdictAction({ itemId: items[0].id, verdict: "RECOGNISE", reason: "Lý do đầy đủ." })).toMatchObject({ ok: false, code: "RULE" });
  });

  it("the chair saves the minutes' place and note; others are refused", async () => {
    const { org, round } = await setup();
    await actAs(org.chair);
    expect((await saveRoundMinutesAction({ roundId: round.id, place: "Phòng họp số 2", note: "Tổ thẩm định thống nhất." })).ok).toBe(true);
    expect(await db().appraisalRound.findUniqueOrThrow({ where: { id: round.id } })).toMatchObject({ minutesPlace: "Phòng họp số 2", minutesNote: "Tổ thẩm định thống nhất." });
    await actAs(org.office);
    expect(await saveRoundMinutesAction({ roundId: round.id, place: "X", note: "" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  const call = (GET: typeof minutesDocxGET, campaignId: string, roundId: string) => GET(new Request("http://localhost/x"), { params: Promise.resolve({ id: campaignId, roundId }) });

  it("the minutes .docx: the chair downloads it with the panel, the table and the conclusion; a unit head gets 404", async () => {
    const { org, round, items } = await setup({ status: "CLOSED" });
    await db().appraisalItem.update({ where: { id: items[0].id }, data: { verdict: "RECOGNISE", verdictReason: "Đạt yêu cầu.", verdictAt: new Date(), verdictById: org.chair.id } });
    await actAs(org.chair);
    const res = await call(minutesDocxGET, org.campaign.id, round.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("wordprocessingml");
    expect(res.headers.get("content-disposition")).toContain("filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20th%E1%BA%A9m%20%C4%91%E1%BB%8Bnh");
    const bytes = Buffer.from(await res.arrayBuffer());
    if (process.env.APPRAISAL_OUT) fs.writeFileSync(`${process.env.APPRAISAL_OUT}/minutes.docx`, bytes);
    const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
    for (const text of ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BAN CHỈ ĐẠO", "BIÊN BẢN", "Phạm Minh Chủ", "Nguyễn Thị Thẩm Một", "Số hóa hồ sơ lưu trữ bản vẽ", "Đề nghị công nhận cấp Sở: 1 nội dung.", "Chưa có kết luận: 2 nội dung."]) {
      expect(xml).toContain(text);
    }
    // The removed member is not in the panel of the minutes.
    expect(xml).not.toContain("Lê Thị Thẩm Ba");
    for (const u of [org.headA, org.headB, org.otherOffice]) {
      await actAs(u);
      expect((await call(minutesDocxGET, org.campaign.id, round.id)).status).toBe(404);
    }
    // A round reached through another campaign's URL is not found either.
    await actAs(org.chair);
    expect((await call(minutesDocxGET, "another-campaign", round.id)).status).toBe(404);
  });

  it("the scores .xlsx: ranking and detail sheets with frozen bold header, print titles, landscape A4, numbers as numbers, no formulas from typed text; 404 for a unit head", async () => {
    const { org, round } = await setup();
    await db().initiative.update({ where: { id: org.initiatives[2].id }, data: { content: "=HYPERLINK(\"http://x\",\"bấm\")" } });
    await actAs(org.leader);
    const res = await call(scoresXlsxGET, org.campaign.id, round.id);
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    if (process.env.APPRAISAL_OUT) fs.writeFileSync(`${process.env.APPRAISAL_OUT}/scores.xlsx`, bytes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Kết quả", "Điểm chi tiết"]);
    const ws = wb.getWorksheet("Kết quả")!;
    const headerRow = 5;
    expect(ws.getRow(headerRow).getCell(3).value).toBe("Nội dung");
    expect(ws.getRow(headerRow).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: headerRow });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe(`${headerRow}:${headerRow}`);
    const first = ws.getRow(headerRow + 1);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(2).value).toBe("x");
    const totalCol = 5 + 5 + 1;
    expect(first.getCell(totalCol).value).toBe(85);
    expect(first.getCell(totalCol).numFmt).toBe("0.00");
    expect(ws.getRow(headerRow + 3).getCell(3).value).toBe("'=HYPERLINK(\"http://x\",\"bấm\")");
    expect(ws.getRow(headerRow + 3).getCell(3).type).toBe(ExcelJS.ValueType.String);
    const flagCol = totalCol + 3;
    expect([1, 2, 3].map((i) => ws.getRow(headerRow + i).getCell(flagCol).value)).toEqual(["", "x", ""]);
    const detail = wb.getWorksheet("Điểm chi tiết")!;
    // 5 submitted sheets of active evaluators (the draft and the removed member's sheet are not there).
    expect(detail.rowCount).toBe(headerRow + 5);
    expect(detail.getRow(headerRow + 1).getCell(4).value).toBeTruthy();
    expect(detail.getRow(headerRow + 1).getCell(5 + 5 + 3).value).toBeInstanceOf(Date);
    expect(detail.getRow(headerRow + 1).getCell(5 + 5 + 2).value).toBe("TC1: Mới so với quy trình cũ");
    for (const u of [org.headA, org.headB]) {
      await actAs(u);
      expect((await call(scoresXlsxGET, org.campaign.id, round.id)).status).toBe(404);
    }
  });

  it("a unit head sees the total, rank and verdict of their initiative once the round is closed, nothing before, never evaluators' names or scores", async () => {
    const { org, round, items } = await setup();
    await actAs(org.chair);
    expect((await recordVerdictAction({ itemId: items[1].id, verdict: "PROPOSE_UPPER", reason: "Phạm vi ảnh hưởng toàn Thành phố." })).ok).toBe(true);
    const ini = org.initiatives[1];
    // The unit head of office A reads the initiative's page.
    expect(await getInitiativeDetail(await session(org.headA), ini.id)).not.toBeNull();
    const before = (await appraisalOutcomesFor([ini.id])).get(ini.id) ?? [];
    expect(before).toEqual([]);
    expect(renderToStaticMarkup(createElement(AppraisalOutcomePanel, { outcomes: before }))).toBe("");

    await db().appraisalRound.update({ where: { id: round.id }, data: { status: "CLOSED", closedAt: new Date("2026-11-20T09:00:00Z") } });
    const map = await appraisalOutcomesFor([ini.id, org.initiatives[2].id]);
    expect(map.get(ini.id)).toEqual([
      expect.objectContaining({ roundName: "Đợt thẩm định năm 2026", total: 85, rank: 1, of: 3, verdict: "PROPOSE_UPPER", verdictLabel: "Đề nghị cấp trên công nhận", verdictReason: "Phạm vi ảnh hưởng toàn Thành phố." }),
    ]);
    expect(map.get(org.initiatives[2].id)).toEqual([expect.objectContaining({ total: 50, rank: 3, verdict: null })]);
    const outcome = map.get(ini.id)!;
    expect(Object.keys(outcome[0]).sort()).toEqual(["closedAt", "of", "rank", "roundId", "roundName", "total", "verdict", "verdictLabel", "verdictReason"]);
    const html = renderToStaticMarkup(createElement(AppraisalOutcomePanel, { outcomes: outcome }));
    expect(html).toContain("Kết quả thẩm định");
    expect(html).toContain("85/100");
    expect(html).toContain("1/3");
    expect(html).toContain("Đề nghị cấp trên công nhận");
    expect(html).toContain("20/11/2026");
    for (const name of ["Nguyễn Thị Thẩm Một", "Trần Văn Thẩm Hai", "Lê Thị Thẩm Ba", "Phạm Minh Chủ"]) expect(html).not.toContain(name);
    const line = renderToStaticMarkup(createElement(AppraisalOutcomeLine, { outcomes: outcome }));
    expect(line).toContain("Thẩm định: 85/100 · hạng 1/3");
    expect(renderToStaticMarkup(createElement(AppraisalOutcomeLine, { outcomes: undefined }))).toBe("");
    // Neither 100 nor 70 (the two evaluators' totals of this item) is shown.
    expect(html).not.toMatch(/(?<![\d/,])(100|70)(?![\d/,])/);
  });
});
