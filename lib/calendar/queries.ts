import "server-only";
import { getDb } from "@/lib/db/client";

/**
 * Whether the actor has an active private calendar link. The link itself cannot be shown again: only the
 * hash of its secret is stored (it is shown once, when it is created).
 */
export async function hasOwnCalendarFeed(actor: { id: string }): Promise<boolean> {
  const db = await getDb();
  const row = await db.user.findUnique({ where: { id: actor.id }, select: { calendarTokenHash: true } });
  return !!row?.calendarTokenHash;
}
