import "server-only";
import { getDb } from "@/lib/db/client";
import { dueAtForBeforeDay, vnDayOf } from "@/lib/time/vn";
import { JOB_NAMES, JOBS, type JobName } from "./definitions";
import { failAbandonedRuns, runRecordedJob } from "./run";

type State = { started?: boolean; timer?: NodeJS.Timeout; running: Set<string>; lastSlot: Map<string, number>; stop?: () => Promise<void> };
const state: State = ((globalThis as { __cchcJobs?: State }).__cchcJobs ??= { running: new Set(), lastSlot: new Map() });

/** Runs one job now through the recorded path (never twice at once in this process). */
export async function runJobNow(name: JobName, opts: { maxAttempts?: number } = {}) {
  if (state.running.has(name)) return { ok: false, attempts: 0, runIds: [], error: "Tác vụ đang chạy." };
  state.running.add(name);
  try {
    return await runRecordedJob(name, JOBS[name].run, opts);
  } finally {
    state.running.delete(name);
  }
}

/**
 * Starts the scheduled jobs once per process. On PostgreSQL (DATABASE_URL): pg-boss, which runs each
 * scheduled slot once across all app servers. On the embedded database (one process by construction):
 * an in-process timer.
 */
export async function startJobs() {
  if (state.started) return;
  state.started = true;
  try {
    await failAbandonedRuns();
    if (process.env.DATABASE_URL) await startPgBoss(process.env.DATABASE_URL);
    else startTimer();
    console.log(`[jobs] started (${process.env.DATABASE_URL ? "pg-boss" : "in-process timer"})`);
  } catch (err) {
    state.started = false;
    console.error("[jobs] could not start", err);
  }
}

async function startPgBoss(connectionString: string) {
  const { default: PgBoss } = await import("pg-boss");
  const boss = new PgBoss({ connectionString });
  boss.on("error", (err) => console.error("[jobs] pg-boss", err));
  await boss.start();
  for (const name of JOB_NAMES) {
    // Retries happen in runRecordedJob (each attempt recorded); the queue itself does not retry.
    await boss.createQueue(name, { name, policy: "singleton", retryLimit: 0, expireInSeconds: 30 * 60 }).catch(() => undefined);
    await boss.schedule(name, JOBS[name].cron, {}, { tz: "Asia/Ho_Chi_Minh", retryLimit: 0 });
    await boss.work(name, async () => {
      const r = await runJobNow(name);
      if (!r.ok) throw new Error(r.error ?? "Tác vụ thất bại");
    });
  }
  state.stop = () => boss.stop({ graceful: true });
}

const MIN = 60_000;

/** Which jobs are due at this tick of the embedded timer. */
export async function dueJobsAt(now: Date, lastSlot: Map<string, number>): Promise<JobName[]> {
  const out: JobName[] = [];
  const minute = Math.floor(now.getTime() / MIN);
  if (lastSlot.get("email-delivery") !== minute) out.push("email-delivery");
  const quarter = Math.floor(now.getTime() / (15 * MIN));
  if (lastSlot.get("reminders") !== quarter) out.push("reminders");
  for (const [name, offset] of DAILY) {
    const slot = dueAtForBeforeDay(vnDayOf(now)).getTime() + offset;
    if (now.getTime() >= slot && lastSlot.get(name) !== slot) {
      const db = await getDb();
      const done = await db.jobRun.count({ where: { name, status: "SUCCEEDED", startedAt: { gte: new Date(slot) } } });
      if (done === 0) out.push(name);
      else lastSlot.set(name, slot);
    }
  }
  return out;
}

/** Daily jobs of the embedded timer and their time of day in Vietnam (ms after midnight), as in their cron. */
const DAILY: readonly [JobName, number][] = [
  ["daily-digest", 7 * 3600_000],
  ["public-ideas-purge", 2.5 * 3600_000],
  ["database-maintenance", 3 * 3600_000],
];

function slotOf(name: JobName, now: Date): number {
  if (name === "email-delivery") return Math.floor(now.getTime() / MIN);
  if (name === "reminders") return Math.floor(now.getTime() / (15 * MIN));
  const offset = DAILY.find(([n]) => n === name)?.[1] ?? 7 * 3600_000;
  return dueAtForBeforeDay(vnDayOf(now)).getTime() + offset;
}

function startTimer() {
  const tick = async () => {
    const now = new Date();
    let due: JobName[] = [];
    try {
      due = await dueJobsAt(now, state.lastSlot);
    } catch (err) {
      console.error("[jobs] tick", err);
    }
    for (const name of due) {
      if (state.running.has(name)) continue;
      state.lastSlot.set(name, slotOf(name, now));
      void runJobNow(name).catch((err) => console.error(`[jobs] ${name}`, err));
    }
  };
  state.timer = setInterval(() => void tick(), 20_000);
  state.timer.unref?.();
  setTimeout(() => void tick(), 15_000).unref?.();
  state.stop = async () => clearInterval(state.timer);
}

export async function stopJobs() {
  await state.stop?.();
  state.started = false;
}
