import type { RegistrationLevel, SubmissionStatus } from "@/lib/generated/prisma/enums";

/**
 * Pure rules of forwarding typical initiatives to the parent campaign (the cascade ward → department
 * → City): which field of the parent plan a forwarded initiative lands in, at which level, with
 * which expected completion date, and how the parent's outcome reads back at the origin.
 */

/** "Cải cách  THỦ TỤC hành chính" → "cai cach thu tuc hanh chinh": accents, case and spaces ignored. */
export function normaliseName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLocaleLowerCase("en")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export interface FieldRef {
  id: string;
  name: string;
  sortOrder: number;
}

/** How a field was matched: same name (accents/case ignored), same position in the plan, or the parent's first field. */
export type FieldMatch = "name" | "position" | "first";

export const FIELD_MATCH_LABELS: Record<FieldMatch, string> = {
  name: "cùng tên",
  position: "cùng thứ tự trong kế hoạch",
  first: "lĩnh vực đầu tiên (không có lĩnh vực tương ứng)",
};

export interface FieldMapping {
  from: FieldRef;
  to: FieldRef;
  match: FieldMatch;
}

/**
 * The parent plan's field for each of this plan's fields: same name ignoring accents and case, else
 * the field at the same position (the 2021–2030 list has the same order everywhere), else the first.
 * Null when the parent plan has no field at all.
 */
export function mapFields(from: readonly FieldRef[], to: readonly FieldRef[]): Map<string, FieldMapping> | null {
  if (to.length === 0) return null;
  const parentSorted = [...to].sort((a, b) => a.sortOrder - b.sortOrder);
  const byName = new Map<string, FieldRef>();
  for (const f of parentSorted) {
    const key = normaliseName(f.name);
    if (!byName.has(key)) byName.set(key, f);
  }
  const childSorted = [...from].sort((a, b) => a.sortOrder - b.sortOrder);
  const out = new Map<string, FieldMapping>();
  childSorted.forEach((f, index) => {
    const named = byName.get(normaliseName(f.name));
    if (named) out.set(f.id, { from: f, to: named, match: "name" });
    else if (parentSorted[index]) out.set(f.id, { from: f, to: parentSorted[index], match: "position" });
    else out.set(f.id, { from: f, to: parentSorted[0], match: "first" });
  });
  return out;
}

/** The level of a forwarded initiative: one the parent plan allows, City level first; else the original's. */
export function forwardLevel(parentLevels: readonly RegistrationLevel[], original: RegistrationLevel): RegistrationLevel {
  if (parentLevels.includes("CITY")) return "CITY";
  return parentLevels[0] ?? original;
}

/** A calendar date (DATE column, UTC midnight) moved into [startsOn, endsOn]. */
export function clampDate(d: Date, startsOn: Date, endsOn: Date): Date {
  if (d.getTime() < startsOn.getTime()) return startsOn;
  if (d.getTime() > endsOn.getTime()) return endsOn;
  return d;
}

/** The first link of a chain: the original's own origin when it is itself a forwarded copy. */
export function originOf(original: { id: string; unitId: string; originInitiativeId: string | null; originUnitId: string | null }) {
  return {
    originInitiativeId: original.originInitiativeId ?? original.id,
    originUnitId: original.originUnitId ?? original.unitId,
  };
}

/** One forward of an initiative as seen from below: the copy in the parent campaign and what became of it. */
export interface ForwardInfo {
  /** The copy in the parent campaign. */
  id: string;
  campaignId: string;
  documentNumber: string;
  forwardedAt: Date;
  registrationStatus: SubmissionStatus;
  returnComment: string | null;
  isTypical: boolean;
  /** Set when the copy was itself forwarded further up (the grandparent's plan). */
  furtherDocumentNumber: string | null;
}

export type OutcomeKind = "PENDING" | "RETURNED" | "ACCEPTED" | "TYPICAL" | "FORWARDED";

export interface Outcome {
  kind: OutcomeKind;
  /** "Đang chờ tiếp nhận", "Bị trả lại: …", "Đã tiếp nhận", "Được cấp trên chọn tiêu biểu", "Đã gửi tiếp lên …". */
  label: string;
}

/** What the parent did with a forwarded copy, the furthest step first. */
export function outcomeOf(f: Pick<ForwardInfo, "registrationStatus" | "returnComment" | "isTypical" | "furtherDocumentNumber">): Outcome {
  if (f.furtherDocumentNumber) return { kind: "FORWARDED", label: `Đã gửi tiếp lên ${f.furtherDocumentNumber}` };
  if (f.registrationStatus === "RETURNED") {
    return { kind: "RETURNED", label: f.returnComment ? `Bị trả lại: ${f.returnComment}` : "Bị trả lại" };
  }
  if (f.isTypical) return { kind: "TYPICAL", label: "Được cấp trên chọn tiêu biểu" };
  if (f.registrationStatus === "ACCEPTED") return { kind: "ACCEPTED", label: "Đã tiếp nhận" };
  return { kind: "PENDING", label: "Đang chờ tiếp nhận" };
}

/** The raw JSON of a forward as aggregated by the SQL queries (dates arrive as strings). */
export interface ForwardJson {
  id: string;
  campaignId: string;
  documentNumber: string;
  forwardedAt: string | null;
  registrationStatus: SubmissionStatus;
  returnComment: string | null;
  isTypical: boolean;
  furtherDocumentNumber: string | null;
}

export function forwardFromJson(j: ForwardJson): ForwardInfo {
  return { ...j, forwardedAt: j.forwardedAt ? new Date(j.forwardedAt) : new Date(0) };
}

/** Why a campaign cannot forward anything to its parent right now (null: it can). */
export function forwardBlocker(c: {
  organisationName: string;
  parent: { documentNumber: string; status: "DRAFT" | "PUBLISHED" | "CLOSED" } | null;
  isParticipant: boolean;
}): string | null {
  if (!c.parent) return NO_PARENT_MESSAGE;
  if (c.parent.status === "DRAFT") return `Kế hoạch cấp trên ${c.parent.documentNumber} chưa ban hành nên chưa gửi được.`;
  if (c.parent.status === "CLOSED") return `Kế hoạch cấp trên ${c.parent.documentNumber} đã kết thúc nên không nhận thêm nội dung.`;
  if (!c.isParticipant) return `${c.organisationName} không có trong danh sách đơn vị tham gia kế hoạch ${c.parent.documentNumber}.`;
  return null;
}

export const NO_PARENT_MESSAGE =
  "Kế hoạch này không thực hiện kế hoạch cấp trên nào nên không có nơi để gửi. Bộ phận CCHC chọn “Thực hiện kế hoạch cấp trên” khi sửa kế hoạch.";

/** Shortened content for messages. */
export function shortContent(content: string, max = 90): string {
  return content.length > max ? `${content.slice(0, max - 1)}…` : content;
}
