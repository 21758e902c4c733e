import { describe, expect, it } from "vitest";
import { AWARD_PROPOSAL, canConfirm, canRequestConfirmation, REGISTRATION, SUBMISSION_KINDS, SUMMARY_REPORT, UNIT_REPORT } from "@/lib/submissions/kinds";
import { currentFormStatus, isMatrixStatus, matrixStatusOf, MATRIX_STATUS_ORDER, SUBMISSION_STATUS_LABELS, submissionLateness } from "@/lib/submissions/statuses";
import { AwardProposalStatus, SubmissionStatus } from "@/lib/generated/prisma/enums";

describe("the description of each kind of submission", () => {
  it("names its record, versions, reviews and audit entity", () => {
    expect(SUBMISSION_KINDS.map((k) => [k.model, k.parentKey, k.entityType, k.auditPrefix])).toEqual([
      ["registration", "registrationId", "Registration", "registration"],
      ["report", "reportId", "Report", "report"],
      ["summaryReport", "summaryReportId", "SummaryReport", "summary"],
      ["awardProposal", "proposalId", "AwardProposal", "award-proposal"],
    ]);
  });

  it("takes only states of its column's enum, and labels every one of them", () => {
    for (const k of [REGISTRATION, UNIT_REPORT, SUMMARY_REPORT]) {
      for (const s of k.states) expect(Object.values(SubmissionStatus)).toContain(s);
      for (const s of k.states) expect(k.labels[s]).toBeTruthy();
    }
    expect(AWARD_PROPOSAL.states).toEqual(Object.values(AwardProposalStatus));
    for (const s of AWARD_PROPOSAL.states) expect(AWARD_PROPOSAL.labels[s]).toBeTruthy();
  });

  it("reports never wait for a confirmation: only an individual's Mẫu 1 does", () => {
    expect(REGISTRATION.takes("AWAITING_CONFIRMATION")).toBe(true);
    expect(UNIT_REPORT.takes("AWAITING_CONFIRMATION")).toBe(false);
    expect(SUMMARY_REPORT.takes("AWAITING_CONFIRMATION")).toBe(false);
    expect(UNIT_REPORT.takes("SUBMITTED")).toBe(true);
  });

  it("every kind is edited and submitted while in its authors' hands, and reviewed only once submitted", () => {
    for (const k of SUBMISSION_KINDS) {
      const kind = k as typeof AWARD_PROPOSAL | typeof REGISTRATION;
      expect(kind.isEditable(null)).toBe(true);
      for (const s of kind.states as string[]) {
        const inHands = s === "DRAFT" || s === "RETURNED" || (k === REGISTRATION && s === "AWAITING_CONFIRMATION");
        expect([k.model, s, kind.isEditable(s as never), kind.canSubmit(s as never)]).toEqual([k.model, s, inHands, inHands]);
        expect([k.model, s, kind.canReview(s as never)]).toEqual([k.model, s, s === "SUBMITTED"]);
      }
    }
  });

  it("accepting sets the kind's own state: an award proposal is admitted for the council", () => {
    expect(REGISTRATION.accept).toEqual({ status: "ACCEPTED", stampedAt: "acceptedAt", verb: "accept" });
    expect(UNIT_REPORT.accept.status).toBe("ACCEPTED");
    expect(SUMMARY_REPORT.accept.status).toBe("ACCEPTED");
    expect(AWARD_PROPOSAL.accept).toEqual({ status: "ADMITTED", stampedAt: "admittedAt", verb: "admit" });
  });

  it("the descriptors' methods work on their own (destructured)", () => {
    const { isEditable, canReview } = UNIT_REPORT;
    expect(isEditable("RETURNED")).toBe(true);
    expect(canReview("ACCEPTED")).toBe(false);
  });
});

describe("statuses shared by every kind", () => {
  it("the individual's confirmation step", () => {
    expect(canRequestConfirmation("DRAFT") && canRequestConfirmation("RETURNED")).toBe(true);
    expect(canRequestConfirmation("AWAITING_CONFIRMATION") || canConfirm("SUBMITTED")).toBe(false);
    expect(canConfirm("AWAITING_CONFIRMATION")).toBe(true);
  });

  it("labels every SubmissionStatus; the matrix keys are recognised", () => {
    expect(Object.keys(SUBMISSION_STATUS_LABELS).sort()).toEqual(Object.values(SubmissionStatus).sort());
    expect(MATRIX_STATUS_ORDER.every(isMatrixStatus)).toBe(true);
    expect(isMatrixStatus("LATE")).toBe(false);
  });

  it("lateness: the record keeps its first submission's, the version its own", () => {
    const due = new Date("2026-04-18T00:00:00+07:00");
    const late = new Date("2026-04-20T08:00:00+07:00");
    expect(submissionLateness({ firstSubmittedAt: new Date("2026-04-10T00:00:00Z"), isLate: false }, late, due)).toMatchObject({ versionIsLate: true, registrationIsLate: false });
    expect(submissionLateness({ firstSubmittedAt: null, isLate: false }, late, due)).toEqual({ versionIsLate: true, registrationIsLate: true, firstSubmittedAt: late });
  });

  it("a form's status carries its latest version's lateness", () => {
    expect(matrixStatusOf({ status: "AWAITING_CONFIRMATION", isLate: false })).toBe("DRAFT");
    expect(currentFormStatus({ status: "SUBMITTED", isLate: false }, [{ versionNo: 1, isLate: false }, { versionNo: 2, isLate: true }])).toBe("SUBMITTED_LATE");
  });
});
