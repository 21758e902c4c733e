import "server-only";
import { getDb } from "@/lib/db/client";

/** The actor's own token, or null. */
export async function getOwnCalendarToken(actor: { id: string }): Promise<string | null> {
  const db = await getDb();
  const row = await db.user.findUnique({ where: { id: actor.id }, select: { calendarToken: true } });
  return row?.calendarToken ?? null;
}
