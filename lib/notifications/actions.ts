"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import { markAllNotificationsRead, markNotificationRead, setDigestMode } from "./mutations";
import { DIGEST_MODE_LABELS, digestModeSchema, notificationIdSchema } from "./schemas";

// The unread count is in the portal's layout (the bell): reading a notification revalidates every page.

export async function markNotificationReadAction(input: unknown): Promise<ActionResult> {
  return runAction({
    input,
    schema: notificationIdSchema,
    handler: async (actor, data) => {
      await markNotificationRead(actor, data.id);
    },
    revalidate: ["portal"],
    message: "Đã đánh dấu đã đọc.",
  });
}

export async function markAllNotificationsReadAction(): Promise<ActionResult<{ count: number }>> {
  return runAction({
    handler: async (actor) => ({ count: await markAllNotificationsRead(actor) }),
    revalidate: ["portal"],
    message: ({ count }) => (count === 0 ? "Không có thông báo chưa đọc." : `Đã đánh dấu ${count.toLocaleString("vi-VN")} thông báo là đã đọc.`),
  });
}

export async function setDigestModeAction(input: unknown): Promise<ActionResult> {
  return runAction({
    input,
    schema: digestModeSchema,
    handler: async (actor, data) => {
      await setDigestMode(actor, data);
    },
    revalidate: ["account"],
    message: (_, data) => `Đã lưu: ${DIGEST_MODE_LABELS[data.digestMode]}.`,
  });
}
