import ExcelJS from "exceljs";

/**
 * Reading spreadsheets that people filled in Excel or LibreOffice (the imports of Mẫu 1 and of the
 * unit list): an .xlsx only (a ZIP, checked before parsing), each cell read as text, a date, or a
 * refusal (a formula, an Excel error, a merged cell), and problems reported by row and column.
 */

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** More rows than any list the portal imports: the file is refused before its rows are read. */
export const MAX_SHEET_ROWS = 2000;

export interface ImportIssue {
  /** Excel's row number (1-based), null for the file as a whole. */
  row: number | null;
  column: string | null;
  message: string;
}

export type CellRead = { text: string; date?: Date; formula?: boolean; merged?: boolean; error?: boolean };

export const fold = (s: string) =>
  s
    .normalize("NFC")
    .toLocaleLowerCase("vi")
    .replace(/\s+/g, " ")
    .trim();

export function readCell(cell: ExcelJS.Cell): CellRead {
  const v = cell.value;
  if (cell.isMerged) return { text: "", merged: true };
  if (v === null || v === undefined) return { text: "" };
  if (v instanceof Date) return { text: "", date: v };
  if (typeof v === "object") {
    if ("formula" in v || "sharedFormula" in v) return { text: "", formula: true };
    if ("error" in v) return { text: "", error: true };
    if ("richText" in v) return { text: v.richText.map((r) => r.text).join("") };
    if ("text" in v) return { text: String(v.text) };
    return { text: "" };
  }
  return { text: String(v) };
}

/** The message for a cell that cannot be read as a value, or null. */
export function unreadableCell(c: CellRead): string | null {
  if (c.merged) return "Ô đã gộp (merge): hãy bỏ gộp ô và nhập giá trị vào từng ô.";
  if (c.formula) return "Ô chứa công thức: hãy nhập giá trị, không dùng công thức.";
  if (c.error) return "Ô chứa lỗi của Excel (#…): hãy nhập lại giá trị.";
  return null;
}

export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook | null> {
  // An .xlsx is a ZIP: refuse anything else before handing it to the parser.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return null;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    return wb;
  } catch {
    return null;
  }
}

/** The first row among the first 15 holding `marker`, with the columns named as `headers` (folded). */
export function findHeaderRow<K extends string>(ws: ExcelJS.Worksheet, headers: Record<K, string>, marker: K): { rowNo: number; columns: Map<K, number>; unknown: string[] } | null {
  for (let r = 1; r <= Math.min(15, ws.rowCount); r++) {
    const names: { col: number; text: string }[] = [];
    ws.getRow(r).eachCell({ includeEmpty: false }, (cell, col) => names.push({ col, text: readCell(cell).text }));
    if (!names.some((n) => fold(n.text) === fold(headers[marker]))) continue;
    const columns = new Map<K, number>();
    const unknown: string[] = [];
    for (const n of names) {
      const key = (Object.keys(headers) as K[]).find((k) => fold(headers[k]) === fold(n.text));
      if (key) columns.set(key, n.col);
      else if (n.text.trim() && !/^stt$/i.test(n.text.trim())) unknown.push(n.text.trim());
    }
    return { rowNo: r, columns, unknown };
  }
  return null;
}
