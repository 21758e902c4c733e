import { longDateVN, placeOf } from "@/lib/awards/decisions/official";

/**
 * What the printed minutes and the .docx share (Nghị định 30/2020/NĐ-CP): the issuing body (the
 * organisation and its council), national title and motto with place and date, the title, the body
 * as the secretary wrote it, and the signatures of the secretary and the chair.
 */
export interface MinutesDocumentModel {
  draft: boolean;
  parentName: string | null;
  organisationName: string;
  place: string;
  dateLine: string; // "ngày 15 tháng 12 năm 2026"
  heading: string; // "Họp Hội đồng Thi đua - Khen thưởng Sở Quy hoạch - Kiến trúc"
  sessionTitle: string;
  body: string;
  secretaryName: string | null;
  chairName: string | null;
}

export function minutesDocumentModel(input: {
  finalised: boolean;
  organisation: { name: string; parentName: string | null };
  sessionTitle: string;
  meetingAt: Date;
  minutes: string;
  secretaryName: string | null;
  chairName: string | null;
}): MinutesDocumentModel {
  return {
    draft: !input.finalised,
    parentName: input.organisation.parentName,
    organisationName: input.organisation.name,
    place: placeOf(input.organisation.name, input.organisation.parentName),
    dateLine: longDateVN(input.meetingAt),
    heading: `Họp Hội đồng Thi đua - Khen thưởng ${input.organisation.name}`,
    sessionTitle: input.sessionTitle,
    body: input.minutes,
    secretaryName: input.secretaryName,
    chairName: input.chairName,
  };
}

/** Headings of the body ("I. THÀNH PHẦN THAM DỰ") are printed bold. */
export function isHeadingLine(line: string): boolean {
  return /^[IVX]+\.\s+\S/.test(line.trim()) && line.trim() === line.trim().toLocaleUpperCase("vi");
}

/** The body's paragraphs: one per line, blank lines dropped. */
export function bodyLines(body: string): string[] {
  return body
    .split(/\r?\n/)
    .map((l) => l.trimEnd())
    .filter((l) => l.trim().length > 0);
}

/** "bien-ban-<session title>.docx" in ASCII with the Vietnamese name for modern browsers. */
export function minutesFileName(sessionTitle: string): string {
  const slug = sessionTitle
    .normalize("NFC")
    .replace(/[\\/:*?"<>|]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 120);
  return `Biên bản - ${slug || "phiên họp"}.docx`;
}
