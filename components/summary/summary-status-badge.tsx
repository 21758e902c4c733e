import { Badge } from "@/components/ui/badge";
import type { RegistrationStatus } from "@/lib/generated/prisma/enums";
import { SUMMARY_STATUS_LABELS, SUMMARY_STATUS_TONES, summaryStatusKey } from "@/lib/summary/rules";

export function SummaryStatusBadge({ status, hasParent }: { status: RegistrationStatus | null | undefined; hasParent: boolean }) {
  const key = summaryStatusKey(status, hasParent);
  return <Badge tone={SUMMARY_STATUS_TONES[key]}>{SUMMARY_STATUS_LABELS[key]}</Badge>;
}
