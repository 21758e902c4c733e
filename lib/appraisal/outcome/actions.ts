"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import { recordVerdict, saveRoundMinutes } from "./mutations";
import { recordVerdictSchema, saveRoundMinutesSchema } from "./schemas";

/** "Ghi kết luận" (the round's chair). */
export async function recordVerdictAction(input: unknown): Promise<ActionResult<{ label: string; verdictAt: string }>> {
  return runAction({
    input,
    schema: recordVerdictSchema,
    handler: (actor, data) => recordVerdict(actor, data),
    output: (res) => ({ label: res.label, verdictAt: res.verdictAt.toISOString() }),
    revalidate: ["campaigns", "unit", "initiatives"],
    message: (res) => `Đã ghi kết luận: ${res.label}.`,
  });
}

/** "Lưu thông tin biên bản" (the round's chair). */
export async function saveRoundMinutesAction(input: unknown): Promise<ActionResult> {
  return runAction({
    input,
    schema: saveRoundMinutesSchema,
    handler: async (actor, data) => {
      await saveRoundMinutes(actor, data);
    },
    revalidate: ["campaigns"],
    message: "Đã lưu thông tin biên bản.",
  });
}
