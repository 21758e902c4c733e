import { z } from "zod";
import { INT4_MAX } from "@/lib/validation/numbers";
import { text } from "@/lib/validation/text";
import { parseDayVN } from "@/lib/time/vn";

/**
 * Appraisal rounds (đợt thẩm định) set up by the CCHC office or the Steering Committee: shared by the
 * server actions and the client forms (zodResolver). The due date is a Vietnam calendar day typed as
 * dd/MM/yyyy (DateInput keeps "yyyy-MM-dd"); the round's deadline is 00:00 of that day ("trước ngày X").
 */

export const ROUND_NAME_MAX = 255;
export const CRITERION_NAME_MAX = 500;
export const CRITERION_DESCRIPTION_MAX = 1000;
export const MAX_ITEMS_ADD = 500;
export const MAX_CRITERIA = 30;
export const MAX_PER_ITEM = 10;
export const MAX_POINTS = 1000;

const tooLong = (n: number) => `Tối đa ${n.toLocaleString("vi-VN")} ký tự.`;
const id = z.string().trim().min(1).max(64);
const lockVersion = z.coerce.number().int().min(0).max(INT4_MAX);

/** How items enter a round: picked by hand later, or every initiative matching a rule. */
export const INCLUSION_RULES = ["MANUAL", "COMPLETED_DEPARTMENT", "COMPLETED_CITY", "FORWARDED", "TYPICAL"] as const;
export type InclusionRule = (typeof INCLUSION_RULES)[number];
export type ItemRule = Exclude<InclusionRule, "MANUAL">;
export const ITEM_RULES = INCLUSION_RULES.filter((r): r is ItemRule => r !== "MANUAL");

export const INCLUSION_LABELS: Record<InclusionRule, string> = {
  MANUAL: "Chọn từng nội dung sau khi tạo đợt",
  COMPLETED_DEPARTMENT: "Tất cả nội dung đã hoàn thành, cấp Sở",
  COMPLETED_CITY: "Tất cả nội dung đã hoàn thành, cấp Thành phố",
  FORWARDED: "Tất cả nội dung do cấp dưới gửi lên",
  TYPICAL: "Tất cả nội dung được chọn là tiêu biểu",
};

const name = text({ error: "Vui lòng nhập tên đợt thẩm định." })
  .trim()
  .min(1, { error: "Vui lòng nhập tên đợt thẩm định." })
  .max(ROUND_NAME_MAX, { error: tooLong(ROUND_NAME_MAX) });
const dueDate = z
  .string({ error: "Vui lòng nhập hạn chấm (dd/mm/yyyy)." })
  .trim()
  .min(1, { error: "Vui lòng nhập hạn chấm (dd/mm/yyyy)." })
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && parseDayVN(v) === v, { error: "Hạn chấm chưa đúng dạng dd/mm/yyyy, ví dụ 20/12/2026." })
  .refine((v) => v >= "2000-01-01" && v <= "2100-12-31", { error: "Hạn chấm chưa hợp lệ." });
const evaluatorsPerItem = z.coerce
  .number({ error: "Vui lòng nhập số người chấm mỗi nội dung." })
  .int({ error: "Số người chấm phải là số nguyên." })
  .min(1, { error: "Mỗi nội dung cần ít nhất 1 người chấm." })
  .max(MAX_PER_ITEM, { error: `Mỗi nội dung tối đa ${MAX_PER_ITEM} người chấm.` });
const chairUserId = z.string({ error: "Vui lòng chọn chủ trì đợt thẩm định." }).trim().min(1, { error: "Vui lòng chọn chủ trì đợt thẩm định." }).max(64);
const spreadThreshold = z.coerce
  .number({ error: "Vui lòng nhập ngưỡng chênh lệch (0–100 điểm)." })
  .min(0, { error: "Ngưỡng chênh lệch từ 0 đến 100 điểm." })
  .max(100, { error: "Ngưỡng chênh lệch từ 0 đến 100 điểm." });
const showOthersScores = z.boolean().default(false);

export const createRoundSchema = z.object({
  campaignId: id,
  name,
  dueDate,
  evaluatorsPerItem,
  chairUserId,
  showOthersScores,
  spreadThreshold,
  inclusion: z.enum(INCLUSION_RULES, { error: "Vui lòng chọn cách đưa nội dung vào đợt." }),
});
export type CreateRoundValues = z.output<typeof createRoundSchema>;
export type CreateRoundForm = z.input<typeof createRoundSchema>;

export const updateRoundSchema = z.object({ roundId: id, lockVersion, name, dueDate, evaluatorsPerItem, chairUserId, showOthersScores, spreadThreshold });
export type UpdateRoundValues = z.output<typeof updateRoundSchema>;
export type UpdateRoundForm = z.input<typeof updateRoundSchema>;

export const roundRefSchema = z.object({ roundId: id, lockVersion });
export const roundIdSchema = z.object({ roundId: id });

export const addItemsByRuleSchema = z.object({ roundId: id, rule: z.enum(ITEM_RULES as [ItemRule, ...ItemRule[]], { error: "Vui lòng chọn cách chọn nội dung." }) });
export const addItemsSchema = z.object({
  roundId: id,
  initiativeIds: z
    .array(id, { error: "Vui lòng chọn nội dung để đưa vào đợt." })
    .min(1, { error: "Vui lòng chọn ít nhất một nội dung." })
    .max(MAX_ITEMS_ADD, { error: `Mỗi lần thêm tối đa ${MAX_ITEMS_ADD} nội dung.` }),
});
export const removeItemSchema = z.object({ roundId: id, itemId: id });

const points = (label: string) =>
  z.coerce
    .number({ error: `Vui lòng nhập ${label}.` })
    .refine((v) => Number.isFinite(v), { error: `${label[0].toUpperCase()}${label.slice(1)} không hợp lệ.` })
    .refine((v) => v > 0, { error: `${label[0].toUpperCase()}${label.slice(1)} phải lớn hơn 0.` })
    .refine((v) => v <= MAX_POINTS, { error: `${label[0].toUpperCase()}${label.slice(1)} tối đa ${MAX_POINTS}.` })
    .refine((v) => Math.round(v * 2) === v * 2, { error: "Nhập theo bước 0,5." });

const criterionFields = {
  name: text({ error: "Vui lòng nhập tên tiêu chí." })
    .trim()
    .min(1, { error: "Vui lòng nhập tên tiêu chí." })
    .max(CRITERION_NAME_MAX, { error: tooLong(CRITERION_NAME_MAX) }),
  description: text()
    .trim()
    .max(CRITERION_DESCRIPTION_MAX, { error: tooLong(CRITERION_DESCRIPTION_MAX) })
    .nullish()
    .transform((v) => v || null),
  maxPoints: points("điểm tối đa"),
  /** Empty = proportional to the maximum points. */
  weight: z
    .union([z.literal(""), z.null(), points("trọng số")])
    .optional()
    .transform((v) => (v === "" || v == null ? null : v)),
};
export const addCriterionSchema = z.object({ roundId: id, ...criterionFields });
export const updateCriterionSchema = z.object({ roundId: id, criterionId: id, ...criterionFields });
export type CriterionForm = z.input<typeof addCriterionSchema>;
export const removeCriterionSchema = z.object({ roundId: id, criterionId: id });
export const moveCriterionSchema = z.object({ roundId: id, criterionId: id, direction: z.enum(["up", "down"]) });

export const addEvaluatorSchema = z.object({
  roundId: id,
  userId: z.string({ error: "Vui lòng chọn người chấm." }).trim().min(1, { error: "Vui lòng chọn người chấm." }).max(64),
});
export type AddEvaluatorForm = z.input<typeof addEvaluatorSchema>;
export const removeEvaluatorSchema = z.object({ roundId: id, evaluatorId: id });

export const addPairSchema = z.object({
  roundId: id,
  itemId: z.string({ error: "Vui lòng chọn nội dung." }).trim().min(1, { error: "Vui lòng chọn nội dung." }).max(64),
  evaluatorId: z.string({ error: "Vui lòng chọn người chấm." }).trim().min(1, { error: "Vui lòng chọn người chấm." }).max(64),
});
export type AddPairForm = z.input<typeof addPairSchema>;
export const removePairSchema = z.object({ roundId: id, assignmentId: id });

/** Why the round cannot open yet (empty: it can). */
export function openRoundProblems(s: { itemCount: number; activeEvaluatorCount: number; itemsWithoutEvaluator: number; criterionCount: number; totalMaxPoints: number }): string[] {
  const out: string[] = [];
  if (s.itemCount < 1) out.push("Đợt thẩm định chưa có nội dung nào.");
  if (s.activeEvaluatorCount < 1) out.push("Chưa có người chấm nào trong tổ thẩm định.");
  if (s.itemCount > 0 && s.itemsWithoutEvaluator > 0) out.push(`${s.itemsWithoutEvaluator} nội dung chưa được phân công người chấm.`);
  if (s.criterionCount < 1) out.push("Bộ tiêu chí chưa có tiêu chí nào.");
  else if (!(s.totalMaxPoints > 0)) out.push("Tổng điểm tối đa của bộ tiêu chí phải lớn hơn 0.");
  return out;
}
