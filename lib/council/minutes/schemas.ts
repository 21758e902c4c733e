import { z } from "zod";
import { INT4_MAX } from "@/lib/validation/numbers";
import { text } from "@/lib/validation/text";

export const MINUTES_MAX = 100_000;

const id = z.string().trim().min(1).max(64);
const lockVersion = z.number().int().min(0).max(INT4_MAX);

/** "Tạo dự thảo biên bản": `overwrite` confirms replacing a text that was edited since it was generated. */
export const generateMinutesSchema = z.object({
  sessionId: id,
  lockVersion,
  overwrite: z.boolean().default(false),
});
export type GenerateMinutesInput = z.infer<typeof generateMinutesSchema>;

const minutesText = text()
  .max(MINUTES_MAX, { error: `Biên bản dài quá ${MINUTES_MAX.toLocaleString("vi-VN")} ký tự.` })
  .refine((s) => s.trim().length > 0, { error: "Biên bản chưa có nội dung." });

/** "Lưu biên bản": the secretary's text. */
export const saveMinutesSchema = z.object({ sessionId: id, lockVersion, minutes: minutesText });
export type SaveMinutesInput = z.infer<typeof saveMinutesSchema>;

/** "Hoàn tất biên bản": the text shown is saved and the minutes become read-only. */
export const finaliseMinutesSchema = saveMinutesSchema;
export type FinaliseMinutesInput = SaveMinutesInput;
