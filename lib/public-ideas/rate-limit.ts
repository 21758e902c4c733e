import "server-only";
import { getDb } from "@/lib/db/client";
import { sha256Hex } from "./codes";

/**
 * Fixed-window counters for anonymous clients, in the database (PublicRateLimit) so that they hold
 * across app servers. One statement counts and answers atomically: two servers counting the same key
 * at once both see the sum. Keys hold no personal data: addresses and e-mails are hashed.
 */
export interface Limit {
  /** e.g. "idea-ip" */
  name: string;
  max: number;
  windowMs: number;
}

export const LIMITS = {
  /** Ideas sent from one network address. */
  ideasPerAddress: { name: "idea-ip", max: 5, windowMs: 60 * 60 * 1000 },
  /** Ideas sent with one e-mail address or phone number. */
  ideasPerContact: { name: "idea-contact", max: 3, windowMs: 24 * 60 * 60 * 1000 },
  /** Tracking codes that matched nothing, per address. */
  wrongCodesPerAddress: { name: "code-miss-ip", max: 10, windowMs: 15 * 60 * 1000 },
} satisfies Record<string, Limit>;

export function limitKey(limit: Limit, subject: string): string {
  return `${limit.name}:${sha256Hex(`${limit.name}:${subject.toLowerCase()}`).slice(0, 40)}`;
}

/** Counts one event; true when it is still within the limit. */
export async function hitLimit(limit: Limit, subject: string, now = new Date()): Promise<boolean> {
  const db = await getDb();
  const key = limitKey(limit, subject);
  const windowStart = new Date(now.getTime() - limit.windowMs);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "PublicRateLimit" ("key", "windowStartedAt", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "PublicRateLimit"."windowStartedAt" <= ${windowStart} THEN 1 ELSE "PublicRateLimit"."count" + 1 END,
      "windowStartedAt" = CASE WHEN "PublicRateLimit"."windowStartedAt" <= ${windowStart} THEN ${now} ELSE "PublicRateLimit"."windowStartedAt" END
    RETURNING "count"`;
  return Number(rows[0]?.count ?? 0) <= limit.max;
}

/** True when the subject has already used up the limit in the current window (counts nothing). */
export async function limitReached(limit: Limit, subject: string, now = new Date()): Promise<boolean> {
  const db = await getDb();
  const row = await db.publicRateLimit.findUnique({ where: { key: limitKey(limit, subject) } });
  if (!row || row.windowStartedAt.getTime() <= now.getTime() - limit.windowMs) return false;
  return row.count >= limit.max;
}

/** Drops windows that ended long ago (run by the daily purge). */
export async function pruneLimits(now = new Date()): Promise<number> {
  const db = await getDb();
  const { count } = await db.publicRateLimit.deleteMany({ where: { windowStartedAt: { lt: new Date(now.getTime() - 2 * 24 * 60 * 60 * 1000) } } });
  return count;
}
