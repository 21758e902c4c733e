import type { MilestoneKind, ReportPhase } from "@/lib/generated/prisma/enums";

/**
 * Which milestone asks for what in a reporting phase, and when a phase opens. Pure functions shared
 * by the unit reports, the office's summary report, the to-do list, reminders and compliance.
 */

/** The units' Mẫu 2 + Đề cương of a phase. */
export const UNIT_REPORT_KIND: Record<ReportPhase, MilestoneKind> = { MIDTERM: "MIDTERM_REPORT", FINAL: "FINAL_REPORT" };
/** The CCHC office's consolidated report of a phase (to the level above). */
export const SUMMARY_REPORT_KIND: Record<ReportPhase, MilestoneKind> = { MIDTERM: "MIDTERM_SUMMARY", FINAL: "FINAL_SUMMARY" };

export function phaseOfMilestoneKind(kind: MilestoneKind): { phase: ReportPhase; summary: boolean } | null {
  switch (kind) {
    case "MIDTERM_REPORT":
      return { phase: "MIDTERM", summary: false };
    case "FINAL_REPORT":
      return { phase: "FINAL", summary: false };
    case "MIDTERM_SUMMARY":
      return { phase: "MIDTERM", summary: true };
    case "FINAL_SUMMARY":
      return { phase: "FINAL", summary: true };
    default:
      return null;
  }
}

export interface PhaseMilestone {
  id: string;
  kind: MilestoneKind;
  dueAt: Date;
  opensAt: Date | null;
}

export interface PhaseWindow<M extends PhaseMilestone = PhaseMilestone> {
  milestone: M;
  /** Null: open as soon as the campaign is published. */
  opensAt: Date | null;
}

/**
 * The milestone of a phase's unit report (or of the summary report) and when it opens: its own
 * `opensAt` when set; otherwise when the milestone before it in the plan falls due (the mid-term
 * report opens when registration closes, the final one when the mid-term report falls due), since
 * a unit reports on what it registered. Null when the campaign has no such milestone.
 */
export function phaseWindow<M extends PhaseMilestone>(milestones: readonly M[], phase: ReportPhase, summary = false): PhaseWindow<M> | null {
  const kind = summary ? SUMMARY_REPORT_KIND[phase] : UNIT_REPORT_KIND[phase];
  const milestone = milestones.find((m) => m.kind === kind);
  if (!milestone) return null;
  if (milestone.opensAt) return { milestone, opensAt: milestone.opensAt };
  const previousKinds: MilestoneKind[] =
    phase === "MIDTERM"
      ? summary
        ? ["MIDTERM_REPORT"]
        : ["REGISTRATION"]
      : summary
        ? ["FINAL_REPORT"]
        : ["MIDTERM_REPORT", "REGISTRATION"];
  for (const k of previousKinds) {
    const prev = milestones.find((m) => m.kind === k);
    if (prev && prev.dueAt < milestone.dueAt) return { milestone, opensAt: prev.dueAt };
  }
  return { milestone, opensAt: null };
}

/** True when submissions for the window are accepted at `now` (lateness is judged separately). */
export function isWindowOpen(window: PhaseWindow | null, now: Date): boolean {
  if (!window) return false;
  return window.opensAt === null || now >= window.opensAt;
}
