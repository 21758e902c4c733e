/**
 * One model for every official document the portal produces (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * the header block (the body above and the issuing body beside the national title and motto), the
 * number and symbol, place and date, the type and summary, the body, "Nơi nhận" and the signatures,
 * and an optional annex. Each feature builds this model from its data (pure, tested without Word);
 * lib/documents/nd30/docx.ts lays it out, lib/documents/nd30/pdf.ts prints it to PDF.
 */

export type Align = "left" | "center" | "right";

export interface TableColumn {
  title: string;
  /** Relative width (the renderer scales the columns to the text width). */
  width: number;
  align?: Align;
}

export type Nd30Block =
  /** "I. NỘI DUNG", bold, kept with what follows. */
  | { kind: "heading"; text: string }
  /** A justified paragraph, first line indented; `lead` is printed bold before the text ("Điều 1."). */
  | { kind: "para"; text: string; lead?: string; italics?: boolean; bold?: boolean }
  /** A dash item, indented. */
  | { kind: "item"; text: string }
  | { kind: "centered"; text: string; bold?: boolean; italics?: boolean }
  /**
   * A ruled table: the header row repeats on every page, a row is never split across pages; a
   * `{ group }` row spans the table in bold ("1. Công tác cải cách thể chế").
   */
  | { kind: "table"; columns: TableColumn[]; rows: TableRowData[]; emptyText?: string; boldLastRow?: boolean };

export type TableRowData = string[] | { group: string };

export interface Signer {
  /** Lines above the title: "TM. HỘI ĐỒNG", "KT. GIÁM ĐỐC". */
  authority?: string[];
  title: string;
  note?: string;
  name: string | null;
}

export interface OfficialDocument {
  /** The body directly above the issuer (cơ quan chủ quản), printed upper-case; null when none. */
  parentBody: string | null;
  /** The issuing body (cơ quan ban hành), printed upper-case and bold. */
  issuingBody: string;
  /** "Số: 12/QĐ-SQHKT", "Số:        /TTr-QHKV1"; null for documents without a number. */
  numberLine: string | null;
  /** "Thành phố Hồ Chí Minh, ngày 05 tháng 12 năm 2026". */
  placeDate: string;
  /** "DỰ THẢO" above the title. */
  draft?: boolean;
  /** The type of document: "QUYẾT ĐỊNH", "TỜ TRÌNH", "BIÊN BẢN", "BÁO CÁO". */
  title: string;
  /** The summary (trích yếu) under the type, bold: "Về việc khen thưởng …". */
  summary: string[];
  /** Lines under the summary in italics ("Kế hoạch số …"). */
  subtitle?: string[];
  /** A decision's issuing authority, bold upper-case above its grounds ("GIÁM ĐỐC SỞ …"). */
  authority?: string | null;
  /** "Kính gửi: …" lines. */
  addressee?: string[];
  blocks: Nd30Block[];
  /** "Nơi nhận:" lines (left of the signature); empty when the left side holds a second signer. */
  recipients: string[];
  signer: Signer;
  leftSigner?: Signer | null;
  /** A list attached to the document on a new page (e.g. the awardees of a decision). */
  annex?: { title: string[]; subtitle: string[]; blocks: Nd30Block[]; signer?: Signer | null } | null;
  orientation?: "portrait" | "landscape";
  meta: { title: string; creator: string };
}

/** Blank left for what the office writes by hand (the number, a day). */
export const BLANK = "……………";

/**
 * The unit's symbol in document numbers ("SQHKT" in "Số: 12/QĐ-SQHKT"): the configured abbreviation,
 * else the unit's code; letters, digits and hyphens only, upper-case.
 */
export function unitSymbol(unit: { documentSymbol?: string | null; code?: string | null }): string {
  const raw = unit.documentSymbol?.trim() || unit.code?.trim() || "";
  return raw
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}-]/gu, "")
    .toLocaleUpperCase("vi");
}

/**
 * "Số: 12/QĐ-SQHKT" from a recorded number, or "Số:        /TTr-SQHKT" with room for the number the
 * clerk writes when the document is issued. A recorded number that already carries its symbol
 * ("12/QĐ-SQHKT") is printed as it is.
 */
export function numberLine(typeCode: string, symbol: string, number?: string | null): string {
  const n = number?.trim();
  if (n && n.includes("/")) return `Số: ${n}`;
  const tail = symbol ? `${typeCode}-${symbol}` : typeCode;
  return n ? `Số: ${n}/${tail}` : `Số:        /${tail}`;
}

const VN_DAY = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", day: "numeric", month: "numeric", year: "numeric" });

/**
 * "ngày 05 tháng 02 năm 2026": days below 10 and months below 3 with a leading zero (Nghị định 30,
 * Phụ lục I, II.5), the day of the instant in Vietnam time; a blank date keeps room to write it in.
 */
export function nd30Date(d: Date | null, year?: number): string {
  if (!d) return `ngày      tháng      năm ${year ?? "……"}`;
  const parts = VN_DAY.formatToParts(d);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? "0");
  const day = get("day");
  const month = get("month");
  return `ngày ${String(day).padStart(2, "0")} tháng ${month < 3 ? String(month).padStart(2, "0") : month} năm ${get("year")}`;
}

/** The same for a calendar date stored in a DATE column (UTC midnight). */
export function nd30CalendarDate(d: Date): string {
  return nd30Date(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 5)));
}

/**
 * The body above the issuer as printed in the header: the usual phrases abbreviated as Nghị định 30
 * allows ("Ủy ban nhân dân" → "UBND", "Hội đồng nhân dân" → "HĐND"), upper-case.
 */
export function headerParentName(name: string): string {
  return name
    .normalize("NFC")
    .trim()
    .replace(/^Ủy ban nhân dân\s+/iu, "UBND ")
    .replace(/^Uỷ ban nhân dân\s+/iu, "UBND ")
    .replace(/^Hội đồng nhân dân\s+/iu, "HĐND ")
    .replace(/\s+/g, " ")
    .toLocaleUpperCase("vi");
}

/** A file name without characters that file systems refuse, at most 120 characters before the extension. */
export function documentFileName(base: string, ext: "docx" | "pdf"): string {
  const slug = base
    .normalize("NFC")
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 120);
  return `${slug || "van-ban"}.${ext}`;
}
