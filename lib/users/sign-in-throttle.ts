import "server-only";
import { forbiddenError, notFoundError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { can, canAnywhere } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { accountKey } from "@/lib/auth/throttle";
import { getDb } from "@/lib/db/client";

/** What the administrator sees of an account's sign-in throttling: clients blocked now and recent failures. */
export interface SignInThrottleStatus {
  blockedClients: number;
  blockedUntil: Date | null;
  recentFailures: number;
  lastFailureAt: Date | null;
}

async function loadAccount(actor: SessionUser, id: string) {
  if (!canAnywhere(actor.roles, "manage:user")) throw forbiddenError();
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, username: true, email: true, unitId: true, unit: { select: { id: true, path: true } } },
  });
  if (!user || !can(actor.roles, "manage:user", user.unit)) throw notFoundError();
  return user;
}

const accountsOf = (u: { username: string; email: string | null }) => [u.username, u.email].filter((v): v is string => !!v).map(accountKey);

export async function getSignInThrottleStatus(actor: SessionUser, userId: string, now = new Date()): Promise<SignInThrottleStatus> {
  const user = await loadAccount(actor, userId);
  const db = await getDb();
  const rows = await db.loginThrottle.findMany({
    where: { account: { in: accountsOf(user) } },
    select: { identifier: true, failures: true, lastFailureAt: true, lockedUntil: true },
  });
  const blocked = rows.filter((r) => r.identifier.startsWith("p:") && r.lockedUntil && r.lockedUntil > now);
  const accountRow = rows.find((r) => r.identifier.startsWith("a:"));
  return {
    blockedClients: blocked.length,
    blockedUntil: blocked.length ? new Date(Math.max(...blocked.map((r) => r.lockedUntil!.getTime()))) : null,
    recentFailures: accountRow?.failures ?? 0,
    lastFailureAt: accountRow?.lastFailureAt ?? null,
  };
}

/**
 * "Mở khoá đăng nhập": clears every sign-in block and failure count of the account, from every client,
 * without touching the password (a reset would also change a council member's ballot key, so a secret
 * vote already cast could no longer be changed). Audited.
 */
export async function unlockSignIn(actor: SessionUser, input: { id: string }) {
  const user = await loadAccount(actor, input.id);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { count } = await tx.loginThrottle.deleteMany({ where: { account: { in: accountsOf(user) } } });
    await writeAudit(tx, actor.id, {
      action: "user.sign-in.unlock",
      entityType: "User",
      entityId: user.id,
      unitId: user.unitId,
      before: { throttleRows: count },
      after: { throttleRows: 0, passwordChanged: false },
      summary: `Mở khoá đăng nhập của tài khoản "${user.username}" (không đổi mật khẩu)`,
    });
    return { cleared: count };
  });
}
