import "server-only";
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { cell, centered, FONT, NO_BORDERS, rule, run, SIZE } from "@/lib/documents/docx-nd30";
import type { AppraisalMinutesModel } from "./document";

/**
 * The appraisal minutes as a Word document in the Nghị định 30/2020 layout: A4, margins 20/15/20/30 mm,
 * Times New Roman 14 pt (tables 12 pt), issuing body beside the national title and motto, page numbers
 * from page 2, the results table with its header repeated on every page and rows never split, the end
 * of the conclusion kept with the signatures.
 */

const TABLE_SIZE = 24; // 12 pt
const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const GRID = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line } as const;

/** Widths of the results table in percent: STT, Hạng, Nội dung, Đơn vị, Tổng điểm, Kết luận. */
const WIDTHS = [7, 12, 35, 18, 10, 18];

function tableCell(text: string, widthPct: number, o: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) {
  return new TableCell({
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.TOP,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [new Paragraph({ alignment: o.align ?? AlignmentType.LEFT, children: [run(text, { bold: o.bold, size: TABLE_SIZE })] })],
  });
}

const fixedCell = (children: Paragraph[], mm: number) =>
  new TableCell({ children, width: { size: convertMillimetersToTwip(mm), type: WidthType.DXA }, borders: NO_BORDERS, margins: { left: 0, right: 0 } });

function resultsTable(m: AppraisalMinutesModel): Table {
  const head = ["STT", "Hạng", "Nội dung", "Đơn vị", "Tổng điểm", "Kết luận"];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    borders: GRID,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: head.map((h, i) => tableCell(h, WIDTHS[i], { bold: true, align: AlignmentType.CENTER })),
      }),
      ...(m.table.length
        ? m.table.map(
            (r) =>
              new TableRow({
                cantSplit: true,
                children: [
                  tableCell(r.no, WIDTHS[0], { align: AlignmentType.CENTER }),
                  tableCell(r.rank, WIDTHS[1], { align: AlignmentType.CENTER }),
                  tableCell(r.content, WIDTHS[2]),
                  tableCell(r.unitName, WIDTHS[3]),
                  tableCell(r.total, WIDTHS[4], { align: AlignmentType.CENTER }),
                  tableCell(r.verdict, WIDTHS[5]),
                ],
              }),
          )
        : [
            new TableRow({
              children: [
                new TableCell({
                  columnSpan: 6,
                  children: [new Paragraph({ children: [run("Không có nội dung.", { italics: true, size: TABLE_SIZE })] })],
                }),
              ],
            }),
          ]),
    ],
  });
}

export async function appraisalMinutesDocx(m: AppraisalMinutesModel): Promise<Buffer> {
  // The header is a little wider than the text (into the left margin) so that the national title, the
  // motto and the place and date each stand on one line; the body name is two deliberate lines.
  const leftMm = 68;
  const rightMm = 105;
  const header = new Table({
    width: { size: convertMillimetersToTwip(leftMm + rightMm), type: WidthType.DXA },
    columnWidths: [convertMillimetersToTwip(leftMm), convertMillimetersToTwip(rightMm)],
    indent: { size: -convertMillimetersToTwip(leftMm + rightMm - 165), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          fixedCell(
            [
              ...m.parentLines.map((l) => centered([run(l.toLocaleUpperCase("vi"), { size: 24 })])),
              ...m.bodyLines.map((l) => centered([run(l, { bold: true, size: 24 })])),
              rule(40),
              centered([run(m.numberLine, { size: 26 })], 0, 60),
            ],
            leftMm,
          ),
          fixedCell(
            [
              centered([run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 24 })]),
              centered([run("Độc lập - Tự do - Hạnh phúc", { bold: true, size: 26 })]),
              rule(62),
              centered([run(m.placeDate, { italics: true, size: 26 })], 0, 60),
            ],
            rightMm,
          ),
        ],
      }),
    ],
  });

  const body: (Paragraph | Table)[] = [];
  const last = m.blocks.length - 1;
  m.blocks.forEach((b, i) => {
    // The end of the conclusion stays on the page of the closing line and the signatures.
    const keepNext = i >= last - 1;
    if (b.kind === "table") body.push(resultsTable(m), new Paragraph({ spacing: { after: 60 }, children: [] }));
    else if (b.kind === "heading") body.push(new Paragraph({ keepNext: true, spacing: { before: 120, after: 60 }, children: [run(b.text, { bold: true })] }));
    else
      body.push(
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          keepNext,
          indent: b.kind === "item" ? { left: convertMillimetersToTwip(10) } : { firstLine: convertMillimetersToTwip(10) },
          spacing: { after: 60, line: 288 },
          children: [run(b.text)],
        }),
      );
  });
  body.push(
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      keepNext: true,
      keepLines: true,
      indent: { firstLine: convertMillimetersToTwip(10) },
      spacing: { after: 240, line: 288 },
      children: [run(m.closing)],
    }),
  );

  const signBlock = (title: string, name: string) =>
    cell(
      [
        new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [run(title, { bold: true })] }),
        new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { after: 1300 }, children: [run("(Ký, ghi rõ họ tên)", { italics: true, size: 24 })] }),
        new Paragraph({ alignment: AlignmentType.CENTER, children: [run(name, { bold: true })] }),
      ],
      50,
    );
  const signatures = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [signBlock("NGƯỜI GHI BIÊN BẢN", m.recorderName), signBlock("CHỦ TRÌ", m.chairName)] })],
  });

  const pageNumber = new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font: FONT, size: 26, children: [PageNumber.CURRENT] })] })],
  });

  const doc = new Document({
    creator: m.parentName,
    title: `Biên bản thẩm định – ${m.subtitle}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(20),
              bottom: convertMillimetersToTwip(20),
              left: convertMillimetersToTwip(30),
              right: convertMillimetersToTwip(15),
              header: convertMillimetersToTwip(10),
            },
          },
        },
        headers: { default: pageNumber, first: new Header({ children: [new Paragraph({ children: [] })] }) },
        footers: { first: new Footer({ children: [new Paragraph({ children: [] })] }) },
        children: [
          header,
          ...(m.draft ? [centered([run("DỰ THẢO", { bold: true, size: 24 })], 0, 120)] : []),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 360 }, children: [run(m.title, { bold: true })] }),
          centered([run(m.summary, { bold: true })]),
          centered([run(m.subtitle, { italics: true })]),
          rule(25),
          ...body,
          signatures,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
