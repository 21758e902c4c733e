import "server-only";
import { createPrismaClient, type Db } from "./open";

export type { Db, Tx } from "./open";

type Holder = { promise?: Promise<Db>; override?: Db };
const holder: Holder = ((globalThis as { __cchcDb?: Holder }).__cchcDb ??= {});

/**
 * The process-wide Prisma client, created on first use (never at import: `next build` imports
 * this module in its workers). On the embedded database the first call also migrates and,
 * in demo mode, seeds.
 */
export function getDb(): Promise<Db> {
  if (holder.override) return Promise.resolve(holder.override);
  holder.promise ??= createPrismaClient().catch((err) => {
    holder.promise = undefined;
    throw err;
  });
  return holder.promise;
}

/** Tests point the app at their own database. */
export function setDbForTests(db: Db | undefined) {
  holder.override = db;
}
