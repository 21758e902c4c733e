import "server-only";
import { z } from "zod";
import { forbiddenError } from "@/lib/actions/result";
import { scopesFor } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dueAtForBeforeDay } from "@/lib/time/vn";


/**
 * Change history of one record, newest first: its own events and those recorded with it as their
 * subject (the evidence uploaded to it). The caller has already checked the user may read the record.
 */
export async function getRecordHistory(entityType: string, entityId: string, take = 100) {
  const db = await getDb();
  return db.auditLog.findMany({
    where: { OR: [{ entityType, entityId }, { subjectType: entityType, subjectId: entityId }] },
    orderBy: { at: "desc" },
    take,
    include: { actor: { select: { fullName: true, username: true } } },
  });
}

// ---------------------------------------------------------------------------------------------
// The audit log viewer (/audit)

export const AUDIT_PAGE_SIZE = 50;

/** A calendar day typed as dd/MM/yyyy (or yyyy-MM-dd), normalised to yyyy-MM-dd; anything else becomes "". */
const day = z
  .string()
  .trim()
  .transform((v) => {
    const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
    return vn ? `${vn[3]}-${vn[2].padStart(2, "0")}-${vn[1].padStart(2, "0")}` : v;
  })
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v))
      .or(z.literal("")),
  )
  .catch("");

/** yyyy-MM-dd → dd/MM/yyyy, to show a filter day back in its form field. */
export function dayToVN(v: string): string {
  return v ? `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}` : "";
}

/** Filters of the viewer, read from the URL; anything malformed is ignored. Dates are Vietnam calendar days (yyyy-MM-dd). */
export const auditFilterSchema = z.object({
  entityType: z.string().trim().max(50).catch(""),
  action: z.string().trim().max(100).catch(""),
  actor: z.string().trim().max(64).catch(""),
  from: day,
  to: day,
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export function parseAuditFilter(params: Record<string, string | string[] | undefined>): AuditFilter {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  return auditFilterSchema.parse({
    entityType: first(params.entityType),
    action: first(params.action),
    actor: first(params.actor),
    from: first(params.from),
    to: first(params.to),
  });
}

function nextDay(yyyyMmDd: string): string {
  const d = new Date(`${yyyyMmDd}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The rows the user may read: ADMIN ("any") everything; a "subtree" scope the rows whose unit lies in
 * the subtree of the role's unit, or whose campaign was issued by a unit there. null = everything;
 * throws when the user may read no audit row at all.
 */
async function auditScope(actor: SessionUser): Promise<Prisma.AuditLogWhereInput | null> {
  const scopes = scopesFor(actor.roles, "read:audit");
  if (scopes.length === 0) throw forbiddenError();
  if (scopes.some((s) => s.scope === "any")) return null;
  const units: Prisma.UnitWhereInput = {
    OR: scopes.map((s) => (s.scope === "own" ? { id: s.unitId } : { path: { startsWith: s.unitPath } })),
  };
  const db = await getDb();
  const [unitIds, campaignIds] = await Promise.all([
    db.unit.findMany({ where: units, select: { id: true } }),
    db.campaign.findMany({ where: { issuingUnit: units }, select: { id: true } }),
  ]);
  return {
    OR: [{ unitId: { in: unitIds.map((u) => u.id) } }, { campaignId: { in: campaignIds.map((c) => c.id) } }],
  };
}

/** One page (50 rows, newest first) of the audit log the user may read, with the total. */
export async function listAuditLogs(actor: SessionUser, filter: AuditFilter, page: number) {
  const scope = await auditScope(actor);
  const and: Prisma.AuditLogWhereInput[] = [];
  if (scope) and.push(scope);
  if (filter.entityType) and.push({ entityType: filter.entityType });
  if (filter.action) {
    and.push({ OR: [{ action: { contains: filter.action, mode: "insensitive" } }, { summary: { contains: filter.action, mode: "insensitive" } }] });
  }
  if (filter.actor) and.push({ actor: { username: { contains: filter.actor.toLowerCase() } } });
  // Days are entered in Vietnam time: from 00:00 of "from" to 00:00 of the day after "to".
  if (filter.from) and.push({ at: { gte: dueAtForBeforeDay(filter.from) } });
  if (filter.to) and.push({ at: { lt: dueAtForBeforeDay(nextDay(filter.to)) } });
  const where: Prisma.AuditLogWhereInput = and.length ? { AND: and } : {};
  const db = await getDb();
  const [rows, total] = await db.$transaction([
    db.auditLog.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { fullName: true, username: true } } },
    }),
    db.auditLog.count({ where }),
  ]);
  return { rows, total, pageSize: AUDIT_PAGE_SIZE };
}
export type AuditRow = Awaited<ReturnType<typeof listAuditLogs>>["rows"][number];

/** The entity types present in the log, for the filter's select box. */
export async function listAuditEntityTypes(actor: SessionUser): Promise<string[]> {
  await auditScope(actor);
  const db = await getDb();
  const rows = await db.auditLog.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } });
  return rows.map((r) => r.entityType);
}
