import "server-only";
import type { Tx } from "@/lib/db/client";
import type { SubmissionKind } from "./kinds";

/**
 * The three writes every kind shares, on the models its description names (`<model>`,
 * `<model>Version`, `<model>Review`, each with the same columns): the status change guarded by the
 * lockVersion the user read, the frozen version and the review row. The delegates are reached by
 * name, so their types are narrowed here, once; the integration tests run each kind through them.
 */
type StatusWhere = { id: string; lockVersion: number; status: string | { in: string[] } };
interface RecordDelegate {
  updateMany(args: { where: StatusWhere; data: Record<string, unknown> }): Promise<{ count: number }>;
}
interface RowDelegate {
  create(args: { data: Record<string, unknown> }): Promise<unknown>;
}

function delegate<T>(tx: Tx, name: string): T {
  return (tx as unknown as Record<string, T>)[name];
}

/** Moves the record from `from` to the data's status if it still has `lockVersion`; false when someone was first. */
export async function moveRecord(tx: Tx, kind: SubmissionKind, where: { id: string; lockVersion: number; from: string | readonly string[] }, data: Record<string, unknown>): Promise<boolean> {
  const status = typeof where.from === "string" ? where.from : { in: [...where.from] };
  const { count } = await delegate<RecordDelegate>(tx, kind.model).updateMany({ where: { id: where.id, lockVersion: where.lockVersion, status }, data });
  return count > 0;
}

/** A review row (SUBMIT, CONFIRM, RETURN, ACCEPT) of version `versionNo`. */
export async function addReview(
  tx: Tx,
  kind: SubmissionKind,
  recordId: string,
  row: { versionNo: number; action: "SUBMIT" | "CONFIRM" | "RETURN" | "ACCEPT"; comment?: string | null; actorId: string; createdAt?: Date },
): Promise<void> {
  await delegate<RowDelegate>(tx, `${kind.model}Review`).create({ data: { [kind.parentKey]: recordId, ...row } });
}

/** A frozen version: its snapshot, who submitted it, when, and whether it was late. */
export async function addVersion(
  tx: Tx,
  kind: SubmissionKind,
  recordId: string,
  row: { versionNo: number; snapshot: object; submittedAt: Date; submittedById: string; isLate: boolean; [column: string]: unknown },
): Promise<void> {
  await delegate<RowDelegate>(tx, `${kind.model}Version`).create({ data: { [kind.parentKey]: recordId, ...row } });
}
