"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import { recordDecision } from "./mutations";
import { recordDecisionSchema } from "./schemas";

/** "Ghi nhận quyết định" */
export async function recordDecisionAction(input: unknown): Promise<ActionResult<{ decisionId: string; count: number }>> {
  return runAction({
    input,
    schema: recordDecisionSchema,
    handler: (actor, data) => recordDecision(actor, data),
    output: (res) => ({ decisionId: res.decisionId, count: res.count }),
    // The awardees' records: the unit's and the person's awards pages.
    revalidate: ["campaigns", "awards", "unit", "account"],
    message: (res) => `Đã ghi nhận Quyết định số ${res.number}: ${res.count} tập thể, cá nhân được khen thưởng.`,
  });
}
