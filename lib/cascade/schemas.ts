import { z } from "zod";
import { INT4_MAX } from "@/lib/validation/numbers";

export const NOTHING_SELECTED_MESSAGE = "Chưa chọn mô hình, giải pháp, sáng kiến nào để gửi lên cấp trên.";
export const MAX_FORWARD = 200;

const id = z.string().trim().min(1).max(64);

/** "Gửi lên kế hoạch cấp trên": the campaign and the typical initiatives selected on its forward page. */
export const forwardInitiativesSchema = z.object({
  campaignId: id,
  initiativeIds: z
    .array(id, { error: NOTHING_SELECTED_MESSAGE })
    .min(1, { error: NOTHING_SELECTED_MESSAGE })
    .max(MAX_FORWARD, { error: `Mỗi lần gửi tối đa ${MAX_FORWARD} nội dung.` })
    .refine((ids) => new Set(ids).size === ids.length, { error: "Danh sách chọn bị trùng. Hãy tải lại trang." }),
});

export type ForwardInitiativesInput = z.infer<typeof forwardInitiativesSchema>;

/** "Rút khỏi danh sách gửi lên": one forwarded copy taken back out of the returned registration in the parent. */
export const withdrawForwardSchema = z.object({
  campaignId: id,
  copyId: id,
});
export type WithdrawForwardInput = z.infer<typeof withdrawForwardSchema>;

/** "Nộp lại kế hoạch <cấp trên>": the returned registration in the parent frozen again as it stands. */
export const resubmitForwardSchema = z.object({
  campaignId: id,
  registrationId: id,
  lockVersion: z.number().int().min(0).max(INT4_MAX),
});
export type ResubmitForwardInput = z.infer<typeof resubmitForwardSchema>;
