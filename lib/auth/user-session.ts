import "server-only";
import { randomBytes } from "node:crypto";
import { getDb, type Tx } from "@/lib/db/client";

/**
 * Server-side sessions. The JWT cookie names its session (sid); every request checks that the row is
 * still there, so signing out (which deletes it) ends a copied cookie at once on every app server.
 * A session lasts SESSION_MAX_AGE_S after the last activity, like the cookie; its expiry is pushed
 * forward at most once every SESSION_TOUCH_MS so that reading pages does not write on every request.
 */
export const SESSION_MAX_AGE_S = 8 * 60 * 60;
export const SESSION_TOUCH_MS = 15 * 60_000;

export async function createUserSession(tx: Tx, userId: string, now = new Date()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await tx.userSession.deleteMany({ where: { expiresAt: { lt: now } } });
  await tx.userSession.create({ data: { id, userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000) } });
  return id;
}

/** Pushes the expiry forward when it was last set more than SESSION_TOUCH_MS ago. */
export async function touchUserSession(id: string, expiresAt: Date, now = new Date()) {
  const fresh = new Date(now.getTime() + SESSION_MAX_AGE_S * 1000);
  if (fresh.getTime() - expiresAt.getTime() < SESSION_TOUCH_MS) return;
  const db = await getDb();
  await db.userSession.updateMany({ where: { id, expiresAt: { gt: now } }, data: { expiresAt: fresh } });
}

/** Sign-out: the session named by the cookie ends everywhere. */
export async function endUserSession(id: unknown) {
  if (typeof id !== "string" || !id) return;
  const db = await getDb();
  await db.userSession.deleteMany({ where: { id } });
}
