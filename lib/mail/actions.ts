"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/input";
import { requireActionUser } from "@/lib/auth/session";
import { resendEmail } from "./outbox";

const resendSchema = z.object({ id: z.string().trim().min(1, { error: "Thiếu mã thư." }).max(64, { error: "Mã thư không hợp lệ." }) });

export async function resendEmailAction(input: unknown): Promise<ActionResult> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(resendSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    await resendEmail(actor, parsed.data.id);
    revalidatePath("/admin/outbox");
    revalidatePath(`/admin/outbox/${parsed.data.id}`);
    return { ok: true, data: undefined, message: "Đã đưa thư vào hàng chờ gửi lại." };
  } catch (err) {
    return failure(err);
  }
}
