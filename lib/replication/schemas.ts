import { z } from "zod";
import { parseVnNumber } from "@/lib/progress/rules";
import { dayField, idField, lockVersionField, optionalDayField, optionalText as optionalTextField, tooLong } from "@/lib/validation/fields";
import { text } from "@/lib/validation/text";

const id = idField;
const lockVersion = lockVersionField;
const optionalText = optionalTextField;
const day = dayField;
const optionalDay = (_label: string) => optionalDayField();
const number = (label: string, required: boolean) =>
  z.unknown().transform((v, ctx) => {
    const p = parseVnNumber(v);
    if (p.ok) return p.value;
    if (p.empty) {
      if (!required) return null;
      ctx.addIssue({ code: "custom", message: `Vui lòng nhập ${label}.` });
      return z.NEVER;
    }
    ctx.addIssue({ code: "custom", message: p.message });
    return z.NEVER;
  });

export const adoptSchema = z.object({
  modelId: id,
  // The unit that adopts, among the actor's units (checked on the server); empty when there is one.
  unitId: z.string().trim().max(64).optional().transform((v) => v || null),
  startedOn: optionalDay("Ngày bắt đầu"),
  note: optionalText(2000),
});

export const PROGRESS_VALUES = ["NOT_STARTED", "IN_PROGRESS", "COMPLETED", "DROPPED"] as const;

export const adoptionProgressSchema = z
  .object({
    adoptionId: id,
    lockVersion,
    progress: z.enum(PROGRESS_VALUES, { error: "Vui lòng chọn tình trạng." }),
    completedOn: optionalDay("Ngày hoàn thành"),
    progressNote: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    if (v.progress === "COMPLETED" && !v.completedOn) ctx.addIssue({ code: "custom", path: ["completedOn"], message: "Vui lòng nhập ngày hoàn thành." });
    if (v.progress === "DROPPED" && !v.progressNote) ctx.addIssue({ code: "custom", path: ["progressNote"], message: "Vui lòng ghi lý do dừng thực hiện." });
  });

export const addResultSchema = z.object({
  adoptionId: id,
  indicator: text().trim().min(1, { error: "Vui lòng nhập chỉ tiêu." }).max(500, { error: tooLong(500) }),
  unitOfMeasure: text().trim().min(1, { error: "Vui lòng nhập đơn vị tính (%, hồ sơ, ngày…)." }).max(100, { error: tooLong(100) }),
  valueBefore: number("giá trị trước khi áp dụng", false),
  valueAfter: number("giá trị sau khi áp dụng", true),
  source: optionalText(500),
});

export const removeResultSchema = z.object({ resultId: id });
export const adoptionRefSchema = z.object({ adoptionId: id });

export const REPORT_MAX = 20_000;
export const reportAdoptionSchema = z.object({
  adoptionId: id,
  lockVersion,
  reportText: text({ error: "Vui lòng nhập nội dung báo cáo." })
    .trim()
    .min(20, { error: "Báo cáo quá ngắn: nêu cách làm, kết quả đạt được (số liệu), khó khăn (ít nhất 20 ký tự)." })
    .max(REPORT_MAX, { error: tooLong(REPORT_MAX) }),
});

export const MAX_TARGETS = 500;
export const assignSchema = z.object({
  modelId: id,
  issuingUnitId: z.string().trim().max(64).optional().transform((v) => v || null),
  unitIds: z.array(id).min(1, { error: "Chọn ít nhất một đơn vị được giao." }).max(MAX_TARGETS, { error: `Tối đa ${MAX_TARGETS} đơn vị mỗi lần giao.` }),
  dueDate: day("hạn báo cáo"),
  documentRef: optionalText(255),
  note: optionalText(2000),
});

export const assignmentRefSchema = z.object({ assignmentId: id });
