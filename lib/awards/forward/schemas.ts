import { z } from "zod";

export const NOTHING_SELECTED_MESSAGE = "Chưa chọn đề nghị khen thưởng nào để trình cấp trên.";
export const MAX_FORWARD = 200;

const id = z.string().trim().min(1).max(64);

/** "Trình Hội đồng cấp trên": the campaign and the approved proposals beyond its authority chosen on the page. */
export const forwardProposalsSchema = z.object({
  campaignId: id,
  proposalIds: z
    .array(id, { error: NOTHING_SELECTED_MESSAGE })
    .min(1, { error: NOTHING_SELECTED_MESSAGE })
    .max(MAX_FORWARD, { error: `Mỗi lần trình tối đa ${MAX_FORWARD} đề nghị.` })
    .refine((ids) => new Set(ids).size === ids.length, { error: "Danh sách chọn bị trùng. Hãy tải lại trang." }),
});
export type ForwardProposalsInput = z.infer<typeof forwardProposalsSchema>;
