import "server-only";
import { createPrismaClient, type Db, type DemoSeeder } from "./open";

export type { Db, DemoSeeder, Tx } from "./open";

// On globalThis: Next bundles instrumentation.ts and the routes separately, each with its own copy of this module.
type Holder = { promise?: Promise<Db>; override?: Db; seedDemo?: DemoSeeder };
const holder: Holder = ((globalThis as { __cchcDb?: Holder }).__cchcDb ??= {});

/**
 * The process-wide Prisma client, created on first use (never at import: `next build` imports
 * this module in its workers). On the embedded database the first call also migrates and,
 * in demo mode, seeds.
 */
export function getDb(): Promise<Db> {
  if (holder.override) return Promise.resolve(holder.override);
  holder.promise ??= createPrismaClient(holder.seedDemo).catch((err) => {
    holder.promise = undefined;
    throw err;
  });
  return holder.promise;
}

/** Tests point the app at their own database. */
export function setDbForTests(db: Db | undefined) {
  holder.override = db;
}

/**
 * What loads the demo data into a fresh embedded database on first open (demo mode only). Registered
 * by the app's entry, instrumentation.ts, before any request: the database layer imports no domain code.
 */
export function setDemoSeeder(seed: DemoSeeder | undefined) {
  holder.seedDemo = seed;
}
