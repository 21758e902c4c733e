import { formatCalendarDate } from "@/lib/time/vn";
import type { InitiativeOwnerType, InitiativeType, RegistrationLevel } from "@/lib/generated/prisma/enums";

export const INITIATIVE_TYPE_LABELS: Record<InitiativeType, string> = {
  MODEL: "Mô hình",
  SOLUTION: "Giải pháp",
  INITIATIVE: "Sáng kiến",
  GOOD_PRACTICE: "Cách làm hay",
};

export const LEVEL_LABELS: Record<RegistrationLevel, string> = {
  CITY: "Cấp Thành phố",
  DEPARTMENT: "Cấp Sở",
};

export const OWNER_TYPE_LABELS: Record<InitiativeOwnerType, string> = {
  UNIT: "Tập thể đơn vị",
  INDIVIDUALS: "Cá nhân",
  CITIZEN: "Người dân",
  BUSINESS: "Tổ chức, doanh nghiệp",
};

/**
 * Who an initiative belongs to, as lists and exports show it: "Tập thể đơn vị", the people named, or a
 * citizen or business whose idea was accepted (issue 14) with what they are.
 */
export function ownerLabel(ownerType: InitiativeOwnerType | string, ownerNames: string | null | undefined): string {
  const names = ownerNames?.trim() ?? "";
  if (ownerType === "UNIT") return "Tập thể đơn vị";
  if (ownerType === "CITIZEN") return `${names} (người dân)`.trim();
  if (ownerType === "BUSINESS") return `${names} (doanh nghiệp)`.trim();
  return names;
}

/** What arrived on paper: its number (if any), the day the office received it, who signed it. */
export interface PaperReceipt {
  reference: string | null;
  /** The calendar day of receipt (a DATE at UTC midnight, as stored). */
  receivedOn: Date;
  signedBy: string;
}

/** The history's words for a paper Mẫu 1 (the SUBMIT row's comment); the history names it by its first words. */
export const PAPER_RECEIPT_PREFIX = "Bản giấy";
export function paperReceiptText(p: PaperReceipt): string {
  return `${PAPER_RECEIPT_PREFIX}${p.reference ? ` số ${p.reference}` : ""}, nhận ngày ${formatCalendarDate(p.receivedOn)}, người ký: ${p.signedBy}; Bộ phận CCHC nhập thay đơn vị.`;
}


/** Whether a SUBMIT row's comment is paperReceiptText's (the version was entered from paper). */
export function isPaperReceipt(comment: string | null | undefined): boolean {
  return !!comment?.startsWith(`${PAPER_RECEIPT_PREFIX} `) || !!comment?.startsWith(`${PAPER_RECEIPT_PREFIX},`);
}
