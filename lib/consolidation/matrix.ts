import type { MilestoneKind, RegistrationStatus } from "@/lib/generated/prisma/enums";
import { countByMatrixStatus, matrixStatusOf, type MatrixStatus } from "@/lib/registrations/rules";

/** Milestones whose deliverable the units hand in through the portal: Mẫu 1 and the reports of each phase (awards come later). */
export const PORTAL_MILESTONE_KINDS: readonly MilestoneKind[] = ["REGISTRATION", "MIDTERM_REPORT", "FINAL_REPORT"];

export function isOnPortal(kind: MilestoneKind): boolean {
  return PORTAL_MILESTONE_KINDS.includes(kind);
}

/** Counts per matrix status from grouped rows (status null = the unit has no form yet). */
export function countsFromGroups(groups: { status: RegistrationStatus | null; isLate: boolean | null; n: number }[]): Record<MatrixStatus, number> {
  const counts = countByMatrixStatus([]);
  for (const g of groups) {
    counts[matrixStatusOf(g.status ? { status: g.status, isLate: !!g.isLate } : null)] += g.n;
  }
  return counts;
}

/** The same colours as the unit's own status badge (components/registrations/status-badge.tsx). */
export const MATRIX_STATUS_TONES: Record<MatrixStatus, "gray" | "blue" | "green" | "amber" | "red" | "violet"> = {
  NOT_STARTED: "gray",
  DRAFT: "blue",
  SUBMITTED_ON_TIME: "green",
  SUBMITTED_LATE: "amber",
  RETURNED: "red",
  ACCEPTED: "violet",
};

/** A short symbol that carries the status without colour (screen readers get the text). */
export const MATRIX_STATUS_ICONS: Record<MatrixStatus, string> = {
  NOT_STARTED: "○",
  DRAFT: "✎",
  SUBMITTED_ON_TIME: "●",
  SUBMITTED_LATE: "◐",
  RETURNED: "↩",
  ACCEPTED: "✓",
};
