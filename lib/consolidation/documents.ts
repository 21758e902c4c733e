/** Titles and lines shared by the pages and the XLSX exports. */

export const CONSOLIDATED_TITLE = "TỔNG HỢP ĐĂNG KÝ MÔ HÌNH, GIẢI PHÁP, SÁNG KIẾN CẢI CÁCH HÀNH CHÍNH";
export const TYPICAL_TITLE = "DANH SÁCH MÔ HÌNH, GIẢI PHÁP, SÁNG KIẾN TIÊU BIỂU VỀ CẢI CÁCH HÀNH CHÍNH";

export function campaignLine(c: { documentNumber: string; title: string }) {
  return `Kèm theo Kế hoạch số ${c.documentNumber}: ${c.title}`;
}

/** "Kính gửi: Sở Nội vụ" when the campaign answers a parent campaign (see `sendUpTo` in access.ts). */
export function addresseeLine(c: { sendUpTo: string | null }): string | null {
  return c.sendUpTo ? `Kính gửi: ${c.sendUpTo}` : null;
}
