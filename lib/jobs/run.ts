import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export const MAX_ATTEMPTS = 3;
/** Wait before attempt 2 and 3. */
export const BACKOFF_MS = [10_000, 60_000] as const;

export interface RecordedRunResult {
  ok: boolean;
  attempts: number;
  runIds: string[];
  detail?: Record<string, unknown>;
  error?: string;
}

function errorText(err: unknown): string {
  const msg = err instanceof Error ? `${err.name === "Error" ? "" : `${err.name}: `}${err.message}` : String(err);
  return msg.slice(0, 4000) || "Lỗi không rõ";
}

/**
 * Runs a job through the recorded path: each attempt is a JobRun row (RUNNING → SUCCEEDED with the
 * handler's counts, or FAILED with the error). A failed attempt is retried with backoff up to maxAttempts;
 * failed rows stay visible to the administrator.
 */
export async function runRecordedJob(
  name: string,
  handler: () => Promise<Record<string, unknown> | void>,
  opts: { maxAttempts?: number; backoffMs?: readonly number[]; sleep?: (ms: number) => Promise<void> } = {},
): Promise<RecordedRunResult> {
  const maxAttempts = Math.max(1, opts.maxAttempts ?? MAX_ATTEMPTS);
  const backoff = opts.backoffMs ?? BACKOFF_MS;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const db = await getDb();
  const runIds: string[] = [];
  let lastError = "";
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    if (attempt > 1) await sleep(backoff[Math.min(attempt - 2, backoff.length - 1)] ?? 0);
    const run = await db.jobRun.create({ data: { name, status: "RUNNING", attempt }, select: { id: true } });
    runIds.push(run.id);
    try {
      const detail = (await handler()) ?? {};
      await db.jobRun.update({
        where: { id: run.id },
        data: { status: "SUCCEEDED", finishedAt: new Date(), detail: JSON.parse(JSON.stringify(detail)) as Prisma.InputJsonValue },
      });
      return { ok: true, attempts: attempt, runIds, detail };
    } catch (err) {
      lastError = errorText(err);
      console.error(`[jobs] ${name} attempt ${attempt} failed:`, err);
      await db.jobRun
        .update({ where: { id: run.id }, data: { status: "FAILED", finishedAt: new Date(), error: lastError } })
        .catch((e) => console.error("[jobs] could not record the failure", e));
    }
  }
  return { ok: false, attempts: maxAttempts, runIds, error: lastError };
}

/** Runs stuck in RUNNING (the process died): marked FAILED so they do not look alive forever. */
export async function failAbandonedRuns(olderThanMs = 2 * 3600_000) {
  const db = await getDb();
  await db.jobRun.updateMany({
    where: { status: "RUNNING", startedAt: { lt: new Date(Date.now() - olderThanMs) } },
    data: { status: "FAILED", finishedAt: new Date(), error: "Tác vụ bị dừng giữa chừng (máy chủ khởi động lại)." },
  });
}
