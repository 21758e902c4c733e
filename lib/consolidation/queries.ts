import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InitiativeOwnerType, InitiativeType, MilestoneKind, RegistrationKind, RegistrationLevel, SubmissionStatus, ReportPhase, UnitStatus } from "@/lib/generated/prisma/enums";
import { matrixStatusOf, type MatrixStatus } from "@/lib/submissions/statuses";
import { isWindowOpen, phaseOfMilestoneKind, phaseWindow } from "@/lib/reports/phase";
import { campaignFor, consolidationRights } from "./access";
import {
  CONSOLIDATED_STATUSES,
  foldedContainsPattern,
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

/** SQL condition on a unit's record (`alias`, LEFT JOINed: id IS NULL = none) for one matrix status. */
function matrixCondition(status: MatrixStatus, alias = "r"): Prisma.Sql {
  const a = Prisma.raw(`"${alias}"`);
  switch (status) {
    case "NOT_STARTED":
      return Prisma.sql`${a}."id" IS NULL`;
    case "DRAFT":
      return Prisma.sql`${a}."status" IN ('DRAFT', 'AWAITING_CONFIRMATION')`;
    case "SUBMITTED_ON_TIME":
      return Prisma.sql`(${a}."status" = 'SUBMITTED' AND ${a}."isLate" = false)`;
    case "SUBMITTED_LATE":
      return Prisma.sql`(${a}."status" = 'SUBMITTED' AND ${a}."isLate" = true)`;
    case "RETURNED":
      return Prisma.sql`${a}."status" = 'RETURNED'`;
    case "ACCEPTED":
      return Prisma.sql`${a}."status" = 'ACCEPTED'`;
  }
}

/** Alias of the LEFT JOINed report of each phase in the matrix's row query (constants, never user input). */
const REPORT_ALIAS: Record<ReportPhase, string> = { MIDTERM: "rm", FINAL: "rf" };

/** A unit's report of one phase, as the matrix shows it. */
export interface MatrixReportCell {
  reportId: string | null;
  status: SubmissionStatus | null;
  isLate: boolean;
  lastSubmittedAt: Date | null;
  matrixStatus: MatrixStatus;
}

export interface MatrixRow {
  unitId: string;
  unitName: string;
  unitStatus: UnitStatus;
  registrationId: string | null;
  registrationStatus: SubmissionStatus | null;
  isLate: boolean;
  lastSubmittedAt: Date | null;
  matrixStatus: MatrixStatus;
  /** The unit's report of each phase the campaign has a milestone for. */
  reports: Partial<Record<ReportPhase, MatrixReportCell>>;
}

export interface MatrixMilestone {
  id: string;
  name: string;
  kind: MilestoneKind;
  deliverable: string | null;
  dueAt: Date;
  /** The units hand it in through the portal (Mẫu 1, the reports of each phase). */
  onPortal: boolean;
  /** For the units' reports: the phase. */
  phase: ReportPhase | null;
  /** A report phase that does not accept submissions yet: the instant it opens (else null). */
  notOpenUntil: Date | null;
}

/**
 * One page of the office's matrix: participating units × the units' milestones, with the Mẫu 1 and the
 * reports of each phase. Four round trips whatever the number of units: the campaign, the milestones,
 * the counts per milestone and status (one GROUP BY per record kind in one statement), and the page's
 * rows (one JOIN of the forms and the reports, LIMIT/OFFSET).
 */
export async function getStatusMatrix(actor: Actor, campaignId: string, filters: MatrixFilters, page = 1, pageSize = PAGE_SIZE, now = new Date()) {
  const campaign = await campaignFor(actor, campaignId, "read:registration");
  if (!campaign) return null;
  const db = await getDb();

  const unitMilestones = await db.milestone.findMany({
    where: { campaignId, responsibleRole: "UNIT_HEAD" },
    orderBy: [{ dueAt: "asc" }, { sortOrder: "asc" }],
    select: { id: true, name: true, kind: true, deliverable: true, dueAt: true, opensAt: true },
  });
  const milestones: MatrixMilestone[] = unitMilestones.map(({ opensAt: _opensAt, ...m }) => {
    const p = phaseOfMilestoneKind(m.kind);
    const phase = p && !p.summary ? p.phase : null;
    const window = phase ? phaseWindow(unitMilestones, phase) : null;
    return { ...m, onPortal: isOnPortal(m.kind), phase, notOpenUntil: window && !isWindowOpen(window, now) ? window.opensAt : null };
  });
  const phases = [...new Set(milestones.flatMap((m) => (m.phase ? [m.phase] : [])))];
  const phase = filters.phase && phases.includes(filters.phase) ? filters.phase : undefined;

  // Counts: the Mẫu 1 of every participating unit, and its report of each phase (k = 'REGISTRATION' or the phase).
  const reportGroups = phases.length
    ? Prisma.sql`
      UNION ALL
      SELECT p."phase" AS "k", rp."status"::text AS "status", rp."isLate" AS "isLate", count(*)::int AS "n"
      FROM "CampaignUnit" cu
      CROSS JOIN (VALUES ${Prisma.join(phases.map((x) => Prisma.sql`(${x})`))}) AS p("phase")
      LEFT JOIN "Report" rp ON rp."campaignId" = cu."campaignId" AND rp."unitId" = cu."unitId" AND rp."phase"::text = p."phase"
      WHERE cu."campaignId" = ${campaignId}
      GROUP BY p."phase", rp."status", rp."isLate"`
    : Prisma.empty;
  const groups = await db.$queryRaw<{ k: string; status: SubmissionStatus | null; isLate: boolean | null; n: number }[]>`
    SELECT 'REGISTRATION' AS "k", r."status"::text AS "status", r."isLate" AS "isLate", count(*)::int AS "n"
    FROM "CampaignUnit" cu
    LEFT JOIN "Registration" r ON r."campaignId" = cu."campaignId" AND r."unitId" = cu."unitId" AND r."ownerKey" = 'UNIT'
    WHERE cu."campaignId" = ${campaignId}
    GROUP BY r."status", r."isLate"
    ${reportGroups}`;
  const countsOfKey = (k: string) => countsFromGroups(groups.filter((g) => g.k === k));
  const registrationCounts = countsOfKey("REGISTRATION");
  const countsByMilestone: Record<string, Record<MatrixStatus, number>> = {};
  for (const m of milestones) {
    if (m.kind === "REGISTRATION") countsByMilestone[m.id] = registrationCounts;
    else if (m.phase) countsByMilestone[m.id] = countsOfKey(m.phase);
  }
  const counts = phase ? countsOfKey(phase) : registrationCounts;
  const totalUnits = groups.filter((g) => g.k === "REGISTRATION").reduce((s, g) => s + g.n, 0);
  const total = filters.status ? counts[filters.status] : totalUnits;

  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, page), pages);
  const conditions = [Prisma.sql`cu."campaignId" = ${campaignId}`];
  if (filters.status) conditions.push(matrixCondition(filters.status, phase ? REPORT_ALIAS[phase] : "r"));
  const reportJoins = phases.map((x) => {
    const a = Prisma.raw(`"${REPORT_ALIAS[x]}"`);
    return Prisma.sql`LEFT JOIN "Report" ${a} ON ${a}."campaignId" = cu."campaignId" AND ${a}."unitId" = cu."unitId" AND ${a}."phase" = ${x}::"ReportPhase"`;
  });
  const reportColumns = phases.map((x) => {
    const a = Prisma.raw(`"${REPORT_ALIAS[x]}"`);
    const col = (name: string) => Prisma.raw(`"${x}_${name}"`);
    return Prisma.sql`, ${a}."id" AS ${col("id")}, ${a}."status"::text AS ${col("status")}, coalesce(${a}."isLate", false) AS ${col("isLate")}, ${a}."lastSubmittedAt" AS ${col("lastSubmittedAt")}`;
  });
  const raw = await db.$queryRaw<(Omit<MatrixRow, "matrixStatus" | "reports"> & Record<string, unknown>)[]>`
    SELECT u."id" AS "unitId", u."name" AS "unitName", u."status"::text AS "unitStatus",
           r."id" AS "registrationId", r."status"::text AS "registrationStatus",
           coalesce(r."isLate", false) AS "isLate", r."lastSubmittedAt" AS "lastSubmittedAt"
           ${reportColumns.length ? Prisma.join(reportColumns, " ") : Prisma.empty}
    FROM "CampaignUnit" cu
    JOIN "Unit" u ON u."id" = cu."unitId"
    LEFT JOIN "Registration" r
      ON r."campaignId" = cu."campaignId" AND r."unitId" = cu."unitId" AND r."ownerKey" = 'UNIT'
    ${reportJoins.length ? Prisma.join(reportJoins, " ") : Prisma.empty}
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY u."sortOrder", u."name", u."id"
    LIMIT ${pageSize} OFFSET ${(current - 1) * pageSize}`;
  const rows: MatrixRow[] = raw.map((r) => {
    const reports: MatrixRow["reports"] = {};
    for (const x of phases) {
      const status = (r[`${x}_status`] as SubmissionStatus | null) ?? null;
      const isLate = !!r[`${x}_isLate`];
      const at = r[`${x}_lastSubmittedAt`] as Date | string | null;
      reports[x] = {
        reportId: (r[`${x}_id`] as string | null) ?? null,
        status,
        isLate,
        lastSubmittedAt: at ? new Date(at) : null,
        matrixStatus: matrixStatusOf(status ? { status, isLate } : null),
      };
    }
    return {
      unitId: r.unitId,
      unitName: r.unitName,
      unitStatus: r.unitStatus,
      registrationId: r.registrationId,
      registrationStatus: r.registrationStatus,
      isLate: r.isLate,
      lastSubmittedAt: r.lastSubmittedAt ? new Date(r.lastSubmittedAt) : null,
      matrixStatus: matrixStatusOf(r.registrationStatus ? { status: r.registrationStatus, isLate: r.isLate } : null),
      reports,
    };
  });

  return {
    campaign,
    rights: consolidationRights(actor, campaign),
    milestones,
    counts,
    countsByMilestone,
    filterPhase: phase ?? null,
    totalUnits,
    total,
    page: current,
    pageSize,
    rows,
  };
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
  /** Forwarded up from a lower campaign: the initiative one level below (else null). */
  forwardedFromId: string | null;
  /** The initiative this one was copied from, first of its lineage (lib/cascade), for its recognitions. */
  originInitiativeId: string | null;
  /** For a forwarded initiative: the unit where the chain started ("Nguồn: …"). */
  originUnitName: string | null;
  // the form's owner ("UNIT" or a person's id) and the row's position in its field: part of the list's order
  ownerKey: string;
  sortOrder: number;
}

const FROM_INITIATIVES = Prisma.sql`
  FROM "Initiative" i
  JOIN "Registration" r ON r."id" = i."registrationId"
  JOIN "ReformField" f ON f."id" = i."fieldId"
  JOIN "Unit" u ON u."id" = i."unitId"
  LEFT JOIN "Unit" ou ON ou."id" = i."originUnitId"`;

const SELECT_INITIATIVE = Prisma.sql`
  SELECT i."id", i."content", i."type"::text AS "type", i."ownerType"::text AS "ownerType", i."ownerNames",
         to_char(i."expectedCompletion", 'YYYY-MM-DD') AS "expectedCompletion", i."note", i."level"::text AS "level",
         i."isTypical", i."fieldId", f."name" AS "fieldName", f."sortOrder" AS "fieldOrder",
         i."unitId", u."name" AS "unitName", r."id" AS "registrationId", r."status"::text AS "registrationStatus",
         r."kind"::text AS "registrationKind", i."forwardedFromId", i."originInitiativeId", ou."name" AS "originUnitName", r."ownerKey", i."sortOrder"`;

/**
 * The list's order: the field's position in the plan, the unit's name (then id), the form's owner (the
 * unit's form before individuals'), the row's position. Read from the copies the database keeps on
 * "Initiative" (migration consolidated_order), in the order of the index on exactly these columns, so a
 * page is read in order instead of sorting every row of the campaign.
 */
const ORDER_INITIATIVES = Prisma.sql`ORDER BY i."fieldOrder", i."unitName", i."unitId", i."ownerKey", i."sortOrder", i."id"`;

/**
 * WHERE clause shared by the page, its counts and the exports. It names "Initiative" columns only (the
 * form's status and the unit's name through their copies), so it needs no join and the campaign's
 * indexes serve it.
 */
function initiativeWhere(campaignId: string, f: InitiativeFilters, statuses: readonly ConsolidatedStatus[]): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`i."campaignId" = ${campaignId}`];
  const allowed = f.status ? statuses.filter((s) => s === f.status) : [...statuses];
  parts.push(
    allowed.length
      ? Prisma.sql`i."registrationStatus" IN (${Prisma.join(allowed.map((s) => Prisma.sql`${s}::"SubmissionStatus"`))})`
      : Prisma.sql`false`,
  );
  if (f.fieldId) parts.push(Prisma.sql`i."fieldId" = ${f.fieldId}`);
  if (f.unitId) parts.push(Prisma.sql`i."unitId" = ${f.unitId}`);
  if (f.unitQuery) parts.push(Prisma.sql`i."unitName" ~ ${searchRegex(f.unitQuery)}`);
  if (f.level) parts.push(Prisma.sql`i."level" = ${f.level}::"RegistrationLevel"`);
  if (f.typicalOnly) parts.push(Prisma.sql`i."isTypical" = true`);
  if (f.forwardedOnly) parts.push(Prisma.sql`i."forwardedFromId" IS NOT NULL`);
  if (f.q) {
    // The content folded once when written (migration initiative_content_folded): a plain LIKE, where an
    // accent-insensitive regular expression on every row of the campaign cost ~28 ms per statement.
    const like = foldedContainsPattern(f.q);
    if (like) parts.push(Prisma.sql`i."contentFolded" LIKE ${like}`);
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
  // Every field of the plan with its count under the filters (none: 0), in one statement.
  return db.$queryRaw<FieldTotal[]>`
    SELECT f."id" AS "fieldId", f."name", f."sortOrder", COALESCE(c."n", 0)::int AS "count"
    FROM "ReformField" f
    LEFT JOIN (
      SELECT i."fieldId", count(*) AS "n"
      FROM "Initiative" i
      ${where}
      GROUP BY i."fieldId"
    ) c ON c."fieldId" = f."id"
    WHERE f."campaignId" = ${campaignId}
    ORDER BY f."sortOrder", f."id"`;
}

/**
 * One page of the consolidated list: one query for the rows and one grouped count (which also gives
 * the totals per field of the filtered set), at the same time.
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
  // The page's ids read in list order from the index (no sort of the campaign's rows), then the 50 rows'
  // details joined.
  const pageRows = (p: number) =>
    db.$queryRaw<ConsolidatedRow[]>`
      WITH page AS (
        SELECT i."id" FROM "Initiative" i
        ${where}
        ${ORDER_INITIATIVES}
        LIMIT ${pageSize} OFFSET ${(p - 1) * pageSize}
      )
      ${SELECT_INITIATIVE}
      FROM page p
      JOIN "Initiative" i ON i."id" = p."id"
      JOIN "Registration" r ON r."id" = i."registrationId"
      JOIN "ReformField" f ON f."id" = i."fieldId"
      JOIN "Unit" u ON u."id" = i."unitId"
      LEFT JOIN "Unit" ou ON ou."id" = i."originUnitId"
      ${ORDER_INITIATIVES}`;
  // The count (per field) and the asked page at the same time; a page past the end (a stale link) is read
  // again as the last page once the count is known.
  const asked = Math.max(1, page);
  const [totals, firstTry] = await Promise.all([consolidatedTotals(campaignId, filters, statuses), pageRows(asked)]);
  const total = totals.reduce((s, t) => s + t.count, 0);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(asked, pages);
  const rows = current === asked ? firstTry : total === 0 ? [] : await pageRows(current);
  return { campaign, rights: consolidationRights(actor, campaign), totals, total, page: current, pageSize, rows };
}

/**
 * The campaign's fields and, when there are at most UNIT_SELECT_LIMIT participating units, the units
 * for a list (a city campaign with 2,000 units gets a name search instead: 2,000 options would triple
 * the page's weight). `selectedUnit` is the unit named by the `unit` filter, if any; `hasForwarded` says
 * whether the campaign holds initiatives forwarded from a lower campaign.
 */
export async function getFilterOptions(campaignId: string, selectedUnitId?: string, knownFields?: readonly FieldTotal[]) {
  const db = await getDb();
  const [units, fields, selectedUnit, forwarded] = await Promise.all([
    db.$queryRaw<{ id: string; name: string }[]>`
      SELECT u."id", u."name" FROM "CampaignUnit" cu JOIN "Unit" u ON u."id" = cu."unitId"
      WHERE cu."campaignId" = ${campaignId}
      ORDER BY u."sortOrder", u."name", u."id"
      LIMIT ${UNIT_SELECT_LIMIT + 1}`,
    // The page's totals list the same fields: given, they are not read again.
    knownFields
      ? knownFields.map((f) => ({ id: f.fieldId, name: f.name, sortOrder: f.sortOrder }))
      : db.reformField.findMany({ where: { campaignId }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true, sortOrder: true } }),
    selectedUnitId ? db.unit.findUnique({ where: { id: selectedUnitId }, select: { id: true, name: true } }) : null,
    hasForwardedInitiatives(campaignId),
  ]);
  return { units: units.length > UNIT_SELECT_LIMIT ? null : units, fields, selectedUnit, hasForwarded: forwarded };
}

/** Whether any initiative was forwarded up from a lower campaign (unique index (campaignId, forwardedFromId)). */
export async function hasForwardedInitiatives(campaignId: string): Promise<boolean> {
  const db = await getDb();
  return (await db.initiative.findFirst({ where: { campaignId, forwardedFromId: { not: null } }, select: { id: true } })) !== null;
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
