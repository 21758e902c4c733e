import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { DomainError } from "@/lib/actions/result";

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

/**
 * More than `limit` rows in a sheet, counted by streaming through the file and stopping there: a
 * 5 MB file can hold hundreds of thousands of rows, which the full reader would hold in memory (about
 * 700 MB for 100,000). Null when the file cannot be read.
 */
export const TOO_MANY_ROWS = `Tệp có hơn ${MAX_SHEET_ROWS.toLocaleString("vi-VN")} dòng: quá nhiều cho một lần nhập. Hãy chia nhỏ tệp.`;

export async function tooManyRows(bytes: Buffer, limit: number): Promise<number | null | false> {
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), { worksheets: "emit", sharedStrings: "ignore", hyperlinks: "ignore", styles: "ignore", entries: "ignore" });
    for await (const sheet of reader) {
      let n = 0;
      for await (const row of sheet as AsyncIterable<unknown>) {
        void row;
        if (++n > limit) return n;
      }
    }
    return false;
  } catch {
    return null;
  }
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

export interface DataRow<K extends string> {
  row: number;
  cells: Map<K, CellRead>;
  text: (k: K) => string;
}

/**
 * The rows under the header that carry something, each cell read; a cell that cannot be read as a
 * value (a formula, an Excel error, a merged cell, a date where text is expected) is reported in
 * `issues` and its row left out.
 */
export function readDataRows<K extends string>(
  ws: ExcelJS.Worksheet,
  header: { rowNo: number; columns: Map<K, number> },
  labels: Record<K, string>,
  issues: ImportIssue[],
  o: { datesAsText?: boolean } = {},
): DataRow<K>[] {
  const out: DataRow<K>[] = [];
  for (let r = header.rowNo + 1; r <= ws.rowCount; r++) {
    const cells = new Map<K, CellRead>();
    for (const [k, col] of header.columns) cells.set(k, readCell(ws.getRow(r).getCell(col)));
    if ([...cells.values()].every((c) => !c.text.trim() && !c.date && !c.formula && !c.error && !c.merged)) continue;
    let bad = false;
    for (const [k, c] of cells) {
      const problem = unreadableCell(c) ?? (c.date && !o.datesAsText ? "Ô chứa ngày tháng: hãy nhập chữ." : null);
      if (problem) {
        issues.push({ row: r, column: labels[k], message: problem });
        bad = true;
      }
    }
    if (!bad) out.push({ row: r, cells, text: (k: K) => cells.get(k)?.text.trim() ?? "" });
  }
  return out;
}

/** A row the whole-file transaction could not write: it rolls back, and the row is reported. */
export class ImportRowFailure extends Error {
  constructor(readonly issue: ImportIssue) {
    super(issue.message);
  }
}

/** A DomainError of the form's own mutation, as an ImportRowFailure on the file's row and column. */
export function asRowFailure(err: unknown, row: number, columnOfField: (field: string) => string): unknown {
  // A refusal of permission stays what it is (403), whatever row raised it.
  if (!(err instanceof DomainError) || err.code === "FORBIDDEN") return err;
  const [field, message] = Object.entries(err.fieldErrors ?? {})[0] ?? [null, err.message];
  return new ImportRowFailure({ row, column: field ? columnOfField(field) : null, message: String(message) });
}
