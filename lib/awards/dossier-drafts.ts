import "server-only";
import {
  AlignmentType,
  convertMillimetersToTwip,
  Document,
  Packer,
  Paragraph,
} from "docx";
import { centered, FONT, rule, run, SIZE, twoColumns } from "@/lib/documents/docx-nd30";
import { draftDocument, type DraftBlock, type DraftKind, type DraftModel } from "./proposals/dossier-text";

/**
 * Drafts of the three dossier documents as Word files (.docx), in the Nghị định 30/2020/NĐ-CP layout:
 * A4, margins 20/15/20/30 mm, Times New Roman 13–14 pt, the issuing body (the organisation above,
 * the proposing unit in bold) beside the national title and motto, number placeholder, place and
 * date, the type and summary of the document, the body, signature and recipients. The text itself
 * comes from lib/awards/dossier-text.ts (pure); the unit downloads the draft, completes and signs it,
 * and uploads the signed version in its place.
 */

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

function blockParagraphs(b: DraftBlock): Paragraph[] {
  switch (b.type) {
    case "heading":
      return [new Paragraph({ spacing: { before: 160, after: 60 }, children: [run(b.text, { bold: true })] })];
    case "para":
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: convertMillimetersToTwip(10) },
          spacing: { after: 80, line: 312 },
          children: [run(b.text, { italics: b.italics, bold: b.bold })],
        }),
      ];
    case "item":
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { left: convertMillimetersToTwip(10) }, spacing: { after: 60, line: 300 }, children: [run(`- ${b.text}`)] })];
    case "centered":
      return [centered([run(b.text, { bold: b.bold, italics: b.italics })], 80)];
  }
}

/** The .docx of a draft document of the dossier. */
export async function dossierDraftDocx(kind: DraftKind, m: DraftModel): Promise<{ buffer: Buffer; fileName: string }> {
  const d = draftDocument(kind, m);
  const header = twoColumns(
    [
      centered([run(d.parentBody.toLocaleUpperCase("vi"), { size: 26 })]),
      centered([run(d.issuingBody.toLocaleUpperCase("vi"), { bold: true, size: 26 })]),
      rule(40),
      centered([run(d.numberLine, { size: 26 })]),
    ],
    [
      centered([run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 26 })]),
      centered([run("Độc lập - Tự do - Hạnh phúc", { bold: true })]),
      rule(70),
      centered([run(d.placeAndDate, { italics: true })]),
    ],
  );
  const signatures = twoColumns(
    d.recipients.length
      ? [
          new Paragraph({ children: [run("Nơi nhận:", { bold: true, italics: true, size: 24 })] }),
          ...d.recipients.map((r) => new Paragraph({ children: [run(r, { size: 22 })] })),
        ]
      : d.leftSigner
        ? [centered([run(d.leftSigner.title, { bold: true })]), centered([run(d.leftSigner.note, { italics: true, size: 24 })], 1400), centered([run(d.leftSigner.name ?? "", { bold: true })])]
        : [new Paragraph({ children: [] })],
    [centered([run(d.signer.title, { bold: true })]), centered([run(d.signer.note, { italics: true, size: 24 })], 1400), centered([run(d.signer.name ?? "", { bold: true })])],
    50,
  );
  const doc = new Document({
    creator: d.issuingBody,
    title: `${d.title} – ${m.nominee.name}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: { top: convertMillimetersToTwip(20), bottom: convertMillimetersToTwip(20), left: convertMillimetersToTwip(30), right: convertMillimetersToTwip(15) },
          },
        },
        children: [
          header,
          centered([run("DỰ THẢO", { bold: true, size: 24 })], 0, 120),
          centered([run(d.title, { bold: true })], 0, 240),
          ...d.subtitle.map((s) => centered([run(s, { bold: true })])),
          rule(25),
          ...(d.addressee ? [centered([run(d.addressee)], 160)] : []),
          ...d.blocks.flatMap(blockParagraphs),
          new Paragraph({ spacing: { after: 240 }, children: [] }),
          signatures,
        ],
      },
    ],
  });
  return { buffer: await Packer.toBuffer(doc), fileName: d.fileName };
}
