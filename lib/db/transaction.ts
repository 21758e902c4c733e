import "server-only";
import { conflictError, DomainError } from "@/lib/actions/result";
import { getDb, type Tx } from "./client";

/** P2002: a unique constraint refused the write (two requests racing on the same key). */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: string }).code === "P2002";
}

export interface TransactionOptions {
  /**
   * What a unique-constraint violation means to the user. Default: someone else changed the record
   * first (CONFLICT, "tải lại trang"). A flow with its own meaning (a ballot submitted twice at once)
   * returns its own DomainError.
   */
  onUniqueViolation?: () => DomainError;
  /** Other database errors with a meaning for this flow (e.g. a trigger's refusal); null = not mine. */
  mapError?: (err: unknown) => DomainError | null;
  /** For the rare long write (a bulk run); the default is the client's TX_OPTIONS (30 s, lib/db/open.ts). */
  timeoutMs?: number;
}

/**
 * P2034: the database aborted the transaction for a write conflict or a deadlock (two transactions
 * locking the same rows in opposite orders, e.g. a unit renamed while its head saves: the rename's
 * trigger rewrites the unit's initiatives). Nothing was written; trying again succeeds.
 */
export function isWriteConflict(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: string }).code === "P2034";
}

/**
 * The one way a mutation opens its transaction: the change and its audit row commit together, with
 * the client's default time limits (TX_OPTIONS), and a race on a unique key becomes a clear message
 * instead of a generic error. DomainErrors thrown inside pass through unchanged.
 */
export async function inTransaction<T>(fn: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  const db = await getDb();
  try {
    return options.timeoutMs ? await db.$transaction(fn, { timeout: options.timeoutMs }) : await db.$transaction(fn);
  } catch (err) {
    if (err instanceof DomainError) throw err;
    const mapped = options.mapError?.(err);
    if (mapped) throw mapped;
    if (isUniqueViolation(err)) throw options.onUniqueViolation ? options.onUniqueViolation() : conflictError();
    if (isWriteConflict(err)) throw conflictError();
    throw err;
  }
}
