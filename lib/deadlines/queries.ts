import "server-only";
import type { Tx } from "@/lib/db/client";
import { getDb } from "@/lib/db/client";
import { activeExtension, effectiveCutoffAt, effectiveDueAt, type MilestoneLike } from "./effective";

/**
 * Effective due and cut-off instants for many (milestone, unit) pairs in ONE query of extensions.
 * Returns a lookup function. Pass a transaction client to read inside a transaction.
 */
export async function loadEffectiveDeadlines(milestones: readonly MilestoneLike[], unitIds: readonly string[], client?: Tx) {
  const db = client ?? (await getDb());
  const extensions =
    milestones.length && unitIds.length
      ? await db.milestoneExtension.findMany({
          where: { milestoneId: { in: milestones.map((m) => m.id) }, unitId: { in: [...unitIds] }, revokedAt: null },
          select: { id: true, milestoneId: true, unitId: true, dueAt: true, createdAt: true, revokedAt: true, reason: true },
        })
      : [];
  return (milestone: MilestoneLike, unitId: string) => {
    const extension = activeExtension(extensions, milestone.id, unitId);
    return { dueAt: effectiveDueAt(milestone, extension), cutoffAt: effectiveCutoffAt(milestone, extension), extension };
  };
}
