"use server";

import { revalidatePath } from "next/cache";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/input";
import { requireActionUser } from "@/lib/auth/session";
import { markAllNotificationsRead, markNotificationRead, setDigestMode } from "./mutations";
import { DIGEST_MODE_LABELS, digestModeSchema, notificationIdSchema } from "./schemas";

export async function markNotificationReadAction(input: unknown): Promise<ActionResult> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(notificationIdSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    await markNotificationRead(actor, parsed.data.id);
    revalidatePath("/", "layout");
    return { ok: true, data: undefined, message: "Đã đánh dấu đã đọc." };
  } catch (err) {
    return failure(err);
  }
}

export async function markAllNotificationsReadAction(): Promise<ActionResult<{ count: number }>> {
  try {
    const actor = await requireActionUser();
    const count = await markAllNotificationsRead(actor);
    revalidatePath("/", "layout");
    return {
      ok: true,
      data: { count },
      message: count === 0 ? "Không có thông báo chưa đọc." : `Đã đánh dấu ${count.toLocaleString("vi-VN")} thông báo là đã đọc.`,
    };
  } catch (err) {
    return failure(err);
  }
}

export async function setDigestModeAction(input: unknown): Promise<ActionResult> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(digestModeSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    await setDigestMode(actor, parsed.data);
    revalidatePath("/account");
    return { ok: true, data: undefined, message: `Đã lưu: ${DIGEST_MODE_LABELS[parsed.data.digestMode]}.` };
  } catch (err) {
    return failure(err);
  }
}
