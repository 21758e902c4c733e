import "server-only";
import {
  AlignmentType,
  convertMillimetersToTwip,
  Document,
  Packer,
  Paragraph,
  Table,
  TableLayoutType,
  TableRow,
  WidthType,
} from "docx";
import { cell, centered, FONT, NO_BORDERS, rule, run, SIZE } from "@/lib/documents/docx-nd30";
import { bodyLines, isHeadingLine, type MinutesDocumentModel } from "./document";

/**
 * The minutes as a Word document in the Nghị định 30/2020 layout: A4, margins 20/15/20/30 mm, Times
 * New Roman 13–14 pt, issuing body and national title side by side, signatures of the secretary and
 * the chair. The secretary can finish it in Word; the portal keeps the text it was made from.
 */

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
