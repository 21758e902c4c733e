import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** The minimal SQL surface both PGlite and node-postgres offer. */
export interface SqlRunner {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** Runs a script of several statements (no parameters). */
  exec(sql: string): Promise<void>;
}

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function migrationsDir(): string {
  return path.resolve(process.env.MIGRATIONS_DIR ?? path.join(process.cwd(), "prisma", "migrations"));
}

export function readMigrations(dir = migrationsDir()): MigrationFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const bytes = fs.readFileSync(path.join(dir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationChecksumError extends Error {}

/**
 * Applies pending migrations in Prisma's layout and bookkeeping table, each in its own transaction.
 * Refuses to run when an already-applied migration file was changed (Prisma itself does not check).
 * Concurrent runners on PostgreSQL are serialised by an advisory lock.
 */
export async function applyMigrations(db: SqlRunner, files = readMigrations()): Promise<string[]> {
  const applied: string[] = [];
  await db.exec(CREATE_TABLE);
  await db.query("SELECT pg_advisory_lock(72157001)");
  try {
    const { rows } = await db.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const done = new Map(rows.filter((r) => r.finished_at).map((r) => [r.migration_name, r.checksum]));
    for (const file of files) {
      const known = done.get(file.name);
      if (known !== undefined) {
        if (known !== file.checksum) {
          throw new MigrationChecksumError(
            `Migration ${file.name} was changed after it was applied (checksum differs). ` +
              `Never edit an applied migration: create a new one with "npm run db:migration:new".`,
          );
        }
        continue;
      }
      const id = randomUUID();
      await db.exec("BEGIN");
      try {
        await db.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`,
          [id, file.checksum, file.name],
        );
        await db.exec(file.sql);
        await db.query(
          `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
          [id],
        );
        await db.exec("COMMIT");
      } catch (err) {
        await db.exec("ROLLBACK");
        throw new Error(`Migration ${file.name} failed: ${(err as Error).message}`);
      }
      applied.push(file.name);
    }
  } finally {
    await db.query("SELECT pg_advisory_unlock(72157001)");
  }
  return applied;
}

export async function pendingMigrations(db: SqlRunner, files = readMigrations()): Promise<string[]> {
  const { rows } = await db.query<{ n: string }>(`SELECT to_regclass('"_prisma_migrations"')::text AS n`);
  if (!rows[0]?.n) return files.map((f) => f.name);
  const done = await db.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const names = new Set(done.rows.map((r) => r.migration_name));
  return files.filter((f) => !names.has(f.name)).map((f) => f.name);
}
