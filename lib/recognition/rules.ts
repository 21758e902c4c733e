import type { AppraisalRoundStatus, AppraisalVerdict, RegistrationLevel, UnitKind } from "@/lib/generated/prisma/enums";

/**
 * Who recognises what (DOMAIN.md "Who recognises"), pure so that the mutation, the page and the tests
 * share it. A recognition is a decision (quyết định công nhận) of the authority of the level named: the
 * head of a Sở (or of a district, treated as the same level) recognises cấp Sở; cấp Thành phố is
 * recognised by the City (Chủ tịch UBND Thành phố). The "typical" tick is a proposal, not a recognition.
 */

export const RECOGNITION_LEVEL_LABELS: Record<RegistrationLevel, string> = {
  CITY: "cấp Thành phố",
  DEPARTMENT: "cấp Sở",
};

/** The level a unit of this kind recognises at (null: the unit has no recognition authority). */
export function recognitionLevelOf(kind: UnitKind): RegistrationLevel | null {
  if (kind === "CITY") return "CITY";
  if (kind === "DEPARTMENT" || kind === "DISTRICT") return "DEPARTMENT";
  return null;
}

export const CITY_ONLY_MESSAGE = "Chỉ Chủ tịch UBND Thành phố (lãnh đạo UBND Thành phố) công nhận cấp Thành phố.";
export const DEPARTMENT_ONLY_MESSAGE = "Cấp Sở do Giám đốc Sở (lãnh đạo Sở, ban, ngành, quận, huyện) công nhận; UBND Thành phố công nhận cấp Thành phố.";
export const NO_AUTHORITY_MESSAGE = (unitName: string) => `${unitName} không có thẩm quyền ban hành quyết định công nhận mô hình, giải pháp, sáng kiến.`;
export const recogniseForbiddenMessage = (unitName: string) => `Chỉ Lãnh đạo của ${unitName} được ghi nhận quyết định công nhận của đơn vị.`;

/**
 * Whether a unit of `kind` may issue a decision at `level`: null when it may, else the refusal.
 * A Sở asking for cấp Thành phố is refused with the City-only message; the City asking for cấp Sở with
 * the department-only one (the City's campaign recognises at its own level).
 */
export function levelAuthorityError(kind: UnitKind, unitName: string, level: RegistrationLevel): string | null {
  const own = recognitionLevelOf(kind);
  if (!own) return NO_AUTHORITY_MESSAGE(unitName);
  if (own === level) return null;
  return level === "CITY" ? CITY_ONLY_MESSAGE : DEPARTMENT_ONLY_MESSAGE;
}

/** Where an initiative's lineage starts: a forwarded copy's origin, else itself. */
export function originIdOf(i: { id: string; originInitiativeId: string | null }): string {
  return i.originInitiativeId ?? i.id;
}

/** A RECOGNISE verdict in a round of the campaign that is open or closed (a draft round decides nothing). */
export function hasRecognisingVerdict(
  items: readonly { verdict: AppraisalVerdict | null; round: { campaignId: string; status: AppraisalRoundStatus } }[],
  campaignId: string,
): boolean {
  return items.some((i) => i.verdict === "RECOGNISE" && i.round.campaignId === campaignId && (i.round.status === "OPEN" || i.round.status === "CLOSED"));
}

/** Whether a recognition at `recognised` satisfies a criterion naming `wanted` (null = any level). */
export function levelSatisfies(recognised: RegistrationLevel, wanted: RegistrationLevel | null): boolean {
  if (wanted === null || wanted === "DEPARTMENT") return true;
  return recognised === "CITY";
}

/** "Quyết định số 52/QĐ-SQHKT ngày 05/12/2022" */
export function decisionRef(d: { number: string; signedOnText: string }): string {
  return `Quyết định số ${d.number} ngày ${d.signedOnText}`;
}

/** The badge of a recognised initiative: "Đã công nhận cấp Thành phố" */
export function recognisedBadge(level: RegistrationLevel): string {
  return `Đã công nhận ${RECOGNITION_LEVEL_LABELS[level]}`;
}

/** The highest of several recognitions (CITY before DEPARTMENT, then the earliest decision). */
export function highestRecognition<T extends { level: RegistrationLevel; signedOn: Date }>(rows: readonly T[]): T | null {
  let best: T | null = null;
  for (const r of rows) {
    if (!best) best = r;
    else if (r.level === "CITY" && best.level !== "CITY") best = r;
    else if (r.level === best.level && r.signedOn < best.signedOn) best = r;
  }
  return best;
}

/** Default summary (trích yếu) of a recognition decision. */
export function defaultRecognitionSummary(campaign: { year: number }, level: RegistrationLevel): string {
  return `Về việc công nhận mô hình, giải pháp, sáng kiến tiêu biểu ${RECOGNITION_LEVEL_LABELS[level]} trong phong trào thi đua cải cách hành chính năm ${campaign.year}`;
}

/** Text for Mẫu 1 row removal refused because a decision recognised it. */
export const removalRefusedMessage = (number: string, signedOnText: string) =>
  `Nội dung này đã được công nhận tại Quyết định số ${number} ngày ${signedOnText}; không thể xoá khỏi Mẫu 1.`;
