import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** Unread notifications of the signed-in user (one index-only count on (userId, readAt)). */
export async function countUnread(user: Pick<SessionUser, "id">): Promise<number> {
  const db = await getDb();
  return db.notification.count({ where: { userId: user.id, readAt: null } });
}

/** The user's own notifications, newest first, one page. */
export async function listNotifications(user: Pick<SessionUser, "id">, page = 1) {
  const db = await getDb();
  const where = { userId: user.id };
  const [total, rows] = await Promise.all([
    db.notification.count({ where }),
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
      take: NOTIFICATIONS_PAGE_SIZE,
      select: { id: true, title: true, body: true, link: true, createdAt: true, readAt: true },
    }),
  ]);
  return { total, rows, page, pageSize: NOTIFICATIONS_PAGE_SIZE };
}

/**
 * A link is followed only when it is a path of this site ("/…", not "//host" nor "/\host"):
 * anything else falls back to the notification centre, so a stored link can never redirect away.
 */
export function safeInternalPath(link: string | null | undefined): string {
  if (!link) return "/notifications";
  if (!link.startsWith("/") || link.startsWith("//") || link.startsWith("/\\")) return "/notifications";
  if (/[\u0000-\u001f\\]/.test(link)) return "/notifications";
  return link;
}

/** The user's own e-mail address and reminder e-mail choice (account page). */
export async function getNotificationPreferences(user: Pick<SessionUser, "id">) {
  const db = await getDb();
  return db.user.findUnique({ where: { id: user.id }, select: { email: true, digestMode: true } });
}
