import "server-only";
import { conflictError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { inTransaction } from "@/lib/db/transaction";
import { notifyReviewOutcome } from "@/lib/notifications/review-outcome";
import type { SubmissionKind } from "./kinds";
import { addReview, moveRecord } from "./store";

/**
 * The reviewer's two decisions on a submitted document, for every kind: return it with a comment
 * saying what to correct, or accept it. Each is one transaction: the status change (only from
 * SUBMITTED, only at the lockVersion the reviewer saw), the review row, the audit row and the notice
 * to the submitters. Who may decide is the caller's business (it loads the record and checks the
 * permission on the unit read from the database); what differs per kind comes from its description.
 */

export type ReviewNotice = Parameters<typeof notifyReviewOutcome>[1];

/** The record as the reviewer loaded it, and where its audit row is filed. */
export interface ReviewTarget {
  id: string;
  status: string;
  lockVersion: number;
  submittedVersion: number;
  unitId: string;
  campaignId: string;
}

/**
 * Refuses a decision taken on another state than the one the reviewer saw (CONFLICT), or on a record
 * that does not wait for one (the kind's own sentence, e.g. naming its current status).
 */
export function assertReviewable<S extends string>(kind: SubmissionKind<S>, record: { status: S; lockVersion: number }, lockVersion: number, refusal: () => string): void {
  if (record.lockVersion !== lockVersion) throw conflictError();
  if (!kind.canReview(record.status)) throw ruleError(refusal());
}

/** Returns the submitted version to its authors with `comment` (RETURNED; they edit and submit again). */
export async function returnSubmission(
  kind: SubmissionKind,
  actorId: string,
  target: ReviewTarget,
  decision: { comment: string; summary: string; notice: ReviewNotice },
): Promise<{ status: "RETURNED"; lockVersion: number }> {
  const { comment } = decision;
  return inTransaction(async (tx) => {
    const moved = await moveRecord(tx, kind, { id: target.id, lockVersion: target.lockVersion, from: "SUBMITTED" }, {
      status: "RETURNED",
      returnComment: comment,
      updatedById: actorId,
      lockVersion: { increment: 1 },
    });
    if (!moved) throw conflictError();
    await addReview(tx, kind, target.id, { versionNo: target.submittedVersion, action: "RETURN", comment, actorId });
    await writeAudit(tx, actorId, {
      action: `${kind.auditPrefix}.return`,
      entityType: kind.entityType,
      entityId: target.id,
      unitId: target.unitId,
      campaignId: target.campaignId,
      before: { status: target.status, lockVersion: target.lockVersion },
      after: { status: "RETURNED", returnComment: comment, lockVersion: target.lockVersion + 1 },
      summary: decision.summary,
    });
    await notifyReviewOutcome(tx, decision.notice);
    return { status: "RETURNED" as const, lockVersion: target.lockVersion + 1 };
  });
}

/**
 * Accepts the submitted version: the kind's accepted state (an award proposal is ADMITTED) stamped
 * with the time. `data` adds the kind's own columns (e.g. the admission's justification), `comment`
 * goes on the review row, `before`/`after` complete the audit row.
 */
export async function acceptSubmission(
  kind: SubmissionKind,
  actorId: string,
  target: ReviewTarget,
  decision: {
    summary: string;
    notice: ReviewNotice;
    at?: Date;
    comment?: string | null;
    data?: Record<string, unknown>;
    before?: Record<string, unknown>;
    after?: Record<string, unknown>;
  },
): Promise<{ lockVersion: number }> {
  const at = decision.at ?? new Date();
  const { status, stampedAt, verb } = kind.accept;
  return inTransaction(async (tx) => {
    const moved = await moveRecord(tx, kind, { id: target.id, lockVersion: target.lockVersion, from: "SUBMITTED" }, {
      status,
      [stampedAt]: at,
      ...decision.data,
      updatedById: actorId,
      lockVersion: { increment: 1 },
    });
    if (!moved) throw conflictError();
    await addReview(tx, kind, target.id, { versionNo: target.submittedVersion, action: "ACCEPT", comment: decision.comment ?? null, actorId });
    await writeAudit(tx, actorId, {
      action: `${kind.auditPrefix}.${verb}`,
      entityType: kind.entityType,
      entityId: target.id,
      unitId: target.unitId,
      campaignId: target.campaignId,
      before: { status: target.status, lockVersion: target.lockVersion, ...decision.before },
      after: { status, [stampedAt]: at.toISOString(), ...decision.after, lockVersion: target.lockVersion + 1 },
      summary: decision.summary,
    });
    await notifyReviewOutcome(tx, decision.notice);
    return { lockVersion: target.lockVersion + 1 };
  });
}
