"use server";

import { revalidatePath } from "next/cache";
import { failure, notFoundError, ruleError, type ActionResult } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { requireActionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { isJobName, JOBS } from "./definitions";
import { canManageJobs } from "./queries";
import { runJobNow } from "./scheduler";

/** "Chạy ngay": runs the job now through the same recorded path (one attempt; the failure is recorded). */
export async function runJobNowAction(input: { name: string }): Promise<ActionResult<{ runId: string | null }>> {
  try {
    const actor = await requireActionUser();
    if (!canManageJobs(actor) || typeof input?.name !== "string" || !isJobName(input.name)) throw notFoundError();
    const name = input.name;
    const r = await runJobNow(name, { maxAttempts: 1 });
    const db = await getDb();
    await db.$transaction((tx) =>
      writeAudit(tx, actor.id, {
        action: "job.run",
        entityType: "JobRun",
        entityId: r.runIds[0] ?? name,
        after: { name, ok: r.ok, error: r.error ?? null },
        summary: `Chạy ngay tác vụ “${JOBS[name].label}”${r.ok ? "" : " (thất bại)"}`,
      }),
    );
    revalidatePath("/admin/jobs");
    if (!r.ok) throw ruleError(r.runIds.length ? `Tác vụ thất bại: ${r.error}` : (r.error ?? "Tác vụ thất bại."));
    return { ok: true, data: { runId: r.runIds[0] ?? null }, message: `Đã chạy tác vụ “${JOBS[name].label}”.` };
  } catch (err) {
    return failure(err);
  }
}
