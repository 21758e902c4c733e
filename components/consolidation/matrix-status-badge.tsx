import { Badge } from "@/components/ui/badge";
import { MATRIX_STATUS_ICONS, MATRIX_STATUS_TONES } from "@/lib/consolidation/matrix";
import { MATRIX_STATUS_LABELS, type MatrixStatus } from "@/lib/submissions/statuses";

/** A matrix cell's status: colour, a symbol and the words (never colour alone). */
export function MatrixStatusBadge({ status }: { status: MatrixStatus }) {
  return (
    <Badge tone={MATRIX_STATUS_TONES[status]} className="whitespace-nowrap">
      <span aria-hidden="true" className="mr-1">
        {MATRIX_STATUS_ICONS[status]}
      </span>
      {MATRIX_STATUS_LABELS[status]}
    </Badge>
  );
}
