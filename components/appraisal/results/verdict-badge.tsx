import { Badge } from "@/components/ui/badge";
import type { AppraisalVerdict } from "@/lib/generated/prisma/enums";
import { NO_VERDICT, VERDICT_TONES, verdictLabel } from "@/lib/appraisal/outcome/labels";

/** The chair's verdict, or "Chưa có kết luận". */
export function VerdictBadge({ verdict, issuingUnitKind }: { verdict: AppraisalVerdict | null; issuingUnitKind: string }) {
  return verdict ? <Badge tone={VERDICT_TONES[verdict]}>{verdictLabel(verdict, issuingUnitKind)}</Badge> : <Badge tone="gray">{NO_VERDICT}</Badge>;
}

/** "Cần thảo luận": the evaluators' totals differ by more than the round's threshold. */
export function DiscussFlag() {
  return (
    <Badge tone="amber">
      <span aria-hidden="true">⚠ </span>Cần thảo luận
    </Badge>
  );
}
