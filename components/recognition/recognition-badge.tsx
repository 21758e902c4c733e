import { Badge } from "@/components/ui/badge";
import type { RegistrationLevel } from "@/lib/generated/prisma/enums";
import { recognisedBadge } from "@/lib/recognition/rules";

/** What a list needs of a recognition (lib/recognition/queries.ts recognitionsFor). */
export interface RecognitionBadgeData {
  level: RegistrationLevel;
  number: string;
  signedOnText: string;
  issuer: string;
}

/**
 * "Đã công nhận cấp Sở / cấp Thành phố": a decision of the authority of that level recognised the
 * initiative (or its forwarded copy). Distinct from the leadership's "Tiêu biểu" tick, which is a proposal.
 */
export function RecognitionBadge({ recognition, className }: { recognition: RecognitionBadgeData | null | undefined; className?: string }) {
  if (!recognition) return null;
  const detail = `Quyết định số ${recognition.number} ngày ${recognition.signedOnText} của ${recognition.issuer}`;
  return (
    <span className={className} data-testid="recognition-badge">
      <Badge tone="green">
        {recognisedBadge(recognition.level)}
        <span className="sr-only"> theo {detail}</span>
      </Badge>
      <span className="ml-1 text-xs text-slate-700 print:text-black" aria-hidden="true">
        (QĐ {recognition.number})
      </span>
    </span>
  );
}
