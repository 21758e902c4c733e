/**
 * What this server process last saw of the evidence storage (EVIDENCE_DIR): the last failed write
 * (upload or health probe) and the last successful upload. Kept in process memory only (no table),
 * on `globalThis` so every route bundle of the same process shares it; the health probe
 * (`probeEvidenceStorage`, ./storage.ts) adds a live check on top.
 */

export interface StorageFailure {
  at: Date;
  /** The file-system error code (ENOSPC, EROFS, EACCES, EDQUOT, EIO, ENOTDIR, ETIMEDOUT…). */
  code: string;
  /** Which step failed: mkdir, open, write, fsync, close, rename, read, probe. */
  op: string;
}

interface StorageState {
  lastFailure: StorageFailure | null;
  lastSuccessAt: Date | null;
}

const KEY = Symbol.for("portal.evidence.storageState");

export function storageState(): StorageState {
  const g = globalThis as unknown as Record<symbol, StorageState | undefined>;
  return (g[KEY] ??= { lastFailure: null, lastSuccessAt: null });
}

export function recordStorageFailure(code: string, op: string, at = new Date()): void {
  storageState().lastFailure = { at, code, op };
}

export function recordStorageSuccess(at = new Date()): void {
  storageState().lastSuccessAt = at;
}

export function resetStorageStateForTests(): void {
  const s = storageState();
  s.lastFailure = null;
  s.lastSuccessAt = null;
}

/** Disk full, quota: 507 Insufficient Storage. Everything else (read-only, permissions, I/O): 503. */
export function storageHttpStatus(code: string): 503 | 507 {
  return code === "ENOSPC" || code === "EDQUOT" ? 507 : 503;
}

const CODE_TEXT: Record<string, string> = {
  ENOSPC: "ổ đĩa đầy",
  EDQUOT: "vượt hạn mức dung lượng",
  EROFS: "ổ đĩa đang ở chế độ chỉ đọc",
  EACCES: "tiến trình máy chủ không có quyền ghi",
  EPERM: "tiến trình máy chủ không có quyền ghi",
  EIO: "lỗi đọc/ghi của thiết bị lưu trữ",
  ENOTDIR: "đường dẫn EVIDENCE_DIR không phải thư mục",
  EEXIST: "đường dẫn EVIDENCE_DIR không phải thư mục",
  ENOENT: "thư mục lưu trữ không tồn tại",
  ETIMEDOUT: "ổ lưu trữ không phản hồi kịp",
  ESTALE: "ổ mạng bị ngắt kết nối",
  EMFILE: "máy chủ mở quá nhiều tệp",
  ENFILE: "máy chủ mở quá nhiều tệp",
};

/** "ENOSPC — ổ đĩa đầy", for the administrator. */
export function describeStorageCode(code: string): string {
  return CODE_TEXT[code] ? `${code} — ${CODE_TEXT[code]}` : code;
}

/** The message shown to the user at the file field. */
export function storageFailureMessage(fileName?: string): string {
  const what = fileName ? `tệp “${fileName}”` : "tệp";
  return `Không lưu được ${what} lên máy chủ (bộ nhớ lưu trữ đầy hoặc không ghi được). Dữ liệu khác của bạn không bị ảnh hưởng; vui lòng báo quản trị hệ thống.`;
}
