import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ASSIGNMENT_STATUS_LABELS } from "@/lib/appraisal/scoring/schemas";
import type { AppraisalAssignmentStatus } from "@/lib/generated/prisma/enums";

const TONES: Record<AppraisalAssignmentStatus, BadgeTone> = { ASSIGNED: "gray", DRAFT: "amber", SUBMITTED: "green", DECLINED: "red" };

/** An evaluator's assignment status: Chưa chấm / Đang chấm (bản nháp) / Đã gửi / Đã từ chối do xung đột. */
export function AssignmentStatusBadge({ status }: { status: AppraisalAssignmentStatus }) {
  return <Badge tone={TONES[status]}>{ASSIGNMENT_STATUS_LABELS[status]}</Badge>;
}
