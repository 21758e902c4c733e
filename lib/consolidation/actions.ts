"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import { setInitiativeTypical } from "./mutations";
import { setTypicalSchema } from "./schemas";

export async function setTypicalAction(input: unknown): Promise<ActionResult<{ isTypical: boolean }>> {
  return runAction({
    input,
    schema: setTypicalSchema,
    handler: (actor, data) => setInitiativeTypical(actor, data),
    output: (result) => ({ isTypical: result.isTypical }),
    // The campaign's typical list and consolidated Mẫu 1.
    revalidate: ["campaigns"],
    message: (result) => (result.isTypical ? "Đã chọn là tiêu biểu." : "Đã bỏ chọn tiêu biểu."),
  });
}
