import "server-only";
import ExcelJS from "exceljs";
import { columnLetter, columnStyles, printableSheetOptions, rowHeightFor, writeSheetHead, type TitleLine } from "@/lib/documents/xlsx-layout";
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

const POINTS_FMT = "0.00";
const VN_OFFSET_MS = 7 * 3_600_000;

type Value = string | number | Date | null;
interface Column {
  header: string;
  width: number;
  align?: "left" | "center" | "right";
  numFmt?: string;
}

export { columnLetter };

function addSheet(wb: ExcelJS.Workbook, name: string, titleLines: TitleLine[], columns: Column[], rows: Value[][]) {
  // The header right under the title lines: no empty row (it would split Excel's table region).
  const headerRowNo = titleLines.length + 1;
  const ws = wb.addWorksheet(name, printableSheetOptions(headerRowNo));
  ws.columns = columns.map((c) => ({ width: c.width }));
  // The first line (the body) reads from the left, the others are centred.
  writeSheetHead(ws, columns, titleLines.map((l, i) => ({ align: i === 0 ? "left" : "center", ...l })));
  const styles = columnStyles(columns);
  rows.forEach((values) => {
    const row = ws.addRow(values.map((v) => (typeof v === "string" ? safeCellText(v) : v)));
    values.forEach((_, i) => (row.getCell(i + 1).style = styles[i]));
    row.height = rowHeightFor(values.map((v, i) => ({ text: typeof v === "string" ? v : v instanceof Date ? "dd/mm/yyyy hh:mm" : String(v ?? ""), width: columns[i].width })));
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
