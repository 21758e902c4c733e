import { z } from "zod";
import { INT4_MAX } from "@/lib/validation/numbers";
import { text } from "@/lib/validation/text";
import { reviewComment } from "@/lib/review/schemas";
import { overrideProblem } from "./counts";

/**
 * Mẫu 2 + Đề cương form: shared by the react-hook-form editor (zodResolver) and the server actions.
 * `reportFormSchema(registered)` adds the override rule against the registered count of each field;
 * the server computes those counts from the database, the client gets the same values from the page.
 */

export const REPORT_PHASES = ["MIDTERM", "FINAL"] as const;
export const SECTION_MAX = 20_000;
export const PART_MAX = 10_000;
export const MAX_PARTS = 500;

const id = z.string().max(64);
const tooLong = (n: number) => `Tối đa ${n.toLocaleString("vi-VN")} ký tự.`;
const longText = (max: number) => text({ error: "Nội dung không hợp lệ." }).max(max, { error: tooLong(max) });

export const OVERRIDE_NOT_INTEGER = "Số lượng hoàn thành phải là số nguyên không âm.";

export const fieldRowSchema = z.object({
  fieldId: id.min(1),
  /** Null: "Số lượng hoàn thành" follows the initiatives' progress. */
  completedOverride: z
    .number({ error: OVERRIDE_NOT_INTEGER })
    .int({ error: OVERRIDE_NOT_INTEGER })
    .min(0, { error: OVERRIDE_NOT_INTEGER })
    .max(100_000, { error: OVERRIDE_NOT_INTEGER })
    .nullable(),
  overrideNote: text().trim().max(1000, { error: tooLong(1000) }),
  note: text().trim().max(1000, { error: tooLong(1000) }),
});

export const partSchema = z.object({
  initiativeId: id.min(1),
  summary: longText(PART_MAX),
  results: longText(PART_MAX),
});

const baseReportSchema = z.object({
  campaignId: id.min(1),
  /** The unit the report is for; checked against the user's own roles on the server. */
  unitId: id.min(1),
  phase: z.enum(REPORT_PHASES, { error: "Kỳ báo cáo không hợp lệ." }),
  /** Null until the report is first saved. */
  reportId: id.nullable(),
  lockVersion: z.number().int().min(0).max(INT4_MAX),
  situation: longText(SECTION_MAX),
  currentState: longText(SECTION_MAX),
  strengths: longText(SECTION_MAX),
  limitations: longText(SECTION_MAX),
  lessons: longText(SECTION_MAX),
  fieldRows: z.array(fieldRowSchema).max(100),
  parts: z.array(partSchema).max(MAX_PARTS, { error: `Tối đa ${MAX_PARTS} nội dung trong một báo cáo.` }),
  /** "XÁC NHẬN CỦA TRƯỞNG ĐƠN VỊ": required to submit, ignored when saving a draft. */
  confirmed: z.boolean(),
});

/** The whole form; with `registered` (field id → registered count), also the override rule per field. */
export function reportFormSchema(registered?: Record<string, number>) {
  if (!registered) return baseReportSchema;
  return baseReportSchema.superRefine(
    (form, ctx) => {
      const rows: unknown[] = Array.isArray(form?.fieldRows) ? form.fieldRows : [];
      rows.forEach((raw, i) => {
        const row = (raw ?? {}) as { fieldId?: unknown; completedOverride?: unknown; overrideNote?: unknown };
        if (typeof row.fieldId !== "string" || typeof row.completedOverride !== "number") return;
        const reg = registered[row.fieldId] ?? 0;
        const note = typeof row.overrideNote === "string" ? row.overrideNote : "";
        const problem = overrideProblem(reg, row.completedOverride, note);
        if (!problem) return;
        // The same rule with a note given tells whether the number itself is wrong or only the note is missing.
        const numberProblem = overrideProblem(reg, row.completedOverride, "x");
        ctx.addIssue({ code: "custom", path: ["fieldRows", i, numberProblem ? "completedOverride" : "overrideNote"], message: problem });
      });
    },
    { when: () => true },
  );
}

export type ReportFormInput = z.input<typeof baseReportSchema>;
export type ReportForm = z.output<typeof baseReportSchema>;

// ------------------------------------------------------------------------------------ office review

const reviewIds = {
  campaignId: z.string().min(1).max(64),
  reportId: z.string().min(1).max(64),
  lockVersion: z.coerce.number().int().min(0).max(INT4_MAX),
};

export const returnReportSchema = z.object({
  ...reviewIds,
  comment: reviewComment,
});

export const acceptReportSchema = z.object(reviewIds);

export type ReturnReportInput = z.infer<typeof returnReportSchema>;
export type AcceptReportInput = z.infer<typeof acceptReportSchema>;
