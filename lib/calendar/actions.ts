"use server";

import { revalidatePath } from "next/cache";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { parseInput } from "@/lib/actions/input";
import { requireActionUser } from "@/lib/auth/session";
import { changeCalendarToken } from "./mutations";
import { calendarTokenSchema, type CalendarLinkCreated } from "./schemas";
import { calendarFeedUrls } from "./urls";

const MESSAGES = {
  create: "Đã tạo liên kết lịch công việc.",
  rotate: "Đã tạo liên kết mới. Liên kết cũ đã ngừng hoạt động: hãy đăng ký lại lịch với liên kết mới.",
  revoke: "Đã thu hồi liên kết lịch. Các ứng dụng lịch đang dùng liên kết này sẽ không cập nhật được nữa.",
} as const;

/**
 * Creates, rotates or revokes the actor's private calendar link. After create/rotate the result carries the
 * new link: this is the only time it can be shown (the database keeps only the hash of its secret).
 */
export async function changeCalendarTokenAction(input: unknown): Promise<ActionResult<CalendarLinkCreated | null>> {
  try {
    const actor = await requireActionUser();
    const parsed = parseInput(calendarTokenSchema, input);
    if (!parsed.success) return validationFailure(parsed.error);
    const { token } = await changeCalendarToken(actor, parsed.data);
    revalidatePath("/account");
    return { ok: true, data: token === null ? null : { token, ...calendarFeedUrls(token) }, message: MESSAGES[parsed.data.op] };
  } catch (err) {
    return failure(err);
  }
}
