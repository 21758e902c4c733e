import { z } from "zod";
import { INT4_MAX } from "@/lib/validation/numbers";
import { text } from "@/lib/validation/text";
import { DAY_FORMAT_ERROR, looksLikeIsoDay } from "@/lib/validation/day-messages";
import { LEVEL_LABELS } from "@/lib/registrations/labels";

/**
 * Mẫu 1 form: shared by the react-hook-form editor (zodResolver) and the server actions.
 * `registrationFormSchema(rules)` adds the campaign's own rules (its fields, levels and period);
 * the server builds those rules from the campaign read from the database, the client from the
 * same values passed by the page.
 */

// The lists live in a module without zod (the editor shows them before it loads its schema).
import { INITIATIVE_TYPES, LEVELS, MAX_ROWS, OWNER_TYPES } from "./form-constants";
export { INITIATIVE_TYPES, LEVELS, MAX_ROWS, OWNER_TYPES };

const COMPLETION_REQUIRED = "Vui lòng nhập ngày dự kiến hoàn thành (dd/mm/yyyy).";

const id = z.string().max(64);
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

function isRealDay(v: string) {
  if (!isoDay.test(v)) return false;
  const d = new Date(`${v}T00:00:00.000Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

export const initiativeRowSchema = z
  .object({
    /** Id of an existing row of this form; null for a new row. */
    initiativeId: id.nullable(),
    fieldId: z.string().min(1, { error: "Vui lòng chọn lĩnh vực." }).max(64, { error: "Lĩnh vực không hợp lệ." }),
    content: text({ error: "Vui lòng nhập nội dung đăng ký." })
      .trim()
      .min(1, { error: "Vui lòng nhập nội dung đăng ký." })
      .max(2000, { error: "Tối đa 2.000 ký tự." }),
    type: z.enum(INITIATIVE_TYPES, { error: "Vui lòng chọn loại (mô hình, giải pháp, sáng kiến hoặc cách làm hay)." }),
    ownerType: z.enum(OWNER_TYPES, { error: "Vui lòng chọn chủ trì." }),
    ownerNames: text().trim().max(1000, { error: "Tối đa 1.000 ký tự." }),
    // Empty, mistyped (the date input passes text that is not a day as typed) or not a real day: three messages.
    // One refinement, not an aborting one: the form's own checks (plan range, field, level) still run.
    expectedCompletion: z.string({ error: COMPLETION_REQUIRED }).refine(isRealDay, {
      error: (iss) =>
        typeof iss.input !== "string" || iss.input.trim() === ""
          ? COMPLETION_REQUIRED
          : looksLikeIsoDay(iss.input)
            ? "Ngày dự kiến hoàn thành không có thật."
            : DAY_FORMAT_ERROR,
    }),
    note: text().trim().max(1000, { error: "Tối đa 1.000 ký tự." }),
    level: z.enum(LEVELS, { error: "Vui lòng chọn cấp đăng ký." }),
    /** Issue 13: a row of type "nhân rộng" adopts this recognised model (RecognisedModel id); "" = a new one. */
    replicatesModelId: z.string().max(64, { error: "Mô hình không hợp lệ." }).nullable().optional(),
  })
  .superRefine(
    (row, ctx) => {
      // Runs even when other cells of the row are invalid, so that every error shows at once.
      const names = typeof row?.ownerNames === "string" ? row.ownerNames.trim() : "";
      if (row?.ownerType === "INDIVIDUALS" && names.length === 0) {
        ctx.addIssue({ code: "custom", path: ["ownerNames"], message: "Vui lòng nhập họ tên cá nhân chủ trì." });
      }
    },
    { when: () => true },
  );

export type InitiativeRowInput = z.input<typeof initiativeRowSchema>;
export type InitiativeRow = z.output<typeof initiativeRowSchema>;

const baseFormSchema = z.object({
  campaignId: id.min(1),
  /** The unit the form is for; checked against the user's own roles on the server. */
  unitId: id.min(1),
  /** Null until the form is first saved. */
  registrationId: id.nullable(),
  lockVersion: z.number().int().min(0).max(INT4_MAX),
  rows: z.array(initiativeRowSchema).max(MAX_ROWS, { error: `Tối đa ${MAX_ROWS} nội dung trong một biểu mẫu.` }),
  /** "Tôi xác nhận nội dung đăng ký": required to submit, ignored by "Lưu nháp". */
  confirmed: z.boolean(),
});

/** The campaign's own rules for its Mẫu 1 rows. Dates are "yyyy-MM-dd". */
export interface CampaignFormRules {
  fieldIds: string[];
  levels: (typeof LEVELS)[number][];
  startsOn: string;
  endsOn: string;
}

function dmy(v: string) {
  return `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}`;
}

export function completionRangeMessage(rules: Pick<CampaignFormRules, "startsOn" | "endsOn">) {
  return `Ngày dự kiến hoàn thành phải trong thời gian của kế hoạch (từ ${dmy(rules.startsOn)} đến ${dmy(rules.endsOn)}).`;
}

export function levelNotAllowedMessage(levels: readonly (typeof LEVELS)[number][]) {
  return `Kế hoạch này chỉ nhận đăng ký ${levels.map((l) => LEVEL_LABELS[l].replace(/^Cấp/, "cấp")).join(" và ") || "(chưa quy định cấp)"}.`;
}

export const UNKNOWN_FIELD_MESSAGE = "Lĩnh vực này không thuộc kế hoạch thi đua.";

/** The whole form; with `rules`, also the campaign's fields, levels and period. */
export function registrationFormSchema(rules?: CampaignFormRules) {
  if (!rules) return baseFormSchema;
  const fieldIds = new Set(rules.fieldIds);
  return baseFormSchema.superRefine(
    (form, ctx) => {
      // Runs even when some cells are invalid (values may then be of any type): all errors show at once.
      const rows: unknown[] = Array.isArray(form?.rows) ? form.rows : [];
      rows.forEach((raw, i) => {
        const row = (raw ?? {}) as Partial<Record<"fieldId" | "level" | "expectedCompletion", unknown>>;
        if (typeof row.fieldId === "string" && row.fieldId !== "" && !fieldIds.has(row.fieldId)) {
          ctx.addIssue({ code: "custom", path: ["rows", i, "fieldId"], message: UNKNOWN_FIELD_MESSAGE });
        }
        if (typeof row.level === "string" && (LEVELS as readonly string[]).includes(row.level) && !(rules.levels as string[]).includes(row.level)) {
          ctx.addIssue({ code: "custom", path: ["rows", i, "level"], message: levelNotAllowedMessage(rules.levels) });
        }
        const day = row.expectedCompletion;
        if (typeof day === "string" && isRealDay(day) && (day < rules.startsOn || day > rules.endsOn)) {
          ctx.addIssue({ code: "custom", path: ["rows", i, "expectedCompletion"], message: completionRangeMessage(rules) });
        }
      });
    },
    { when: () => true },
  );
}

export type RegistrationFormInput = z.input<typeof baseFormSchema>;
export type RegistrationForm = z.output<typeof baseFormSchema>;

/** A head confirms an individual's registration awaiting confirmation. */
export const confirmIndividualSchema = z.object({
  registrationId: id.min(1),
  lockVersion: z.number().int().min(0).max(INT4_MAX),
});
export type ConfirmIndividualInput = z.input<typeof confirmIndividualSchema>;

/** A head returns an individual's registration to its owner, with a comment. */
export const returnToOwnerSchema = z.object({
  registrationId: id.min(1),
  lockVersion: z.number().int().min(0).max(INT4_MAX),
  comment: text()
    .trim()
    .min(1, { error: "Vui lòng nhập nội dung cần chỉnh sửa." })
    .max(2000, { error: "Tối đa 2.000 ký tự." }),
});
export type ReturnToOwnerInput = z.input<typeof returnToOwnerSchema>;
