import "server-only";
import { ruleError } from "@/lib/actions/result";
import type { SessionUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import type { BallotMode, CouncilSessionStatus } from "@/lib/generated/prisma/enums";
import { VOTING_MESSAGES } from "./schemas";

/** What the voting mutations share: the transaction with its error mapping and the session's locks. */

export type Actor = Pick<SessionUser, "id" | "roles" | "fullName">;


/** The database's own guard (trigger on CouncilVote) refused a ballot on a session that is not VOTING. */
export function isBallotNotOpenError(err: unknown): boolean {
  return errorText(err).includes("COUNCIL_BALLOT_NOT_OPEN");
}

function errorText(err: unknown, depth = 0): string {
  if (!err || typeof err !== "object" || depth > 4) return String(err ?? "");
  const e = err as { message?: unknown; cause?: unknown; meta?: unknown };
  let out = typeof e.message === "string" ? e.message : "";
  try {
    if (e.meta) out += ` ${JSON.stringify(e.meta)}`;
  } catch {
    /* circular meta */
  }
  if (e.cause) out += ` ${errorText(e.cause, depth + 1)}`;
  return out;
}

/**
 * The voting mutations' transaction: the shared one (lib/db/transaction.ts) with this flow's meanings:
 * the database refusing a ballot on a session that is not voting, and two submissions of the same
 * member racing on a new ballot (the second one is told to retry).
 */
export function votingTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return inTransaction(fn, {
    mapError: (err) => (isBallotNotOpenError(err) ? ruleError(VOTING_MESSAGES.closed) : null),
    onUniqueViolation: () => ruleError(VOTING_MESSAGES.busy),
  });
}

export interface LockedSession {
  id: string;
  title: string;
  status: CouncilSessionStatus;
  ballotMode: BallotMode;
  organisationUnitId: string;
  campaignId: string;
  chairUserId: string;
}

/**
 * Reads the session row under a lock: FOR SHARE for a member's ballot (many members at once), FOR
 * UPDATE for the chair's close. A ballot that started before the close is counted; one that starts
 * after sees CLOSED.
 */
export async function lockSession(tx: Tx, sessionId: string, mode: "share" | "update"): Promise<LockedSession | null> {
  const rows =
    mode === "share"
      ? await tx.$queryRaw<LockedSession[]>`
          SELECT "id", "title", "status"::text AS "status", "ballotMode"::text AS "ballotMode", "organisationUnitId", "campaignId", "chairUserId"
          FROM "CouncilSession" WHERE "id" = ${sessionId} FOR SHARE`
      : await tx.$queryRaw<LockedSession[]>`
          SELECT "id", "title", "status"::text AS "status", "ballotMode"::text AS "ballotMode", "organisationUnitId", "campaignId", "chairUserId"
          FROM "CouncilSession" WHERE "id" = ${sessionId} FOR UPDATE`;
  return rows[0] ?? null;
}

/** The actor's own row of the session (being convened), locked so that one member's submissions queue. */
export async function lockMember(tx: Tx, sessionId: string, userId: string) {
  const rows = await tx.$queryRaw<{ presentAt: Date | null; ballotCheck: string | null }[]>`
    SELECT "presentAt", "ballotCheck" FROM "CouncilSessionMember" WHERE "sessionId" = ${sessionId} AND "userId" = ${userId} FOR UPDATE`;
  return rows[0] ?? null;
}

export function assertVoting(status: CouncilSessionStatus) {
  if (status === "CLOSED") throw ruleError(VOTING_MESSAGES.closed);
  if (status !== "VOTING") throw ruleError(VOTING_MESSAGES.notOpen);
}

/**
 * Serialises, per session, every transaction that rewrites its secret votes and the chair's close. A
 * transaction-scoped advisory lock lives only in the lock table while it is held: unlike SELECT … FOR
 * UPDATE / FOR SHARE it writes nothing into any row (a row lock stores the locker's transaction id in
 * the row's xmax, which would tie the vote transaction to that row).
 */
export async function lockBallot(tx: Tx, sessionId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`council-ballot:${sessionId}`}::text))`;
}

/** The session's status read without a lock (a plain read leaves no trace in the row). */
export async function statusOf(tx: Tx, sessionId: string): Promise<CouncilSessionStatus | null> {
  const rows = await tx.$queryRaw<{ status: CouncilSessionStatus }[]>`SELECT "status"::text AS "status" FROM "CouncilSession" WHERE "id" = ${sessionId}`;
  return rows[0]?.status ?? null;
}
