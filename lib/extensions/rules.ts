import type { MilestoneKind, SubmissionStatus, ReportPhase } from "@/lib/generated/prisma/enums";
import { PHASE_REPORT_NAMES } from "@/lib/reports/labels";
import { phaseOfMilestoneKind } from "@/lib/reports/phase";
import { formatDateTimeVN } from "@/lib/time/vn";

/**
 * When an extension makes no sense: the unit has already handed in what the milestone asks for.
 * Pure rules shared by the grant mutation (refusal) and the extensions page (which units are done).
 */

/** What the portal receives from a unit for a milestone: its Mẫu 1, its report of a phase, or nothing (tracked outside). */
export type ExtensionDeliverable = { kind: "REGISTRATION" } | { kind: "REPORT"; phase: ReportPhase } | null;

export function deliverableOf(kind: MilestoneKind): ExtensionDeliverable {
  if (kind === "REGISTRATION") return { kind: "REGISTRATION" };
  const p = phaseOfMilestoneKind(kind);
  return p && !p.summary ? { kind: "REPORT", phase: p.phase } : null;
}

/** Submitted or accepted: nothing left to hand in (a returned or draft record still is). */
export function isHandedIn(status: SubmissionStatus | null | undefined): boolean {
  return status === "SUBMITTED" || status === "ACCEPTED";
}

/** "Mẫu 1" / "báo cáo sơ kết" / "báo cáo tổng kết". */
export function deliverableName(d: NonNullable<ExtensionDeliverable>): string {
  return d.kind === "REGISTRATION" ? "Mẫu 1" : PHASE_REPORT_NAMES[d.phase];
}

export const alreadySubmittedMessage = (at: Date, what = "Mẫu 1") => `Đơn vị đã nộp ${what} lúc ${formatDateTimeVN(at)}: không cần gia hạn`;

/**
 * The refusal message when the unit's record for the milestone (its Mẫu 1, or its report of the
 * milestone's phase) is already submitted or accepted; null when an extension may be granted
 * (no record, a draft, a returned record, or a milestone tracked outside the portal).
 */
export function submittedRefusal(
  kind: MilestoneKind,
  record: { status: SubmissionStatus; lastSubmittedAt: Date | null; firstSubmittedAt: Date | null } | null | undefined,
  now: Date = new Date(),
): string | null {
  const d = deliverableOf(kind);
  if (!d || !record || !isHandedIn(record.status)) return null;
  return alreadySubmittedMessage(record.lastSubmittedAt ?? record.firstSubmittedAt ?? now, deliverableName(d));
}

/**
 * A short name for a milestone in the extension form's list (plans give long sentences, cut off in a
 * select): "Đăng ký (Mẫu 1)", "Báo cáo sơ kết (Mẫu 2 và Đề cương)", or the milestone's own name.
 */
export function milestoneShortLabel(m: { kind: MilestoneKind; name: string; deliverable: string | null }): string {
  const d = deliverableOf(m.kind);
  if (!d) return m.name;
  if (d.kind === "REGISTRATION") return `Đăng ký (${m.deliverable?.trim() || "Mẫu 1"})`;
  const name = deliverableName(d);
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} (${m.deliverable?.trim() || "Mẫu 2 và Đề cương"})`;
}
