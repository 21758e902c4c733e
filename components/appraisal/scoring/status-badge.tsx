import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { AppraisalAssignmentStatus } from "@/lib/generated/prisma/enums";

const LABELS: Record<AppraisalAssignmentStatus, string> = {
  ASSIGNED: "Chưa chấm",
  DRAFT: "Đang chấm (bản nháp)",
  SUBMITTED: "Đã gửi",
  DECLINED: "Đã từ chối do xung đột",
};

const TONES: Record<AppraisalAssignmentStatus, BadgeTone> = { ASSIGNED: "gray", DRAFT: "amber", SUBMITTED: "green", DECLINED: "red" };

/** An evaluator's assignment status: Chưa chấm / Đang chấm (bản nháp) / Đã gửi / Đã từ chối do xung đột. */
export function AssignmentStatusBadge({ status }: { status: AppraisalAssignmentStatus }) {
  return <Badge tone={TONES[status]}>{LABELS[status]}</Badge>;
}
