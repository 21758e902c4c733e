import "server-only";
import { AlignmentType, BorderStyle, convertMillimetersToTwip, Document, Header, Packer, PageNumber, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from "docx";
import { cell, centered, FONT, NO_BORDERS, rule, run, SIZE } from "@/lib/documents/docx-nd30";

/**
 * The round's report (báo cáo kết quả khảo sát) as a Word document in the Nghị định 30/2020 layout: A4,
 * margins 20/15/20/30 mm, Times New Roman 14 pt, the issuing body beside the national title and motto,
 * page numbers from page 2, the proposals table with its header repeated, Nơi nhận and the leader's
 * signature kept together with the end of the text.
 */
export interface SurveyReportModel {
  parentName: string | null;
  bodyName: string;
  numberLine: string;
  placeDate: string;
  subtitle: string;
  summary: string;
  assessment: string;
  proposalsText: string;
  proposals: { content: string; unitName: string; proposal: string }[];
  recipients: string[];
  signerTitle: string;
  signerName: string;
  draft: boolean;
}

const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const GRID = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line } as const;
const WIDTHS = [8, 44, 24, 24];

const tcell = (text: string, pct: number, bold = false, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) =>
  new TableCell({
    width: { size: pct, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.TOP,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [new Paragraph({ alignment: align, children: [run(text, { bold, size: 24 })] })],
  });

const paragraphs = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trimEnd())
    .filter((l) => l.trim())
    .map((l) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: convertMillimetersToTwip(10) }, spacing: { after: 60, line: 288 }, children: [run(l.trim())] }));

const heading = (text: string) => new Paragraph({ keepNext: true, spacing: { before: 120, after: 60 }, children: [run(text, { bold: true })] });

export async function surveyReportDocx(m: SurveyReportModel): Promise<Buffer> {
  const leftMm = 70;
  const rightMm = 100;
  const fixed = (children: Paragraph[], mm: number) => new TableCell({ children, width: { size: convertMillimetersToTwip(mm), type: WidthType.DXA }, borders: NO_BORDERS, margins: { left: 0, right: 0 } });
  const header = new Table({
    width: { size: convertMillimetersToTwip(leftMm + rightMm), type: WidthType.DXA },
    columnWidths: [convertMillimetersToTwip(leftMm), convertMillimetersToTwip(rightMm)],
    indent: { size: -convertMillimetersToTwip(leftMm + rightMm - 165), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          fixed(
            [
              ...(m.parentName ? [centered([run(m.parentName.toLocaleUpperCase("vi"), { size: 24 })])] : []),
              centered([run(m.bodyName.toLocaleUpperCase("vi"), { bold: true, size: 24 })]),
              rule(40),
              centered([run(m.numberLine, { size: 26 })], 0, 60),
            ],
            leftMm,
          ),
          fixed(
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
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    borders: GRID,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: ["STT", "Mô hình, giải pháp, sáng kiến", "Đơn vị", "Đề xuất"].map((h, i) => tcell(h, WIDTHS[i], true, AlignmentType.CENTER)) }),
      ...m.proposals.map((p, i) => new TableRow({ cantSplit: true, children: [tcell(String(i + 1), WIDTHS[0], false, AlignmentType.CENTER), tcell(p.content, WIDTHS[1]), tcell(p.unitName, WIDTHS[2]), tcell(p.proposal, WIDTHS[3])] })),
    ],
  });
  const recipients = [
    new Paragraph({ keepNext: true, children: [run("Nơi nhận:", { bold: true, italics: true, size: 24 })] }),
    ...m.recipients.map((r) => new Paragraph({ keepNext: true, children: [run(`- ${r}`, { size: 22 })] })),
  ];
  const sign = [
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [run(m.signerTitle.toLocaleUpperCase("vi"), { bold: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { after: 1300 }, children: [run("(Ký, ghi rõ họ tên)", { italics: true, size: 24 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(m.signerName, { bold: true })] }),
  ];
  const closing = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [cell(recipients, 50), cell(sign, 50)] })],
  });
  const doc = new Document({
    creator: m.bodyName,
    title: `Báo cáo kết quả khảo sát – ${m.subtitle}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: { top: convertMillimetersToTwip(20), bottom: convertMillimetersToTwip(20), left: convertMillimetersToTwip(30), right: convertMillimetersToTwip(15), header: convertMillimetersToTwip(10) },
          },
        },
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font: FONT, size: 26, children: [PageNumber.CURRENT] })] })] }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children: [
          header,
          ...(m.draft ? [centered([run("DỰ THẢO", { bold: true, size: 24 })], 0, 120)] : []),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 360 }, children: [run("BÁO CÁO", { bold: true })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(m.subtitle, { bold: true })] }),
          heading("I. KẾT QUẢ KHẢO SÁT"),
          ...paragraphs(m.summary),
          heading("II. ĐÁNH GIÁ CHUNG"),
          ...paragraphs(m.assessment),
          heading("III. ĐỀ XUẤT, KIẾN NGHỊ"),
          ...paragraphs(m.proposalsText),
          ...(m.proposals.length ? [table, new Paragraph({ spacing: { after: 240 }, children: [] })] : []),
          closing,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
