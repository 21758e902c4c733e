import { z } from "zod";
import type { AppraisalAssignmentStatus } from "@/lib/generated/prisma/enums";
import { parseVnNumber } from "@/lib/progress/rules";
import { text } from "@/lib/validation/text";

/** Shared by the server actions and the evaluator's client form. */

export const SCORING_MESSAGES = {
  stale: "Phiếu chấm đã có thay đổi ở tab khác, tải lại trang để xem bản mới nhất rồi nhập lại.",
  roundNotOpen: "Đợt thẩm định không mở chấm điểm (chưa mở hoặc đã kết thúc): không thay đổi được điểm.",
  declined: "Bạn đã từ chối chấm nội dung này do xung đột lợi ích.",
  submitted: "Bạn đã gửi kết quả chấm nội dung này; chỉ Chủ tịch đợt thẩm định mới mở lại được.",
  ownUnit: "Bạn không được chấm nội dung của đơn vị mình hoặc đơn vị cấp dưới.",
  missing: "Chưa chấm tiêu chí này.",
  incomplete: "Vui lòng chấm đủ các tiêu chí trước khi gửi kết quả.",
  forgedCriterion: "Tiêu chí không thuộc đợt thẩm định này. Vui lòng tải lại trang.",
  chairOnly: "Chỉ Chủ tịch đợt thẩm định được mở lại kết quả chấm đã gửi.",
  notSubmitted: "Kết quả chấm này chưa được gửi nên không cần mở lại.",
  conflictAfterSubmit: "Bạn đã gửi kết quả chấm nội dung này: không thể khai báo xung đột nữa (đề nghị Chủ tịch mở lại nếu cần).",
} as const;

const id = z.string().min(1).max(64);

export const POINTS_NOT_A_NUMBER = "Điểm phải là số, ví dụ 12 hoặc 12,5.";
const lockVersion = z.number().int().min(0).max(2_147_483_647);

export const scoreEntrySchema = z.object({
  criterionId: id,
  /** A number, or the text typed ("12,5" → 12.5, Vietnamese decimal comma); null or empty = not scored yet. */
  points: z
    .union([z.number(), z.string().max(40), z.null()], { error: POINTS_NOT_A_NUMBER })
    .transform((v, ctx) => {
      if (v === null) return null;
      const parsed = parseVnNumber(v);
      if (parsed.ok) return parsed.value;
      if (parsed.empty) return null;
      ctx.addIssue({ code: "custom", message: POINTS_NOT_A_NUMBER });
      return z.NEVER;
    }),
  comment: text().trim().max(2000, { error: "Nhận xét tối đa 2000 ký tự." }),
});

export const saveScoresSchema = z.object({
  assignmentId: id,
  lockVersion,
  scores: z
    .array(scoreEntrySchema)
    .max(100)
    .refine((s) => new Set(s.map((e) => e.criterionId)).size === s.length, { error: "Mỗi tiêu chí chỉ chấm một lần." }),
});

const reason = (label: string) =>
  text({ error: `Vui lòng nhập ${label}.` })
    .trim()
    .min(10, { error: `${label[0].toUpperCase()}${label.slice(1)} tối thiểu 10 ký tự.` })
    .max(1000, { error: `${label[0].toUpperCase()}${label.slice(1)} tối đa 1000 ký tự.` });

export const declareConflictSchema = z.object({ assignmentId: id, reason: reason("lý do xung đột lợi ích") });
export const reopenScoresSchema = z.object({ assignmentId: id, reason: reason("lý do mở lại") });

export type SaveScoresInput = z.infer<typeof saveScoresSchema>;
export type DeclareConflictInput = z.infer<typeof declareConflictSchema>;
export type ReopenScoresInput = z.infer<typeof reopenScoresSchema>;

/** Field-error keys of one criterion (the form shows them next to its inputs). */
export const pointsKey = (criterionId: string) => `points:${criterionId}`;
export const commentKey = (criterionId: string) => `comment:${criterionId}`;

/** An evaluator's assignment, as the queue and the scoring page name it. */
export const ASSIGNMENT_STATUS_LABELS: Record<AppraisalAssignmentStatus, string> = {
  ASSIGNED: "Chưa chấm",
  DRAFT: "Đang chấm (bản nháp)",
  SUBMITTED: "Đã gửi",
  DECLINED: "Đã từ chối do xung đột",
};
