import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { deriveBallotKey } from "@/lib/council/ballot-crypto";
import { hashPassword, verifyPassword } from "./password";
import { clearLoginFailures, isIdentifierLocked, recordLoginFailure } from "./throttle";

const credentialsSchema = z.object({
  identifier: z.string().trim().min(1).max(255),
  password: z.string().min(1).max(200),
});

/** Thrown (as the error message) when the identifier is locked; the sign-in form shows a specific text for it. */
export const LOCKED_MESSAGE = "LOCKED";

// Unknown accounts are checked against a throwaway hash so they cost as much time as known ones.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString("hex")));

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface AuthorizedUser {
  id: string;
  name: string;
  sv: number;
  /** Secret-ballot key derived from the password; lives only in the encrypted session cookie. */
  bk: string;
}

/**
 * The Credentials provider's check. Failures are counted per identifier in the database (shared by
 * every app server); from the third failure the answer is slowed down, from the fifth the identifier
 * is locked. `sleep` is injectable so that tests need not wait.
 */
export async function authorizeCredentials(
  raw: unknown,
  { sleep = realSleep }: { sleep?: (ms: number) => Promise<void> } = {},
): Promise<AuthorizedUser | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { identifier, password } = parsed.data;
  const db = await getDb();
  const lower = identifier.toLowerCase();
  const user = await db.user.findFirst({
    where: { OR: [{ username: lower }, { email: lower }] },
    select: { id: true, username: true, passwordHash: true, active: true, sessionVersion: true, fullName: true },
  });
  // One counter per account whichever name is typed (username or e-mail); unknown names count on their own.
  const throttleKey = user?.username ?? identifier;
  if (await isIdentifierLocked(throttleKey)) throw new Error(LOCKED_MESSAGE);
  const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (!user || !ok || !user.active) {
    const delay = await recordLoginFailure(throttleKey);
    if (delay) await sleep(delay);
    return null;
  }
  await clearLoginFailures(throttleKey);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { id: user.id, name: user.fullName, sv: user.sessionVersion, bk: deriveBallotKey(password, user.id) };
}
