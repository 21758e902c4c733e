"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import { unlockSignIn } from "./sign-in-throttle";

const unlockSchema = z.object({ id: z.string().trim().min(1).max(64) });

export async function unlockSignInAction(input: unknown): Promise<ActionResult<{ cleared: number }>> {
  return runAction({
    input,
    schema: unlockSchema,
    handler: (actor, data) => unlockSignIn(actor, data),
    revalidate: ["adminUsers"],
    message: (result) => (result.cleared ? "Đã mở khoá đăng nhập. Mật khẩu không thay đổi." : "Tài khoản không bị chặn đăng nhập. Mật khẩu không thay đổi."),
  });
}
