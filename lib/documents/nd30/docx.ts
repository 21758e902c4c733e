import "server-only";
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { headerLayout, MOTTO, NATIONAL_TITLE, type HeaderLine } from "./header-layout";
import type { Align, Nd30Block, OfficialDocument, Signer } from "./model";

/**
 * The one Word layout of every official document (Nghị định 30/2020/NĐ-CP, Phụ lục I): A4, margins
 * 20/20/30/15 mm, Times New Roman 14 pt (tables 12 pt), the header block laid out by header-layout.ts,
 * the number and symbol, place and date in italics, the type and summary with the short rule, the
 * body, page numbers centred at the top from page 2, and "Nơi nhận" with the signature kept on the
 * page of the body's last lines.
 */

const FONT = "Times New Roman";
const BODY = 28; // half-points: 14 pt
const SMALL = 24; // 12 pt
const pt = (n: number) => n * 2;
const mm = convertMillimetersToTwip;

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE } as const;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE } as const;

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

type RunOpts = { bold?: boolean; italics?: boolean; size?: number };
const run = (text: string, o: RunOpts = {}) => new TextRun({ text, font: FONT, size: o.size ?? BODY, bold: o.bold, italics: o.italics });

function centered(children: TextRun[], o: { before?: number; after?: number; keepNext?: boolean } = {}) {
  return new Paragraph({ alignment: AlignmentType.CENTER, keepNext: o.keepNext ?? true, keepLines: true, spacing: { before: o.before ?? 0, after: o.after ?? 0 }, children });
}

/** The short rule under the issuer, the motto and the summary, drawn as a top border of an empty paragraph. */
function rule(widthMm: number, columnMm: number) {
  const side = Math.max(0, (columnMm - widthMm) / 2);
  return new Paragraph({
    keepNext: true,
    indent: { left: mm(side), right: mm(side) },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    spacing: { after: 40 },
    children: [],
  });
}

const plainCell = (children: Paragraph[], widthTwip: number) =>
  new TableCell({ children, width: { size: widthTwip, type: WidthType.DXA }, borders: NO_BORDERS, margins: { left: 0, right: 0, top: 0, bottom: 0 } });

const headerLines = (lines: HeaderLine[], bold: boolean) => lines.map((l) => centered([run(l.text, { bold, size: pt(l.sizePt) })]));

function headerBlock(d: OfficialDocument, textMm: number): Table {
  const h = headerLayout({ parentBody: d.parentBody, issuingBody: d.issuingBody, placeDate: d.placeDate, textWidthMm: textMm });
  const issuerRuleMm = Math.min(h.leftMm - 10, Math.max(20, h.leftMm * 0.4));
  const mottoRuleMm = Math.min(h.rightMm - 4, 62);
  const left: Paragraph[] = [
    ...headerLines(h.parent, false),
    ...headerLines(h.issuer, true),
    rule(issuerRuleMm, h.leftMm),
    ...(d.numberLine ? [centered([run(d.numberLine, { size: 26 })], { before: 80 })] : []),
  ];
  const right: Paragraph[] = [
    centered([run(NATIONAL_TITLE, { bold: true, size: pt(h.nationalTitlePt) })]),
    centered([run(MOTTO, { bold: true, size: pt(h.mottoPt) })]),
    rule(mottoRuleMm, h.rightMm),
    centered([run(d.placeDate, { italics: true, size: pt(h.placeDatePt) })], { before: 80 }),
  ];
  const total = h.leftMm + h.rightMm;
  return new Table({
    width: { size: mm(total), type: WidthType.DXA },
    columnWidths: [mm(h.leftMm), mm(h.rightMm)],
    indent: { size: -mm(Math.max(0, total - textMm)), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [plainCell(left, mm(h.leftMm)), plainCell(right, mm(h.rightMm))] })],
  });
}

function tableCell(text: string, widthTwip: number, o: { bold?: boolean; align?: Align; columnSpan?: number; italics?: boolean; keepNext?: boolean } = {}) {
  return new TableCell({
    width: { size: widthTwip, type: WidthType.DXA },
    columnSpan: o.columnSpan,
    verticalAlign: VerticalAlign.TOP,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: text
      .split("\n")
      .map((line) => new Paragraph({ alignment: ALIGN[o.align ?? "left"], keepNext: o.keepNext, children: [run(line, { bold: o.bold, italics: o.italics, size: SMALL })] })),
  });
}

function table(b: Extract<Nd30Block, { kind: "table" }>, textMm: number): Table {
  const sum = b.columns.reduce((s, c) => s + c.width, 0);
  const widths = b.columns.map((c) => Math.round((mm(textMm) * c.width) / sum));
  const last = b.rows.length - 1;
  return new Table({
    width: { size: mm(textMm), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: b.columns.map((c, i) => tableCell(c.title, widths[i], { bold: true, align: "center" })) }),
      ...(b.rows.length
        ? b.rows.map((r, ri) =>
            Array.isArray(r)
              ? new TableRow({
                  cantSplit: true,
                  children: b.columns.map((c, i) => tableCell(r[i] ?? "", widths[i], { align: c.align, bold: b.boldLastRow === true && ri === last })),
                })
              : new TableRow({ cantSplit: true, children: [tableCell(r.group, mm(textMm), { columnSpan: b.columns.length, bold: true, keepNext: true })] }),
          )
        : [new TableRow({ children: [tableCell(b.emptyText ?? "Không có nội dung.", mm(textMm), { columnSpan: b.columns.length, italics: true })] })]),
    ],
  });
}

function blockElements(b: Nd30Block, textMm: number, keepNext: boolean): (Paragraph | Table)[] {
  switch (b.kind) {
    case "heading":
      return [new Paragraph({ keepNext: true, keepLines: true, spacing: { before: 120, after: 60 }, children: [run(b.text, { bold: true })] })];
    case "para":
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          keepNext,
          indent: { firstLine: mm(10) },
          spacing: { after: 80, line: 300 },
          children: [...(b.lead ? [run(`${b.lead} `, { bold: true })] : []), run(b.text, { italics: b.italics, bold: b.bold })],
        }),
      ];
    case "item":
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, keepNext, indent: { left: mm(10) }, spacing: { after: 60, line: 300 }, children: [run(`- ${b.text}`)] })];
    case "centered":
      return [centered([run(b.text, { bold: b.bold, italics: b.italics })], { after: 80, before: 80, keepNext: true })];
    case "table":
      return [table(b, textMm), new Paragraph({ spacing: { after: 60 }, keepNext, children: [] })];
  }
}

function body(blocks: Nd30Block[], textMm: number): (Paragraph | Table)[] {
  // The last two paragraphs stay on the page of what follows them (the signature block).
  const last = blocks.length - 1;
  return blocks.flatMap((b, i) => blockElements(b, textMm, i >= last - 1));
}

function signerParagraphs(s: Signer): Paragraph[] {
  return [
    ...(s.authority ?? []).map((a) => centered([run(a, { bold: true })])),
    centered([run(s.title, { bold: true })]),
    ...(s.note ? [centered([run(s.note, { italics: true, size: SMALL })])] : []),
    // Room for the signature and the seal.
    new Paragraph({ keepNext: true, spacing: { after: 1300 }, children: [] }),
    centered([run(s.name ?? "", { bold: true })], { keepNext: false }),
  ];
}

function recipientParagraphs(lines: string[]): Paragraph[] {
  return [
    new Paragraph({ keepNext: true, children: [run("Nơi nhận:", { bold: true, italics: true, size: SMALL })] }),
    ...lines.map((r) => new Paragraph({ keepNext: true, children: [run(r, { size: 22 })] })),
  ];
}

function signatureBlock(recipients: string[], leftSigner: Signer | null | undefined, signer: Signer, textMm: number): Table {
  const left = leftSigner ? signerParagraphs(leftSigner) : recipients.length ? recipientParagraphs(recipients) : [new Paragraph({ children: [] })];
  const half = mm(textMm / 2);
  return new Table({
    width: { size: mm(textMm), type: WidthType.DXA },
    columnWidths: [half, half],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [plainCell(left, half), plainCell(signerParagraphs(signer), half)] })],
  });
}

function titleBlock(title: string[], summary: string[], subtitle: string[], draft: boolean, textMm: number): Paragraph[] {
  return [
    ...(draft ? [centered([run("DỰ THẢO", { bold: true, size: SMALL })], { before: 120 })] : []),
    ...title.map((t, i) => centered([run(t, { bold: true })], { before: i === 0 ? 360 : 0 })),
    ...summary.map((s) => centered([run(s, { bold: true })])),
    ...subtitle.map((s) => centered([run(s, { italics: true })])),
    rule(Math.min(50, textMm / 3), textMm),
  ];
}

/** The .docx of an official document. */
export async function renderOfficialDocx(d: OfficialDocument): Promise<Buffer> {
  const landscape = d.orientation === "landscape";
  const pageWidthMm = landscape ? 297 : 210;
  const textMm = pageWidthMm - 30 - 15;
  const children: (Paragraph | Table)[] = [
    headerBlock(d, textMm),
    ...titleBlock([d.title], d.summary, d.subtitle ?? [], d.draft === true, textMm),
    ...(d.authority ? [centered([run(d.authority.toLocaleUpperCase("vi"), { bold: true })], { before: 120, after: 120 })] : []),
    ...(d.addressee ?? []).map((a) => centered([run(a)], { before: 120, after: 120 })),
    ...body(d.blocks, textMm),
    new Paragraph({ keepNext: true, spacing: { after: 120 }, children: [] }),
    signatureBlock(d.recipients, d.leftSigner, d.signer, textMm),
  ];
  if (d.annex) {
    children.push(
      new Paragraph({ pageBreakBefore: true, alignment: AlignmentType.CENTER, keepNext: true, children: d.annex.title.length ? [run(d.annex.title[0], { bold: true })] : [] }),
      ...d.annex.title.slice(1).map((t) => centered([run(t, { bold: true })])),
      ...d.annex.subtitle.map((s) => centered([run(s, { italics: true })])),
      rule(Math.min(50, textMm / 3), textMm),
      ...body(d.annex.blocks, textMm),
      ...(d.annex.signer ? [signatureBlock([], null, d.annex.signer, textMm)] : []),
    );
  }
  const pageNumber = new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font: FONT, size: 26, children: [PageNumber.CURRENT] })] })],
  });
  const doc = new Document({
    creator: d.meta.creator,
    title: d.meta.title,
    styles: { default: { document: { run: { font: FONT, size: BODY }, paragraph: { spacing: { line: 276 } } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mm(210), height: mm(297), orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) },
          },
        },
        headers: { default: pageNumber, first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
