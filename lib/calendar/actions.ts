"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
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
  return runAction({
    input,
    schema: calendarTokenSchema,
    handler: (actor, data) => changeCalendarToken(actor, data),
    output: ({ token }): CalendarLinkCreated | null => (token === null ? null : { token, ...calendarFeedUrls(token) }),
    revalidate: ["account"],
    message: (_, data) => MESSAGES[data.op],
  });
}
