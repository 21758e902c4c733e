import { Badge } from "@/components/ui/badge";
import { BALLOT_MODE_LABELS } from "@/lib/awards/labels";
import type { BallotMode } from "@/lib/generated/prisma/enums";

export function BallotModeBadge({ mode }: { mode: BallotMode }) {
  return <Badge tone={mode === "SECRET" ? "violet" : "gray"}>{BALLOT_MODE_LABELS[mode]}</Badge>;
}

/** What the ballot mode means for the member, in plain words. */
export const BALLOT_MODE_EXPLANATIONS: Record<BallotMode, string> = {
  OPEN: "Biểu quyết công khai: lựa chọn của từng thành viên được ghi tên và công bố trong kết quả sau khi Chủ tịch kết thúc biểu quyết. Bạn có thể sửa biểu quyết cho đến lúc đó.",
  SECRET:
    "Bỏ phiếu kín: phiếu của bạn được lưu dưới một mã chỉ tạo được từ mật khẩu đăng nhập của bạn, không kèm tên và thời điểm bỏ phiếu. Không ai — kể cả Chủ tịch, Thường trực Hội đồng hay quản trị hệ thống — biết bạn đã chọn gì; chỉ bạn thấy lựa chọn của mình trên trang này. Mỗi thành viên có một phiếu cho mỗi đề nghị và có thể sửa cho đến khi Chủ tịch kết thúc biểu quyết; kết quả chỉ công bố số phiếu. Nếu đổi mật khẩu sau khi đã bỏ phiếu, bạn sẽ không sửa được phiếu trong phiên này nữa.",
};
