import type { InitiativeProgress } from "@/lib/generated/prisma/enums";

/** "92 → 99 %" (a figure without its "before" value shows the result alone). */
export function formatFigure(r: { valueBefore: number | null; valueAfter: number; unitOfMeasure: string }): string {
  const n = (v: number) => v.toLocaleString("vi-VN", { maximumFractionDigits: 2 });
  return `${r.valueBefore !== null ? `${n(r.valueBefore)} → ` : ""}${n(r.valueAfter)} ${r.unitOfMeasure}`.trim();
}

export const SPREAD_PROGRESS_LABELS: Record<InitiativeProgress, string> = {
  NOT_STARTED: "Chưa triển khai",
  IN_PROGRESS: "Đang triển khai",
  COMPLETED: "Đã hoàn thành",
  DROPPED: "Dừng thực hiện",
};

/** "đã nhân rộng tại 12 đơn vị" */
export const spreadText = (n: number) => (n > 0 ? `Đã nhân rộng tại ${n.toLocaleString("vi-VN")} đơn vị` : "Chưa có đơn vị nhân rộng");
