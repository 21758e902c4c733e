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
  // Grouped once by (milestone, unit): the compliance page asks for ~2,000 units × each milestone, and a
  // scan of every extension per pair grew with their product.
  const byPair = new Map<string, typeof extensions>();
  for (const e of extensions) {
    const key = `${e.milestoneId}\u0000${e.unitId}`;
    const group = byPair.get(key);
    if (group) group.push(e);
    else byPair.set(key, [e]);
  }
  return (milestone: MilestoneLike, unitId: string) => {
    const group = byPair.get(`${milestone.id}\u0000${unitId}`);
    const extension = group ? activeExtension(group, milestone.id, unitId) : null;
    return { dueAt: effectiveDueAt(milestone, extension), cutoffAt: effectiveCutoffAt(milestone, extension), extension };
  };
}
