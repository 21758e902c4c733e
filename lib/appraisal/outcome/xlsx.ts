import "server-only";
import ExcelJS from "exceljs";
import { LEVEL_LABELS } from "@/lib/registrations/labels";
import { formatDateTimeVN } from "@/lib/time/vn";
import { formatPoints } from "../rubric";
import { DISCUSS_FLAG, NO_VERDICT, safeCellText, verdictLabel } from "./labels";
import type { RoundResults } from "./queries";

/**
 * XLSX of a round's scores (exceljs, in memory: a round has at most a few thousand score sheets):
 * sheet 1 "Kết quả" (the ranking), sheet 2 "Điểm chi tiết" (one row per evaluator × item with each
 * criterion's points and comment). Each sheet: a title block saying what it is, a bold header row that
 * is frozen, filtered and repeated on every printed page, widths, wrapped text with row heights that
 * fit it, landscape A4 fit to width, Times New Roman; numbers are numbers and dates are dates (Vietnam
 * time); text typed by users never reads as a formula.
 */

const FONT = "Times New Roman";
const thin = { style: "thin" as const, color: { argb: "FF808080" } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
const POINTS_FMT = "0.00";
const VN_OFFSET_MS = 7 * 3_600_000;

type Value = string | number | Date | null;
interface Column {
  header: string;
  width: number;
  align?: "left" | "center" | "right";
  numFmt?: string;
}

/** Column letters beyond Z (AA, AB…): a rubric can have many criteria. */
export function columnLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Lines a wrapped value takes in a column of `width` characters (Times 12 pt ≈ 1.15 letters per width unit). */
export function wrappedLines(value: Value, width: number): number {
  if (value == null || value instanceof Date || typeof value === "number") return 1;
  const per = Math.max(1, Math.floor(width * 1.15));
  return value.split(/\r?\n/).reduce((n, para) => n + Math.max(1, Math.ceil(para.length / per)), 0);
}

const LINE_HEIGHT = 15.75; // points, Times New Roman 12

function addSheet(wb: ExcelJS.Workbook, name: string, titleLines: { text: string; bold?: boolean; size?: number; italic?: boolean }[], columns: Column[], rows: Value[][]) {
  // The header right under the title lines: no empty row (it would split Excel's table region).
  const headerRowNo = titleLines.length + 1;
  const ws = wb.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: headerRowNo, xSplit: 0, topLeftCell: `A${headerRowNo + 1}`, activeCell: `A${headerRowNo + 1}` }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerRowNo}:${headerRowNo}`,
    },
    headerFooter: { oddFooter: "&C&\"Times New Roman\"&10Trang &P/&N" },
  });
  ws.columns = columns.map((c) => ({ width: c.width }));
  const last = columnLetter(columns.length);
  const totalWidth = columns.reduce((a, c) => a + c.width, 0);
  titleLines.forEach((l, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = l.text;
    row.getCell(1).font = { name: FONT, size: l.size ?? 12, bold: !!l.bold, italic: !!l.italic };
    row.getCell(1).alignment = { horizontal: i === 0 ? "left" : "center", vertical: "middle", wrapText: true };
    ws.mergeCells(`A${i + 1}:${last}${i + 1}`);
    row.height = Math.max(1, wrappedLines(l.text, totalWidth)) * ((l.size ?? 12) + 5);
  });

  const header = ws.getRow(headerRowNo);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
  });
  header.height = Math.max(...columns.map((c) => wrappedLines(c.header, c.width))) * LINE_HEIGHT + 4;

  const styles = columns.map((c) => ({
    font: { name: FONT, size: 12 },
    border: BORDER,
    alignment: { vertical: "top" as const, wrapText: true, horizontal: c.align ?? ("left" as const) },
    ...(c.numFmt ? { numFmt: c.numFmt } : {}),
  }));
  rows.forEach((values, r) => {
    const row = ws.getRow(headerRowNo + 1 + r);
    values.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      cell.value = typeof v === "string" ? safeCellText(v) : v;
      cell.style = styles[i];
    });
    row.height = Math.max(...values.map((v, i) => wrappedLines(v, columns[i].width))) * LINE_HEIGHT + 3;
  });
  if (rows.length) ws.autoFilter = { from: { row: headerRowNo, column: 1 }, to: { row: headerRowNo + rows.length, column: columns.length } };
  return ws;
}

/** A Date whose UTC fields read as Vietnam wall time (spreadsheets have no time zones). */
const vnWallTime = (d: Date) => new Date(d.getTime() + VN_OFFSET_MS);

export async function appraisalScoresXlsx(res: RoundResults, now = new Date()): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Cổng thi đua cải cách hành chính";
  wb.created = now;
  const c = res.access.campaign;
  const kind = c.issuingUnit.kind;
  const crit = res.criteria;
  const titleBlock = (title: string) => [
    { text: `${c.issuingUnit.name.toLocaleUpperCase("vi")} – BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH`, bold: true },
    { text: title, bold: true, size: 14 },
    {
      text: `${res.round.name} – Kế hoạch số ${c.documentNumber}. Xuất lúc ${formatDateTimeVN(now)} (giờ Việt Nam)${res.round.status === "CLOSED" ? "" : "; đợt thẩm định chưa kết thúc, kết quả còn thay đổi"}.`,
      italic: true,
    },
    {
      text: `Tiêu chí: ${crit.map((k, i) => `TC${i + 1} – ${k.name} (tối đa ${formatPoints(k.maxPoints)}${k.weight != null ? `, trọng số ${formatPoints(k.weight)}` : ""})`).join("; ")}. Tổng điểm trên thang 100; độ lệch (chênh lệch tổng điểm giữa các thành viên) trên ${formatPoints(res.round.spreadThreshold)} điểm: cần thảo luận.`,
      italic: true,
    },
  ];
  const critColumns = crit.map((k, i) => ({ header: `TC${i + 1} (/${formatPoints(k.maxPoints)})`, width: 8, align: "right" as const, numFmt: POINTS_FMT }));

  addSheet(
    wb,
    "Kết quả",
    titleBlock("KẾT QUẢ THẨM ĐỊNH MÔ HÌNH, GIẢI PHÁP, SÁNG KIẾN"),
    [
      { header: "Hạng", width: 6, align: "center" },
      { header: "Đồng hạng", width: 7, align: "center" },
      { header: "Nội dung", width: 36 },
      { header: "Đơn vị", width: 18 },
      { header: "Cấp", width: 10 },
      ...critColumns,
      { header: "Tổng điểm (/100)", width: 9, align: "right", numFmt: POINTS_FMT },
      { header: "Đã chấm / phân công", width: 9, align: "center" },
      { header: "Độ lệch", width: 8, align: "right", numFmt: POINTS_FMT },
      { header: DISCUSS_FLAG, width: 9, align: "center" },
      { header: "Kết luận", width: 18 },
      { header: "Lý do", width: 30 },
    ],
    res.rows.map((r) => [
      r.result.rank,
      r.tied ? "x" : "",
      r.content,
      r.unitName,
      LEVEL_LABELS[r.level as keyof typeof LEVEL_LABELS] ?? r.level,
      ...r.result.criterionMeans,
      r.result.total,
      `${r.submitted}/${r.assigned}`,
      r.result.spread,
      r.result.flagged ? "x" : "",
      r.verdict ? verdictLabel(r.verdict, kind) : NO_VERDICT,
      r.verdictReason ?? "",
    ]),
  );

  const evaluator = new Map(res.evaluators.map((e) => [e.id, e]));
  const detail: Value[][] = [];
  for (const r of res.rows) {
    for (const s of res.sheets.get(r.itemId) ?? []) {
      const e = evaluator.get(s.evaluatorId);
      const comments = crit
        .map((_, i) => s.comments[i]?.trim())
        .map((t, i) => (t ? `TC${i + 1}: ${t}` : null))
        .filter(Boolean)
        .join("\n");
      detail.push([
        r.result.rank,
        r.content,
        r.unitName,
        e?.fullName ?? "",
        e?.unitName ?? "",
        ...s.points,
        s.total,
        comments,
        s.submittedAt ? vnWallTime(s.submittedAt) : null,
      ]);
    }
  }
  addSheet(
    wb,
    "Điểm chi tiết",
    titleBlock("ĐIỂM CHI TIẾT CỦA CÁC THÀNH VIÊN TỔ THẨM ĐỊNH"),
    [
      { header: "Hạng", width: 6, align: "center" },
      { header: "Nội dung", width: 32 },
      { header: "Đơn vị", width: 16 },
      { header: "Thành viên", width: 18 },
      { header: "Đơn vị của thành viên", width: 16 },
      ...critColumns,
      { header: "Tổng (/100)", width: 8, align: "right", numFmt: POINTS_FMT },
      { header: "Nhận xét", width: 40 },
      { header: "Nộp lúc", width: 15, align: "center", numFmt: "dd/mm/yyyy hh:mm" },
    ],
    detail,
  );

  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** "Kết quả thẩm định - <round>.xlsx" */
export function scoresFileName(roundName: string): string {
  const slug = roundName
    .normalize("NFC")
    .replace(/[\\/:*?"<>|]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 120);
  return `Kết quả thẩm định - ${slug || "đợt thẩm định"}.xlsx`;
}
