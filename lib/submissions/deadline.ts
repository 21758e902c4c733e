import "server-only";
import { ruleError } from "@/lib/actions/result";
import type { Tx } from "@/lib/db/client";
import { isPastCutoff, type MilestoneLike } from "@/lib/deadlines/effective";
import { loadEffectiveDeadlines } from "@/lib/deadlines/queries";

/** A unit's deadline for one submission, as the pages show it. */
export interface UnitDeadline {
  /** The EFFECTIVE due date: an extension granted by the office replaces the milestone's date. */
  dueAt: Date | null;
  /** The milestone's own date. */
  originalDueAt: Date | null;
  /** The instant at and after which submissions are refused (the extension's, else the milestone's). */
  cutoffAt: Date | null;
  extension: { dueAt: Date; reason: string } | null;
}

/** The unit's effective deadline of `milestone`; all nulls when the plan sets no such milestone. */
export async function unitDeadline(milestone: MilestoneLike | null | undefined, unitId: string, client?: Tx): Promise<UnitDeadline> {
  if (!milestone) return { dueAt: null, originalDueAt: null, cutoffAt: null, extension: null };
  const eff = (await loadEffectiveDeadlines([milestone], [unitId], client))(milestone, unitId);
  return {
    dueAt: eff.dueAt,
    originalDueAt: milestone.dueAt,
    cutoffAt: eff.cutoffAt,
    extension: eff.extension ? { dueAt: eff.extension.dueAt, reason: eff.extension.reason } : null,
  };
}

/**
 * Read inside the submitting transaction: the unit's effective due date (lateness is measured
 * against it). At or after the unit's effective hard cut-off the submission is refused with
 * `refusal(cutoffAt)`, and the whole transaction with it: nothing is saved.
 */
export async function submissionDeadline(tx: Tx, milestone: MilestoneLike, unitId: string, now: Date, refusal: (cutoffAt: Date) => string): Promise<{ dueAt: Date; cutoffAt: Date | null }> {
  const { dueAt, cutoffAt } = (await loadEffectiveDeadlines([milestone], [unitId], tx))(milestone, unitId);
  if (cutoffAt && isPastCutoff(now, cutoffAt)) throw ruleError(refusal(cutoffAt));
  return { dueAt, cutoffAt };
}
