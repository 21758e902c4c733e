/**
 * File names of downloads: an ASCII slug of the campaign's number ("1128/KH-SQHKT" →
 * "1128-KH-SQHKT"), and a Content-Disposition header with an ASCII fallback plus RFC 5987 filename*.
 */

/** Removes Vietnamese diacritics, keeping the letter case ("Đăng ký" → "Dang ky"). */
export function stripDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}

export function documentNumberSlug(documentNumber: string): string {
  return (
    stripDiacritics(documentNumber)
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "ke-hoach"
  );
}

export function exportFileName(prefix: string, documentNumber: string): string {
  return `${prefix}-${documentNumberSlug(documentNumber)}.xlsx`;
}

export function contentDisposition(fileName: string): string {
  const fallback = stripDiacritics(fileName).replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
