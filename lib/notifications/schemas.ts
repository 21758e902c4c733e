import { z } from "zod";

export const notificationIdSchema = z.object({
  id: z.string().trim().min(1, { error: "Thiếu mã thông báo." }).max(64, { error: "Mã thông báo không hợp lệ." }),
});

export const digestModeSchema = z.object({
  digestMode: z.enum(["IMMEDIATE", "DAILY"], { error: "Vui lòng chọn một cách nhận thư." }),
});

export const DIGEST_MODE_LABELS = {
  IMMEDIATE: "Mỗi lần nhắc một thư",
  DAILY: "Một thư tổng hợp mỗi ngày",
} as const satisfies Record<"IMMEDIATE" | "DAILY", string>;
