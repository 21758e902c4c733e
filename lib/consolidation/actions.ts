"use server";

import { revalidatePath } from "next/cache";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/input";
import { requireActionUser } from "@/lib/auth/session";
import { setInitiativeTypical } from "./mutations";
import { setTypicalSchema } from "./schemas";

export async function setTypicalAction(input: unknown): Promise<ActionResult<{ isTypical: boolean }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(setTypicalSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const result = await setInitiativeTypical(actor, parsed.data);
    revalidatePath("/campaigns/[id]/typical", "page");
    revalidatePath("/campaigns/[id]/consolidated", "page");
    return {
      ok: true,
      data: { isTypical: result.isTypical },
      message: result.isTypical ? "Đã chọn là tiêu biểu." : "Đã bỏ chọn tiêu biểu.",
    };
  } catch (err) {
    return failure(err);
  }
}
