import { Badge } from "@/components/ui/badge";
import { MATRIX_STATUS_ICONS, MATRIX_STATUS_TONES } from "@/lib/consolidation/matrix";
import type { MatrixStatus } from "@/lib/submissions/statuses";
import { REPORT_STATUS_LABELS } from "@/lib/reports/rules";

/** A unit report's status in the office's list: colour, a symbol and the words (never colour alone). */
export function ReportStatusBadge({ status }: { status: MatrixStatus }) {
  return (
    <Badge tone={MATRIX_STATUS_TONES[status]} className="whitespace-nowrap">
      <span aria-hidden="true" className="mr-1">
        {MATRIX_STATUS_ICONS[status]}
      </span>
      {REPORT_STATUS_LABELS[status]}
    </Badge>
  );
}
