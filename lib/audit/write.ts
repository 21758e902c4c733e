import "server-only";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

export interface AuditEntry {
  action: string; // e.g. "registration.submit"
  entityType: string; // e.g. "Registration"
  entityId: string;
  unitId?: string | null;
  campaignId?: string | null;
  /** The record whose history this event also belongs to (an evidence file's initiative, report or proposal). */
  subject?: { type: string; id: string } | null;
  before?: unknown;
  after?: unknown;
  summary?: string;
}

/** Writes one audit row inside the caller's transaction, so the change and its record commit together. */
export async function writeAudit(tx: Tx, actorId: string | null, entry: AuditEntry) {
  await tx.auditLog.create({
    data: {
      actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      unitId: entry.unitId ?? null,
      campaignId: entry.campaignId ?? null,
      subjectType: entry.subject?.type ?? null,
      subjectId: entry.subject?.id ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
      summary: entry.summary?.slice(0, 1000) ?? null,
    },
  });
}

// strictUndefinedChecks: an absent value must be Prisma.skip, never undefined.
function toJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.skip {
  if (value === undefined || value === null) return Prisma.skip;
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
}
