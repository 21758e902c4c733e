import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { openPglite } from "../../lib/db/pglite";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, lockOwnerOf, parseLock } from "../../lib/db/lock";
import { applyMigrations, MigrationChecksumError, pendingMigrations, readMigrations } from "../../lib/db/migrate";
import { pgliteRunner } from "../../lib/db/open";
import { checkHealth } from "../../lib/db/health";

const opened: PGlite[] = [];
async function freshDb() {
  const db = openPglite();
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
  const hasProc = fs.existsSync(`/proc/${process.pid}/stat`);
  const tmpDataDir = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "lock-test-")), "pglite");

  it("refuses a second process on the same data directory with a clear message", () => {
    const dataDir = tmpDataDir();
    // Another live process (our parent) holds the lock, written in the old format (a bare PID).
    fs.writeFileSync(`${dataDir}.lock`, String(process.ppid));
    expect(() => acquireDataDirLock(dataDir)).toThrow(/đang được tiến trình/);
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });

  it("takes over a lock left by a process that no longer exists, and writes its own PID, start time and boot", () => {
    const dataDir = tmpDataDir();
    fs.writeFileSync(`${dataDir}.lock`, "999999999");
    const release = acquireDataDirLock(dataDir);
    const written = JSON.parse(fs.readFileSync(`${dataDir}.lock`, "utf8"));
    expect(written).toEqual(lockOwnerOf(process.pid));
    expect(written.pid).toBe(process.pid);
    if (hasProc) expect(written.start).toMatch(/^\d+$/);
    // Taking it again from the same process is harmless; releasing removes the file.
    acquireDataDirLock(dataDir)();
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(true);
    release();
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });

  it("takes over an old-format lock naming its own PID (written by an earlier process that had the same PID)", () => {
    const dataDir = tmpDataDir();
    fs.writeFileSync(`${dataDir}.lock`, String(process.pid));
    const release = acquireDataDirLock(dataDir);
    expect(parseLock(fs.readFileSync(`${dataDir}.lock`, "utf8"))).toEqual(lockOwnerOf(process.pid));
    release();
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });

  it.skipIf(!hasProc)("takes over a lock whose PID is alive but now belongs to another process (PID reused)", () => {
    const dataDir = tmpDataDir();
    const parent = lockOwnerOf(process.ppid);
    expect(parent.start).not.toBeNull();
    // Our parent is alive, but the lock says it started at another time: the PID was reused.
    fs.writeFileSync(`${dataDir}.lock`, JSON.stringify({ ...parent, start: String(Number(parent.start) + 12345) }));
    const release = acquireDataDirLock(dataDir);
    expect(parseLock(fs.readFileSync(`${dataDir}.lock`, "utf8"))).toEqual(lockOwnerOf(process.pid));
    release();
    // Same PID and start time but written before a reboot: stale too.
    fs.writeFileSync(`${dataDir}.lock`, JSON.stringify({ ...parent, boot: "00000000-0000-0000-0000-000000000000" }));
    acquireDataDirLock(dataDir)();
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });

  it.skipIf(!hasProc)("refuses while the holder named with its right start time is alive, and takes over once it has exited", async () => {
    const dataDir = tmpDataDir();
    const holder = spawn(process.execPath, ["-e", "setTimeout(()=>{},60000)"], { stdio: "ignore" });
    try {
      await new Promise<void>((resolve, reject) => {
        holder.once("spawn", resolve);
        holder.once("error", reject);
      });
      const owner = lockOwnerOf(holder.pid!);
      expect(owner.start).toMatch(/^\d+$/);
      fs.writeFileSync(`${dataDir}.lock`, JSON.stringify(owner));
      expect(() => acquireDataDirLock(dataDir)).toThrow(`đang được tiến trình ${holder.pid} sử dụng`);
      expect(parseLock(fs.readFileSync(`${dataDir}.lock`, "utf8"))).toEqual(owner);
    } finally {
      const exited = new Promise((resolve) => holder.once("exit", resolve));
      holder.kill();
      await exited;
    }
    const release = acquireDataDirLock(dataDir);
    expect(parseLock(fs.readFileSync(`${dataDir}.lock`, "utf8"))?.pid).toBe(process.pid);
    release();
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });
});
