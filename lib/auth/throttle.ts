import "server-only";
import { getDb } from "@/lib/db/client";
import {
  delayAfterFailures,
  isLocked,
  minutesLeft,
  nextStateAfterFailure,
  POLICIES,
  ROW_TTL_MS,
  throttleKeys,
  type ThrottleKind,
  type ThrottleState,
} from "./throttle-rules";

export const accountKey = (name: string) => name.trim().toLowerCase().slice(0, 255);

/**
 * Whether this client may try this account now: blocked when the client has been failing on this
 * account (pair) or across accounts (client). Never because of other clients' failures.
 * Returns the minutes left of the longest block, or null.
 */
export async function blockedMinutes(client: string, account: string, now = new Date()): Promise<number | null> {
  const db = await getDb();
  const keys = throttleKeys(client, accountKey(account));
  const rows = await db.loginThrottle.findMany({ where: { identifier: { in: [keys.pair, keys.client] } } });
  const blocking = rows.filter((r) => isLocked(r, now));
  if (!blocking.length) return null;
  return Math.max(...blocking.map((r) => minutesLeft(r, now)));
}

/**
 * Records one failed attempt on the three counters (shared by every app server through the database)
 * and returns the delay to apply to this answer. Rows older than a day that block nothing are removed
 * on the way, so names that were only ever mistyped do not pile up.
 */
export async function recordLoginFailure(client: string, account: string, now = new Date()): Promise<number> {
  const db = await getDb();
  const acct = accountKey(account);
  const keys = throttleKeys(client, acct);
  const entries: [ThrottleKind, string, string | null][] = [
    ["pair", keys.pair, acct],
    ["client", keys.client, null],
    ["account", keys.account, acct],
  ];
  const delays = await db.$transaction(async (tx) => {
    await tx.$executeRaw`DELETE FROM "LoginThrottle" WHERE "lastFailureAt" < ${new Date(now.getTime() - ROW_TTL_MS)}
      AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})`;
    const out: number[] = [];
    for (const [kind, identifier, accountName] of entries) {
      // Row lock: two servers counting the same key at once must not lose a failure.
      await tx.$executeRaw`INSERT INTO "LoginThrottle" (identifier, account, failures, "firstFailureAt", "lastFailureAt")
        VALUES (${identifier}, ${accountName}, 0, ${now}, ${now}) ON CONFLICT (identifier) DO NOTHING`;
      const rows = await tx.$queryRaw<ThrottleState[]>`
        SELECT failures, "firstFailureAt", "lastFailureAt", "lockedUntil" FROM "LoginThrottle" WHERE identifier = ${identifier} FOR UPDATE`;
      const next = nextStateAfterFailure(POLICIES[kind], rows[0], now);
      await tx.loginThrottle.update({
        where: { identifier },
        data: { failures: next.failures, firstFailureAt: next.firstFailureAt, lastFailureAt: now, lockedUntil: next.lockedUntil },
      });
      out.push(delayAfterFailures(POLICIES[kind], next.failures));
    }
    return out;
  });
  return Math.max(...delays);
}

/** After a right password: this client's failures on this account and the account's own count are cleared. */
export async function clearLoginFailures(client: string, account: string) {
  const db = await getDb();
  const keys = throttleKeys(client, accountKey(account));
  await db.loginThrottle.deleteMany({ where: { identifier: { in: [keys.pair, keys.account] } } });
}
