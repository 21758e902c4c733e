"use server";

import { revalidatePath } from "next/cache";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/input";
import { requireActionUser } from "@/lib/auth/session";
import { recordDecision } from "./mutations";
import { recordDecisionSchema } from "./schemas";

/** "Ghi nhận quyết định" */
export async function recordDecisionAction(input: unknown): Promise<ActionResult<{ decisionId: string; count: number }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(recordDecisionSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const res = await recordDecision(actor, parsed.data);
    revalidatePath(`/campaigns/${parsed.data.campaignId}`, "layout");
    revalidatePath("/awards", "layout");
    revalidatePath("/unit/awards");
    revalidatePath("/account/awards");
    return {
      ok: true,
      data: { decisionId: res.decisionId, count: res.count },
      message: `Đã ghi nhận Quyết định số ${res.number}: ${res.count} tập thể, cá nhân được khen thưởng.`,
    };
  } catch (err) {
    return failure(err);
  }
}
