import { z } from "zod";
import { text } from "@/lib/validation/text";
import { dayString } from "@/lib/campaigns/schemas";

/**
 * Extension of one milestone's deadline for one participating unit, granted by the CCHC office.
 * The new date is entered as "Gia hạn đến: trước ngày" (yyyy-MM-dd, Vietnam time).
 * Shared by the client form (zodResolver) and the server action.
 */
const required = (msg: string) => z.string({ error: msg }).trim().min(1, { error: msg }).max(64);

export const REASON_MAX = 1000;

export const grantExtensionSchema = z.object({
  campaignId: required("Thiếu kế hoạch."),
  milestoneId: required("Vui lòng chọn mốc cần gia hạn."),
  unitId: required("Vui lòng chọn đơn vị được gia hạn."),
  beforeDay: dayString("Vui lòng chọn ngày gia hạn (trước ngày)."),
  reason: text({ error: "Vui lòng nhập lý do gia hạn." })
    .trim()
    .min(1, { error: "Vui lòng nhập lý do gia hạn." })
    .max(REASON_MAX, { error: "Tối đa 1.000 ký tự." }),
});
export type GrantExtensionInput = z.input<typeof grantExtensionSchema>;
export type GrantExtensionValues = z.output<typeof grantExtensionSchema>;

export const revokeExtensionSchema = z.object({
  extensionId: required("Thiếu gia hạn cần thu hồi."),
});
export type RevokeExtensionInput = z.input<typeof revokeExtensionSchema>;

export const extensionListFilterSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  unit: z.string().trim().max(64).optional().catch(undefined),
  milestone: z.string().trim().max(64).optional().catch(undefined),
});
