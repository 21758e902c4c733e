import fs from "node:fs";
import path from "node:path";

/**
 * Who holds a data-directory lock. A PID alone is not enough: after a crash (or a container restart) the
 * operating system may hand the same PID to a new, unrelated process, and a PID-only lock would then block
 * the start forever. So the lock also names the process's start time (Linux: field 22 `starttime` of
 * /proc/<pid>/stat, in clock ticks since boot) and the boot id (/proc/sys/kernel/random/boot_id), which a
 * reboot changes. Where /proc is absent, `start` and `boot` are null and only the PID is checked.
 */
export type LockOwner = { pid: number; start: string | null; boot: string | null };

/** The start time of process `pid` in clock ticks since boot, or null when it cannot be read (no /proc, gone). */
export function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the LAST ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const start = fields[22 - 3]; // field 22 overall; fields[0] is field 3 (state)
    return start && /^\d+$/.test(start) ? start : null;
  } catch {
    return null;
  }
}

/** This boot of the machine, or null without /proc. */
export function currentBootId(): string | null {
  try {
    return fs.readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim() || null;
  } catch {
    return null;
  }
}

/** The identity of a running process as written in a lock file. */
export function lockOwnerOf(pid: number): LockOwner {
  return { pid, start: processStartTime(pid), boot: currentBootId() };
}

/**
 * Reads a lock file: the JSON {pid, start, boot} written today, or the bare PID written by earlier versions
 * (start and boot then undefined). Null when the content is unreadable.
 */
export function parseLock(text: string): { pid: number; start?: string | null; boot?: string | null } | null {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return { pid: Number.parseInt(trimmed, 10) };
  try {
    const json = JSON.parse(trimmed) as { pid?: unknown; start?: unknown; boot?: unknown };
    if (typeof json.pid !== "number" || !Number.isSafeInteger(json.pid) || json.pid <= 0) return null;
    return {
      pid: json.pid,
      start: typeof json.start === "string" ? json.start : null,
      boot: typeof json.boot === "string" ? json.boot : null,
    };
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether the process named in a lock is still the one that wrote it. */
function holderIsLive(holder: NonNullable<ReturnType<typeof parseLock>>): boolean {
  if (holder.start === undefined) {
    // Old format (bare PID). This process writes only the new format, so a bare PID equal to ours was
    // written by an earlier process that happened to have our PID (typical in containers): stale.
    if (holder.pid === process.pid) return false;
    return isAlive(holder.pid);
  }
  if (!isAlive(holder.pid)) return false;
  const boot = currentBootId();
  if (holder.boot && boot && holder.boot !== boot) return false; // written before a reboot
  if (holder.start !== null) {
    const actual = processStartTime(holder.pid);
    if (actual !== null && actual !== holder.start) return false; // the PID now belongs to another process
  }
  return true;
}

function sameOwner(holder: ReturnType<typeof parseLock>, me: LockOwner): boolean {
  return !!holder && holder.pid === me.pid && (holder.start ?? null) === me.start && (holder.boot ?? null) === me.boot;
}

/**
 * PGlite has no lock of its own: a second process opening the same data directory corrupts it.
 * We take an exclusive lock file next to the directory (created atomically with `wx`) and refuse a second
 * opener with a clear message. A lock whose holder is gone — dead, or its PID reused by another process, or
 * written before a reboot — is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const lockPath = `${dataDir}.lock`;
  const me = lockOwnerOf(process.pid);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(lockPath, "wx");
      try {
        fs.writeSync(fd, JSON.stringify(me));
      } finally {
        fs.closeSync(fd);
      }
      const release = () => {
        try {
          if (sameOwner(parseLock(fs.readFileSync(lockPath, "utf8")), me)) fs.unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
      process.once("exit", release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      let text: string;
      try {
        text = fs.readFileSync(lockPath, "utf8");
      } catch (readErr) {
        if ((readErr as NodeJS.ErrnoException).code === "ENOENT") continue; // released meanwhile
        throw readErr;
      }
      const holder = parseLock(text);
      if (sameOwner(holder, me)) return () => {}; // this very process already holds it
      if (holder && holderIsLive(holder)) {
        throw new Error(
          `Thư mục dữ liệu ${dataDir} đang được tiến trình ${holder.pid} sử dụng. ` +
            `PGlite chỉ cho phép một tiến trình mở mỗi thư mục: hãy dừng tiến trình đó (ví dụ máy chủ "npm run dev") rồi chạy lại.`,
        );
      }
      // Stale (or unreadable) lock. Remove it only if it is still the one we judged, so that a lock another
      // starting process has just written is not removed under it.
      try {
        if (fs.readFileSync(lockPath, "utf8") === text) fs.unlinkSync(lockPath);
      } catch {
        /* gone meanwhile: try again */
      }
    }
  }
  throw new Error(`Không thể khoá thư mục dữ liệu ${dataDir}.`);
}
