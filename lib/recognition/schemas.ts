import { z } from "zod";
import { decisionNumberSchema } from "@/lib/awards/decisions/schemas";
import { dayString } from "@/lib/campaigns/schemas";
import { text } from "@/lib/validation/text";

/**
 * The recognition decision form (quyết định công nhận), shared by the client and the server action.
 * Rules that need the database (authority for the level, number unique per issuing unit, the
 * initiatives' verdicts) come back from the mutation as field errors with the same names.
 */

export const NO_INITIATIVE_MESSAGE = "Chọn ít nhất một mô hình, giải pháp, sáng kiến được công nhận.";
export const MAX_RECOGNISED = 500;

const id = z.string().trim().min(1).max(64);
const requiredText = (max: number, emptyMsg: string) =>
  text({ error: emptyMsg })
    .trim()
    .min(1, { error: emptyMsg })
    .max(max, { error: `Tối đa ${max.toLocaleString("vi-VN")} ký tự.` });

const initiativeIds = z
  .array(id, { error: NO_INITIATIVE_MESSAGE })
  .min(1, { error: NO_INITIATIVE_MESSAGE })
  .max(MAX_RECOGNISED, { error: `Mỗi quyết định tối đa ${MAX_RECOGNISED} nội dung.` })
  .refine((ids) => new Set(ids).size === ids.length, { error: "Danh sách chọn bị trùng. Hãy tải lại trang." });

export const recordRecognitionSchema = z.object({
  campaignId: id,
  number: decisionNumberSchema,
  signedOn: dayString("Chọn ngày ký quyết định."),
  signerName: requiredText(255, "Nhập họ tên người ký."),
  signerTitle: requiredText(255, "Nhập chức vụ người ký."),
  summary: requiredText(1000, "Nhập trích yếu của quyết định."),
  /** Empty: the level of the issuing unit (cấp Sở for a Sở, cấp Thành phố for the City). */
  level: z
    .enum(["CITY", "DEPARTMENT", ""], { error: "Chọn cấp công nhận." })
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .default(null),
  initiativeIds,
});

export type RecordRecognitionInput = z.infer<typeof recordRecognitionSchema>;
export type RecordRecognitionForm = z.input<typeof recordRecognitionSchema>;

export const addRecognitionItemsSchema = z.object({ decisionId: id, initiativeIds });

export const removeRecognitionItemSchema = z.object({
  decisionId: id,
  initiativeId: id,
  reason: requiredText(1000, "Nhập lý do bỏ nội dung khỏi quyết định."),
});

export const deleteRecognitionSchema = z.object({
  decisionId: id,
  reason: requiredText(1000, "Nhập lý do xoá (ghi nhận nhầm)."),
});

/** Correcting the recorded fields of a decision (a typing mistake in the number, the date, the signer). */
export const updateRecognitionSchema = z.object({
  decisionId: id,
  number: decisionNumberSchema,
  signedOn: dayString("Chọn ngày ký quyết định."),
  signerName: requiredText(255, "Nhập họ tên người ký."),
  signerTitle: requiredText(255, "Nhập chức vụ người ký."),
  summary: requiredText(1000, "Nhập trích yếu của quyết định."),
});

export type UpdateRecognitionInput = z.infer<typeof updateRecognitionSchema>;
