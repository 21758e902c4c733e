"use server";

import { revalidatePath } from "next/cache";
import { failure, validationFailure, type ActionResult } from "@/lib/actions/result";
import { requireActionUser } from "@/lib/auth/session";
import { changeCalendarToken } from "./mutations";
import { calendarTokenSchema } from "./schemas";

const MESSAGES = {
  create: "Đã tạo đường dẫn lịch công việc.",
  rotate: "Đã tạo đường dẫn mới. Đường dẫn cũ đã ngừng hoạt động: hãy đăng ký lại lịch với đường dẫn mới.",
  revoke: "Đã thu hồi đường dẫn lịch. Các ứng dụng lịch đang dùng đường dẫn này sẽ không cập nhật được nữa.",
} as const;

export async function changeCalendarTokenAction(input: unknown): Promise<ActionResult> {
  try {
    const actor = await requireActionUser();
    const parsed = calendarTokenSchema.safeParse(input);
    if (!parsed.success) return validationFailure(parsed.error);
    await changeCalendarToken(actor, parsed.data);
    revalidatePath("/account");
    return { ok: true, data: undefined, message: MESSAGES[parsed.data.op] };
  } catch (err) {
    return failure(err);
  }
}
