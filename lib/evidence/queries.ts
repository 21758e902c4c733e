import "server-only";
import type { ScopedRole } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { chainDownToOrigin } from "@/lib/progress/access";
import { evidenceTargetAccess, type EvidenceTarget } from "./access";

type Actor = { roles: readonly ScopedRole[] };

export interface EvidenceItem {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  description: string | null;
  createdAt: Date;
  uploadedByName: string | null;
  lockedAt: Date | null;
  supersededAt: Date | null;
  supersededById: string | null;
  /** Issue 13: shown in the library of recognised models (initiative files only). */
  shareable: boolean;
}

/**
 * The evidence of a record for a reader: current files (newest first) and superseded ones. A
 * forwarded copy has no files of its own: its evidence is its origin's (the whole chain down),
 * returned read-only with `inherited`. Null when the record is missing or not readable.
 */
export async function listEvidence(actor: Actor, target: EvidenceTarget) {
  const access = await evidenceTargetAccess(actor, target);
  if (!access || !access.canRead) return null;
  const db = await getDb();
  let where: { initiativeId: { in: string[] } } | { reportId: string; lockedAt?: { not: null } } | { awardProposalId: string; lockedAt?: { not: null } };
  let origin: { unitName: string; initiativeId: string } | null = null;
  if (target.kind === "initiative") {
    const ids = access.forwardedFromId ? await chainDownToOrigin(db, { id: target.id, forwardedFromId: access.forwardedFromId }) : [target.id];
    where = { initiativeId: { in: ids } };
    if (access.forwardedFromId) {
      const first = await db.initiative.findUnique({ where: { id: ids[ids.length - 1] }, select: { id: true, unit: { select: { name: true } } } });
      if (first) origin = { unitName: first.unit.name, initiativeId: first.id };
    }
  } else if (target.kind === "report") {
    // Outside the unit, only the files a submitted version cites (locked): never the draft's attachments.
    where = access.lockedOnly ? { reportId: target.id, lockedAt: { not: null } } : { reportId: target.id };
  } else {
    // Award dossiers (their own view: lib/awards/proposals/queries.ts); same rule as reports.
    where = access.lockedOnly ? { awardProposalId: target.id, lockedAt: { not: null } } : { awardProposalId: target.id };
  }
  const rows = await db.evidenceFile.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      fileName: true,
      mimeType: true,
      sizeBytes: true,
      sha256: true,
      description: true,
      createdAt: true,
      uploadedById: true,
      lockedAt: true,
      supersededAt: true,
      supersededById: true,
      shareable: true,
    },
  });
  const people = rows.length
    ? await db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.uploadedById))] } }, select: { id: true, fullName: true } })
    : [];
  const nameOf = new Map(people.map((p) => [p.id, p.fullName]));
  const items: EvidenceItem[] = rows.map(({ uploadedById, ...r }) => ({ ...r, uploadedByName: nameOf.get(uploadedById) ?? null }));
  return {
    access,
    inherited: access.forwardedFromId !== null,
    origin,
    current: items.filter((f) => !f.supersededAt),
    superseded: items.filter((f) => !!f.supersededAt),
  };
}

export type EvidenceList = NonNullable<Awaited<ReturnType<typeof listEvidence>>>;
