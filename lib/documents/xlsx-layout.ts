import type ExcelJS from "exceljs";

/**
 * Row heights for wrapped text in XLSX (issue 15, point 3). Excel and LibreOffice do not grow a row to
 * fit wrapped text written by a library, and never a merged cell's: text then overlaps the rows below
 * when printed. The height is estimated from the text and the column widths (pure, tested).
 *
 * A column width is in "characters" of the default font (Calibri 11); Times New Roman 12 pt sets about
 * 1.1 of them per character on average for Vietnamese text. A line of 12 pt takes about 15.75 pt.
 */

const CHARS_PER_WIDTH = 1 / 1.1;

export function linesNeeded(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor((width - 1) * CHARS_PER_WIDTH));
  return String(text)
    .split(/\r?\n/)
    .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/** The height in points a row needs so that each cell's text, wrapped in its column, shows whole. */
export function rowHeightFor(cells: readonly { text: string; width: number }[], fontSize = 12): number {
  const line = fontSize * 1.3125; // 15.75 pt at 12 pt
  const lines = Math.max(1, ...cells.map((c) => linesNeeded(c.text, c.width)));
  // Excel caps a row at 409 pt.
  return Math.min(409, Math.ceil(lines * line + 3));
}

/**
 * The height of a title line merged across the table: a larger font fits fewer letters in the width, and
 * upper-case Vietnamese stacks its marks above the capitals (Ế, Ộ), which a 12 pt line height clips on the
 * first line when printed ("BÁO CÁO SƠ KẾT" read "BAO CAO SO KET" in LibreOffice).
 */
export function titleRowHeight(text: string, width: number, fontSize = 12): number {
  const lines = linesNeeded(text, (width * 12) / fontSize);
  return Math.min(409, Math.ceil(lines * fontSize * 1.5 + 4));
}

/**
 * The worksheet options every exported table shares: the header row frozen and repeated on every
 * printed page, A4 landscape one page wide, page numbers in the footer.
 */
export function printableSheetOptions(headerRowNo: number) {
  return {
    views: [{ state: "frozen" as const, ySplit: headerRowNo, xSplit: 0 }],
    pageSetup: {
      orientation: "landscape" as const,
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRowNo}:${headerRowNo}`,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: "&CTrang &P/&N" },
  };
}

/** The type, rule and fill of every exported table (Times New Roman as the documents; thin grey rules). */
export const XLSX_FONT = "Times New Roman";
const thin = { style: "thin" as const, color: { argb: "FF808080" } };
export const XLSX_BORDER = { top: thin, left: thin, bottom: thin, right: thin };
const HEADER_FILL = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: "FFE2E8F0" } };

/** Column letters of a 1-based index beyond Z too (AA, AB…): a rubric can have many criteria. */
export function columnLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export interface TitleLine {
  text: string;
  bold?: boolean;
  size?: number;
  italic?: boolean;
  align?: "left" | "center";
}

/**
 * The head of an exported table, in rows 1…: each title line merged across the table and sized to its
 * text (a merged cell never grows to it), then the bold, ruled, shaded header row (row `lines.length + 1`,
 * the one printableSheetOptions freezes and repeats). Works on a streamed sheet (rows are committed).
 * Returns `addLine` for a line written later (e.g. "Không có dữ liệu.").
 */
export function writeSheetHead(ws: ExcelJS.Worksheet, columns: readonly { header: string; width: number }[], lines: readonly TitleLine[]) {
  const last = columnLetter(columns.length);
  const totalWidth = columns.reduce((n, c) => n + c.width, 0);
  const addLine = (l: TitleLine) => {
    const row = ws.addRow([l.text]);
    row.getCell(1).font = { name: XLSX_FONT, size: l.size ?? 12, bold: !!l.bold, italic: !!l.italic };
    row.getCell(1).alignment = { horizontal: l.align ?? "center", vertical: "middle", wrapText: true };
    ws.mergeCells(`A${row.number}:${last}${row.number}`);
    row.height = titleRowHeight(l.text, totalWidth, l.size ?? 12);
    row.commit();
  };
  for (const l of lines) addLine(l);
  const header = ws.addRow(columns.map((c) => c.header));
  header.height = rowHeightFor(columns.map((c) => ({ text: c.header, width: c.width })));
  header.eachCell((cell) => {
    cell.font = { name: XLSX_FONT, size: 12, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = XLSX_BORDER;
    cell.fill = HEADER_FILL;
  });
  header.commit();
  return { addLine, last, headerRowNo: lines.length + 1 };
}

/**
 * One shared style object per column: exceljs caches the style id per object, so 20,000 rows do not
 * re-serialise fonts and borders cell by cell.
 */
export function columnStyles(columns: readonly { align?: "left" | "center" | "right"; numFmt?: string }[]) {
  return columns.map((c) => ({
    font: { name: XLSX_FONT, size: 12 },
    border: XLSX_BORDER,
    alignment: { vertical: "top" as const, wrapText: true, horizontal: c.align ?? ("left" as const) },
    ...(c.numFmt ? { numFmt: c.numFmt } : {}),
  }));
}
