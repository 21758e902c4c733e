import "server-only";
import { notFoundError } from "@/lib/actions/result";
import { canAnywhere } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { JOB_NAMES, JOBS, type JobName } from "./definitions";

/** Only system administrators see and run the scheduled jobs. */
export function canManageJobs(user: Pick<SessionUser, "roles">): boolean {
  return user.roles.some((r) => r.role === "ADMIN") && canAnywhere(user.roles, "manage:user");
}

export interface JobRunRow {
  id: string;
  name: string;
  status: "RUNNING" | "SUCCEEDED" | "FAILED";
  attempt: number;
  startedAt: Date;
  finishedAt: Date | null;
  durationMs: number | null;
  error: string | null;
  detail: Record<string, unknown> | null;
}

export interface JobOverview {
  name: JobName;
  label: string;
  scheduleText: string;
  runs: JobRunRow[];
  lastSuccessAt: Date | null;
  failuresLast24h: number;
}

/** Last runs of each job (one query per job, 3 jobs), failures of the last 24 hours. */
export async function listJobOverview(user: Pick<SessionUser, "roles">, perJob = 10, now = new Date()): Promise<JobOverview[]> {
  if (!canManageJobs(user)) throw notFoundError();
  const db = await getDb();
  const since = new Date(now.getTime() - 24 * 3600_000);
  return Promise.all(
    JOB_NAMES.map(async (name) => {
      const [runs, lastSuccess, failures] = await Promise.all([
        db.jobRun.findMany({ where: { name }, orderBy: [{ startedAt: "desc" }, { id: "desc" }], take: perJob }),
        db.jobRun.findFirst({ where: { name, status: "SUCCEEDED" }, orderBy: { startedAt: "desc" }, select: { startedAt: true } }),
        db.jobRun.count({ where: { name, status: "FAILED", startedAt: { gte: since } } }),
      ]);
      return {
        name,
        label: JOBS[name].label,
        scheduleText: JOBS[name].scheduleText,
        lastSuccessAt: lastSuccess?.startedAt ?? null,
        failuresLast24h: failures,
        runs: runs.map((r) => ({
          id: r.id,
          name: r.name,
          status: r.status,
          attempt: r.attempt,
          startedAt: r.startedAt,
          finishedAt: r.finishedAt,
          durationMs: r.finishedAt ? r.finishedAt.getTime() - r.startedAt.getTime() : null,
          error: r.error,
          detail: r.detail && typeof r.detail === "object" && !Array.isArray(r.detail) ? (r.detail as Record<string, unknown>) : null,
        })),
      };
    }),
  );
}
