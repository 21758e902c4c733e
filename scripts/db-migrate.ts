/** `npm run db:migrate`: applies pending migrations to DATABASE_URL (PostgreSQL) or to the embedded database. */
import { pgliteDataDir } from "../lib/db/config";
import { acquireDataDirLock } from "../lib/db/lock";
import { applyMigrations } from "../lib/db/migrate";
import { migratePostgres, pgliteRunner } from "../lib/db/open";
import { openPglite } from "../lib/db/pglite";

async function main() {
  const url = process.env.DATABASE_URL;
  let applied: string[];
  if (url) {
    applied = await migratePostgres(url);
  } else {
    const dir = pgliteDataDir();
    const release = acquireDataDirLock(dir);
    const db = openPglite(dir);
    applied = await applyMigrations(pgliteRunner(db));
    await db.close();
    release();
  }
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
}

main().catch((err) => {
  console.error(err.message ?? err);
  process.exit(1);
});
