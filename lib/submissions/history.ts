import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { ReviewAction } from "@/lib/generated/prisma/enums";
import type { SubmissionKind } from "./kinds";

/**
 * The history of a submitted document, for every kind: its frozen versions (newest first, without
 * their snapshots) and its review rows (oldest first), with people's names joined through the
 * `submittedBy` / `actor` relations.
 */

/** A version row without its snapshot, with its submitter's name. */
export const VERSION_SELECT = { versionNo: true, submittedAt: true, submittedById: true, isLate: true, submittedBy: { select: { fullName: true } } } as const;
/** A review row (submit, confirm, return, accept) with its actor's name. */
export const REVIEW_SELECT = { id: true, versionNo: true, action: true, comment: true, actorId: true, createdAt: true, actor: { select: { fullName: true } } } as const;

/** Spread into the select of a record (any kind): its versions and reviews in the history's order. */
export const HISTORY_SELECT = {
  versions: { orderBy: { versionNo: "desc" }, select: VERSION_SELECT },
  reviews: { orderBy: { createdAt: "asc" }, select: REVIEW_SELECT },
} as const;

/** The state of a record that every SubmissionStatus kind's page shows (its review page, its header). */
export const SUBMISSION_SELECT = {
  id: true,
  status: true,
  submittedVersion: true,
  firstSubmittedAt: true,
  lastSubmittedAt: true,
  isLate: true,
  returnComment: true,
  acceptedAt: true,
  lockVersion: true,
} as const;

interface VersionRow {
  versionNo: number;
  submittedAt: Date;
  submittedById: string;
  isLate: boolean;
  submittedBy: { fullName: string };
}
interface ReviewRow {
  id: string;
  versionNo: number;
  action: ReviewAction;
  comment: string | null;
  actorId: string;
  createdAt: Date;
  actor: { fullName: string };
}

export type HistoryVersion = Omit<VersionRow, "submittedBy"> & { submittedByName: string };
export type HistoryReview = Omit<ReviewRow, "actor"> & { actorName: string };
export interface SubmissionHistory {
  versions: HistoryVersion[];
  reviews: HistoryReview[];
}

export function versionOf<V extends VersionRow>({ submittedBy, ...v }: V): Omit<V, "submittedBy"> & { submittedByName: string } {
  return { ...v, submittedByName: submittedBy.fullName };
}

export function reviewOf({ actor, ...r }: ReviewRow): HistoryReview {
  return { ...r, actorName: actor.fullName };
}

/** The history of a record loaded with HISTORY_SELECT. */
export function historyOf(row: { versions: VersionRow[]; reviews: ReviewRow[] } | null | undefined): SubmissionHistory {
  return { versions: (row?.versions ?? []).map(versionOf), reviews: (row?.reviews ?? []).map(reviewOf) };
}

const HISTORY_OF: Record<SubmissionKind["model"], (db: Db | Tx, id: string) => Promise<{ versions: VersionRow[]; reviews: ReviewRow[] } | null>> = {
  registration: (db, id) => db.registration.findUnique({ where: { id }, select: HISTORY_SELECT }),
  report: (db, id) => db.report.findUnique({ where: { id }, select: HISTORY_SELECT }),
  summaryReport: (db, id) => db.summaryReport.findUnique({ where: { id }, select: HISTORY_SELECT }),
  awardProposal: (db, id) => db.awardProposal.findUnique({ where: { id }, select: HISTORY_SELECT }),
};

/** The history of one record of `kind` (empty when it does not exist). */
export async function loadHistory(db: Db | Tx, kind: Pick<SubmissionKind, "model">, id: string): Promise<SubmissionHistory> {
  return historyOf(await HISTORY_OF[kind.model](db, id));
}
