"use server";

import { notFoundError, ruleError, type ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import { revalidateSections } from "@/lib/actions/sections";
import { writeAudit } from "@/lib/audit/write";
import { inTransaction } from "@/lib/db/transaction";
import { isJobName, JOBS } from "./definitions";
import { canManageJobs } from "./queries";
import { runJobNow } from "./scheduler";

/** "Chạy ngay": runs the job now through the same recorded path (one attempt; the failure is recorded). */
export async function runJobNowAction(input: { name: string }): Promise<ActionResult<{ runId: string | null }>> {
  return runAction({
    // No schema: a name that is not a job answers "not found", like a user who may not run jobs.
    handler: async (actor) => {
      if (!canManageJobs(actor) || typeof input?.name !== "string" || !isJobName(input.name)) throw notFoundError();
      const name = input.name;
      const r = await runJobNow(name, { maxAttempts: 1 });
      await inTransaction((tx) =>
        writeAudit(tx, actor.id, {
          action: "job.run",
          entityType: "JobRun",
          entityId: r.runIds[0] ?? name,
          after: { name, ok: r.ok, error: r.error ?? null },
          summary: `Chạy ngay tác vụ “${JOBS[name].label}”${r.ok ? "" : " (thất bại)"}`,
        }),
      );
      if (!r.ok) {
        // The exception to "revalidate on success only": the failed run is recorded and listed on the page.
        revalidateSections(["adminJobs"]);
        throw ruleError(r.runIds.length ? `Tác vụ thất bại: ${r.error}` : (r.error ?? "Tác vụ thất bại."));
      }
      return { runId: r.runIds[0] ?? null, label: JOBS[name].label };
    },
    output: (run) => ({ runId: run.runId }),
    revalidate: ["adminJobs"],
    message: (run) => `Đã chạy tác vụ “${run.label}”.`,
  });
}
