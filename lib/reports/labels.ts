import type { InitiativeProgress, ReportPhase } from "@/lib/generated/prisma/enums";

export const PROGRESS_LABELS: Record<InitiativeProgress, string> = {
  NOT_STARTED: "Chưa triển khai",
  IN_PROGRESS: "Đang triển khai",
  COMPLETED: "Đã hoàn thành",
  DROPPED: "Dừng thực hiện",
};

export const PROGRESS_ORDER: readonly InitiativeProgress[] = ["NOT_STARTED", "IN_PROGRESS", "COMPLETED", "DROPPED"];

export const PHASE_LABELS: Record<ReportPhase, string> = {
  MIDTERM: "Sơ kết",
  FINAL: "Tổng kết",
};

/** "báo cáo sơ kết" / "báo cáo tổng kết", for sentences. */
export const PHASE_REPORT_NAMES: Record<ReportPhase, string> = {
  MIDTERM: "báo cáo sơ kết",
  FINAL: "báo cáo tổng kết",
};

export const PHASES: readonly ReportPhase[] = ["MIDTERM", "FINAL"];

/** URL segment of a phase ("so-ket" / "tong-ket") and back. */
export const PHASE_SLUGS: Record<ReportPhase, string> = { MIDTERM: "so-ket", FINAL: "tong-ket" };

export function phaseFromSlug(slug: string): ReportPhase | null {
  if (slug === "so-ket") return "MIDTERM";
  if (slug === "tong-ket") return "FINAL";
  return null;
}
