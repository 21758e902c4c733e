import { z } from "zod";
import { dayField, idField, lockVersionField, optionalDayField, optionalText, requiredText, tooLong } from "@/lib/validation/fields";
import { text } from "@/lib/validation/text";

/** Survey plans, rounds, visits, the unit's report and the team's findings: the server actions' input. */

const id = idField;
const lockVersion = lockVersionField;
const required = requiredText;
const optional = optionalText;
const day = dayField;
const time = (label: string) =>
  z
    .string({ error: `Vui lòng nhập ${label} (giờ:phút).` })
    .trim()
    .regex(/^([01]?\d|2[0-3])[:hH.]([0-5]\d)$/, { error: `${label[0].toUpperCase()}${label.slice(1)} chưa đúng dạng giờ:phút, ví dụ 08:30.` })
    .transform((v) => {
      const [, h, m] = /^(\d{1,2})[:hH.](\d{2})$/.exec(v)!;
      return `${h.padStart(2, "0")}:${m}`;
    });
const ids = (max: number) => z.array(id).max(max, { error: `Tối đa ${max} mục.` });

export const planSchema = z
  .object({
    documentNumber: optional(100),
    title: required("tên kế hoạch", 1000),
    year: z.coerce.number({ error: "Vui lòng nhập năm." }).int({ error: "Năm không hợp lệ." }).min(2000, { error: "Năm không hợp lệ." }).max(2100, { error: "Năm không hợp lệ." }),
    startsOn: day("ngày bắt đầu"),
    endsOn: day("ngày kết thúc"),
    purpose: optional(20_000),
  })
  .superRefine((v, ctx) => {
    if (v.endsOn < v.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "Ngày kết thúc phải từ ngày bắt đầu trở đi." });
  });
export const updatePlanSchema = z.intersection(planSchema, z.object({ planId: id, lockVersion }));

export const roundSchema = z.object({ planId: id, name: required("tên đợt khảo sát", 255) });

export const TEAM_ROLES = ["LEADER", "DEPUTY", "MEMBER", "SECRETARY"] as const;
export const memberSchema = z.object({
  roundId: id,
  userId: id,
  role: z.enum(TEAM_ROLES, { error: "Vui lòng chọn vai trò trong đoàn." }),
  roleNote: optional(255),
});
export const memberRefSchema = z.object({ memberId: id });

const visitFields = {
  date: day("ngày khảo sát"),
  startTime: time("giờ bắt đầu"),
  endTime: time("giờ kết thúc"),
  place: required("địa điểm", 500),
  contactName: required("người liên hệ", 255),
  contactPhone: optional(50),
  note: optional(2000),
  reportDueDate: optionalDayField(),
};
const endAfterStart = (v: { startTime: string; endTime: string }, ctx: z.RefinementCtx) => {
  if (v.endTime <= v.startTime) ctx.addIssue({ code: "custom", path: ["endTime"], message: "Giờ kết thúc phải sau giờ bắt đầu." });
};

export const MAX_VISIT_INITIATIVES = 50;
export const visitSchema = z
  .object({ roundId: id, unitId: id, initiativeIds: ids(MAX_VISIT_INITIATIVES).min(1, { error: "Chọn ít nhất một mô hình, giải pháp, sáng kiến để khảo sát." }), ...visitFields })
  .superRefine(endAfterStart);
export const updateVisitSchema = z.object({ visitId: id, lockVersion, ...visitFields }).superRefine(endAfterStart);
export const cancelVisitSchema = z.object({ visitId: id, reason: required("lý do hủy", 1000) });
export const roundRefSchema = z.object({ roundId: id });

export const TEXT_MAX = 20_000;
/** The unit's report: "general" and, per initiative of the visit, `<field>:<initiativeId>` keys. */
export const unitReportSchema = z
  .object({ visitId: id, lockVersion, general: optional(TEXT_MAX) })
  .catchall(z.union([text().max(TEXT_MAX, { error: tooLong(TEXT_MAX) }), z.array(z.string()).max(0)]));
export const PART_FIELDS = ["results", "limitations", "difficulties", "satisfaction"] as const;
export const visitRefSchema = z.object({ visitId: id, lockVersion });

export const IMPACTS = ["SIGNIFICANT", "MODERATE", "LITTLE", "UNCLEAR"] as const;
export const findingSchema = z.object({
  visitId: id,
  initiativeId: id,
  achieved: optional(TEXT_MAX),
  limitations: optional(TEXT_MAX),
  difficulties: optional(TEXT_MAX),
  recommendations: optional(TEXT_MAX),
  satisfactionImpact: z
    .enum(IMPACTS, { error: "Chọn mức tác động." })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  impactNote: optional(2000),
});

export const roundReportSchema = z.object({
  roundId: id,
  lockVersion,
  reportSummary: optional(100_000),
  reportAssessment: optional(TEXT_MAX),
  reportProposals: optional(TEXT_MAX),
});

export const PROPOSALS = ["RECOGNISE", "REPLICATE", "NONE"] as const;
export const proposalSchema = z
  .object({
    roundId: id,
    initiativeId: id,
    kind: z.enum(PROPOSALS, { error: "Chọn đề xuất." }),
    replicateWhere: optional(1000),
    reason: optional(2000),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "REPLICATE" && !v.replicateWhere) ctx.addIssue({ code: "custom", path: ["replicateWhere"], message: "Ghi nơi đề nghị nhân rộng." });
  });
