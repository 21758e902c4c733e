"use server";

import { revalidatePath } from "next/cache";
import { failure, notFoundError, validationFailure, type ActionResult } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/input";
import { requireActionUser } from "@/lib/auth/session";
import { progressRulesFor, updateProgress } from "./mutations";
import { progressFormSchema } from "./schemas";

/** Saves an initiative's progress and figures (the same zod schema as the client form). */
export async function updateProgressAction(input: unknown): Promise<ActionResult<{ updatedAt: string; progress: string; resultCount: number }>> {
  try {
    const actor = await requireActionUser();
    const id = (input as { initiativeId?: unknown } | null)?.initiativeId;
    const rules = typeof id === "string" && id.length > 0 && id.length <= 64 ? await progressRulesFor(id) : null;
    if (!rules) throw notFoundError();
    const parsed = parseInput(progressFormSchema(rules), input);
    if (!parsed.success) return validationFailure(parsed.error);
    const data = await updateProgress(actor, parsed.data);
    revalidatePath(`/initiatives/${parsed.data.initiativeId}`);
    revalidatePath("/unit/campaigns/[campaignId]/progress", "page");
    return { ok: true, data, message: "Đã lưu tiến độ và kết quả." };
  } catch (err) {
    return failure(err);
  }
}
