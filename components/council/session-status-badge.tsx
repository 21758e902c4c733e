import { Badge, type BadgeTone } from "@/components/ui/badge";
import { SESSION_STATUS_LABELS } from "@/lib/awards/labels";
import type { CouncilSessionStatus } from "@/lib/generated/prisma/enums";

const TONES: Record<CouncilSessionStatus, BadgeTone> = { DRAFT: "blue", VOTING: "amber", CLOSED: "green" };
const ICONS: Record<CouncilSessionStatus, string> = { DRAFT: "✎", VOTING: "●", CLOSED: "✔" };

/** A council session's status: colour, a symbol and the words. */
export function SessionStatusBadge({ status }: { status: CouncilSessionStatus }) {
  return (
    <Badge tone={TONES[status]} className="whitespace-nowrap">
      <span aria-hidden="true" className="mr-1">
        {ICONS[status]}
      </span>
      {SESSION_STATUS_LABELS[status]}
    </Badge>
  );
}
