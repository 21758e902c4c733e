import type ExcelJS from "exceljs";
import { findHeaderRow, fold, readCell, unreadableCell, type CellRead, type ImportIssue } from "@/lib/imports/xlsx-read";
import { INITIATIVE_TYPE_LABELS, LEVEL_LABELS } from "@/lib/registrations/labels";
import { registrationFormSchema, type CampaignFormRules, type InitiativeRowInput } from "@/lib/registrations/schemas";

/**
 * Reading a Mẫu 1 filled in Excel (the template of template.ts, or any sheet with the same column
 * headings): each data row becomes a form row and is checked with the form's own schema and the
 * campaign's rules, so that the file and the browser form accept exactly the same things. Every
 * problem is reported by Excel row and column in Vietnamese; nothing is written here.
 */

export const MAU1_COLUMNS = {
  field: "Lĩnh vực",
  content: "Nội dung đăng ký",
  type: "Loại",
  owner: "Chủ trì",
  level: "Cấp đăng ký",
  expected: "Dự kiến tiến độ hoàn thành",
  note: "Ghi chú",
} as const;
export type Mau1Column = keyof typeof MAU1_COLUMNS;
const REQUIRED: Mau1Column[] = ["field", "content", "type", "level", "expected"];

export const OWNER_UNIT_LABEL = "Tập thể đơn vị";
export { MAX_IMPORT_BYTES, loadWorkbook, type ImportIssue } from "@/lib/imports/xlsx-read";

export interface ParsedRow {
  row: number;
  values: InitiativeRowInput;
}

export interface ParseResult {
  rows: ParsedRow[];
  issues: ImportIssue[];
  /** Rows of the file that carried nothing. */
  blank: number;
}

/** "1. Công tác cải cách thể chế" and "công tác cải cách thể chế" name the same field. */
const fieldKey = (s: string) => fold(s).replace(/^\d+\s*[.)]\s*/, "");

/** The same content typed twice (case, spaces) is one row: re-importing a file adds nothing. */
export const contentKey = (fieldId: string, content: string) => `${fieldId}\u0000${fold(content)}`;

/** yyyy-MM-dd from a date cell (exceljs gives UTC midnight), a serial number, or text as typed in Vietnam. */
export function parseDay(c: CellRead): string | null {
  if (c.date) return Number.isNaN(c.date.getTime()) ? null : c.date.toISOString().slice(0, 10);
  const t = c.text.trim();
  if (/^\d+(\.\d+)?$/.test(t) && Number(t) > 20000 && Number(t) < 80000) {
    // An Excel serial day number (days since 1899-12-30).
    return new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(t)) * 86_400_000).toISOString().slice(0, 10);
  }
  let m = t.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  if (m) return isoIfReal(Number(m[3]), Number(m[2]), Number(m[1]));
  m = t.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  if (m) return isoIfReal(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

function isoIfReal(y: number, mo: number, d: number): string | null {
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

const TYPE_BY_LABEL = new Map(Object.entries(INITIATIVE_TYPE_LABELS).map(([k, v]) => [fold(v), k]));
const LEVEL_BY_LABEL = new Map(Object.entries(LEVEL_LABELS).flatMap(([k, v]) => [[fold(v), k] as const, [fold(v.replace(/^Cấp\s+/u, "")), k] as const]));

export interface ParseContext {
  fields: { id: string; name: string }[];
  rules: CampaignFormRules;
  campaignId: string;
  unitId: string;
  /** How many more rows the form can take. */
  room: number;
}

import { MAX_SHEET_ROWS } from "@/lib/imports/xlsx-read";

export function parseMau1Sheet(wb: ExcelJS.Workbook, ctx: ParseContext): ParseResult {
  const issues: ImportIssue[] = [];
  const ws = wb.worksheets.find((w) => w.state !== "hidden" && findHeaderRow<Mau1Column>(w, MAU1_COLUMNS, "content")) ?? null;
  if (!ws) return { rows: [], issues: [{ row: null, column: null, message: `Không tìm thấy dòng tiêu đề có cột “${MAU1_COLUMNS.content}”. Hãy dùng tệp mẫu tải từ cổng.` }], blank: 0 };
  if (ws.actualRowCount > MAX_SHEET_ROWS) {
    return { rows: [], issues: [{ row: null, column: null, message: `Tệp có ${ws.actualRowCount.toLocaleString("vi-VN")} dòng; một Mẫu 1 nhận tối đa ${ctx.room} nội dung. Hãy chia nhỏ tệp.` }], blank: 0 };
  }
  const header = findHeaderRow<Mau1Column>(ws, MAU1_COLUMNS, "content")!;
  for (const k of REQUIRED) if (!header.columns.has(k)) issues.push({ row: header.rowNo, column: MAU1_COLUMNS[k], message: `Thiếu cột “${MAU1_COLUMNS[k]}”.` });
  for (const u of header.unknown) issues.push({ row: header.rowNo, column: u, message: `Cột “${u}” không có trong Mẫu 1: hãy xóa hoặc đổi tên theo tệp mẫu.` });
  if (issues.length) return { rows: [], issues, blank: 0 };

  const fieldByKey = new Map(ctx.fields.map((f) => [fieldKey(f.name), f.id]));
  const schema = registrationFormSchema(ctx.rules);
  const rows: ParsedRow[] = [];
  const seen = new Map<string, number>();
  let blank = 0;
  for (let r = header.rowNo + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells = new Map<Mau1Column, CellRead>();
    for (const [k, col] of header.columns) cells.set(k, readCell(row.getCell(col)));
    const all = [...cells.values()];
    if (all.every((c) => !c.text.trim() && !c.date && !c.formula && !c.error && !c.merged)) {
      blank++;
      continue;
    }
    const before = issues.length;
    for (const [k, c] of cells) {
      const problem = unreadableCell(c);
      if (problem) issues.push({ row: r, column: MAU1_COLUMNS[k], message: problem });
    }
    if (issues.length > before) continue;
    const text = (k: Mau1Column) => cells.get(k)?.text.trim() ?? "";
    const fieldText = text("field");
    const fieldId = fieldByKey.get(fieldKey(fieldText));
    if (fieldText && !fieldId) issues.push({ row: r, column: MAU1_COLUMNS.field, message: `Lĩnh vực “${fieldText}” không thuộc kế hoạch. Chọn một trong: ${ctx.fields.map((f) => f.name).join("; ")}.` });
    const typeText = text("type");
    const type = TYPE_BY_LABEL.get(fold(typeText));
    if (typeText && !type) issues.push({ row: r, column: MAU1_COLUMNS.type, message: `Loại “${typeText}” không hợp lệ: chọn Mô hình, Giải pháp, Sáng kiến hoặc Cách làm hay.` });
    const levelText = text("level");
    const level = LEVEL_BY_LABEL.get(fold(levelText));
    if (levelText && !level) issues.push({ row: r, column: MAU1_COLUMNS.level, message: `Cấp đăng ký “${levelText}” không hợp lệ: chọn Cấp Thành phố hoặc Cấp Sở.` });
    const expectedCell = cells.get("expected") ?? { text: "" };
    const day = parseDay(expectedCell);
    if ((expectedCell.text.trim() || expectedCell.date) && !day) issues.push({ row: r, column: MAU1_COLUMNS.expected, message: `Ngày “${expectedCell.text.trim()}” không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 31/10/2026.` });
    const owner = text("owner");
    const unitOwned = !owner || fold(owner) === fold(OWNER_UNIT_LABEL) || fold(owner) === "tập thể";
    const values: InitiativeRowInput = {
      initiativeId: null,
      fieldId: fieldId ?? (fieldText ? "?" : ""),
      content: text("content"),
      type: (type ?? (typeText ? "?" : "")) as InitiativeRowInput["type"],
      ownerType: unitOwned ? "UNIT" : "INDIVIDUALS",
      ownerNames: unitOwned ? "" : owner,
      expectedCompletion: day ?? "",
      note: text("note"),
      level: (level ?? (levelText ? "?" : "")) as InitiativeRowInput["level"],
      replicatesModelId: null,
    };
    // The form's own schema and the campaign's rules, on this one row.
    const checked = schema.safeParse({ campaignId: ctx.campaignId, unitId: ctx.unitId, registrationId: null, lockVersion: 0, rows: [values], confirmed: false });
    if (!checked.success) {
      const reported = new Set(issues.filter((i) => i.row === r).map((i) => i.column));
      for (const issue of checked.error.issues) {
        const key = String(issue.path[2] ?? "");
        const column = columnOfKey(key);
        if (reported.has(column)) continue;
        reported.add(column);
        issues.push({ row: r, column, message: issue.message });
      }
    }
    if (issues.length > before) continue;
    const dup = seen.get(contentKey(values.fieldId, values.content));
    if (dup) {
      issues.push({ row: r, column: MAU1_COLUMNS.content, message: `Trùng nội dung với dòng ${dup} của tệp.` });
      continue;
    }
    seen.set(contentKey(values.fieldId, values.content), r);
    rows.push({ row: r, values });
  }
  if (rows.length + issues.filter((i) => i.row !== null).length === 0) issues.push({ row: null, column: null, message: "Tệp không có dòng nội dung nào dưới dòng tiêu đề." });
  return { rows, issues, blank };
}

function columnOfKey(key: string): string {
  switch (key) {
    case "fieldId":
      return MAU1_COLUMNS.field;
    case "content":
      return MAU1_COLUMNS.content;
    case "type":
      return MAU1_COLUMNS.type;
    case "ownerType":
    case "ownerNames":
      return MAU1_COLUMNS.owner;
    case "level":
      return MAU1_COLUMNS.level;
    case "expectedCompletion":
      return MAU1_COLUMNS.expected;
    case "note":
      return MAU1_COLUMNS.note;
    default:
      return MAU1_COLUMNS.content;
  }
}
