import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client";
import { dbKind, demoMode, pgliteDataDir } from "./config";
import { acquireDataDirLock } from "./lock";
import { openPglite } from "./pglite";
import { preparedStatementName, preparedStatementsEnabled } from "./statement-names";
import { applyMigrations, type SqlRunner } from "./migrate";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// Transactions queue behind each other on PGlite (one connection): give them room to wait.
export const TX_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;

export function pgliteRunner(db: PGlite): SqlRunner {
  return {
    query: (sql, params) => db.query(sql, params) as never,
    exec: async (sql) => {
      await db.exec(sql);
    },
  };
}

export function pgRunner(client: pg.Client | pg.PoolClient): SqlRunner {
  return {
    query: (sql, params) => client.query(sql, params as unknown[]) as never,
    exec: async (sql) => {
      await client.query(sql);
    },
  };
}

export function prismaOnPglite(db: PGlite): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPGlite(db), transactionOptions: TX_OPTIONS });
}

export function prismaOnPostgres(connectionString: string): PrismaClient {
  const adapter = new PrismaPg(
    // A connection keeps its prepared statements (./statement-names) and its warmed caches only while it
    // is open: a backend's first run of the summary's aggregate took 39 ms, the next ones 7-8 ms. pg's
    // default closes a connection after 10 s idle, so quiet minutes threw that away; idle ones now stay for
    // 5 minutes. allowExitOnIdle lets a script end with idle connections still open.
    { connectionString, idleTimeoutMillis: 300_000, allowExitOnIdle: true },
    preparedStatementsEnabled() ? { statementNameGenerator: preparedStatementName } : {},
  );
  return new PrismaClient({ adapter, transactionOptions: TX_OPTIONS });
}

/**
 * Loads the demo data into an empty database. The database layer imports no domain code: the app's
 * entry (instrumentation.ts) hands it the seed of prisma/seed/demo.ts (see setDemoSeeder in ./client).
 */
export type DemoSeeder = (prisma: PrismaClient) => Promise<unknown>;

/** Opens the configured database. Embedded: lock, migrate, and in demo mode seed (when given a seeder) on first run. */
export async function createPrismaClient(seedDemo?: DemoSeeder): Promise<PrismaClient> {
  if (dbKind() === "postgresql") {
    // Migrations on PostgreSQL are applied by `npm run db:migrate` (run by `npm start`), not here:
    // several app servers must not race each other at start-up.
    return prismaOnPostgres(process.env.DATABASE_URL!);
  }
  const dataDir = pgliteDataDir();
  acquireDataDirLock(dataDir);
  const db = openPglite(dataDir);
  await db.waitReady;
  await applyMigrations(pgliteRunner(db));
  const prisma = prismaOnPglite(db);
  if (demoMode()) {
    if (seedDemo) await seedDemo(prisma);
    else console.warn("[db] demo mode, but no demo seeder was registered (instrumentation.ts): the database is left as it is.");
  }
  return prisma;
}

/** Applies migrations to a PostgreSQL server (used by `npm run db:migrate` and `npm start`). */
export async function migratePostgres(connectionString: string): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await applyMigrations(pgRunner(client));
  } finally {
    await client.end();
  }
}
