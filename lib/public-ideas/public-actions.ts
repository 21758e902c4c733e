"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { runPublicAction } from "@/lib/actions/run-action";
import { currentRequestClient } from "@/lib/auth/request-client";
import { trackingCodeSchema } from "./schemas";
import { confirmIdeaEmail, withdrawIdea } from "./track";

/** Actions of people without an account: the token or the tracking code is the only credential. */

export async function confirmIdeaEmailAction(input: unknown): Promise<ActionResult<{ status: "confirmed" | "already" | "expired" | "invalid"; title?: string }>> {
  return runPublicAction({
    input,
    schema: z.object({ token: z.string().trim().max(200) }),
    handler: (data) => confirmIdeaEmail(data.token),
  });
}

export async function withdrawIdeaAction(input: unknown): Promise<ActionResult> {
  return runPublicAction({
    input,
    schema: trackingCodeSchema,
    handler: async (data) => withdrawIdea(data.code, await currentRequestClient()),
    message: "Đã rút hiến kế. Thông tin cá nhân của anh/chị đã được xoá.",
  });
}
