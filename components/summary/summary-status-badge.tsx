import { Badge } from "@/components/ui/badge";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { SUMMARY_STATUS_LABELS, SUMMARY_STATUS_TONES, summaryStatusKey } from "@/lib/summary/rules";

/** As the parent campaign's office reads it (it is the one that returns or accepts). */
const RECEIVER_LABELS: Partial<Record<SubmissionStatus, string>> = {
  SUBMITTED: "Chờ xem xét",
  RETURNED: "Đã trả lại",
  ACCEPTED: "Đã tiếp nhận",
};

export function SummaryStatusBadge({ status, hasParent, receiver = false }: { status: SubmissionStatus | null | undefined; hasParent: boolean; receiver?: boolean }) {
  const key = summaryStatusKey(status, hasParent);
  const label = receiver && status && RECEIVER_LABELS[status] ? RECEIVER_LABELS[status] : SUMMARY_STATUS_LABELS[key];
  return <Badge tone={SUMMARY_STATUS_TONES[key]}>{label}</Badge>;
}
