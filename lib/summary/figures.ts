import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InitiativeType, SubmissionStatus, ReportPhase, UnitStatus } from "@/lib/generated/prisma/enums";
import { completionRate } from "@/lib/reports/counts";
import { UNIT_REPORT_KIND } from "@/lib/reports/phase";
import type { FieldSum } from "./rules";

/**
 * The consolidated report's figures, aggregated in SQL (one statement per table, whatever the number
 * of units): "Số lượng đăng ký" = initiatives of ACCEPTED registrations; "Số lượng hoàn thành" per
 * unit and field = the unit's override from its submitted report of the phase (status SUBMITTED or
 * ACCEPTED: a returned report is being corrected, its rows are a draft), else the initiatives with
 * progress COMPLETED. Written for PostgreSQL and PGlite alike.
 */

type Client = Db | Tx;

/** A unit's report of the phase counts as received once submitted (its live rows equal that version). */
const RECEIVED = Prisma.sql`('SUBMITTED'::"SubmissionStatus", 'ACCEPTED'::"SubmissionStatus")`;

/** The phase's due date (the units' report milestone of the phase), as the one-row CTE `cut`. */
function dueDate(campaignId: string, phase: ReportPhase) {
  return Prisma.sql`
    SELECT min(m."dueAt") AS "dueAt" FROM "Milestone" m
    WHERE m."campaignId" = ${campaignId} AND m."kind" = ${UNIT_REPORT_KIND[phase]}::"MilestoneKind"`;
}

/**
 * "Completed" is as of the phase's due date (`cut`): an initiative completed on or after it belongs to a
 * later report, exactly as `completedAsOf` (lib/reports/counts.ts) counts it for the unit's own Mẫu 2.
 * The completion date (a calendar date) is compared as its midnight UTC, as JavaScript reads it.
 */
const COMPUTED = Prisma.sql`(count(*) FILTER (WHERE i."progress" = 'COMPLETED'::"InitiativeProgress"
  AND (i."completedOn" IS NULL OR cut."dueAt" IS NULL OR (i."completedOn"::timestamp AT TIME ZONE 'UTC') < cut."dueAt")))::int`;

/**
 * Initiatives of accepted registrations (`Initiative.registrationStatus`, kept equal to its registration's
 * status by a trigger: no join), counted per unit and field.
 */
function unitFieldCounts(campaignId: string, phase: ReportPhase, unitFilter: Prisma.Sql = Prisma.empty) {
  return Prisma.sql`
    SELECT i."unitId", i."fieldId", count(*)::int AS "registered", ${COMPUTED} AS "computed"
    FROM "Initiative" i
    CROSS JOIN (${dueDate(campaignId, phase)}) cut
    WHERE i."campaignId" = ${campaignId} AND i."registrationStatus" = 'ACCEPTED'::"SubmissionStatus" ${unitFilter}
    GROUP BY i."unitId", i."fieldId"`;
}

function overrides(campaignId: string, phase: ReportPhase) {
  return Prisma.sql`
    SELECT rp."unitId", fr."fieldId", fr."completedOverride" AS "override"
    FROM "Report" rp
    JOIN "ReportFieldRow" fr ON fr."reportId" = rp."id"
    WHERE rp."campaignId" = ${campaignId} AND rp."phase" = ${phase}::"ReportPhase"
      AND rp."status" IN ${RECEIVED} AND fr."completedOverride" IS NOT NULL`;
}

/**
 * Sums per field across all units (one row per field that has accepted initiatives). Counted per field,
 * then corrected for the few (unit, field) pairs a unit overrode: the override replaces that pair's
 * computed count. Grouping every (unit, field) pair first to apply a handful of overrides cost ~5× more.
 * A pair overridden without accepted initiatives counts nothing, as in the units' table.
 */
export async function fieldSums(client: Client, campaignId: string, phase: ReportPhase): Promise<FieldSum[]> {
  return client.$queryRaw<FieldSum[]>(fieldSumsSql(campaignId, phase));
}

/** The statement of fieldSums (its plan is checked by the integration tests). */
export function fieldSumsSql(campaignId: string, phase: ReportPhase): Prisma.Sql {
  return Prisma.sql`
    WITH cut AS (${dueDate(campaignId, phase)}),
    f AS (
      SELECT i."fieldId", count(*)::int AS "registered", ${COMPUTED} AS "computed"
      FROM "Initiative" i CROSS JOIN cut
      WHERE i."campaignId" = ${campaignId} AND i."registrationStatus" = 'ACCEPTED'::"SubmissionStatus"
      GROUP BY i."fieldId"
    ),
    ov AS (${overrides(campaignId, phase)}),
    corr AS (
      SELECT ov."fieldId", sum(ov."override" - pair."computed")::int AS "delta", count(*)::int AS "n"
      FROM ov CROSS JOIN cut CROSS JOIN LATERAL (
        SELECT count(*) AS "registered", ${COMPUTED} AS "computed"
        FROM "Initiative" i
        WHERE i."campaignId" = ${campaignId} AND i."fieldId" = ov."fieldId" AND i."unitId" = ov."unitId"
          AND i."registrationStatus" = 'ACCEPTED'::"SubmissionStatus"
      ) pair
      WHERE pair."registered" > 0
      GROUP BY ov."fieldId"
    )
    SELECT f."fieldId", f."registered", (f."computed" + coalesce(corr."delta", 0))::int AS "completed",
           coalesce(corr."n", 0)::int AS "overrides"
    FROM f LEFT JOIN corr ON corr."fieldId" = f."fieldId"`;
}

export interface UnitRow {
  unitId: string;
  unitName: string;
  unitStatus: UnitStatus;
  registered: number;
  completed: number;
  rate: number | null;
  overrides: number;
  reportStatus: SubmissionStatus | null;
  reported: boolean;
  isLate: boolean;
  firstSubmittedAt: Date | null;
}

/**
 * Participating units with their sums and their report of the phase, in the plan's unit order.
 * `page` limits the units (and the initiatives counted) to one page; without it, every unit
 * (the snapshot, the print view and the export).
 */
export async function unitRows(client: Client, campaignId: string, phase: ReportPhase, page?: { limit: number; offset: number }): Promise<UnitRow[]> {
  const limit = page ? Prisma.sql`LIMIT ${page.limit} OFFSET ${page.offset}` : Prisma.empty;
  const onlyPage = page ? Prisma.sql`AND i."unitId" IN (SELECT "id" FROM pg)` : Prisma.empty;
  const raw = await client.$queryRaw<(Omit<UnitRow, "rate" | "reported" | "firstSubmittedAt"> & { firstSubmittedAt: Date | string | null })[]>`
    WITH pg AS (
      SELECT u."id", u."name", u."status", u."sortOrder"
      FROM "CampaignUnit" cu JOIN "Unit" u ON u."id" = cu."unitId"
      WHERE cu."campaignId" = ${campaignId}
      ORDER BY u."sortOrder", u."name", u."id"
      ${limit}
    ),
    uf AS (${unitFieldCounts(campaignId, phase, onlyPage)}),
    ov AS (${overrides(campaignId, phase)}),
    per AS (
      SELECT uf."unitId", sum(uf."registered")::int AS "registered",
             sum(coalesce(ov."override", uf."computed"))::int AS "completed",
             count(ov."override")::int AS "overrides"
      FROM uf LEFT JOIN ov ON ov."unitId" = uf."unitId" AND ov."fieldId" = uf."fieldId"
      GROUP BY uf."unitId"
    )
    SELECT pg."id" AS "unitId", pg."name" AS "unitName", pg."status"::text AS "unitStatus",
           coalesce(per."registered", 0)::int AS "registered", coalesce(per."completed", 0)::int AS "completed",
           coalesce(per."overrides", 0)::int AS "overrides",
           rp."status"::text AS "reportStatus", coalesce(rp."isLate", false) AS "isLate", rp."firstSubmittedAt"
    FROM pg
    LEFT JOIN per ON per."unitId" = pg."id"
    LEFT JOIN "Report" rp ON rp."campaignId" = ${campaignId} AND rp."unitId" = pg."id" AND rp."phase" = ${phase}::"ReportPhase"
    ORDER BY pg."sortOrder", pg."name", pg."id"`;
  return raw.map((r) => {
    const firstSubmittedAt = r.firstSubmittedAt ? new Date(r.firstSubmittedAt) : null;
    return { ...r, rate: completionRate(r.registered, r.completed), reported: !!firstSubmittedAt, firstSubmittedAt, isLate: !!firstSubmittedAt && r.isLate };
  });
}

export interface ReportingCounts {
  units: number;
  reported: number;
  late: number;
  missing: number;
}

/** How many participating units reported the phase (submitted at least once), late, or not at all. */
export async function reportingCounts(client: Client, campaignId: string, phase: ReportPhase): Promise<ReportingCounts> {
  const [row] = await client.$queryRaw<{ units: number; reported: number; late: number }[]>`
    SELECT count(*)::int AS "units",
           (count(*) FILTER (WHERE rp."firstSubmittedAt" IS NOT NULL))::int AS "reported",
           (count(*) FILTER (WHERE rp."firstSubmittedAt" IS NOT NULL AND rp."isLate"))::int AS "late"
    FROM "CampaignUnit" cu
    LEFT JOIN "Report" rp ON rp."campaignId" = cu."campaignId" AND rp."unitId" = cu."unitId" AND rp."phase" = ${phase}::"ReportPhase"
    WHERE cu."campaignId" = ${campaignId}`;
  const units = row?.units ?? 0;
  const reported = row?.reported ?? 0;
  return { units, reported, late: row?.late ?? 0, missing: units - reported };
}

export interface ReportingUnit {
  unitId: string;
  unitName: string;
  unitStatus: UnitStatus;
  reportStatus: SubmissionStatus | null;
  firstSubmittedAt: Date | null;
}

/** Units that reported late ("late") or have not reported ("missing"), one page or all. */
export async function reportingUnits(
  client: Client,
  campaignId: string,
  phase: ReportPhase,
  which: "late" | "missing",
  page?: { limit: number; offset: number },
): Promise<ReportingUnit[]> {
  const cond =
    which === "late" ? Prisma.sql`rp."firstSubmittedAt" IS NOT NULL AND rp."isLate"` : Prisma.sql`(rp."id" IS NULL OR rp."firstSubmittedAt" IS NULL)`;
  const limit = page ? Prisma.sql`LIMIT ${page.limit} OFFSET ${page.offset}` : Prisma.empty;
  const raw = await client.$queryRaw<(Omit<ReportingUnit, "firstSubmittedAt"> & { firstSubmittedAt: Date | string | null })[]>`
    SELECT u."id" AS "unitId", u."name" AS "unitName", u."status"::text AS "unitStatus",
           rp."status"::text AS "reportStatus", rp."firstSubmittedAt"
    FROM "CampaignUnit" cu
    JOIN "Unit" u ON u."id" = cu."unitId"
    LEFT JOIN "Report" rp ON rp."campaignId" = cu."campaignId" AND rp."unitId" = cu."unitId" AND rp."phase" = ${phase}::"ReportPhase"
    WHERE cu."campaignId" = ${campaignId} AND ${cond}
    ORDER BY u."sortOrder", u."name", u."id"
    ${limit}`;
  return raw.map((r) => ({ ...r, firstSubmittedAt: r.firstSubmittedAt ? new Date(r.firstSubmittedAt) : null }));
}

export type ListKind = "COMPLETED" | "DROPPED";

export interface ListCounts {
  completed: number;
  dropped: number;
  byField: { fieldId: string; completed: number; dropped: number }[];
}

/** Completed and dropped initiatives (of accepted registrations), counted per field. */
export async function listCounts(client: Client, campaignId: string): Promise<ListCounts> {
  const rows = await client.$queryRaw<{ fieldId: string; progress: ListKind; n: number }[]>`
    SELECT i."fieldId", i."progress"::text AS "progress", count(*)::int AS "n"
    FROM "Initiative" i
    WHERE i."campaignId" = ${campaignId} AND i."registrationStatus" = 'ACCEPTED'::"SubmissionStatus"
      AND i."progress" IN ('COMPLETED'::"InitiativeProgress", 'DROPPED'::"InitiativeProgress")
    GROUP BY i."fieldId", i."progress"`;
  const byField = new Map<string, { fieldId: string; completed: number; dropped: number }>();
  for (const r of rows) {
    const acc = byField.get(r.fieldId) ?? { fieldId: r.fieldId, completed: 0, dropped: 0 };
    if (r.progress === "COMPLETED") acc.completed += r.n;
    else acc.dropped += r.n;
    byField.set(r.fieldId, acc);
  }
  const all = [...byField.values()];
  return { completed: all.reduce((n, r) => n + r.completed, 0), dropped: all.reduce((n, r) => n + r.dropped, 0), byField: all };
}

export interface ListRow {
  id: string;
  content: string;
  type: InitiativeType;
  unitId: string;
  unitName: string;
  fieldId: string;
  fieldName: string;
  fieldOrder: number;
  completedOn: string | null; // yyyy-MM-dd
  droppedReason: string | null;
}

/** One page of the completed or dropped initiatives, optionally of one field. */
export async function listPage(
  client: Client,
  campaignId: string,
  kind: ListKind,
  fieldId: string | undefined,
  page: { limit: number; offset: number },
): Promise<ListRow[]> {
  return client.$queryRaw<ListRow[]>(listPageSql(campaignId, kind, fieldId, page));
}

/** The statement of listPage (its plan is checked by the integration tests). */
export function listPageSql(campaignId: string, kind: ListKind, fieldId: string | undefined, page: { limit: number; offset: number }): Prisma.Sql {
  const field = fieldId ? Prisma.sql`AND i."fieldId" = ${fieldId}` : Prisma.empty;
  // The newest completion first within a field, then the unit's name: the order of an index
  // (schema.prisma), so a page does not sort every completed initiative of the campaign. A completed
  // initiative always has its date (lib/progress/schemas.ts); one without would come first in its field.
  const order = kind === "COMPLETED" ? Prisma.sql`i."completedOn" DESC,` : Prisma.empty;
  return Prisma.sql`
    SELECT i."id", i."content", i."type"::text AS "type", i."unitId", u."name" AS "unitName",
           i."fieldId", f."name" AS "fieldName", f."sortOrder" AS "fieldOrder",
           to_char(i."completedOn", 'YYYY-MM-DD') AS "completedOn", i."droppedReason"
    FROM "Initiative" i
    JOIN "ReformField" f ON f."id" = i."fieldId"
    JOIN "Unit" u ON u."id" = i."unitId"
    WHERE i."campaignId" = ${campaignId} AND i."registrationStatus" = 'ACCEPTED'::"SubmissionStatus"
      AND i."progress" = ${kind}::"InitiativeProgress" ${field}
    ORDER BY i."fieldOrder", ${order} i."unitName", i."id"
    LIMIT ${page.limit} OFFSET ${page.offset}`;
}
