import type { PrismaClient } from "../generated/prisma/client";

/**
 * VACUUM (ANALYZE) of the portal's own tables: dead row versions removed, the visibility map set (index-only
 * scans), and the planner's statistics gathered.
 *
 * The embedded database needs it most: PGlite runs PostgreSQL in single-user mode, where autovacuum never
 * runs. Without it an embedded portal kept no statistics at all (`reltuples = -1`: the planner guesses, and
 * the consolidated list's query took ~800 ms instead of ~16 ms), and every updated row kept its dead copy
 * forever — including the vote rows a secret ballot rewrites (lib/council/ballot-crypto.ts). On a
 * PostgreSQL server autovacuum normally does this already; running it once a day there is cheap at the
 * portal's size and covers a server where autovacuum is off.
 *
 * Only the tables of the current schema are named: a database user that does not own the system catalogs
 * would get a warning for each of them.
 */
export async function vacuumAnalyze(db: PrismaClient): Promise<{ tables: number; ms: number }> {
  const started = Date.now();
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename AS "name" FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`;
  if (tables.length) {
    // Table names come from the catalog, quoted as identifiers (a quote inside is doubled).
    const list = tables.map((t) => `"${t.name.replaceAll('"', '""')}"`).join(", ");
    await db.$executeRawUnsafe(`VACUUM (ANALYZE) ${list}`);
  }
  return { tables: tables.length, ms: Date.now() - started };
}
