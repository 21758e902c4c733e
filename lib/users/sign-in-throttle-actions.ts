"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/input";
import { requireActionUser } from "@/lib/auth/session";
import { unlockSignIn } from "./sign-in-throttle";

const unlockSchema = z.object({ id: z.string().trim().min(1).max(64) });

export async function unlockSignInAction(input: unknown): Promise<ActionResult<{ cleared: number }>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(unlockSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const result = await unlockSignIn(actor, parsed.data);
    revalidatePath(`/admin/users/${parsed.data.id}`);
    return {
      ok: true,
      data: result,
      message: result.cleared ? "Đã mở khoá đăng nhập. Mật khẩu không thay đổi." : "Tài khoản không bị chặn đăng nhập. Mật khẩu không thay đổi.",
    };
  } catch (err) {
    return failure(err);
  }
}
