/** Limits and wording of evidence uploads: shared by the client upload form and the server. */

export const MAX_EVIDENCE_MB = 20;
export const MAX_EVIDENCE_BYTES = MAX_EVIDENCE_MB * 1024 * 1024;
export const EVIDENCE_LIMIT_TEXT = "Tối đa 20 MB mỗi tệp; PDF, Word, Excel, ảnh (PNG, JPEG, WEBP, GIF).";
/** For the file picker: a convenience only, the server decides from the bytes. */
export const EVIDENCE_ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.png,.jpg,.jpeg,.webp,.gif";

export function tooLargeMessage(fileName: string): string {
  return `Tệp “${fileName || "tệp"}” lớn hơn ${MAX_EVIDENCE_MB} MB: không tải lên được. Vui lòng nén hoặc tách tệp (tối đa ${MAX_EVIDENCE_MB} MB mỗi tệp).`;
}

export const emptyFileMessage = (fileName: string) => `Tệp “${fileName || "tệp"}” rỗng (0 byte).`;

/** "1,2 MB", "350 KB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024).toLocaleString("vi-VN")} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MB`;
}
