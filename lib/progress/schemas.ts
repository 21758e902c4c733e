import { z } from "zod";
import { text } from "@/lib/validation/text";
import { NOT_A_NUMBER, parseVnNumber } from "./rules";

/**
 * Progress of one initiative: shared by the react-hook-form editor (zodResolver) and the server
 * action. `progressFormSchema(rules)` adds the dates that depend on "today" and on the campaign;
 * the server builds them from the database and its own clock, the client from the page's values.
 */

export const PROGRESS_VALUES = ["NOT_STARTED", "IN_PROGRESS", "COMPLETED", "DROPPED"] as const;
export const MAX_RESULTS = 50;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
function isRealDay(v: string) {
  if (!isoDay.test(v)) return false;
  const d = new Date(`${v}T00:00:00.000Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}
const dmy = (v: string) => `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}`;

export const MESSAGES = {
  indicator: "Vui lòng nhập chỉ tiêu (ví dụ: tỷ lệ hồ sơ giải quyết đúng hạn).",
  unitOfMeasure: "Vui lòng nhập đơn vị tính (ví dụ: %, hồ sơ, ngày).",
  valueAfter: "Vui lòng nhập giá trị sau khi áp dụng.",
  beforeWithoutAfter: "Đã có giá trị trước khi áp dụng thì phải nhập giá trị sau khi áp dụng.",
  completedOn: "Vui lòng nhập ngày hoàn thành.",
  completedOnFuture: "Ngày hoàn thành không được sau ngày hôm nay.",
  droppedReason: "Vui lòng nêu lý do dừng thực hiện.",
  progress: "Vui lòng chọn tình trạng thực hiện.",
} as const;

export const completedOnTooEarlyMessage = (startsOn: string) => `Ngày hoàn thành không được trước ngày bắt đầu kế hoạch (${dmy(startsOn)}).`;

/** A figure in a text box: empty → null, "92,5" → 92.5, anything else → "Giá trị phải là số". */
const figure = z.string().max(40, { error: NOT_A_NUMBER }).transform((v, ctx) => {
  const parsed = parseVnNumber(v);
  if (parsed.ok) return parsed.value;
  if (parsed.empty) return null;
  ctx.addIssue({ code: "custom", message: parsed.message });
  return z.NEVER;
});

export const resultRowSchema = z
  .object({
    indicator: text({ error: MESSAGES.indicator }).trim().min(1, { error: MESSAGES.indicator }).max(500, { error: "Tối đa 500 ký tự." }),
    unitOfMeasure: text({ error: MESSAGES.unitOfMeasure }).trim().min(1, { error: MESSAGES.unitOfMeasure }).max(100, { error: "Tối đa 100 ký tự." }),
    valueBefore: figure,
    valueAfter: figure,
    source: text().trim().max(500, { error: "Tối đa 500 ký tự." }),
  })
  .superRefine(
    (row, ctx) => {
      // Runs even when other cells are invalid, so that every error shows at once.
      // Values are already parsed here: a number, null (empty) or something else (not a number,
      // reported by the cell itself).
      if (row?.valueAfter !== null) return;
      const message = row.valueBefore !== null ? MESSAGES.beforeWithoutAfter : MESSAGES.valueAfter;
      ctx.addIssue({ code: "custom", path: ["valueAfter"], message });
    },
    { when: () => true },
  );

const baseSchema = z.object({
  initiativeId: z.string().min(1).max(64),
  /** The initiative's updatedAt as read by the client (ISO): the concurrency token. */
  updatedAt: z.string().min(1).max(40),
  progress: z.enum(PROGRESS_VALUES, { error: MESSAGES.progress }),
  completedOn: z.string().max(10),
  droppedReason: text().trim().max(1000, { error: "Tối đa 1.000 ký tự." }),
  progressNote: text().trim().max(2000, { error: "Tối đa 2.000 ký tự." }),
  results: z.array(resultRowSchema).max(MAX_RESULTS, { error: `Tối đa ${MAX_RESULTS} chỉ tiêu kết quả.` }),
});

export interface ProgressRules {
  /** Vietnam calendar day of "now", yyyy-MM-dd. */
  today: string;
  /** The campaign's first day, yyyy-MM-dd: nothing is completed before it. */
  startsOn: string;
}

/** The whole form; the date rules need "today" and the campaign's start. */
export function progressFormSchema(rules: ProgressRules) {
  return baseSchema.superRefine(
    (form, ctx) => {
      const progress = form?.progress;
      if (progress === "COMPLETED") {
        const day = typeof form.completedOn === "string" ? form.completedOn.trim() : "";
        if (!isRealDay(day)) ctx.addIssue({ code: "custom", path: ["completedOn"], message: MESSAGES.completedOn });
        else if (day > rules.today) ctx.addIssue({ code: "custom", path: ["completedOn"], message: MESSAGES.completedOnFuture });
        else if (day < rules.startsOn) ctx.addIssue({ code: "custom", path: ["completedOn"], message: completedOnTooEarlyMessage(rules.startsOn) });
      }
      if (progress === "DROPPED") {
        const reason = typeof form.droppedReason === "string" ? form.droppedReason.trim() : "";
        if (!reason) ctx.addIssue({ code: "custom", path: ["droppedReason"], message: MESSAGES.droppedReason });
      }
    },
    { when: () => true },
  );
}

export type ProgressFormInput = z.input<typeof baseSchema>;
export type ProgressForm = z.output<typeof baseSchema>;
export type ResultRowInput = z.input<typeof resultRowSchema>;
