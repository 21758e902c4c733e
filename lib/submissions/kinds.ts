import type { AwardProposalStatus, SubmissionStatus } from "@/lib/generated/prisma/enums";
import { PROPOSAL_STATUS_LABELS } from "@/lib/awards/labels";
import { SUBMISSION_STATUS_LABELS } from "./statuses";

/**
 * One small description per kind of submitted document. Everything else of the lifecycle (lateness,
 * freezing a version, returning with a comment, accepting, the history) is written once in
 * lib/submissions and reads what differs from here. A new flow (an appraisal, a survey) adds its
 * record, `…Version` and `…Review` models with the same columns and one description below.
 */
export interface SubmissionKindSpec<S extends string> {
  /** The Prisma model of the record; its frozen versions and review rows are `<model>Version`, `<model>Review`. */
  model: "registration" | "report" | "summaryReport" | "awardProposal";
  /** The column of the version and review rows that names the record. */
  parentKey: "registrationId" | "reportId" | "summaryReportId" | "proposalId";
  /** Audit rows: the entity type and the prefix of the actions ("report.return"). */
  entityType: "Registration" | "Report" | "SummaryReport" | "AwardProposal";
  auditPrefix: "registration" | "report" | "summary" | "award-proposal";
  /** Every state a record of this kind takes (its column's enum may have more). */
  states: readonly S[];
  /** The record is in its authors' hands: they edit it and submit it (again). */
  editable: readonly S[];
  /** What the reviewer's "tiếp nhận" sets, the column stamped with its time and the audit verb. */
  accept: { status: S; stampedAt: "acceptedAt" | "admittedAt"; verb: "accept" | "admit" };
  labels: Record<S, string>;
}

export interface SubmissionKind<S extends string = string> extends SubmissionKindSpec<S> {
  // Method signatures (checked bivariantly), so that any kind is a SubmissionKind; the implementations
  // are arrow functions and may be destructured.
  /** No record yet (null) counts as editable: the first save creates it. */
  isEditable(status: S | null | undefined): boolean;
  canSubmit(status: S): boolean;
  /** The reviewer decides only on what was submitted and waits for the decision. */
  canReview(status: S): boolean;
  takes(status: string): status is S;
}

function submissionKind<S extends string>(spec: SubmissionKindSpec<S>): SubmissionKind<S> {
  return {
    ...spec,
    isEditable: (status) => !status || spec.editable.includes(status),
    canSubmit: (status) => spec.editable.includes(status),
    canReview: (status) => status === "SUBMITTED",
    takes: (status): status is S => (spec.states as readonly string[]).includes(status),
  };
}

/** Mẫu 1: a unit's form, or an individual's, which waits for the unit head's confirmation first. */
export const REGISTRATION = submissionKind<SubmissionStatus>({
  model: "registration",
  parentKey: "registrationId",
  entityType: "Registration",
  auditPrefix: "registration",
  states: ["DRAFT", "AWAITING_CONFIRMATION", "SUBMITTED", "RETURNED", "ACCEPTED"],
  editable: ["DRAFT", "RETURNED", "AWAITING_CONFIRMATION"],
  accept: { status: "ACCEPTED", stampedAt: "acceptedAt", verb: "accept" },
  labels: SUBMISSION_STATUS_LABELS,
});

/** An individual sends their own draft (or returned form) to the unit head for confirmation. */
export function canRequestConfirmation(status: SubmissionStatus): boolean {
  return status === "DRAFT" || status === "RETURNED";
}

/** The unit head confirms (or returns to its owner) an individual's registration awaiting confirmation. */
export function canConfirm(status: SubmissionStatus): boolean {
  return status === "AWAITING_CONFIRMATION";
}

/** The life of a report (a unit's, or the office's consolidated one): no confirmation step, the head confirms by submitting. */
const REPORT_LIFE = {
  states: ["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"],
  editable: ["DRAFT", "RETURNED"],
  accept: { status: "ACCEPTED", stampedAt: "acceptedAt", verb: "accept" },
  labels: SUBMISSION_STATUS_LABELS,
} satisfies Pick<SubmissionKindSpec<SubmissionStatus>, "states" | "editable" | "accept" | "labels">;

/** A unit's Mẫu 2 + Đề cương of a phase, reviewed by the campaign's CCHC office. */
export const UNIT_REPORT = submissionKind<SubmissionStatus>({ ...REPORT_LIFE, model: "report", parentKey: "reportId", entityType: "Report", auditPrefix: "report" });

/** The CCHC office's consolidated report of a phase, reviewed by the parent campaign's office. */
export const SUMMARY_REPORT = submissionKind<SubmissionStatus>({ ...REPORT_LIFE, model: "summaryReport", parentKey: "summaryReportId", entityType: "SummaryReport", auditPrefix: "summary" });

/** A unit's award proposal, checked by the emulation standing office; admitted, it goes on to the council. */
export const AWARD_PROPOSAL = submissionKind<AwardProposalStatus>({
  model: "awardProposal",
  parentKey: "proposalId",
  entityType: "AwardProposal",
  auditPrefix: "award-proposal",
  states: ["DRAFT", "SUBMITTED", "RETURNED", "ADMITTED", "SCHEDULED", "APPROVED", "REJECTED", "FORWARDED", "AWARDED"],
  editable: ["DRAFT", "RETURNED"],
  accept: { status: "ADMITTED", stampedAt: "admittedAt", verb: "admit" },
  labels: PROPOSAL_STATUS_LABELS,
});

export const SUBMISSION_KINDS = [REGISTRATION, UNIT_REPORT, SUMMARY_REPORT, AWARD_PROPOSAL] as const;
