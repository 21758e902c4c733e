import "server-only";
import path from "node:path";
import PDFDocument from "pdfkit";
import { bareTitle, certificateHeading, certificateReason, issuingAuthority, longCalendarDate, placeOf } from "@/lib/awards/decisions/official";
import { formatCalendarDate } from "@/lib/time/vn";
import type { CertificateData } from "./queries";

/**
 * Certificates (Giấy khen) as PDF: one A4 landscape page per awardee, drawn with pdfkit in DejaVu
 * Serif, embedded (subset) so that Vietnamese diacritics print the same on every computer. Layout:
 * national title and motto, the issuing authority, "TẶNG" and "GIẤY KHEN", the awardee, the reason,
 * the decision, place and date, the signer; the certificate's number at the bottom left.
 */

const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
export const CERTIFICATE_FONTS = {
  regular: path.join(FONT_DIR, "DejaVuSerif.ttf"),
  bold: path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"),
  italic: path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"),
  boldItalic: path.join(FONT_DIR, "DejaVuSerif-BoldItalic.ttf"),
} as const;

const RED = "#a51d1d";
const NAVY = "#1e3a8a";
const INK = "#111111";

const nfc = (s: string) => s.normalize("NFC");

/** The line under the awardee's name: the individual's title and unit, the citizen's address or business. */
export function awardeeDetail(c: Pick<CertificateData, "nomineeType" | "nomineeDetail" | "unitName" | "nomineeIsBusiness">): string | null {
  const detail = c.nomineeDetail?.trim() || null;
  if (c.nomineeType === "INDIVIDUAL") {
    if (!detail) return c.unitName;
    return detail.toLocaleLowerCase("vi").includes(c.unitName.toLocaleLowerCase("vi")) ? detail : `${detail}, ${c.unitName}`;
  }
  if (c.nomineeType === "CITIZEN") return detail;
  return null;
}

function drawFrame(doc: PDFKit.PDFDocument) {
  const { width, height } = doc.page;
  doc.save();
  doc.lineWidth(4).strokeColor(RED).rect(18, 18, width - 36, height - 36).stroke();
  doc.lineWidth(1).strokeColor(RED).rect(27, 27, width - 54, height - 54).stroke();
  // Small corner squares.
  for (const [x, y] of [
    [27, 27],
    [width - 37, 27],
    [27, height - 37],
    [width - 37, height - 37],
  ]) {
    doc.rect(x, y, 10, 10).fill(RED);
  }
  doc.restore();
}

function centred(doc: PDFKit.PDFDocument, text: string, y: number, o: { font: string; size: number; color?: string; left?: number; width?: number }) {
  const left = o.left ?? 60;
  const width = o.width ?? doc.page.width - 120;
  doc.font(o.font).fontSize(o.size).fillColor(o.color ?? INK).text(nfc(text), left, y, { width, align: "center" });
  return doc.y;
}

function drawCertificate(doc: PDFKit.PDFDocument, c: CertificateData) {
  const { width, height } = doc.page;
  drawFrame(doc);

  let y = 60;
  y = centred(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", y, { font: "bold", size: 14 });
  y = centred(doc, "Độc lập - Tự do - Hạnh phúc", y + 3, { font: "bold", size: 13 });
  doc.moveTo(width / 2 - 92, y + 6).lineTo(width / 2 + 92, y + 6).lineWidth(0.8).strokeColor(INK).stroke();

  y = centred(doc, issuingAuthority(c.decision.signerTitle, c.organisation.name), y + 30, { font: "bold", size: 17, color: NAVY });
  const heading = certificateHeading(c.awardFormName);
  y = centred(doc, heading.verb, y + 12, { font: "bold", size: 16 });
  // Room above the capitals' accents (Ấ, Ẩ) of the big title.
  y = centred(doc, heading.title, y + 10, { font: "bold", size: heading.title.length > 24 ? 28 : 44, color: RED });

  y = centred(doc, c.nomineeName, y + 16, { font: "boldItalic", size: c.nomineeName.length > 45 ? 20 : 26, color: NAVY });
  const detail = awardeeDetail(c);
  if (detail) y = centred(doc, detail, y + 6, { font: "italic", size: 14 });

  const reason = `${certificateReason(c.campaign)}.`;
  y = centred(doc, reason, y + 18, { font: "regular", size: 15, left: 100, width: width - 200 });

  // Bottom: place, date and signature on the right; the decision and the number on the left, level with the signer's title.
  const top = Math.max(y + 24, height - 200);
  const rightW = 380;
  const right = width - 60 - rightW;
  doc
    .font("italic")
    .fontSize(13)
    .fillColor(INK)
    .text(nfc(`${placeOf(c.organisation.name, c.organisation.parentName)}, ${longCalendarDate(c.decision.signedOn)}`), right, top, { width: rightW, align: "center" });
  const titleY = doc.y + 6;
  doc.font("bold").fontSize(14).text(nfc(bareTitle(c.decision.signerTitle, c.organisation.name).toLocaleUpperCase("vi")), right, titleY, { width: rightW, align: "center" });
  doc.font("bold").fontSize(15).text(nfc(c.decision.signerName), right, doc.y + 62, { width: rightW, align: "center" });

  const leftW = right - 80;
  doc.font("regular").fontSize(12).text(nfc(`Quyết định số ${c.decision.number}`), 70, titleY + 40, { width: leftW });
  doc.text(nfc(`ngày ${formatCalendarDate(c.decision.signedOn)}`), 70, doc.y + 2, { width: leftW });
  doc.font("bold").fontSize(13).text(nfc(`Số: ${c.certificateNo}`), 70, doc.y + 8, { width: leftW });
}

/** One PDF with a page per certificate. */
export async function certificatesPdf(certificates: CertificateData[], title: string): Promise<Buffer> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: "A4",
    layout: "landscape",
    margin: 0,
    // The default font would read Helvetica's metrics from pdfkit's data directory: start with ours.
    font: CERTIFICATE_FONTS.regular,
    info: { Title: nfc(title), Author: certificates[0] ? nfc(certificates[0].organisation.name) : "", Subject: "Giấy khen" },
  });
  doc.registerFont("regular", CERTIFICATE_FONTS.regular);
  doc.registerFont("bold", CERTIFICATE_FONTS.bold);
  doc.registerFont("italic", CERTIFICATE_FONTS.italic);
  doc.registerFont("boldItalic", CERTIFICATE_FONTS.boldItalic);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  for (const c of certificates) {
    doc.addPage({ size: "A4", layout: "landscape", margin: 0 });
    drawCertificate(doc, c);
  }
  doc.end();
  return done;
}
