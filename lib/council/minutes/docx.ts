import "server-only";
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { bodyLines, isHeadingLine, type MinutesDocumentModel } from "./document";

/**
 * The minutes as a Word document in the Nghị định 30/2020 layout: A4, margins 20/15/20/30 mm, Times
 * New Roman 13–14 pt, issuing body and national title side by side, signatures of the secretary and
 * the chair. The secretary can finish it in Word; the portal keeps the text it was made from.
 */

const FONT = "Times New Roman";
const SIZE = 28; // half-points: 14 pt
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE } as const;

const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; allCaps?: boolean } = {}) =>
  new TextRun({ text, font: FONT, size: o.size ?? SIZE, bold: o.bold, italics: o.italics, allCaps: o.allCaps });

const centered = (children: TextRun[], spacingAfter = 0) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: spacingAfter }, children });

/** A short rule under a heading line, as the decree asks ("gạch chân"), drawn as a paragraph border. */
const rule = (widthPct: number) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: convertMillimetersToTwip(((100 - widthPct) / 100) * 40), right: convertMillimetersToTwip(((100 - widthPct) / 100) * 40) },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    spacing: { after: 60 },
    children: [],
  });

function cell(children: Paragraph[], widthPct: number) {
  return new TableCell({ children, width: { size: widthPct, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });
}

export async function minutesDocx(m: MinutesDocumentModel): Promise<Buffer> {
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              centered([run(m.organisationName.toLocaleUpperCase("vi"), { size: 26 })]),
              centered([run("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", { bold: true, size: 26 })]),
              rule(40),
            ],
            40,
          ),
          cell(
            [
              centered([run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 26 })]),
              centered([run("Độc lập - Tự do - Hạnh phúc", { bold: true })]),
              rule(70),
              centered([run(`${m.place}, ${m.dateLine}`, { italics: true })]),
            ],
            60,
          ),
        ],
      }),
    ],
  });

  const body = bodyLines(m.body).map((line) =>
    isHeadingLine(line)
      ? new Paragraph({ spacing: { before: 120, after: 60 }, children: [run(line.trim(), { bold: true })] })
      : new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: /^\s*[-–•]/.test(line) ? undefined : { firstLine: convertMillimetersToTwip(10) },
          spacing: { after: 60, line: 300 },
          children: [run(line.trim())],
        }),
  );

  const signatures = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell([centered([run("THƯ KÝ", { bold: true })]), centered([run("(Ký, ghi rõ họ tên)", { italics: true, size: 24 })], 1200), centered([run(m.secretaryName ?? "", { bold: true })])], 50),
          cell(
            [centered([run("CHỦ TỊCH HỘI ĐỒNG", { bold: true })]), centered([run("(Ký, ghi rõ họ tên)", { italics: true, size: 24 })], 1200), centered([run(m.chairName ?? "", { bold: true })])],
            50,
          ),
        ],
      }),
    ],
  });

  const doc = new Document({
    creator: m.organisationName,
    title: `Biên bản – ${m.sessionTitle}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(20),
              bottom: convertMillimetersToTwip(20),
              left: convertMillimetersToTwip(30),
              right: convertMillimetersToTwip(15),
            },
          },
        },
        children: [
          header,
          ...(m.draft ? [centered([run("DỰ THẢO", { bold: true, size: 24 })], 0)] : []),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 360 }, children: [run("BIÊN BẢN", { bold: true })] }),
          centered([run(m.heading, { bold: true })]),
          centered([run(m.sessionTitle, { italics: true })]),
          rule(25),
          ...body,
          new Paragraph({ spacing: { after: 240 }, children: [] }),
          signatures,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
