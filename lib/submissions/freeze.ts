import "server-only";
import { conflictError } from "@/lib/actions/result";
import type { Tx } from "@/lib/db/client";
import type { SubmissionKind } from "./kinds";
import { submissionLateness } from "./statuses";
import { addReview, addVersion, moveRecord } from "./store";

/**
 * Freezes a submission, inside the submitting transaction, for every kind: version n+1 with its
 * snapshot and its own lateness, the record SUBMITTED (only from `from`, only at the lockVersion the
 * author saved; it keeps the lateness of its first submission, its return comment is cleared) and the
 * SUBMIT (or CONFIRM) review row. The caller builds the snapshot, adds the kind's own columns (`data`),
 * locks the files the snapshot cites and writes the audit row.
 */
export async function freezeVersion(
  tx: Tx,
  kind: SubmissionKind,
  actorId: string,
  args: {
    record: { id: string; lockVersion: number; submittedVersion: number; firstSubmittedAt: Date | null; isLate: boolean };
    from: readonly string[];
    now: Date;
    dueAt: Date | null;
    snapshot: (version: { versionNo: number; isLate: boolean }) => object | Promise<object>;
    action?: "SUBMIT" | "CONFIRM";
    data?: Record<string, unknown>;
    /** The kind's own columns of the version row (a Mẫu 1 received on paper: its number, day, signer). */
    versionData?: Record<string, unknown>;
    /** Said with the SUBMIT row in the history (a paper form: what arrived and who entered it). */
    reviewComment?: string;
  },
) {
  const { record, now } = args;
  const { versionIsLate, registrationIsLate, firstSubmittedAt } = submissionLateness(record, now, args.dueAt);
  const versionNo = record.submittedVersion + 1;
  const snapshot = await args.snapshot({ versionNo, isLate: versionIsLate });
  const moved = await moveRecord(tx, kind, { id: record.id, lockVersion: record.lockVersion, from: args.from }, {
    status: "SUBMITTED",
    submittedVersion: versionNo,
    firstSubmittedAt,
    lastSubmittedAt: now,
    isLate: registrationIsLate,
    returnComment: null,
    ...args.data,
    lockVersion: { increment: 1 },
    updatedById: actorId,
  });
  if (!moved) throw conflictError();
  await addVersion(tx, kind, record.id, { ...args.versionData, versionNo, snapshot, submittedAt: now, submittedById: actorId, isLate: versionIsLate });
  await addReview(tx, kind, record.id, { versionNo, action: args.action ?? "SUBMIT", actorId, createdAt: now, comment: args.reviewComment ?? null });
  return { versionNo, versionIsLate, recordIsLate: registrationIsLate, lockVersion: record.lockVersion + 1 };
}
