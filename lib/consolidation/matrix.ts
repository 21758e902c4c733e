import type { MilestoneKind, SubmissionStatus } from "@/lib/generated/prisma/enums";
import type { UnitProposalCounts } from "@/lib/obligations/awards";
import { countByMatrixStatus, matrixStatusOf, type MatrixStatus } from "@/lib/submissions/statuses";

/**
 * Milestones whose deliverable every unit hands in through the portal, counted per status: Mẫu 1 and the
 * reports of each phase. Award proposals come through the portal too but are not compulsory: the matrix
 * counts each unit's proposals instead (isProposalMilestone, proposalCellText).
 */
export const PORTAL_MILESTONE_KINDS: readonly MilestoneKind[] = ["REGISTRATION", "MIDTERM_REPORT", "FINAL_REPORT"];

export function isOnPortal(kind: MilestoneKind): boolean {
  return PORTAL_MILESTONE_KINDS.includes(kind);
}

export function isProposalMilestone(kind: MilestoneKind): boolean {
  return kind === "AWARD_PROPOSAL";
}

/** A unit's cell in the matrix: "2 hồ sơ đã gửi (1 trễ hạn)", "1 bị trả lại", or "Chưa đề nghị" (drafts are the unit's own business). */
export function proposalCellText(c: UnitProposalCounts): string {
  const parts: string[] = [];
  if (c.submitted) parts.push(`${c.submitted} hồ sơ đã gửi${c.late ? ` (${c.late} trễ hạn)` : ""}`);
  if (c.returned) parts.push(`${c.returned} bị trả lại`);
  return parts.length ? parts.join(", ") : "Chưa đề nghị";
}

/** The milestone's card: "Không bắt buộc · 4/10 đơn vị đã gửi 7 hồ sơ (1 trễ hạn), 1 bị trả lại". */
export function proposalTotalsText(t: UnitProposalCounts, proposingUnits: number, totalUnits: number): string {
  if (!t.submitted && !t.returned) return "Không bắt buộc · chưa có đơn vị nào gửi hồ sơ đề nghị khen thưởng.";
  const sent = `${proposingUnits}/${totalUnits} đơn vị đã gửi ${t.submitted} hồ sơ${t.late ? ` (${t.late} trễ hạn)` : ""}`;
  return `Không bắt buộc · ${sent}${t.returned ? `, ${t.returned} hồ sơ bị trả lại chờ đơn vị gửi lại` : ""}.`;
}

/** Counts per matrix status from grouped rows (status null = the unit has no form yet). */
export function countsFromGroups(groups: { status: SubmissionStatus | null; isLate: boolean | null; n: number }[]): Record<MatrixStatus, number> {
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
