"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import { resendEmail } from "./outbox";

const resendSchema = z.object({ id: z.string().trim().min(1, { error: "Thiếu mã thư." }).max(64, { error: "Mã thư không hợp lệ." }) });

export async function resendEmailAction(input: unknown): Promise<ActionResult> {
  return runAction({
    input,
    schema: resendSchema,
    handler: async (actor, data) => {
      await resendEmail(actor, data.id);
    },
    revalidate: ["adminOutbox"],
    message: "Đã đưa thư vào hàng chờ gửi lại.",
  });
}
