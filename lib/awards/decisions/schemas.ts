import { z } from "zod";
import { text } from "@/lib/validation/text";
import { dayString } from "@/lib/campaigns/schemas";

/**
 * The award decision form (quyết định khen thưởng), shared by the client (zodResolver) and the server
 * action. Rules that need the database (number unique in the organisation, date not in the future,
 * awardees approved and within authority, the session) come back from the mutation as field errors
 * with the same names.
 */

export const NO_AWARDEE_MESSAGE = "Chọn ít nhất một tập thể, cá nhân được khen thưởng.";
export const MAX_AWARDEES = 500;

const id = z.string().trim().min(1).max(64);
const requiredText = (max: number, emptyMsg: string) =>
  text({ error: emptyMsg })
    .trim()
    .min(1, { error: emptyMsg })
    .max(max, { error: `Tối đa ${max.toLocaleString("vi-VN")} ký tự.` });

export const decisionNumberSchema = requiredText(100, "Nhập số, ký hiệu của quyết định.").regex(/^[^\s/]+\/[^\s]+$/u, {
  error: "Số, ký hiệu có dạng số/ký hiệu, ví dụ 125/QĐ-SQHKT.",
});

export const recordDecisionSchema = z.object({
  campaignId: id,
  number: decisionNumberSchema,
  signedOn: dayString("Chọn ngày ký quyết định."),
  signerName: requiredText(255, "Nhập họ tên người ký."),
  signerTitle: requiredText(255, "Nhập chức vụ người ký."),
  summary: requiredText(1000, "Nhập trích yếu của quyết định."),
  sessionId: z
    .string()
    .trim()
    .max(64)
    .transform((s) => (s ? s : null))
    .nullable()
    .default(null),
  proposalIds: z
    .array(id, { error: NO_AWARDEE_MESSAGE })
    .min(1, { error: NO_AWARDEE_MESSAGE })
    .max(MAX_AWARDEES, { error: `Mỗi quyết định tối đa ${MAX_AWARDEES} tập thể, cá nhân.` })
    .refine((ids) => new Set(ids).size === ids.length, { error: "Danh sách chọn bị trùng. Hãy tải lại trang." }),
});

export type RecordDecisionInput = z.infer<typeof recordDecisionSchema>;
export type RecordDecisionForm = z.input<typeof recordDecisionSchema>;
