/**
 * Effective deadlines: a milestone's due date, unless the CCHC office granted the unit an extension
 * (the newest one not revoked wins). Pure functions; the query lives in lib/deadlines/queries.ts.
 */
export interface ExtensionLike {
  milestoneId: string;
  unitId: string;
  dueAt: Date;
  createdAt: Date;
  revokedAt: Date | null;
}

export interface MilestoneLike {
  id: string;
  dueAt: Date;
  hardCutoffAt: Date | null;
}

/** The extension in force for one unit and milestone, if any. */
export function activeExtension<T extends ExtensionLike>(extensions: readonly T[], milestoneId: string, unitId: string): T | null {
  let best: T | null = null;
  for (const e of extensions) {
    if (e.milestoneId !== milestoneId || e.unitId !== unitId || e.revokedAt) continue;
    if (!best || e.createdAt.getTime() > best.createdAt.getTime()) best = e;
  }
  return best;
}

/** The instant the unit's deliverable is due: the extension's date, or the milestone's. */
export function effectiveDueAt(milestone: MilestoneLike, extension: ExtensionLike | null): Date {
  return extension ? extension.dueAt : milestone.dueAt;
}

/**
 * The instant after which the unit's submission is refused, or null when the campaign set no hard cut-off.
 * An extension granted by the office lets the unit submit until its new date even past the cut-off.
 */
export function effectiveCutoffAt(milestone: MilestoneLike, extension: ExtensionLike | null): Date | null {
  if (!milestone.hardCutoffAt) return null;
  if (extension && extension.dueAt.getTime() > milestone.hardCutoffAt.getTime()) return extension.dueAt;
  return milestone.hardCutoffAt;
}

/** Submissions at or after the cut-off instant are refused. */
export function isPastCutoff(now: Date, cutoffAt: Date | null): boolean {
  return !!cutoffAt && now.getTime() >= cutoffAt.getTime();
}
