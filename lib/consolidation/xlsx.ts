import "server-only";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { INITIATIVE_TYPE_LABELS, LEVEL_LABELS, ownerLabel } from "@/lib/registrations/labels";
import { SUBMISSION_STATUS_LABELS } from "@/lib/submissions/statuses";
import { columnLetter, columnStyles, printableSheetOptions, rowHeightFor, writeSheetHead, XLSX_BORDER as BORDER, XLSX_FONT as FONT } from "@/lib/documents/xlsx-layout";
import { formatDateTimeVN } from "@/lib/time/vn";
import type { ConsolidatedRow, FieldTotal } from "./queries";

/**
 * Streaming XLSX of initiatives (exceljs WorkbookWriter: rows are written as they come, inline
 * strings, nothing kept in memory): a title block, a frozen header row, the fields as group
 * headings, Times New Roman throughout.
 */

export type ColumnKey = "stt" | "field" | "unit" | "origin" | "content" | "type" | "owner" | "level" | "expected" | "note" | "status" | "typical";

const COLUMNS: Record<ColumnKey, { header: string; width: number; value: (r: ConsolidatedRow, stt: number) => string | number | Date; numFmt?: string }> = {
  stt: { header: "STT", width: 6, value: (_r, stt) => stt },
  field: { header: "Lĩnh vực", width: 24, value: (r) => r.fieldName },
  unit: { header: "Đơn vị", width: 28, value: (r) => r.unitName },
  // Only for an initiative forwarded up from a lower campaign: the unit where the chain started.
  origin: { header: "Nguồn (đơn vị gửi lên)", width: 28, value: (r) => (r.forwardedFromId ? (r.originUnitName ?? "Cấp dưới") : "") },
  content: { header: "Nội dung đăng ký", width: 60, value: (r) => r.content },
  type: { header: "Loại", width: 13, value: (r) => INITIATIVE_TYPE_LABELS[r.type] ?? r.type },
  owner: { header: "Chủ trì/tác giả", width: 24, value: (r) => ownerLabel(r.ownerType, r.ownerNames) },
  level: { header: "Cấp đăng ký", width: 15, value: (r) => LEVEL_LABELS[r.level] ?? r.level },
  // A real date (sorts and filters as one), shown dd/mm/yyyy.
  expected: { header: "Dự kiến tiến độ hoàn thành", width: 15, value: (r) => new Date(`${r.expectedCompletion}T00:00:00Z`), numFmt: "dd/mm/yyyy" },
  note: { header: "Ghi chú", width: 28, value: (r) => r.note ?? "" },
  status: { header: "Tình trạng", width: 16, value: (r) => SUBMISSION_STATUS_LABELS[r.registrationStatus] ?? r.registrationStatus },
  typical: { header: "Tiêu biểu", width: 10, value: (r) => (r.isTypical ? "x" : "") },
};

export const CONSOLIDATED_COLUMNS: ColumnKey[] = ["stt", "field", "unit", "origin", "content", "type", "owner", "level", "expected", "note", "status", "typical"];
export const TYPICAL_COLUMNS: ColumnKey[] = ["stt", "field", "unit", "content", "type", "owner", "level", "expected", "note"];


export interface XlsxDocument {
  issuingUnitName: string;
  title: string; // "TỔNG HỢP ĐĂNG KÝ …"
  lines: string[]; // campaign, addressee, filters, export time
  columns: ColumnKey[];
  totals: (FieldTotal & { no?: number })[]; // the fields in order with the filtered counts (no: the field's number in the plan)
  showEmptyFields: boolean;
  rows: AsyncIterable<ConsolidatedRow[]> | Iterable<ConsolidatedRow[]>;
  sheetName: string;
  exportedAt?: Date;
}


export async function writeInitiativesXlsx(out: Writable, doc: XlsxDocument): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = "Cổng thi đua cải cách hành chính";
  const cols = doc.columns.map((k) => COLUMNS[k]);
  const last = columnLetter(cols.length);
  const headerRowNo = 2 + doc.lines.length + 1;
  const ws = wb.addWorksheet(doc.sheetName.slice(0, 31), printableSheetOptions(headerRowNo));
  ws.columns = cols.map((c) => ({ width: c.width }));

  const { addLine } = writeSheetHead(ws, cols, [
    { text: doc.issuingUnitName.toUpperCase(), bold: true, align: "left" },
    { text: doc.title, bold: true, size: 14 },
    ...doc.lines.map((text) => ({ text, italic: true })),
  ]);
  ws.autoFilter = `A${headerRowNo}:${last}${headerRowNo}`;

  const fieldHeading = (t: FieldTotal & { no?: number }, index: number) => {
    const row = ws.addRow([`${t.no ?? index}. ${t.name} (${t.count})`]);
    row.getCell(1).font = { name: FONT, size: 12, bold: true };
    row.getCell(1).alignment = { vertical: "middle" };
    row.getCell(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF1F5F9" } };
    for (let i = 1; i <= cols.length; i++) row.getCell(i).border = BORDER;
    ws.mergeCells(`A${row.number}:${last}${row.number}`);
    row.commit();
  };

  const order = new Map(doc.totals.map((t, i) => [t.fieldId, i]));
  let nextField = 0; // index in doc.totals of the next heading to write
  const headingsUpTo = (fieldIndex: number) => {
    for (; nextField <= fieldIndex; nextField++) {
      const t = doc.totals[nextField];
      if (doc.showEmptyFields || t.count > 0 || nextField === fieldIndex) fieldHeading(t, nextField + 1);
    }
  };

  // One shared style object per column: exceljs caches the style id per object, so 20,000 rows
  // do not re-serialise fonts and borders cell by cell.
  const cellStyles = columnStyles(doc.columns.map((k) => ({ align: k === "stt" || k === "typical" || k === "expected" ? ("center" as const) : ("left" as const), numFmt: COLUMNS[k].numFmt })));
  let stt = 0;
  for await (const batch of doc.rows) {
    for (const r of batch) {
      const fi = order.get(r.fieldId);
      if (fi !== undefined && fi >= nextField) headingsUpTo(fi);
      stt++;
      const values = cols.map((c) => c.value(r, stt));
      const row = ws.addRow(values);
      for (let i = 0; i < cols.length; i++) row.getCell(i + 1).style = cellStyles[i];
      row.height = rowHeightFor(values.map((v, i) => ({ text: v instanceof Date ? "dd/mm/yyyy" : String(v), width: cols[i].width })));
      row.commit();
    }
  }
  if (doc.showEmptyFields && doc.totals.length) headingsUpTo(doc.totals.length - 1);
  if (stt === 0) addLine({ text: "Không có mô hình, giải pháp, sáng kiến nào phù hợp.", italic: true, align: "left" });

  ws.commit();
  await wb.commit();
  return stt;
}

export function exportTimeLine(at = new Date()): string {
  return `Xuất lúc ${formatDateTimeVN(at)} (giờ Việt Nam)`;
}
