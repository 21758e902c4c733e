"use server";

import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/run-action";
import { declareConflict, reopenScores, saveScores, submitScores, type DeclareConflictResult, type SaveScoresResult } from "./mutations";
import { declareConflictSchema, reopenScoresSchema, saveScoresSchema } from "./schemas";

/** "Lưu nháp" on the evaluator's scoring page. */
export async function saveScoresAction(input: unknown): Promise<ActionResult<SaveScoresResult>> {
  return runAction({
    input,
    schema: saveScoresSchema,
    handler: (actor, data) => saveScores(actor, data),
    revalidate: ["appraisal"],
    message: (res) => `Đã lưu nháp: ${res.scored}/${res.criteria} tiêu chí đã chấm. Bạn có thể sửa cho đến khi gửi kết quả.`,
  });
}

/** "Gửi kết quả chấm" (after the confirmation dialog). */
export async function submitScoresAction(input: unknown): Promise<ActionResult<SaveScoresResult>> {
  return runAction({
    input,
    schema: saveScoresSchema,
    handler: (actor, data) => submitScores(actor, data),
    revalidate: ["appraisal", "campaigns", "todo"],
    message: "Đã gửi kết quả chấm. Kết quả không sửa được nữa (trừ khi Chủ tịch đợt thẩm định mở lại).",
  });
}

/** "Khai báo xung đột lợi ích": the item goes to another evaluator. */
export async function declareConflictAction(input: unknown): Promise<ActionResult<DeclareConflictResult>> {
  return runAction({
    input,
    schema: declareConflictSchema,
    handler: (actor, data) => declareConflict(actor, data),
    revalidate: ["appraisal", "campaigns", "todo"],
    message: (res) =>
      res.reassigned
        ? "Đã ghi nhận xung đột lợi ích. Nội dung đã được phân công cho thành viên khác."
        : "Đã ghi nhận xung đột lợi ích. Chưa có thành viên phù hợp để phân công thay; Chủ tịch đợt thẩm định đã được thông báo.",
  });
}

/** "Mở lại kết quả chấm" (the round's chair). */
export async function reopenScoresAction(input: unknown): Promise<ActionResult<{ lockVersion: number }>> {
  return runAction({
    input,
    schema: reopenScoresSchema,
    handler: (actor, data) => reopenScores(actor, data),
    revalidate: ["appraisal", "campaigns", "todo"],
    message: "Đã mở lại kết quả chấm. Thành viên thẩm định đã được thông báo.",
  });
}
