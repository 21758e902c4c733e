import "server-only";
import { getDb } from "@/lib/db/client";
import { formatDateTimeVN, formatDateVN } from "@/lib/time/vn";
import { queueEmail } from "./queue";
import { renderEmail } from "./templates";

/** Most notifications listed in one digest; the rest go into the next one. */
export const DIGEST_MAX_ITEMS = 200;

export interface DigestCounts {
  users: number;
  emails: number;
  notifications: number;
  withoutEmail: number;
}

/**
 * Sends each user with waiting digest notifications ONE e-mail listing them and marks exactly
 * those notifications digested, in one transaction per user. Running it twice (or on two
 * servers) sends nothing more: the marking only succeeds while `digestedAt` is still null.
 */
export async function sendDailyDigests(opts: { now?: Date } = {}): Promise<DigestCounts> {
  const now = opts.now ?? new Date();
  const db = await getDb();
  const counts: DigestCounts = { users: 0, emails: 0, notifications: 0, withoutEmail: 0 };
  const users = await db.notification.findMany({
    where: { wantsDigest: true, digestedAt: null, createdAt: { lte: now } },
    distinct: ["userId"],
    select: { userId: true },
  });

  for (const { userId } of users) {
    const done = await db
      .$transaction(async (tx) => {
        const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, fullName: true, email: true, active: true } });
        const items = await tx.notification.findMany({
          where: { userId, wantsDigest: true, digestedAt: null, createdAt: { lte: now } },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          take: DIGEST_MAX_ITEMS,
          select: { id: true, title: true, link: true, createdAt: true },
        });
        if (!user || items.length === 0) return null;
        const ids = items.map((n) => n.id);
        const marked = await tx.notification.updateMany({ where: { id: { in: ids }, digestedAt: null }, data: { digestedAt: now } });
        if (marked.count !== ids.length) throw new DigestRace();
        if (!user.email || !user.active) return { items: items.length, emailed: false };
        const mail = renderEmail({
          greetingName: user.fullName,
          title: `Tổng hợp nhắc việc ngày ${formatDateVN(now)}: ${items.length} thông báo`,
          lines: [`Anh/chị có ${items.length} thông báo mới trên Cổng thi đua cải cách hành chính:`],
          items: items.map((n) => ({ text: `${n.title} (${formatDateTimeVN(n.createdAt)})`, url: n.link ? `/notifications/${n.id}/open` : null })),
          actionText: "Xem tất cả thông báo",
          actionUrl: "/notifications",
        });
        await queueEmail(tx, { to: user.email, toUserId: user.id, subject: mail.subject, text: mail.text, html: mail.html });
        return { items: items.length, emailed: true };
      })
      .catch((err) => {
        if (err instanceof DigestRace) return null; // another run digested them meanwhile
        throw err;
      });
    if (!done) continue;
    counts.users++;
    counts.notifications += done.items;
    if (done.emailed) counts.emails++;
    else counts.withoutEmail++;
  }
  return counts;
}

class DigestRace extends Error {}
