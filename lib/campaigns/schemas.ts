import { z } from "zod";
import { INT4_MAX } from "@/lib/validation/numbers";
import { text } from "@/lib/validation/text";
import { DAY_FORMAT_ERROR, looksLikeIsoDay } from "@/lib/validation/day-messages";
import { MilestoneKind, RegistrationLevel, Role } from "@/lib/generated/prisma/enums";
import { PARTICIPANT_TYPES } from "./defaults";
import { reminderSettingsFormSchema } from "@/lib/reminders/rules";
import { phaseOfMilestoneKind } from "@/lib/reports/phase";

/**
 * The campaign form, shared by the react-hook-form client (zodResolver) and the server actions.
 * Dates travel as "yyyy-MM-dd" strings (<input type=date>); milestones carry their "before day".
 * Rules that need the database (units in the subtree, parent campaign, fields in use) are checked
 * by the mutations and come back as field errors with the same paths.
 */

const fmt = (n: number) => n.toLocaleString("vi-VN");

const requiredText = (max: number, emptyMsg = "Vui lòng nhập nội dung.") =>
  text({ error: emptyMsg })
    .trim()
    .min(1, { error: emptyMsg })
    .max(max, { error: `Tối đa ${fmt(max)} ký tự.` });

const optionalText = (max: number) => text().trim().max(max, { error: `Tối đa ${fmt(max)} ký tự.` });

const id = z.string().trim().min(1).max(64);

export function isValidDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 2000 && y <= 2100 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Text the date input could not read reaches a schema as typed: it is told so in the input's words (one message). */
const invalidDayMessage = (iss: { input?: unknown }) => (looksLikeIsoDay(iss.input) ? "Ngày không hợp lệ (từ năm 2000 đến 2100)." : DAY_FORMAT_ERROR);

export const dayString = (emptyMsg = "Vui lòng chọn ngày.") =>
  z
    .string({ error: emptyMsg })
    .trim()
    .min(1, { error: emptyMsg })
    .refine(isValidDay, { error: invalidDayMessage });

export const yearSchema = z
  .number({ error: "Vui lòng nhập năm." })
  .int({ error: "Năm phải là số nguyên." })
  .min(2000, { error: "Năm từ 2000 đến 2100." })
  .max(2100, { error: "Năm từ 2000 đến 2100." });

export const documentNumberSchema = requiredText(100, "Vui lòng nhập số và ký hiệu.").regex(/^[^\s/]+\/[^\s]+$/u, {
  error: "Số và ký hiệu có dạng số/ký hiệu, ví dụ 1128/KH-SQHKT.",
});

export const criterionSchema = z.object({ content: requiredText(2000, "Vui lòng nhập tiêu chí hoặc xoá dòng này.") });

export const reformFieldSchema = z.object({
  id: id.optional(),
  name: requiredText(255, "Vui lòng nhập tên lĩnh vực hoặc xoá dòng này."),
});

export const milestoneSchema = z.object({
  id: id.optional(),
  name: requiredText(500, "Vui lòng nhập tên mốc."),
  deliverable: optionalText(1000),
  kind: z.enum(MilestoneKind, { error: "Vui lòng chọn loại mốc." }),
  responsibleRole: z.enum(Role, { error: "Vui lòng chọn vai trò chịu trách nhiệm." }),
  beforeDay: dayString("Vui lòng chọn hạn (trước ngày)."),
  /** Optional hard cut-off "Hạn cuối cùng: trước ngày X" ("" = none): no submission accepted from 00:00 of X. */
  cutoffDay: z
    .string()
    .trim()
    .refine((v) => v === "" || isValidDay(v), { error: invalidDayMessage })
    .default(""),
  /**
   * Optional "Mở nhận từ ngày X" ("" = none): nothing can be submitted for this milestone before
   * 00:00 of X (Vietnam time). Empty: the default of lib/reports/phase.ts applies (a report opens
   * when the milestone before it falls due).
   */
  opensDay: z
    .string()
    .trim()
    .refine((v) => v === "" || isValidDay(v), { error: invalidDayMessage })
    .default(""),
});

export const CUTOFF_BEFORE_DUE_MESSAGE = "Hạn cuối cùng không nhận phải bằng hoặc sau hạn của mốc.";
export const OPENS_BEFORE_DUE_MESSAGE = "Ngày mở nhận phải trước hạn của mốc.";

/** Milestones whose deliverable opens at a date (the report phases, lib/reports/phase.ts): only they carry "Mở nhận từ ngày". */
export function opensOnPortal(kind: MilestoneKind | string): boolean {
  return phaseOfMilestoneKind(kind as MilestoneKind) !== null;
}

export const MAX_UNITS = 500;

export const campaignFormSchema = z
  .object({
    /** Present when editing: the version the form was loaded from. */
    lockVersion: z.number().int().min(0).max(INT4_MAX).optional(),
    documentNumber: documentNumberSchema,
    issuedOn: dayString("Vui lòng chọn ngày ban hành."),
    year: yearSchema,
    issuingUnitId: z.string({ error: "Vui lòng chọn đơn vị ban hành." }).trim().min(1, { error: "Vui lòng chọn đơn vị ban hành." }).max(64),
    signerName: requiredText(255, "Vui lòng nhập họ tên người ký."),
    signerTitle: requiredText(255, "Vui lòng nhập chức vụ người ký."),
    title: requiredText(1000, "Vui lòng nhập tên kế hoạch."),
    theme: optionalText(2000),
    legalBases: optionalText(10000),
    purpose: optionalText(20000),
    participantsText: optionalText(10000),
    criteria: z.object({
      COLLECTIVE: z.array(criterionSchema).max(50, { error: "Tối đa 50 tiêu chí." }),
      INDIVIDUAL: z.array(criterionSchema).max(50, { error: "Tối đa 50 tiêu chí." }),
      CITIZEN: z.array(criterionSchema).max(50, { error: "Tối đa 50 tiêu chí." }),
    }),
    fields: z.array(reformFieldSchema).max(30, { error: "Tối đa 30 lĩnh vực." }),
    registrationLevels: z
      .array(z.enum(RegistrationLevel), { error: "Chọn ít nhất một cấp đăng ký." })
      .min(1, { error: "Chọn ít nhất một cấp đăng ký." })
      .max(2),
    startsOn: dayString("Vui lòng chọn ngày bắt đầu."),
    endsOn: dayString("Vui lòng chọn ngày kết thúc."),
    unitIds: z.array(id).max(MAX_UNITS, { error: `Tối đa ${MAX_UNITS} đơn vị.` }),
    parentCampaignId: z.string().trim().max(64),
    /** "Cơ quan nhận báo cáo, đăng ký" ("" = the issuing unit itself), e.g. Sở Nội vụ for the City's plan. */
    receivingUnitId: z.string().trim().max(64).default(""),
    milestones: z.array(milestoneSchema).max(30, { error: "Tối đa 30 mốc thời gian." }),
    /** Reminder settings: "7, 3, 1" days before, the morning after, weekly while overdue. */
    ...reminderSettingsFormSchema.shape,
  })
  .superRefine((v, ctx) => {
    if (isValidDay(v.startsOn) && isValidDay(v.endsOn) && v.endsOn < v.startsOn) {
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu." });
    }
    const seenFields = new Map<string, number>();
    v.fields.forEach((f, i) => {
      const key = f.name.trim().toLocaleLowerCase("vi");
      if (!key) return;
      if (seenFields.has(key)) ctx.addIssue({ code: "custom", path: ["fields", i, "name"], message: "Lĩnh vực này bị trùng tên." });
      else seenFields.set(key, i);
    });
    v.milestones.forEach((m, i) => {
      if (m.cutoffDay && isValidDay(m.cutoffDay) && isValidDay(m.beforeDay) && m.cutoffDay < m.beforeDay) {
        ctx.addIssue({ code: "custom", path: ["milestones", i, "cutoffDay"], message: CUTOFF_BEFORE_DUE_MESSAGE });
      }
      if (opensOnPortal(m.kind) && m.opensDay && isValidDay(m.opensDay) && isValidDay(m.beforeDay) && m.opensDay >= m.beforeDay) {
        ctx.addIssue({ code: "custom", path: ["milestones", i, "opensDay"], message: OPENS_BEFORE_DUE_MESSAGE });
      }
    });
    let registrationSeen = false;
    v.milestones.forEach((m, i) => {
      if (m.kind !== "REGISTRATION") return;
      if (registrationSeen) {
        ctx.addIssue({ code: "custom", path: ["milestones", i, "kind"], message: "Mỗi kế hoạch chỉ có một mốc đăng ký (Mẫu 1)." });
      }
      registrationSeen = true;
    });
    if (new Set(v.unitIds).size !== v.unitIds.length) {
      ctx.addIssue({ code: "custom", path: ["unitIds"], message: "Danh sách đơn vị tham gia bị trùng." });
    }
  });

export type CampaignFormInput = z.input<typeof campaignFormSchema>;
export type CampaignFormValues = z.output<typeof campaignFormSchema>;

export const cloneCampaignSchema = z.object({
  year: yearSchema,
  documentNumber: documentNumberSchema,
});
export type CloneCampaignValues = z.output<typeof cloneCampaignSchema>;

export const campaignListFilterSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  status: z.enum(["DRAFT", "PUBLISHED", "CLOSED"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type CampaignListFilter = z.output<typeof campaignListFilterSchema>;

/** Problems that prevent publishing, as sentences shown to the office (empty: ready). */
export function publishProblems(c: {
  unitCount: number;
  closedUnitNames?: string[];
  fieldCount: number;
  registrationLevels: readonly string[];
  milestones: { name: string; kind: string; dueAt: Date | null }[];
}): string[] {
  const out: string[] = [];
  if (c.unitCount === 0) out.push("Chưa chọn đơn vị tham gia.");
  for (const name of c.closedUnitNames ?? []) out.push(`Đơn vị “${name}” đã ngừng hoạt động: hãy bỏ khỏi danh sách tham gia.`);
  if (c.fieldCount === 0) out.push("Chưa có lĩnh vực đăng ký thi đua.");
  if (c.registrationLevels.length === 0) out.push("Chưa chọn cấp đăng ký (cấp Thành phố, cấp Sở).");
  if (!c.milestones.some((m) => m.kind === "REGISTRATION")) out.push("Chưa có mốc đăng ký (Mẫu 1).");
  for (const m of c.milestones) if (!m.dueAt) out.push(`Mốc “${m.name}” chưa có hạn.`);
  return out;
}

export { PARTICIPANT_TYPES };
