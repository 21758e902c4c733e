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
