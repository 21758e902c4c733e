import { Badge } from "@/components/ui/badge";
import type { InitiativeProgress } from "@/lib/generated/prisma/enums";
import { PROGRESS_TONES } from "@/lib/progress/rules";
import { PROGRESS_LABELS } from "@/lib/reports/labels";

/** Chưa triển khai / Đang triển khai / Đã hoàn thành / Dừng thực hiện. */
export function ProgressBadge({ progress }: { progress: InitiativeProgress }) {
  return (
    <Badge tone={PROGRESS_TONES[progress]} className="whitespace-nowrap">
      {PROGRESS_LABELS[progress]}
    </Badge>
  );
}
