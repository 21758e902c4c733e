import type { SubmissionStatus, ReportPhase, ReviewAction } from "@/lib/generated/prisma/enums";
import { completedFor, completionRate, sumByField } from "@/lib/reports/counts";
import { formatDeadline } from "@/lib/time/vn";
import { SUMMARY_REPORT } from "@/lib/submissions/kinds";

/**
 * Pure rules of the CCHC office's consolidated report (báo cáo sơ kết / tổng kết of a campaign):
 * the sections of its narrative, its life (draft → submitted → returned → resubmitted → accepted),
 * the tables' arithmetic and the draft assembled from the units' submitted reports.
 */

// ---------------------------------------------------------------------------------------------
// Narrative sections
// ---------------------------------------------------------------------------------------------

export const SECTION_KEYS = ["situation", "currentState", "highlights", "results", "strengths", "limitations", "lessons", "proposals"] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
export type Sections = Record<SectionKey, string>;

/** Headings as printed; V.1–V.3 sit under "V. ĐÁNH GIÁ CHUNG". */
export const SECTION_HEADINGS: Record<SectionKey, string> = {
  situation: "I. Đặc điểm tình hình",
  currentState: "II. Tình hình triển khai, thực trạng",
  highlights: "III. Mô hình, giải pháp tiêu biểu",
  results: "IV. Kết quả đạt được",
  strengths: "1. Ưu điểm",
  limitations: "2. Hạn chế",
  lessons: "3. Bài học kinh nghiệm",
  proposals: "VI. Kiến nghị, đề xuất",
};

export const GENERAL_ASSESSMENT_HEADING = "V. Đánh giá chung";

/** What the office is asked to write in each section (shown under the field). */
export const SECTION_HINTS: Record<SectionKey, string> = {
  situation: "Đặc điểm, bối cảnh của cơ quan và các đơn vị khi triển khai phong trào.",
  currentState: "Việc triển khai, đăng ký và tiến độ thực hiện; số liệu tổng hợp.",
  highlights: "Tóm tắt các mô hình, giải pháp, sáng kiến nổi bật của các đơn vị.",
  results: "Chuyển biến tích cực sau khi áp dụng, có dẫn chứng, số liệu cụ thể.",
  strengths: "Những mặt làm được.",
  limitations: "Những tồn tại, hạn chế và nguyên nhân.",
  lessons: "Bài học rút ra cho các giai đoạn sau.",
  proposals: "Kiến nghị, đề xuất với cấp trên.",
};

/** Sections filled by "Tạo bản thảo từ báo cáo các đơn vị" (VI. Kiến nghị is the office's own). */
export const GENERATED_SECTIONS: readonly SectionKey[] = ["situation", "currentState", "highlights", "results", "strengths", "limitations", "lessons"];

/** Longest text of one section (a server action's body stays well under its 2 MB limit). */
export const SECTION_MAX = 50_000;
/** One unit's paragraph in a generated draft is cut at this length. */
export const UNIT_PARAGRAPH_MAX = 3_000;

export function emptySections(): Sections {
  return { situation: "", currentState: "", highlights: "", results: "", strengths: "", limitations: "", lessons: "", proposals: "" };
}

export function sectionsOf(row: Partial<Record<SectionKey, string | null>> | null | undefined): Sections {
  const out = emptySections();
  if (!row) return out;
  for (const k of SECTION_KEYS) out[k] = row[k] ?? "";
  return out;
}

export function hasAnyText(sections: Partial<Record<SectionKey, string | null>>, keys: readonly SectionKey[] = SECTION_KEYS): boolean {
  return keys.some((k) => !!sections[k]?.trim());
}

// ---------------------------------------------------------------------------------------------
// Life of the report
// ---------------------------------------------------------------------------------------------

/** The office edits while the report is in its hands: a draft or one returned by the level above (lib/submissions: SUMMARY_REPORT). */
export const isSummaryEditable = SUMMARY_REPORT.isEditable;

/** The parent campaign's office reviews only what was submitted to it. */
export const canReviewSummary = SUMMARY_REPORT.canReview;

export type SummaryStatusKey = "NOT_STARTED" | "DRAFT" | "SUBMITTED" | "FINALISED" | "RETURNED" | "ACCEPTED";

/** A submitted report of a campaign without a parent campaign is final: printed and sent on paper. */
export function summaryStatusKey(status: SubmissionStatus | null | undefined, hasParent: boolean): SummaryStatusKey {
  if (!status) return "NOT_STARTED";
  if (status === "SUBMITTED") return hasParent ? "SUBMITTED" : "FINALISED";
  if (status === "RETURNED" || status === "ACCEPTED") return status;
  return "DRAFT";
}

export const SUMMARY_STATUS_LABELS: Record<SummaryStatusKey, string> = {
  NOT_STARTED: "Chưa soạn",
  DRAFT: "Đang soạn",
  SUBMITTED: "Đã gửi cấp trên",
  FINALISED: "Đã hoàn tất",
  RETURNED: "Cấp trên trả lại",
  ACCEPTED: "Cấp trên đã tiếp nhận",
};

export const SUMMARY_STATUS_TONES: Record<SummaryStatusKey, "gray" | "blue" | "green" | "amber" | "red" | "violet"> = {
  NOT_STARTED: "gray",
  DRAFT: "blue",
  SUBMITTED: "violet",
  FINALISED: "green",
  RETURNED: "red",
  ACCEPTED: "green",
};

export const SUMMARY_REVIEW_LABELS: Record<ReviewAction, string> = {
  SUBMIT: "Gửi báo cáo",
  RETURN: "Cấp trên trả lại để chỉnh sửa",
  ACCEPT: "Cấp trên tiếp nhận",
  CONFIRM: "Xác nhận",
};

// ---------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------

/** One unit's counts in one field, with the unit's override from its submitted report, if any. */
export interface UnitFieldCount {
  unitId: string;
  fieldId: string;
  registered: number;
  computedCompleted: number;
  override: number | null;
}

/** Applies each unit's override ("Số lượng hoàn thành" it reported with a note) and sums per field. */
export function sumUnitFieldCounts(rows: readonly UnitFieldCount[]) {
  return sumByField(rows.map((r) => ({ fieldId: r.fieldId, registered: r.registered, completed: completedFor(r.computedCompleted, r.override) })));
}

export interface FieldSum {
  fieldId: string;
  registered: number;
  completed: number;
  /** Units whose reported count replaced the computed one in this field. */
  overrides: number;
}

export interface FieldTableRow {
  no: number;
  fieldId: string;
  name: string;
  registered: number;
  completed: number;
  rate: number | null;
  overrides: number;
}

export interface FieldTable {
  rows: FieldTableRow[];
  total: { registered: number; completed: number; rate: number | null; overrides: number };
}

/** Every field of the plan in order (numbered as in the plan), with its sums and the totals row. */
export function buildFieldTable(fields: readonly { id: string; name: string }[], sums: readonly FieldSum[]): FieldTable {
  const byField = new Map(sums.map((s) => [s.fieldId, s]));
  const rows = fields.map((f, i) => {
    const s = byField.get(f.id);
    const registered = s?.registered ?? 0;
    const completed = s?.completed ?? 0;
    return { no: i + 1, fieldId: f.id, name: f.name, registered, completed, rate: completionRate(registered, completed), overrides: s?.overrides ?? 0 };
  });
  const registered = rows.reduce((n, r) => n + r.registered, 0);
  const completed = rows.reduce((n, r) => n + r.completed, 0);
  const overrides = rows.reduce((n, r) => n + r.overrides, 0);
  return { rows, total: { registered, completed, rate: completionRate(registered, completed), overrides } };
}

/** "85,7 %" (one decimal, Vietnamese comma), "—" when nothing was registered. */
export function formatRate(rate: number | null): string {
  if (rate === null) return "—";
  const tenths = Math.round(rate * 1000);
  const whole = Math.trunc(tenths / 10);
  const frac = Math.abs(tenths % 10);
  return `${frac ? `${whole},${frac}` : whole} %`;
}

/** The sentence that opens section II of the draft. */
export function figuresLine(total: { registered: number; completed: number }): string {
  const rate = completionRate(total.registered, total.completed);
  return `Tổng số mô hình, giải pháp đăng ký: ${total.registered}; đã hoàn thành: ${total.completed}${rate === null ? "" : ` (${formatRate(rate)})`}.`;
}

// ---------------------------------------------------------------------------------------------
// Draft assembled from the units' submitted reports
// ---------------------------------------------------------------------------------------------

export interface UnitReportText {
  unitName: string;
  situation: string | null;
  currentState: string | null;
  strengths: string | null;
  limitations: string | null;
  lessons: string | null;
  /** Đề cương III and IV per initiative, in the unit's order. */
  parts: { content: string; summary: string | null; results: string | null }[];
}

/** One paragraph: line breaks and runs of spaces collapse to one space; cut at `max` characters. */
export function oneParagraph(text: string, max = UNIT_PARAGRAPH_MAX): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

function unitParagraph(unitName: string, text: string | null | undefined): string | null {
  if (!text || !text.trim()) return null;
  return oneParagraph(`${unitName}: ${oneParagraph(text, Number.MAX_SAFE_INTEGER)}`);
}

function partsParagraph(unitName: string, parts: UnitReportText["parts"], pick: "summary" | "results"): string | null {
  const items = parts.filter((p) => p[pick]?.trim()).map((p) => `“${oneParagraph(p.content, 300)}”: ${oneParagraph(p[pick]!, Number.MAX_SAFE_INTEGER)}`);
  if (!items.length) return null;
  return oneParagraph(`${unitName}: ${items.join("; ")}`);
}

/** Joins paragraphs (blank line between), keeping the section under SECTION_MAX characters. */
export function joinParagraphs(paragraphs: readonly (string | null)[], max = SECTION_MAX): string {
  const kept: string[] = [];
  let length = 0;
  const list = paragraphs.filter((p): p is string => !!p);
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    const rest = list.length - i;
    const note = `(Còn ${rest} đơn vị khác: xem báo cáo của từng đơn vị.)`;
    if (length + p.length + 2 + note.length + 2 > max) {
      kept.push(note);
      break;
    }
    kept.push(p);
    length += p.length + 2;
  }
  return kept.join("\n\n");
}

/**
 * The office's draft: section II opens with the computed totals, then each
 * section has one paragraph per unit that wrote something in it, prefixed with the unit's name.
 * Only the units' SUBMITTED reports are passed in: a unit's draft never reaches the office.
 */
export function assembleDraft(input: { table: FieldTable; units: readonly UnitReportText[] }): Omit<Sections, "proposals"> {
  const { table, units } = input;
  // the per-field table follows section II in the document: the draft states the totals only
  const figures = figuresLine(table.total);
  const per = (k: "situation" | "currentState" | "strengths" | "limitations" | "lessons") => units.map((u) => unitParagraph(u.unitName, u[k]));
  const currentState = joinParagraphs(per("currentState"), SECTION_MAX - figures.length - 2);
  return {
    situation: joinParagraphs(per("situation")),
    currentState: currentState ? `${figures}\n\n${currentState}` : figures,
    highlights: joinParagraphs(units.map((u) => partsParagraph(u.unitName, u.parts, "summary"))),
    results: joinParagraphs(units.map((u) => partsParagraph(u.unitName, u.parts, "results"))),
    strengths: joinParagraphs(per("strengths")),
    limitations: joinParagraphs(per("limitations")),
    lessons: joinParagraphs(per("lessons")),
  };
}

// ---------------------------------------------------------------------------------------------
// The document
// ---------------------------------------------------------------------------------------------

/** "BÁO CÁO Sơ kết phong trào thi đua …": the summary of the document after its type. */
export function documentSummary(phase: ReportPhase, campaignTitle: string): string {
  const what = phase === "MIDTERM" ? "Sơ kết" : "Tổng kết";
  // "Kế hoạch phát động phong trào thi đua về …" → "phong trào thi đua về …"
  const m = campaignTitle.match(/phong trào thi đua.*/i);
  const subject = m ? m[0] : `thực hiện ${campaignTitle}`;
  return `${what} ${subject.charAt(0).toLowerCase()}${subject.slice(1)}`;
}

/** Who receives what a campaign sends up: the parent's receiving unit (Sở Nội vụ for the City's plan), else its issuer. */
export function addresseeOf(parent: { issuingUnit: { name: string }; receivingUnit: { name: string } | null } | null): string | null {
  if (!parent) return null;
  return parent.receivingUnit?.name ?? parent.issuingUnit.name;
}

/**
 * How a phase's "Số lượng hoàn thành" is dated: initiatives completed before the phase's due date (the
 * units' report milestone), as `completedAsOf` counts them. Said wherever the figures are shown or printed.
 */
export function completedCutoffNote(unitDueAt: Date | string | null | undefined): string {
  if (!unitDueAt) return "";
  return `Số lượng hoàn thành tính các nội dung đã hoàn thành ${formatDeadline(new Date(unitDueAt))} (hạn báo cáo của đợt).`;
}
