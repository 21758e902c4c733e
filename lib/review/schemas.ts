import { z } from "zod";
import { INT4_MAX } from "@/lib/validation/numbers";
import { text } from "@/lib/validation/text";

/** Shared by the server actions and the office's client forms (zodResolver). */

const ids = {
  campaignId: z.string().min(1).max(64),
  registrationId: z.string().min(1).max(64),
  lockVersion: z.coerce.number().int().min(0).max(INT4_MAX),
};

/** The reviewer's comment when returning a submission (Mẫu 1, a unit report, a consolidated report). */
export const reviewComment = text({ error: "Vui lòng nhập nội dung cần chỉnh sửa." })
  .trim()
  .min(1, { error: "Vui lòng nhập nội dung cần chỉnh sửa." })
  .max(2000, { error: "Tối đa 2.000 ký tự." });

export const returnRegistrationSchema = z.object({
  ...ids,
  comment: reviewComment,
});

export const acceptRegistrationSchema = z.object(ids);

export type ReturnRegistrationInput = z.infer<typeof returnRegistrationSchema>;
export type AcceptRegistrationInput = z.infer<typeof acceptRegistrationSchema>;
