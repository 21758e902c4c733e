import { compareVi } from "@/lib/text/collate";
import type { ParticipantType } from "@/lib/generated/prisma/enums";

const TYPE_ORDER: Record<ParticipantType, number> = { COLLECTIVE: 0, INDIVIDUAL: 1, CITIZEN: 2 };

/**
 * The order of the awardees in a decision (and so their certificate numbers 1..n): by award form,
 * then collectives before individuals before citizens and businesses, then by name.
 */
export function awardeeOrder(
  a: { nomineeType: ParticipantType; nomineeName: string; awardForm: { sortOrder: number; name: string }; id: string },
  b: { nomineeType: ParticipantType; nomineeName: string; awardForm: { sortOrder: number; name: string }; id: string },
): number {
  return (
    a.awardForm.sortOrder - b.awardForm.sortOrder ||
    compareVi(a.awardForm.name, b.awardForm.name) ||
    TYPE_ORDER[a.nomineeType] - TYPE_ORDER[b.nomineeType] ||
    compareVi(a.nomineeName, b.nomineeName) ||
    a.id.localeCompare(b.id)
  );
}

/** Default summary (trích yếu) of a decision for a campaign. */
export function defaultDecisionSummary(campaign: { year: number }): string {
  return `Về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua cải cách hành chính năm ${campaign.year}`;
}
