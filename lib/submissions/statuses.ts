import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { isLate } from "@/lib/time/vn";

/**
 * Statuses and lateness shared by every submitted document (Mẫu 1, a unit's report, the office's
 * consolidated report, and the same shape for award proposals): draft → submitted version →
 * returned with a comment → resubmitted → accepted. Pure: used by the server and by the pages.
 */

export type { SubmissionStatus };

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = {
  DRAFT: "Đang soạn",
  AWAITING_CONFIRMATION: "Chờ trưởng đơn vị xác nhận",
  SUBMITTED: "Đã nộp",
  RETURNED: "Trả lại để chỉnh sửa",
  ACCEPTED: "Đã tiếp nhận",
};

/**
 * Lateness of a submission made at `now` against the deadline. The version records this submission's
 * own lateness; the record keeps the lateness of its FIRST submission (a unit that submitted on time
 * and was asked to correct after the deadline is not late).
 */
export function submissionLateness(
  record: { firstSubmittedAt: Date | null; isLate: boolean },
  now: Date,
  dueAt: Date | null | undefined,
): { versionIsLate: boolean; registrationIsLate: boolean; firstSubmittedAt: Date } {
  const versionIsLate = isLate(now, dueAt);
  if (record.firstSubmittedAt) return { versionIsLate, registrationIsLate: record.isLate, firstSubmittedAt: record.firstSubmittedAt };
  return { versionIsLate, registrationIsLate: versionIsLate, firstSubmittedAt: now };
}

/** Status of a unit × milestone cell in the office's matrix (and of a form as its page shows it). */
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

export function isMatrixStatus(v: unknown): v is MatrixStatus {
  return typeof v === "string" && (MATRIX_STATUS_ORDER as string[]).includes(v);
}

export function matrixStatusOf(form: { status: SubmissionStatus; isLate: boolean } | null | undefined): MatrixStatus {
  if (!form) return "NOT_STARTED";
  switch (form.status) {
    case "DRAFT":
    case "AWAITING_CONFIRMATION":
      return "DRAFT";
    case "SUBMITTED":
      return form.isLate ? "SUBMITTED_LATE" : "SUBMITTED_ON_TIME";
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
