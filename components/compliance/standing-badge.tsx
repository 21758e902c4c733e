import { Badge, type BadgeTone } from "@/components/ui/badge";
import { COMPLIANCE_STATUS_LABELS, type UnitStanding } from "@/lib/compliance/rules";

export const STANDING_TONES = { ON_TIME: "green", LATE: "amber", PENDING: "gray", OVERDUE: "red" } as const satisfies Record<UnitStanding["status"], BadgeTone>;

export function StandingBadge({ standing }: { standing: UnitStanding }) {
  return <Badge tone={STANDING_TONES[standing.status]}>{COMPLIANCE_STATUS_LABELS[standing.status]}</Badge>;
}

/** "3 ngày" for a late submission, "quá hạn 3 ngày" for a missing one after the deadline, "—" otherwise. */
export function daysLateText(standing: UnitStanding): string {
  if (standing.status === "LATE") return `${standing.daysLate} ngày`;
  if (standing.status === "OVERDUE") return `quá hạn ${standing.daysLate} ngày`;
  return "—";
}
