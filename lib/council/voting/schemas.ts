import { z } from "zod";

/** Shared by the server actions and the members' client forms. */

/** Messages of the voting rules, shown as is (also on the pages). */
export const VOTING_MESSAGES = {
  closed: "Phiên biểu quyết đã kết thúc.",
  notOpen: "Phiên họp chưa mở biểu quyết.",
  notPresent: "Bạn cần xác nhận có mặt trước khi biểu quyết.",
  signInAgain: "Vui lòng đăng nhập lại để bỏ phiếu kín.",
  keyChanged:
    "Khóa bỏ phiếu của bạn đã thay đổi (mật khẩu đã được đổi sau khi bạn bỏ phiếu kín trong phiên này), nên hệ thống không thể nhận ra lá phiếu đã bỏ của bạn. Phiếu đã bỏ vẫn được giữ nguyên; không thể bỏ thêm hay sửa phiếu.",
  chairOnly: "Chỉ Chủ tịch Hội đồng của phiên họp được kết thúc biểu quyết.",
  busy: "Phiếu của bạn đang được ghi nhận từ một cửa sổ khác. Vui lòng tải lại trang rồi thử lại.",
} as const;

const id = z.string().min(1).max(64);

export const VOTE_CHOICES = ["AGREE", "DISAGREE", "ABSTAIN"] as const;

export const sessionRefSchema = z.object({ sessionId: id });

/**
 * The member's ballot: one choice per agenda item they chose on (items left blank are not sent). A whole
 * ballot is one submission; changing one item is the same submission with that item changed.
 */
export const castVotesSchema = z.object({
  sessionId: id,
  votes: z
    .array(
      z.object({
        agendaItemId: id,
        choice: z.enum(VOTE_CHOICES, { error: "Vui lòng chọn Đồng ý, Không đồng ý hoặc Không biểu quyết." }),
      }),
    )
    .min(1, { error: "Bạn chưa chọn biểu quyết cho đề nghị nào." })
    .max(1000)
    .refine((vs) => new Set(vs.map((v) => v.agendaItemId)).size === vs.length, { error: "Mỗi đề nghị chỉ được biểu quyết một lần trong một lần gửi." }),
});

export type SessionRefInput = z.infer<typeof sessionRefSchema>;
export type CastVotesInput = z.infer<typeof castVotesSchema>;
