import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InitiativeOwnerType, InitiativeType, MilestoneKind, RegistrationKind, RegistrationLevel, RegistrationStatus, UnitStatus } from "@/lib/generated/prisma/enums";
import { matrixStatusOf, type MatrixStatus } from "@/lib/registrations/rules";
import { campaignFor, consolidationRights } from "./access";
import {
  CONSOLIDATED_STATUSES,
  invariantLikePattern,
  PAGE_SIZE,
  searchRegex,
  SELECTABLE_STATUSES,
  type ConsolidatedStatus,
  type InitiativeFilters,
  type MatrixFilters,
  UNIT_SELECT_LIMIT,
} from "./filters";
import { countsFromGroups, isOnPortal } from "./matrix";

type Actor = Pick<SessionUser, "roles">;

// ---------------------------------------------------------------------------------------------
// Status matrix: participating units × the units' milestones
// ---------------------------------------------------------------------------------------------

/** SQL condition on the unit's form `r` (LEFT JOINed: r.id IS NULL = no form) for one matrix status. */
function matrixCondition(status: MatrixStatus): Prisma.Sql {
  switch (status) {
    case "NOT_STARTED":
      return Prisma.sql`r."id" IS NULL`;
    case "DRAFT":
      return Prisma.sql`r."status" IN ('DRAFT', 'AWAITING_CONFIRMATION')`;
    case "SUBMITTED_ON_TIME":
      return Prisma.sql`(r."status" = 'SUBMITTED' AND r."isLate" = false)`;
    case "SUBMITTED_LATE":
      return Prisma.sql`(r."status" = 'SUBMITTED' AND r."isLate" = true)`;
    case "RETURNED":
      return Prisma.sql`r."status" = 'RETURNED'`;
    case "ACCEPTED":
      return Prisma.sql`r."status" = 'ACCEPTED'`;
  }
}

export interface MatrixRow {
  unitId: string;
  unitName: string;
  unitStatus: UnitStatus;
  registrationId: string | null;
  registrationStatus: RegistrationStatus | null;
  isLate: boolean;
  lastSubmittedAt: Date | null;
  matrixStatus: MatrixStatus;
}

export interface MatrixMilestone {
  id: string;
  name: string;
  kind: MilestoneKind;
  deliverable: string | null;
  dueAt: Date;
  onPortal: boolean;
}

/**
 * One page of the office's matrix. Three round trips whatever the number of units: the milestones,
 * the counts per status (GROUP BY), and the page's rows (one JOIN, LIMIT/OFFSET).
 */
export async function getStatusMatrix(actor: Actor, campaignId: string, filters: MatrixFilters, page = 1, pageSize = PAGE_SIZE) {
  const campaign = await campaignFor(actor, campaignId, "read:registration");
  if (!campaign) return null;
  const db = await getDb();

  const milestones: MatrixMilestone[] = (
    await db.milestone.findMany({
      where: { campaignId, responsibleRole: "UNIT_HEAD" },
      orderBy: [{ dueAt: "asc" }, { sortOrder: "asc" }],
      select: { id: true, name: true, kind: true, deliverable: true, dueAt: true },
    })
  ).map((m) => ({ ...m, onPortal: isOnPortal(m.kind) }));

  const from = Prisma.sql`
    FROM "CampaignUnit" cu
    JOIN "Unit" u ON u."id" = cu."unitId"
    LEFT JOIN "Registration" r
      ON r."campaignId" = cu."campaignId" AND r."unitId" = cu."unitId" AND r."ownerKey" = 'UNIT'`;

  const groups = await db.$queryRaw<{ status: RegistrationStatus | null; isLate: boolean | null; n: number }[]>`
    SELECT r."status"::text AS "status", r."isLate" AS "isLate", count(*)::int AS "n"
    ${from}
    WHERE cu."campaignId" = ${campaignId}
    GROUP BY r."status", r."isLate"`;
  const counts = countsFromGroups(groups);
  const totalUnits = groups.reduce((s, g) => s + g.n, 0);
  const total = filters.status ? counts[filters.status] : totalUnits;

  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, page), pages);
  const where = filters.status
    ? Prisma.sql`WHERE cu."campaignId" = ${campaignId} AND ${matrixCondition(filters.status)}`
    : Prisma.sql`WHERE cu."campaignId" = ${campaignId}`;
  const raw = await db.$queryRaw<Omit<MatrixRow, "matrixStatus">[]>`
    SELECT u."id" AS "unitId", u."name" AS "unitName", u."status"::text AS "unitStatus",
           r."id" AS "registrationId", r."status"::text AS "registrationStatus",
           coalesce(r."isLate", false) AS "isLate", r."lastSubmittedAt" AS "lastSubmittedAt"
    ${from}
    ${where}
    ORDER BY u."sortOrder", u."name", u."id"
    LIMIT ${pageSize} OFFSET ${(current - 1) * pageSize}`;
  const rows: MatrixRow[] = raw.map((r) => ({
    ...r,
    lastSubmittedAt: r.lastSubmittedAt ? new Date(r.lastSubmittedAt) : null,
    matrixStatus: matrixStatusOf(r.registrationStatus ? { status: r.registrationStatus, isLate: r.isLate } : null),
  }));

  return { campaign, rights: consolidationRights(actor, campaign), milestones, counts, totalUnits, total, page: current, pageSize, rows };
}

// ---------------------------------------------------------------------------------------------
// Consolidated Mẫu 1: initiatives of forms submitted at least once
// ---------------------------------------------------------------------------------------------

export interface ConsolidatedRow {
  id: string;
  content: string;
  type: InitiativeType;
  ownerType: InitiativeOwnerType;
  ownerNames: string | null;
  expectedCompletion: string; // yyyy-MM-dd
  note: string | null;
  level: RegistrationLevel;
  isTypical: boolean;
  fieldId: string;
  fieldName: string;
  fieldOrder: number;
  unitId: string;
  unitName: string;
  registrationId: string;
  registrationStatus: ConsolidatedStatus;
  registrationKind: RegistrationKind;
  // keyset position (unit sort key + owner key + row order)
  ownerKey: string;
  sortOrder: number;
}

const FROM_INITIATIVES = Prisma.sql`
  FROM "Initiative" i
  JOIN "Registration" r ON r."id" = i."registrationId"
  JOIN "ReformField" f ON f."id" = i."fieldId"
  JOIN "Unit" u ON u."id" = i."unitId"`;

const SELECT_INITIATIVE = Prisma.sql`
  SELECT i."id", i."content", i."type"::text AS "type", i."ownerType"::text AS "ownerType", i."ownerNames",
         to_char(i."expectedCompletion", 'YYYY-MM-DD') AS "expectedCompletion", i."note", i."level"::text AS "level",
         i."isTypical", i."fieldId", f."name" AS "fieldName", f."sortOrder" AS "fieldOrder",
         i."unitId", u."name" AS "unitName", r."id" AS "registrationId", r."status"::text AS "registrationStatus",
         r."kind"::text AS "registrationKind", r."ownerKey", i."sortOrder"`;

const ORDER_INITIATIVES = Prisma.sql`ORDER BY f."sortOrder", u."name", u."id", r."ownerKey", i."sortOrder", i."id"`;

/** WHERE clause shared by the page, its counts and the exports (uses Initiative(campaignId, …) indexes). */
function initiativeWhere(campaignId: string, f: InitiativeFilters, statuses: readonly ConsolidatedStatus[]): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`i."campaignId" = ${campaignId}`];
  const allowed = f.status ? statuses.filter((s) => s === f.status) : [...statuses];
  parts.push(
    allowed.length
      ? Prisma.sql`r."status" IN (${Prisma.join(allowed.map((s) => Prisma.sql`${s}::"RegistrationStatus"`))})`
      : Prisma.sql`false`,
  );
  if (f.fieldId) parts.push(Prisma.sql`i."fieldId" = ${f.fieldId}`);
  if (f.unitId) parts.push(Prisma.sql`i."unitId" = ${f.unitId}`);
  if (f.unitQuery) parts.push(Prisma.sql`u."name" ~ ${searchRegex(f.unitQuery)}`);
  if (f.level) parts.push(Prisma.sql`i."level" = ${f.level}::"RegistrationLevel"`);
  if (f.typicalOnly) parts.push(Prisma.sql`i."isTypical" = true`);
  if (f.q) {
    const like = invariantLikePattern(f.q);
    if (like) parts.push(Prisma.sql`lower(i."content") LIKE ${like}`);
    parts.push(Prisma.sql`i."content" ~ ${searchRegex(f.q)}`);
  }
  return Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}`;
}

export interface FieldTotal {
  fieldId: string;
  name: string;
  sortOrder: number;
  count: number;
}

/** Every field of the campaign in order, with the number of initiatives matching the filters. */
export async function consolidatedTotals(
  campaignId: string,
  filters: InitiativeFilters,
  statuses: readonly ConsolidatedStatus[] = CONSOLIDATED_STATUSES,
): Promise<FieldTotal[]> {
  const db = await getDb();
  const where = initiativeWhere(campaignId, filters, statuses);
  const [fields, counts] = await Promise.all([
    db.reformField.findMany({ where: { campaignId }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true, sortOrder: true } }),
    db.$queryRaw<{ fieldId: string; n: number }[]>`
      SELECT i."fieldId", count(*)::int AS "n"
      FROM "Initiative" i JOIN "Registration" r ON r."id" = i."registrationId"
      ${filters.unitQuery ? Prisma.sql`JOIN "Unit" u ON u."id" = i."unitId"` : Prisma.empty}
      ${where}
      GROUP BY i."fieldId"`,
  ]);
  const byField = new Map(counts.map((c) => [c.fieldId, c.n]));
  return fields.map((f) => ({ fieldId: f.id, name: f.name, sortOrder: f.sortOrder, count: byField.get(f.id) ?? 0 }));
}

/**
 * One page of the consolidated list: one query for the rows and one grouped count (which also gives
 * the totals per field of the filtered set).
 */
export async function getConsolidated(
  actor: Actor,
  campaignId: string,
  filters: InitiativeFilters,
  page = 1,
  opts: { statuses?: readonly ConsolidatedStatus[]; pageSize?: number } = {},
) {
  const campaign = await campaignFor(actor, campaignId, "read:registration");
  if (!campaign) return null;
  const statuses = opts.statuses ?? CONSOLIDATED_STATUSES;
  const pageSize = opts.pageSize ?? PAGE_SIZE;
  const db = await getDb();
  const where = initiativeWhere(campaignId, filters, statuses);
  const totals = await consolidatedTotals(campaignId, filters, statuses);
  const total = totals.reduce((s, t) => s + t.count, 0);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, page), pages);
  // The sort runs over narrow tuples (ids and sort keys) so that a late page of 20,000 rows stays in
  // memory; the 50 rows' details are joined afterwards.
  const rows =
    total === 0
      ? []
      : await db.$queryRaw<ConsolidatedRow[]>`
          WITH page AS (
            SELECT i."id", f."sortOrder" AS k1, u."name" AS k2, u."id" AS k3, r."ownerKey" AS k4, i."sortOrder" AS k5
            ${FROM_INITIATIVES}
            ${where}
            ${ORDER_INITIATIVES}
            LIMIT ${pageSize} OFFSET ${(current - 1) * pageSize}
          )
          ${SELECT_INITIATIVE}
          FROM page p
          JOIN "Initiative" i ON i."id" = p."id"
          JOIN "Registration" r ON r."id" = i."registrationId"
          JOIN "ReformField" f ON f."id" = i."fieldId"
          JOIN "Unit" u ON u."id" = i."unitId"
          ORDER BY p.k1, p.k2, p.k3, p.k4, p.k5, p."id"`;
  return { campaign, rights: consolidationRights(actor, campaign), totals, total, page: current, pageSize, rows };
}

/**
 * The campaign's fields and, when there are at most UNIT_SELECT_LIMIT participating units, the units
 * for a list (a city campaign with 2,000 units gets a name search instead: 2,000 options would triple
 * the page's weight). `selectedUnit` is the unit named by the `unit` filter, if any.
 */
export async function getFilterOptions(campaignId: string, selectedUnitId?: string) {
  const db = await getDb();
  const [units, fields, selectedUnit] = await Promise.all([
    db.$queryRaw<{ id: string; name: string }[]>`
      SELECT u."id", u."name" FROM "CampaignUnit" cu JOIN "Unit" u ON u."id" = cu."unitId"
      WHERE cu."campaignId" = ${campaignId}
      ORDER BY u."sortOrder", u."name", u."id"
      LIMIT ${UNIT_SELECT_LIMIT + 1}`,
    db.reformField.findMany({ where: { campaignId }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true, sortOrder: true } }),
    selectedUnitId ? db.unit.findUnique({ where: { id: selectedUnitId }, select: { id: true, name: true } }) : null,
  ]);
  return { units: units.length > UNIT_SELECT_LIMIT ? null : units, fields, selectedUnit };
}

/**
 * Every row matching the filters, in list order, for the XLSX export. One query whose rows come
 * back as a single JSON array (row-by-row decoding through the driver adapter costs more than the
 * query itself: ~3x slower for 20,000 rows), then handed to the streaming writer in chunks.
 */
export async function* iterateInitiatives(
  campaignId: string,
  filters: InitiativeFilters,
  statuses: readonly ConsolidatedStatus[] = CONSOLIDATED_STATUSES,
  chunkSize = 1000,
): AsyncGenerator<ConsolidatedRow[]> {
  const db = await getDb();
  const where = initiativeWhere(campaignId, filters, statuses);
  const [{ rows }] = await db.$queryRaw<{ rows: string | null }[]>`
    SELECT json_agg(x)::text AS "rows" FROM (
      ${SELECT_INITIATIVE}
      ${FROM_INITIATIVES}
      ${where}
      ${ORDER_INITIATIVES}
    ) x`;
  const all: ConsolidatedRow[] = rows ? JSON.parse(rows) : [];
  for (let k = 0; k < all.length; k += chunkSize) yield all.slice(k, k + chunkSize);
}

// ---------------------------------------------------------------------------------------------
// Typical initiatives: the list that goes to the level above
// ---------------------------------------------------------------------------------------------

/** The leadership's selection, grouped by field: marked initiatives of forms with the office. */
export async function getTypicalList(actor: Actor, campaignId: string) {
  const campaign = await campaignFor(actor, campaignId, "read:registration");
  if (!campaign) return null;
  const db = await getDb();
  const where = initiativeWhere(campaignId, { typicalOnly: true }, SELECTABLE_STATUSES);
  const [fields, rows, returned] = await Promise.all([
    db.reformField.findMany({ where: { campaignId }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true, sortOrder: true } }),
    db.$queryRaw<ConsolidatedRow[]>`
      ${SELECT_INITIATIVE}
      ${FROM_INITIATIVES}
      ${where}
      ${ORDER_INITIATIVES}`,
    // marked earlier, but the form has since been sent back to its unit: left out until resubmitted
    db.initiative.count({ where: { campaignId, isTypical: true, registration: { status: { notIn: [...SELECTABLE_STATUSES] } } } }),
  ]);
  return { campaign, rights: consolidationRights(actor, campaign), fields, rows, excludedReturned: returned };
}

export type TypicalList = NonNullable<Awaited<ReturnType<typeof getTypicalList>>>;
