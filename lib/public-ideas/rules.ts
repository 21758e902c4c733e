/**
 * The rules of public ideas that are plain numbers and words (pure: shared by the form, the server and
 * the unit tests).
 */
import type { PublicIdeaStatus, PublicSubmitterKind } from "@/lib/generated/prisma/enums";

/** A confirmation link works this long; an unconfirmed idea is shown to the office this long, then hidden. */
export const CONFIRM_WINDOW_HOURS = 72;
/** An unconfirmed idea is deleted (with its files) this many days after it was sent. */
export const UNCONFIRMED_DELETE_DAYS = 30;
/** A person reading and filling the form takes longer than this; a script does not. */
export function minFillMs(): number {
  const s = Number(process.env.PUBLIC_IDEA_MIN_FILL_SECONDS);
  return (Number.isFinite(s) && s >= 0 ? s : 4) * 1000;
}
/** A stamp older than this is a page left open for a day: the person is asked to reload. */
export const MAX_FORM_AGE_MS = 24 * 60 * 60 * 1000;

export const MAX_ATTACHMENTS = 3;
export const MAX_ATTACHMENT_MB = 10;
export const MAX_ATTACHMENT_BYTES = MAX_ATTACHMENT_MB * 1024 * 1024;
/** The whole request (text + files), checked from Content-Length before anything is read. */
export const MAX_REQUEST_BYTES = MAX_ATTACHMENTS * MAX_ATTACHMENT_BYTES + 256 * 1024;

export const LIMITS_TEXT = {
  name: 255,
  ward: 255,
  title: 300,
  content: 10_000,
  benefit: 4_000,
  answer: 4_000,
} as const;

/** The purpose the submitter consents to (Nghị định 13/2023/NĐ-CP, Điều 11): versioned, the version is stored. */
export const CONSENT_VERSION = "ND13-2026-12";
export const CONSENT_PURPOSE =
  "Tôi đồng ý để cơ quan tổ chức phong trào thi đua xử lý các thông tin cá nhân tôi cung cấp (họ tên, mã số thuế, thư điện tử, số điện thoại, phường/xã) nhằm mục đích: tiếp nhận, xem xét hiến kế; liên hệ trao đổi và trả lời kết quả; xét khen thưởng nếu hiến kế được ghi nhận. Thông tin liên hệ chỉ bộ phận tiếp nhận được xem, không công bố công khai, không chuyển cho bên thứ ba; được xoá khi tôi rút hiến kế hoặc khi hết thời hạn xác nhận.";

export const STATUS_LABELS: Record<PublicIdeaStatus, string> = {
  RECEIVED: "Đã tiếp nhận, đang xem xét",
  FORWARDED: "Đã chuyển đơn vị chuyên môn đánh giá",
  ACCEPTED: "Được ghi nhận vào phong trào",
  DECLINED: "Không được ghi nhận",
  WITHDRAWN: "Đã rút",
};

export const SUBMITTER_KIND_LABELS: Record<PublicSubmitterKind, string> = {
  PERSON: "Cá nhân",
  ORGANISATION: "Tổ chức, doanh nghiệp",
};

/** The idea is still open to a decision (and to withdrawal by its submitter). */
export function isOpen(status: PublicIdeaStatus): boolean {
  return status === "RECEIVED" || status === "FORWARDED";
}

/**
 * Whether the office sees the idea in its queue: confirmed, or sent without an e-mail (phone only: the
 * office calls back), or unconfirmed but still inside the confirmation window.
 */
export function visibleToOffice(idea: { email: string | null; emailConfirmedAt: Date | null; createdAt: Date; status: PublicIdeaStatus }, now: Date): boolean {
  if (idea.status === "WITHDRAWN") return false;
  if (!idea.email || idea.emailConfirmedAt) return true;
  return now.getTime() - idea.createdAt.getTime() < CONFIRM_WINDOW_HOURS * 3600_000;
}

/** "0912 345 678", "+84 912.345.678" → "0912345678"; null when it is not a Vietnamese phone number. */
export function normalisePhone(raw: string): string | null {
  const s = raw.replace(/[\s.()-]/g, "");
  const m = /^(?:\+?84|0)(\d{9,10})$/.exec(s);
  return m ? `0${m[1]}` : null;
}

/** A tax code: 10 digits, or 10 digits, a dash and 3 digits (a branch). */
export function isTaxCode(raw: string): boolean {
  return /^\d{10}(-\d{3})?$/.test(raw.trim());
}

/** Trigram-free similarity of two folded titles: the share of words in common (Jaccard), 0..1. */
export function titleSimilarity(a: string, b: string): number {
  const words = (s: string) => new Set(s.split(" ").filter((w) => w.length > 1));
  const A = words(a);
  const B = words(b);
  if (!A.size || !B.size) return 0;
  let common = 0;
  for (const w of A) if (B.has(w)) common++;
  return common / (A.size + B.size - common);
}

/** Two titles this similar are suggested as duplicates. */
export const DUPLICATE_SIMILARITY = 0.5;
