import "server-only";
import { getDb } from "@/lib/db/client";
import { delayAfterFailures, isLocked, nextStateAfterFailure } from "./throttle-rules";

const key = (identifier: string) => identifier.trim().toLowerCase().slice(0, 255);

export async function isIdentifierLocked(identifier: string, now = new Date()): Promise<boolean> {
  const db = await getDb();
  const state = await db.loginThrottle.findUnique({ where: { identifier: key(identifier) } });
  return isLocked(state, now);
}

/** Records a failed attempt (shared across app servers through the database) and returns the delay to apply. */
export async function recordLoginFailure(identifier: string, now = new Date()): Promise<number> {
  const db = await getDb();
  const id = key(identifier);
  const failures = await db.$transaction(async (tx) => {
    // Row lock: two servers counting the same identifier at once must not lose a failure.
    await tx.$executeRaw`INSERT INTO "LoginThrottle" (identifier, failures, "firstFailureAt", "lastFailureAt")
      VALUES (${id}, 0, ${now}, ${now}) ON CONFLICT (identifier) DO NOTHING`;
    const rows = await tx.$queryRaw<{ failures: number; firstFailureAt: Date; lockedUntil: Date | null }[]>`
      SELECT failures, "firstFailureAt", "lockedUntil" FROM "LoginThrottle" WHERE identifier = ${id} FOR UPDATE`;
    const current = rows[0].failures === 0 ? null : rows[0];
    const next = nextStateAfterFailure(current, now);
    await tx.loginThrottle.update({
      where: { identifier: id },
      data: { failures: next.failures, firstFailureAt: next.firstFailureAt, lastFailureAt: now, lockedUntil: next.lockedUntil },
    });
    return next.failures;
  });
  return delayAfterFailures(failures);
}

export async function clearLoginFailures(identifier: string) {
  const db = await getDb();
  await db.loginThrottle.deleteMany({ where: { identifier: key(identifier) } });
}
