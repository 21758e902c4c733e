import { Badge, type BadgeTone } from "@/components/ui/badge";
import { UNIT_FORM_STATUS_LABELS, type MatrixStatus } from "@/lib/submissions/statuses";

const TONES: Record<MatrixStatus, BadgeTone> = {
  NOT_STARTED: "gray",
  DRAFT: "blue",
  SUBMITTED_ON_TIME: "green",
  SUBMITTED_LATE: "amber",
  RETURNED: "red",
  ACCEPTED: "violet",
};

/** Status of a Mẫu 1 as the unit sees it (Chưa thực hiện, Đang soạn, Đã nộp đúng hạn, Nộp trễ hạn, Trả lại, Đã tiếp nhận). */
export function FormStatusBadge({ status, awaitingConfirmation }: { status: MatrixStatus; awaitingConfirmation?: boolean }) {
  if (awaitingConfirmation) return <Badge tone="blue">Chờ trưởng đơn vị xác nhận</Badge>;
  return <Badge tone={TONES[status]}>{UNIT_FORM_STATUS_LABELS[status]}</Badge>;
}
