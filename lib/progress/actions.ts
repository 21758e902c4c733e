"use server";

import { notFoundError, type ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import { progressRulesFor, updateProgress } from "./mutations";
import { progressFormSchema } from "./schemas";

/** Saves an initiative's progress and figures (the same zod schema as the client form). */
export async function updateProgressAction(input: unknown): Promise<ActionResult<{ updatedAt: string; progress: string; resultCount: number }>> {
  return runAction({
    input,
    // The schema depends on the initiative (its registration's rules): read it first; none is "not found".
    schema: async () => {
      const id = (input as { initiativeId?: unknown } | null)?.initiativeId;
      const rules = typeof id === "string" && id.length > 0 && id.length <= 64 ? await progressRulesFor(id) : null;
      if (!rules) throw notFoundError();
      return progressFormSchema(rules);
    },
    handler: (actor, data) => updateProgress(actor, data),
    revalidate: ["initiatives", "unit"],
    message: "Đã lưu tiến độ và kết quả.",
  });
}
