import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirLock } from "../../lib/db/lock";
import { applyMigrations, MigrationChecksumError, pendingMigrations, readMigrations } from "../../lib/db/migrate";
import { pgliteRunner } from "../../lib/db/open";
import { checkHealth } from "../../lib/db/health";

const opened: PGlite[] = [];
async function freshDb() {
  const db = new PGlite();
  opened.push(db);
  await db.waitReady;
  return db;
}
afterEach(async () => {
  while (opened.length) await opened.pop()!.close();
});

describe("migration runner", () => {
  it("applies every migration once and records it in Prisma's table", async () => {
    const db = await freshDb();
    const first = await applyMigrations(pgliteRunner(db));
    expect(first).toEqual(readMigrations().map((m) => m.name));
    expect(await applyMigrations(pgliteRunner(db))).toEqual([]);
    const rows = await db.query<{ migration_name: string; applied_steps_count: number }>(
      `SELECT migration_name, applied_steps_count FROM "_prisma_migrations"`,
    );
    expect(rows.rows.every((r) => r.applied_steps_count === 1)).toBe(true);
    expect(await pendingMigrations(pgliteRunner(db))).toEqual([]);
  });

  it("refuses to start when an applied migration file was changed afterwards", async () => {
    const db = await freshDb();
    const files = readMigrations();
    await applyMigrations(pgliteRunner(db), files);
    const tampered = files.map((f, i) => (i === 0 ? { ...f, checksum: "0".repeat(64) } : f));
    await expect(applyMigrations(pgliteRunner(db), tampered)).rejects.toBeInstanceOf(MigrationChecksumError);
  });

  it("rolls back a failing migration and leaves it pending", async () => {
    const db = await freshDb();
    const files = readMigrations();
    await applyMigrations(pgliteRunner(db), files);
    const broken = { name: "29990101000000_broken", sql: "CREATE TABLE ok_table (id int); SELECT no_such_column FROM ok_table;", checksum: "x" };
    await expect(applyMigrations(pgliteRunner(db), [...files, broken])).rejects.toThrow(/29990101000000_broken/);
    const exists = await db.query<{ t: string | null }>(`SELECT to_regclass('ok_table')::text AS t`);
    expect(exists.rows[0].t).toBeNull();
    expect(await pendingMigrations(pgliteRunner(db), [...files, broken])).toEqual([broken.name]);
  });
});

describe("health check", () => {
  it("reports ok with the database kind once migrated", async () => {
    const health = await checkHealth();
    expect(health).toMatchObject({ status: "ok", db: process.env.DATABASE_URL ? "postgresql" : "pglite" });
  });
});

describe("embedded data directory lock", () => {
  it("refuses a second process on the same data directory with a clear message", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lock-test-"));
    const dataDir = path.join(dir, "pglite");
    // Another live process (our parent) holds the lock.
    fs.writeFileSync(`${dataDir}.lock`, String(process.ppid));
    expect(() => acquireDataDirLock(dataDir)).toThrow(/đang được tiến trình/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("takes over a lock left by a process that no longer exists", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lock-test-"));
    const dataDir = path.join(dir, "pglite");
    fs.writeFileSync(`${dataDir}.lock`, "999999999");
    const release = acquireDataDirLock(dataDir);
    expect(fs.readFileSync(`${dataDir}.lock`, "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
