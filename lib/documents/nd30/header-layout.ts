import PDFDocument from "pdfkit";
import { headerParentName } from "./model";

/**
 * Where the header block's lines break, decided before Word or LibreOffice lays them out: the
 * national title, the motto and the place and date each on one line, the body above and the issuing
 * body on one line when they fit at 12–13 pt, else on two balanced lines broken between words (never
 * "SỞ QUY HOẠCH - KIẾN / TRÚC"). Widths come from the metrics of Times (Times New Roman and
 * LibreOffice's Liberation Serif share them); diacritics do not change a letter's advance.
 */

export type FontStyle = "regular" | "bold" | "italic";

let measurer: PDFKit.PDFDocument | null = null;
const PDF_FONT: Record<FontStyle, string> = { regular: "Times-Roman", bold: "Times-Bold", italic: "Times-Italic" };

/** Width in millimetres of a line of text in Times at `sizePt`. */
export function textWidthMm(text: string, sizePt: number, style: FontStyle): number {
  measurer ??= new PDFDocument({ autoFirstPage: false });
  measurer.font(PDF_FONT[style]).fontSize(sizePt);
  const base = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/Đ/g, "D")
    .replace(/đ/g, "d")
    .replace(/[^\u0000-\u00ff]/g, "M");
  return (measurer.widthOfString(base) * 25.4) / 72;
}

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";

export interface HeaderLine {
  text: string;
  sizePt: number;
}

export interface HeaderLayout {
  /** Column widths in millimetres; their sum may exceed the text width (the block reaches into the left margin). */
  leftMm: number;
  rightMm: number;
  parent: HeaderLine[];
  issuer: HeaderLine[];
  nationalTitlePt: number;
  mottoPt: number;
  placeDatePt: number;
}

/** Room kept on each line against rounding in the layout engines. */
const SLACK_MM = 3;
/** The header may reach this far into the 30 mm left margin. */
const MAX_TOTAL_EXTRA_MM = 10;

/**
 * Words of the names of Vietnamese bodies that a line break must not split ("CẢI / CÁCH" reads as two
 * other words). Most words of two or three syllables in unit names; anything else may break.
 */
const PHRASES = new Set(
  [
    "ỦY BAN", "UỶ BAN", "NHÂN DÂN", "HỘI ĐỒNG", "THÀNH PHỐ", "HỒ CHÍ", "CHÍ MINH", "HÀ NỘI", "ĐÀ NẴNG", "CẦN THƠ", "HẢI PHÒNG",
    "CẢI CÁCH", "HÀNH CHÍNH", "THI ĐUA", "KHEN THƯỞNG", "CHỈ ĐẠO", "KHẢO SÁT", "QUY HOẠCH", "KIẾN TRÚC", "KHU VỰC", "HẠ TẦNG",
    "KỸ THUẬT", "QUẢN LÝ", "KẾ HOẠCH", "TÀI CHÍNH", "VĂN PHÒNG", "THANH TRA", "TRUNG TÂM", "THÔNG TIN", "DỊCH VỤ", "NGHIÊN CỨU",
    "ĐÔ THỊ", "NỘI VỤ", "TƯ PHÁP", "XÂY DỰNG", "GIAO THÔNG", "VẬN TẢI", "CÔNG THƯƠNG", "NÔNG NGHIỆP", "MÔI TRƯỜNG", "TÀI NGUYÊN",
    "LAO ĐỘNG", "THƯƠNG BINH", "XÃ HỘI", "VĂN HÓA", "VĂN HOÁ", "THỂ THAO", "DU LỊCH", "KHOA HỌC", "CÔNG NGHỆ", "ĐẦU TƯ", "GIÁO DỤC",
    "ĐÀO TẠO", "Y TẾ", "CÔNG NGHIỆP", "CHẾ XUẤT", "KHU CHẾ", "PHÁT TRIỂN", "HỢP TÁC", "TỔ CHỨC", "CÁN BỘ", "TUYÊN TRUYỀN",
    "DÂN TỘC", "TÔN GIÁO", "NGOẠI VỤ", "TÀI SẢN", "ĐẤT ĐAI", "NHÀ NƯỚC", "DOANH NGHIỆP", "SỞ HỮU", "TRÍ TUỆ", "BẢO HIỂM",
  ].map((p) => p.normalize("NFC")),
);

const splitsPhrase = (before: string, after: string) => PHRASES.has(`${before} ${after}`.normalize("NFC").toLocaleUpperCase("vi"));

/** Lines of a name that fit `widthMm`: one line at 13 then 12 pt, else the most balanced two (then more) lines. */
export function fitName(name: string, widthMm: number, style: FontStyle): HeaderLine[] {
  const text = name.replace(/\s+/g, " ").trim();
  for (const size of [13, 12]) if (textWidthMm(text, size, style) + SLACK_MM <= widthMm) return [{ text, sizePt: size }];
  const words = text.split(" ");
  for (const size of [13, 12]) {
    let best: string[] | null = null;
    let bestScore = Infinity;
    for (let i = 1; i < words.length; i++) {
      // A hyphen never starts or ends a line, nor "và" ends one ("HỘI ĐỒNG THI ĐUA - / KHEN THƯỞNG").
      if (/^[-–&]$/.test(words[i - 1]) || /^[-–&]$/.test(words[i]) || /^VÀ$/iu.test(words[i - 1])) continue;
      const a = words.slice(0, i).join(" ");
      const b = words.slice(i).join(" ");
      const wa = textWidthMm(a, size, style);
      const wb = textWidthMm(b, size, style);
      if (wa + SLACK_MM > widthMm || wb + SLACK_MM > widthMm) continue;
      // Balanced lines, the shorter one on top as in the decree's samples ("BAN CHỈ ĐẠO / CẢI CÁCH HÀNH
      // CHÍNH"), but whole words first: splitting "CẢI CÁCH" costs more than any imbalance.
      const score = Math.abs(wa - wb) + (wa > wb ? 15 : 0) + (splitsPhrase(words[i - 1], words[i]) ? 1000 : 0);
      if (score < bestScore) {
        bestScore = score;
        best = [a, b];
      }
    }
    if (best) return best.map((t) => ({ text: t, sizePt: size }));
  }
  // Longer than two lines: greedy at 12 pt.
  const lines: string[] = [];
  let cur = "";
  for (const w of words) {
    const next = cur ? `${cur} ${w}` : w;
    if (cur && textWidthMm(next, 12, style) + SLACK_MM > widthMm) {
      lines.push(cur);
      cur = w;
    } else cur = next;
  }
  if (cur) lines.push(cur);
  return lines.map((t) => ({ text: t, sizePt: 12 }));
}

/**
 * The header block of a document whose text is `textWidthMm` wide, from the names as recorded: the
 * body above abbreviated and upper-cased (headerParentName), the issuer upper-cased.
 */
export function headerLayout(input: { parentBody: string | null; issuingBody: string; placeDate: string; textWidthMm: number }): HeaderLayout {
  const nationalTitlePt = 12;
  const mottoPt = 13;
  const placeDatePt = textWidthMm(input.placeDate, 14, "italic") + SLACK_MM <= 100 ? 14 : 13;
  const neededRight = Math.ceil(
    Math.max(textWidthMm(NATIONAL_TITLE, nationalTitlePt, "bold"), textWidthMm(MOTTO, mottoPt, "bold"), textWidthMm(input.placeDate, placeDatePt, "italic")) + SLACK_MM,
  );
  // Portrait: the block reaches into the left margin; landscape: the right column takes what the left
  // does not need, so the national title stays over the right half of the page.
  const total = Math.min(input.textWidthMm + MAX_TOTAL_EXTRA_MM, Math.max(input.textWidthMm, 175));
  const leftMm = Math.min(95, Math.max(55, total - neededRight));
  const rightMm = Math.max(neededRight, total - leftMm);
  return {
    leftMm,
    rightMm,
    parent: input.parentBody ? fitName(headerParentName(input.parentBody), leftMm, "regular") : [],
    issuer: fitName(input.issuingBody.normalize("NFC").toLocaleUpperCase("vi"), leftMm, "bold"),
    nationalTitlePt,
    mottoPt,
    placeDatePt,
  };
}
