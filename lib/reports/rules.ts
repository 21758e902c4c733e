import type { InitiativeOwnerType, InitiativeProgress, InitiativeType, SubmissionStatus, ReportPhase } from "@/lib/generated/prisma/enums";
import { INITIATIVE_TYPE_LABELS, ownerLabel } from "@/lib/registrations/labels";
import { currentFormStatus, isMatrixStatus, MATRIX_STATUS_ORDER, matrixStatusOf, type MatrixStatus } from "@/lib/submissions/statuses";
import { UNIT_REPORT } from "@/lib/submissions/kinds";
import { formatCalendarDate, formatDateTimeVN, formatDateVN, formatDeadline, formatTimeVN } from "@/lib/time/vn";
import { completedAsOf, completedFor } from "./counts";
import { PHASE_REPORT_NAMES } from "./labels";
import { isWindowOpen, type PhaseWindow } from "./phase";

/**
 * Pure rules of a unit's Mẫu 2 + Đề cương (one per campaign, unit and phase): its life (as Mẫu 1's:
 * draft → submitted → returned → resubmitted → accepted), its reporting window, the Mẫu 2 table
 * computed from the initiatives, and the text prefilled into Đề cương III and IV.
 */

// ------------------------------------------------------------------------------------ life

/** The unit edits its report while it is a draft or was returned (lib/submissions: UNIT_REPORT). */
export const isReportEditable = UNIT_REPORT.isEditable;

export const REPORT_SUBMITTABLE: SubmissionStatus[] = [...UNIT_REPORT.editable];

/** The CCHC office reviews only what was submitted and waits for its decision. */
export const canReviewReport = UNIT_REPORT.canReview;

/** Status of a unit's report as the office's list shows it (no report row = "Chưa làm"). */
export function reportStatusOf(
  report: { status: SubmissionStatus; isLate: boolean } | null | undefined,
  /** The report's submitted versions: the status then carries the lateness of the latest one (as its row shows it). */
  versions?: readonly { versionNo: number; isLate: boolean }[],
): MatrixStatus {
  return versions ? currentFormStatus(report, versions) : matrixStatusOf(report);
}

export const REPORT_STATUS_LABELS: Record<MatrixStatus, string> = {
  NOT_STARTED: "Chưa làm",
  DRAFT: "Đang soạn",
  SUBMITTED_ON_TIME: "Đã nộp",
  SUBMITTED_LATE: "Nộp trễ",
  RETURNED: "Trả lại",
  ACCEPTED: "Đã tiếp nhận",
};

export const REPORT_STATUS_ORDER = MATRIX_STATUS_ORDER;

export const isReportStatusKey = isMatrixStatus;

// ------------------------------------------------------------------------------------ messages

export const HEAD_ONLY_REPORT_MESSAGE = "Chỉ trưởng đơn vị mới được xác nhận và nộp báo cáo.";
export const CONFIRM_REPORT_MESSAGE = "Vui lòng đánh dấu ô xác nhận của trưởng đơn vị trước khi nộp.";
export const NOT_EDITABLE_SUBMITTED = "Báo cáo đã nộp nên không thể chỉnh sửa. Khi Bộ phận CCHC trả lại, đơn vị mới chỉnh sửa được.";
export const NOT_EDITABLE_ACCEPTED = "Báo cáo đã được tiếp nhận nên không thể chỉnh sửa.";

/** The instant as the page says it: "dd/MM/yyyy", with the time when it is not midnight in Vietnam. */
function openingText(at: Date): string {
  return formatTimeVN(at) === "00:00" ? formatDateVN(at) : formatDateTimeVN(at);
}

export function noMilestoneMessage(phase: ReportPhase): string {
  return `Kế hoạch không có mốc ${PHASE_REPORT_NAMES[phase]} của đơn vị nên không nhận báo cáo này.`;
}

export function notYetOpenMessage(phase: ReportPhase, opensAt: Date): string {
  return `Chưa đến thời gian ${PHASE_REPORT_NAMES[phase]}: mở nhận từ ${openingText(opensAt)}.`;
}

export function reportCutoffMessage(cutoffAt: Date): string {
  return `Đã quá hạn cuối cùng (${formatDeadline(cutoffAt)}): Bộ phận CCHC không nhận báo cáo sau thời điểm này. Vui lòng liên hệ Bộ phận CCHC để được gia hạn.`;
}

/**
 * Why a report of `phase` cannot be SUBMITTED at `now` (null: it can). Drafting is allowed before the
 * window opens (units prepare early); only submitting waits for it.
 */
export function submitWindowProblem(window: PhaseWindow | null, phase: ReportPhase, now: Date): string | null {
  if (!window) return noMilestoneMessage(phase);
  if (!isWindowOpen(window, now)) return notYetOpenMessage(phase, window.opensAt!);
  return null;
}

/** Sections of the Đề cương the head must fill in before submitting (III and IV are prefilled). */
export const REQUIRED_SECTIONS = {
  situation: "I. Đặc điểm tình hình",
  currentState: "II. Thực trạng",
  strengths: "V.1. Ưu điểm",
  limitations: "V.2. Hạn chế",
  lessons: "V.3. Bài học kinh nghiệm",
} as const;
export type SectionKey = keyof typeof REQUIRED_SECTIONS;
export const SECTION_KEYS = Object.keys(REQUIRED_SECTIONS) as SectionKey[];

export function missingSectionMessage(key: SectionKey): string {
  return `Vui lòng nhập mục “${REQUIRED_SECTIONS[key]}” trước khi nộp.`;
}

/** Field errors for the sections left empty, keyed like the form ("situation", …). */
export function missingSections(sections: Partial<Record<SectionKey, string | null | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of SECTION_KEYS) if (!sections[k]?.trim()) out[k] = missingSectionMessage(k);
  return out;
}

// ------------------------------------------------------------------------------------ Mẫu 2 table

export interface CountedInitiative {
  fieldId: string;
  progress: InitiativeProgress;
  completedOn?: Date | null;
}

export interface FieldCountInput {
  id: string;
  name: string;
  sortOrder: number;
}

export interface MauHaiRow {
  fieldId: string;
  fieldName: string;
  fieldOrder: number;
  registered: number;
  /** From the initiatives' progress (COMPLETED). */
  computedCompleted: number;
  completedOverride: number | null;
  overrideNote: string | null;
  /** What the form shows: the override when set, else the computed count. */
  completed: number;
  note: string | null;
}

/**
 * Mẫu 2 rows, one per reform field of the campaign, in the campaign's order: registered = the
 * covered initiatives of that field, completed = those completed before the phase's due date unless overridden.
 */
export function mauHaiRows(
  fields: readonly FieldCountInput[],
  initiatives: readonly CountedInitiative[],
  saved: readonly { fieldId: string; completedOverride: number | null; overrideNote: string | null; note: string | null }[],
  /** The phase's due date: completions on or after it do not count (see `completedAsOf`). */
  dueAt: Date | null = null,
): MauHaiRow[] {
  const savedBy = new Map(saved.map((s) => [s.fieldId, s]));
  return [...fields]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((f) => {
      const mine = initiatives.filter((i) => i.fieldId === f.id);
      const registered = mine.length;
      const computedCompleted = mine.filter((i) => completedAsOf(i, dueAt)).length;
      const s = savedBy.get(f.id);
      const completedOverride = s?.completedOverride ?? null;
      return {
        fieldId: f.id,
        fieldName: f.name,
        fieldOrder: f.sortOrder,
        registered,
        computedCompleted,
        completedOverride,
        overrideNote: s?.overrideNote ?? null,
        completed: completedFor(computedCompleted, completedOverride),
        note: s?.note ?? null,
      };
    });
}

export function mauHaiTotals(rows: readonly Pick<MauHaiRow, "registered" | "completed">[]) {
  return rows.reduce((t, r) => ({ registered: t.registered + r.registered, completed: t.completed + r.completed }), { registered: 0, completed: 0 });
}

// ------------------------------------------------------------------------------------ prefill

export interface PrefillInitiative {
  content: string;
  type: InitiativeType;
  ownerType: InitiativeOwnerType;
  ownerNames: string | null;
  expectedCompletion: Date; // DATE column (UTC midnight)
  note: string | null;
  progress: InitiativeProgress;
  completedOn: Date | null;
  droppedReason: string | null;
  progressNote: string | null;
  /** The individual who registered it (an individual's Mẫu 1), when not the unit's own form. */
  registeredBy?: string | null;
}

export interface PrefillResult {
  indicator: string;
  unitOfMeasure: string;
  valueBefore: number | null;
  valueAfter: number;
  source: string | null;
}

const PROGRESS_TEXT: Record<InitiativeProgress, string> = {
  NOT_STARTED: "Chưa triển khai",
  IN_PROGRESS: "Đang triển khai",
  COMPLETED: "Đã hoàn thành",
  DROPPED: "Dừng thực hiện",
};

/** A figure as Vietnamese write it: 1.234,5 (at most 2 decimals). */
export function formatFigure(n: number): string {
  return new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }).format(n);
}

function withUnit(n: number, unit: string): string {
  const u = unit.trim();
  return u ? `${formatFigure(n)} ${u}` : formatFigure(n);
}

/** "Tỷ lệ hồ sơ đúng hạn: 92 % → 99 % (nguồn: phần mềm một cửa)". */
export function figureLine(r: PrefillResult): string {
  const values = r.valueBefore === null ? withUnit(r.valueAfter, r.unitOfMeasure) : `${withUnit(r.valueBefore, r.unitOfMeasure)} → ${withUnit(r.valueAfter, r.unitOfMeasure)}`;
  const source = r.source?.trim() ? ` (nguồn: ${r.source.trim()})` : "";
  return `${r.indicator.trim()}: ${values}${source}`;
}

/** Đề cương III for one initiative, generated from its registration (Mẫu 1 row). */
export function summaryPrefill(i: PrefillInitiative): string {
  const owner = i.ownerType === "INDIVIDUALS" && i.ownerNames?.trim() ? `Cá nhân: ${i.ownerNames.trim()}` : ownerLabel(i.ownerType, i.ownerNames);
  const lines = [
    `Nội dung: ${i.content.trim()}`,
    `Loại: ${INITIATIVE_TYPE_LABELS[i.type]}`,
    `Chủ trì: ${owner}${i.registeredBy ? ` (đăng ký cá nhân của ${i.registeredBy})` : ""}`,
    `Dự kiến hoàn thành: ${formatCalendarDate(i.expectedCompletion)}`,
  ];
  if (i.note?.trim()) lines.push(`Ghi chú: ${i.note.trim()}`);
  return lines.join("\n");
}

/** Đề cương IV for one initiative: its progress and its figures ("có dẫn chứng, số liệu cụ thể"). */
export function resultsPrefill(i: PrefillInitiative, results: readonly PrefillResult[]): string {
  let progress = `Tiến độ: ${PROGRESS_TEXT[i.progress]}`;
  if (i.progress === "COMPLETED" && i.completedOn) progress += ` (hoàn thành ngày ${formatCalendarDate(i.completedOn)})`;
  if (i.progress === "DROPPED" && i.droppedReason?.trim()) progress += ` – lý do: ${i.droppedReason.trim()}`;
  const lines = [progress];
  if (i.progressNote?.trim()) lines.push(i.progressNote.trim());
  if (results.length) {
    lines.push("Kết quả cụ thể:");
    for (const r of results) lines.push(`- ${figureLine(r)}`);
  } else {
    lines.push("Chưa có số liệu kết quả.");
  }
  return lines.join("\n");
}

/**
 * What a part's saved text means: empty or identical to the generated text is stored as null ("follow
 * the data"), so that untouched parts keep up with the initiative's progress; edited text is kept as typed.
 */
export function storedPartText(typed: string | null | undefined, generated: string): string | null {
  const t = (typed ?? "").replace(/\r\n/g, "\n");
  if (!t.trim()) return null;
  if (t.trim() === generated.trim()) return null;
  return t;
}

/** The text a part shows: what was saved, else the generated text. */
export function effectivePartText(saved: string | null | undefined, generated: string): string {
  return saved && saved.trim() ? saved : generated;
}
