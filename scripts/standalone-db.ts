/** Opens the configured database from a script (outside Next.js), migrated, with a close(). */
import { pgliteDataDir } from "../lib/db/config";
import { acquireDataDirLock } from "../lib/db/lock";
import { applyMigrations } from "../lib/db/migrate";
import { openPglite } from "../lib/db/pglite";
import { migratePostgres, pgliteRunner, prismaOnPglite, prismaOnPostgres, type Db } from "../lib/db/open";

export async function getDbStandalone(): Promise<{ prisma: Db; close: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    await migratePostgres(url);
    const prisma = prismaOnPostgres(url);
    return { prisma, close: () => prisma.$disconnect() };
  }
  const dir = pgliteDataDir();
  const release = acquireDataDirLock(dir);
  const pg = openPglite(dir);
  await applyMigrations(pgliteRunner(pg));
  const prisma = prismaOnPglite(pg);
  return {
    prisma,
    close: async () => {
      await prisma.$disconnect();
      await pg.close();
      release();
    },
  };
}
