import type { BadgeTone } from "@/components/ui/badge";
import type { AppraisalRoundStatus } from "@/lib/generated/prisma/enums";

export const ROUND_STATUS_LABELS: Record<AppraisalRoundStatus, string> = {
  DRAFT: "Đang chuẩn bị",
  OPEN: "Đang chấm",
  CLOSED: "Đã kết thúc",
};

export const ROUND_STATUS_TONES: Record<AppraisalRoundStatus, BadgeTone> = { DRAFT: "gray", OPEN: "blue", CLOSED: "green" };


/** "3 nội dung chưa đủ người chấm (thiếu 4 lượt chấm)". */
export function describeShortfalls(shortfalls: readonly { missing: number }[]): string | null {
  if (shortfalls.length === 0) return null;
  const missing = shortfalls.reduce((s, x) => s + x.missing, 0);
  return `${shortfalls.length} nội dung chưa đủ người chấm (thiếu ${missing} lượt chấm).`;
}
