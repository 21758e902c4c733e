import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { deriveBallotKeyAsync } from "@/lib/council/ballot-crypto";
import { clientAddress } from "./client-address";
import { hashPassword, verifyPassword } from "./password";
import { createUserSession } from "./user-session";
import { accountKey, blockedMinutes, clearLoginFailures, recordLoginFailure } from "./throttle";

const credentialsSchema = z.object({
  identifier: z.string().trim().min(1).max(255),
  password: z.string().min(1).max(200),
});

/**
 * Thrown as the error message when this client is blocked for this account ("LOCKED:<minutes>");
 * the sign-in form shows a specific text for it.
 */
export const LOCKED_MESSAGE = "LOCKED";
/** Thrown when the database cannot be reached: the form says the system is unavailable, not that the password is wrong. */
export const UNAVAILABLE_MESSAGE = "UNAVAILABLE";

// Unknown accounts are checked against a throwaway hash so they cost as much time as known ones.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString("hex")));

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface AuthorizedUser {
  id: string;
  name: string;
  sv: number;
  /** Server-side session (UserSession row): signing out deletes it. */
  sid: string;
  /** Secret-ballot key derived from the password; lives only in the encrypted session cookie. */
  bk: string;
}

interface Options {
  sleep?: (ms: number) => Promise<void>;
  /** The request's headers (next-auth passes them): the client is read from X-Forwarded-For. */
  headers?: Record<string, string | string[] | undefined> | Headers | null;
}

/**
 * The Credentials provider's check. Failures are counted in the database (shared by every app server)
 * per client and account, per client and per account (lib/auth/throttle-rules.ts): a client that keeps
 * failing is slowed down, then blocked; an account is never locked for everyone. `sleep` is injectable
 * so that tests need not wait.
 */
export async function authorizeCredentials(raw: unknown, { sleep = realSleep, headers }: Options = {}): Promise<AuthorizedUser | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { identifier, password } = parsed.data;
  const client = clientAddress(headers);
  const lower = identifier.toLowerCase();
  try {
    const db = await getDb();
    const user = await db.user.findFirst({
      where: { OR: [{ username: lower }, { email: lower }] },
      select: { id: true, username: true, passwordHash: true, active: true, sessionVersion: true, fullName: true },
    });
    // One counter per account whichever name is typed (username or e-mail); unknown names count on their own.
    const account = accountKey(user?.username ?? identifier);
    const minutes = await blockedMinutes(client, account);
    if (minutes !== null) throw new Error(`${LOCKED_MESSAGE}:${minutes}`);
    const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
    if (!user || !ok || !user.active) {
      const delay = await recordLoginFailure(client, account);
      if (delay) await sleep(delay);
      return null;
    }
    await clearLoginFailures(client, account);
    const sid = await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
      return createUserSession(tx, user.id);
    });
    return { id: user.id, name: user.fullName, sv: user.sessionVersion, sid, bk: await deriveBallotKeyAsync(password, user.id) };
  } catch (err) {
    if (err instanceof Error && err.message.startsWith(LOCKED_MESSAGE)) throw err;
    // Anything else here is the database or the server failing, not a wrong password.
    console.error("Sign-in unavailable:", err instanceof Error ? err.message : err);
    throw new Error(UNAVAILABLE_MESSAGE);
  }
}
