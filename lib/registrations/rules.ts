import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { isLate } from "@/lib/time/vn";

/** Pure rules of a Mẫu 1 form's life: draft → submitted → returned → resubmitted → accepted. */

export const REGISTRATION_STATUS_LABELS: Record<SubmissionStatus, string> = {
  DRAFT: "Đang soạn",
  AWAITING_CONFIRMATION: "Chờ trưởng đơn vị xác nhận",
  SUBMITTED: "Đã nộp",
  RETURNED: "Trả lại để chỉnh sửa",
  ACCEPTED: "Đã tiếp nhận",
};

/** Rows can be edited only while the form is in the unit's hands. */
export function isEditable(status: SubmissionStatus): boolean {
  return status === "DRAFT" || status === "RETURNED" || status === "AWAITING_CONFIRMATION";
}

/** The head confirms and submits a draft, a returned form, or an individual's form awaiting confirmation. */
export function canSubmit(status: SubmissionStatus): boolean {
  return status === "DRAFT" || status === "RETURNED" || status === "AWAITING_CONFIRMATION";
}

/** An individual sends their own draft to the unit head for confirmation. */
export function canRequestConfirmation(status: SubmissionStatus): boolean {
  return status === "DRAFT" || status === "RETURNED";
}

/** The unit head confirms (or returns to its owner) an individual's registration awaiting confirmation. */
export function canConfirm(status: SubmissionStatus): boolean {
  return status === "AWAITING_CONFIRMATION";
}

/**
 * Lateness of a submission made at `now` against the registration deadline. The version records this
 * submission's own lateness; the registration keeps the lateness of its FIRST submission (a unit that
 * submitted on time and was asked to correct after the deadline is not late).
 */
export function submissionLateness(
  reg: { firstSubmittedAt: Date | null; isLate: boolean },
  now: Date,
  dueAt: Date | null | undefined,
): { versionIsLate: boolean; registrationIsLate: boolean; firstSubmittedAt: Date } {
  const versionIsLate = isLate(now, dueAt);
  if (reg.firstSubmittedAt) return { versionIsLate, registrationIsLate: reg.isLate, firstSubmittedAt: reg.firstSubmittedAt };
  return { versionIsLate, registrationIsLate: versionIsLate, firstSubmittedAt: now };
}

/** The CCHC office reviews only what was submitted. */
export function canReview(status: SubmissionStatus): boolean {
  return status === "SUBMITTED";
}

/** Status of a unit × milestone cell in the office's matrix. */
export type MatrixStatus = "NOT_STARTED" | "DRAFT" | "SUBMITTED_ON_TIME" | "SUBMITTED_LATE" | "RETURNED" | "ACCEPTED";

export const MATRIX_STATUS_LABELS: Record<MatrixStatus, string> = {
  NOT_STARTED: "Chưa thực hiện",
  DRAFT: "Đang soạn",
  SUBMITTED_ON_TIME: "Nộp đúng hạn",
  SUBMITTED_LATE: "Nộp trễ hạn",
  RETURNED: "Trả lại",
  ACCEPTED: "Đã tiếp nhận",
};

/** The same statuses as the unit itself sees them on its home page. */
export const UNIT_FORM_STATUS_LABELS: Record<MatrixStatus, string> = {
  ...MATRIX_STATUS_LABELS,
  SUBMITTED_ON_TIME: "Đã nộp đúng hạn",
};

export const MATRIX_STATUS_ORDER: MatrixStatus[] = [
  "NOT_STARTED",
  "DRAFT",
  "SUBMITTED_ON_TIME",
  "SUBMITTED_LATE",
  "RETURNED",
  "ACCEPTED",
];

export function matrixStatusOf(reg: { status: SubmissionStatus; isLate: boolean } | null | undefined): MatrixStatus {
  if (!reg) return "NOT_STARTED";
  switch (reg.status) {
    case "DRAFT":
    case "AWAITING_CONFIRMATION":
      return "DRAFT";
    case "SUBMITTED":
      return reg.isLate ? "SUBMITTED_LATE" : "SUBMITTED_ON_TIME";
    case "RETURNED":
      return "RETURNED";
    case "ACCEPTED":
      return "ACCEPTED";
  }
}

/**
 * The status of a form (Mẫu 1 or Mẫu 2) as its page shows it, next to its versions: the lateness is that
 * of its CURRENT submission, i.e. the flag of its latest submitted version — the very flag that version's
 * row shows on the same page — so the header and the versions never disagree ("Đã nộp đúng hạn" above a
 * version 2 "Trễ hạn"). Without versions, the form's own flag. (The form's `isLate` keeps the lateness of
 * its FIRST submission, which the office's matrix and compliance count; see `submissionLateness`.)
 */
export function currentFormStatus(
  form: { status: SubmissionStatus; isLate: boolean } | null | undefined,
  versions: readonly { versionNo: number; isLate: boolean }[],
): MatrixStatus {
  if (!form) return "NOT_STARTED";
  let latest: { versionNo: number; isLate: boolean } | null = null;
  for (const v of versions) if (!latest || v.versionNo > latest.versionNo) latest = v;
  return matrixStatusOf({ status: form.status, isLate: latest ? latest.isLate : form.isLate });
}

export function countByMatrixStatus(statuses: MatrixStatus[]): Record<MatrixStatus, number> {
  const out = Object.fromEntries(MATRIX_STATUS_ORDER.map((s) => [s, 0])) as Record<MatrixStatus, number>;
  for (const s of statuses) out[s]++;
  return out;
}

/** What gives a registered row a life of its own beyond the form (see `initiativeLives`). */
export interface InitiativeLife {
  evidence: boolean;
  results: boolean;
  /** Document numbers of the campaigns it was forwarded to. */
  forwardedTo: string[];
  /** Cited by a submitted Mẫu 2 report (a part of one of its versions). */
  inSubmittedReport: boolean;
}

export function hasLife(l: InitiativeLife): boolean {
  return l.evidence || l.results || l.forwardedTo.length > 0 || l.inSubmittedReport;
}

/**
 * Why a row cannot be removed from a returned Mẫu 1 (its evidence, figures, forwards and reports
 * would lose their subject): "Nội dung này đã có minh chứng và số liệu kết quả, đã được gửi lên kế
 * hoạch 1018/KH-UBND nên không thể xoá; …".
 */
export function removalRefusal(l: InitiativeLife): string {
  const had = [l.evidence && "minh chứng", l.results && "số liệu kết quả"].filter(Boolean).join(" và ");
  const parts = [
    had && `đã có ${had}`,
    l.forwardedTo.length > 0 && `đã được gửi lên kế hoạch ${l.forwardedTo.join(", ")}`,
    l.inSubmittedReport && "đã có trong báo cáo đã nộp",
  ].filter(Boolean);
  return `Nội dung này ${parts.join(", ")} nên không thể xoá; hãy giữ lại và ghi chú thay đổi trong cột Ghi chú.`;
}
