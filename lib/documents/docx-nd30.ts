import "server-only";
import { AlignmentType, BorderStyle, convertMillimetersToTwip, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from "docx";

/**
 * Building blocks of a Word document in the Nghị định 30/2020/NĐ-CP layout (Times New Roman 14 pt,
 * issuing body beside the national title and motto, short rules under them), shared by the award
 * dossier drafts and the council's minutes.
 */

export const FONT = "Times New Roman";
export const SIZE = 28; // half-points: 14 pt
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
export const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE } as const;

export const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean; allCaps?: boolean } = {}) =>
  new TextRun({ text, font: FONT, size: o.size ?? SIZE, bold: o.bold, italics: o.italics, allCaps: o.allCaps, underline: o.underline ? {} : undefined });

export const centered = (children: TextRun[], after = 0, before = 0) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after, before }, children });

/** A short line under the issuing body and the motto ("gạch chân"), drawn as a paragraph border. */
export const rule = (widthPct: number) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: convertMillimetersToTwip(((100 - widthPct) / 100) * 40), right: convertMillimetersToTwip(((100 - widthPct) / 100) * 40) },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    spacing: { after: 60 },
    children: [],
  });

export const cell = (children: Paragraph[], widthPct: number) => new TableCell({ children, width: { size: widthPct, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });

export const twoColumns = (left: Paragraph[], right: Paragraph[], leftPct = 40) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, leftPct), cell(right, 100 - leftPct)] })],
  });
