import { Badge, type BadgeTone } from "@/components/ui/badge";
import { PROPOSAL_STATUS_LABELS } from "@/lib/awards/labels";
import type { AwardProposalStatus } from "@/lib/generated/prisma/enums";

const TONES: Record<AwardProposalStatus, BadgeTone> = {
  DRAFT: "blue",
  SUBMITTED: "amber",
  RETURNED: "red",
  ADMITTED: "green",
  SCHEDULED: "violet",
  APPROVED: "green",
  REJECTED: "red",
  FORWARDED: "violet",
  AWARDED: "green",
};

/** Status of an award proposal (Đang soạn, Chờ Thường trực kiểm tra, Bị trả lại, …), with "Nộp trễ hạn" when late. */
export function ProposalStatusBadge({ status, isLate }: { status: AwardProposalStatus; isLate?: boolean }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <Badge tone={TONES[status]}>{PROPOSAL_STATUS_LABELS[status]}</Badge>
      {isLate && status !== "DRAFT" ? <Badge tone="amber">Nộp trễ hạn</Badge> : null}
    </span>
  );
}
