import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportPhase, SubmissionStatus, UnitStatus } from "@/lib/generated/prisma/enums";
import { vnDayNumber } from "@/lib/time/vn";
import { STATUS_RANK, type StandingCounts } from "./rules";

/**
 * The units' standings against the milestones every participating unit hands in (Mẫu 1, the units'
 * report of a phase), computed by the database: a city has ~2,000 units per milestone, and reading them
 * all to count them cost the compliance page most of its CPU (rows, dates and garbage for 50 shown).
 *
 * The SQL states the rules of `unitStanding` (lib/compliance/rules.ts) once more; the integration test
 * `compliance-sql.test.ts` holds the two equal on both databases, at the boundaries (submitted at the
 * due instant, the day after, extensions, revoked ones). Those rules stay the reference.
 */

export interface UnitMilestone {
  id: string;
  dueAt: Date;
  /** The report phase of a units' report milestone; null for the registration (Mẫu 1). */
  phase: ReportPhase | null;
}

/** One unit's place in the worst-first order: rank (STATUS_RANK), days late or overdue, name. */
export interface RankedUnit {
  unitId: string;
  name: string;
  rank: number;
  days: number;
}

/**
 * Every (milestone, participating unit) pair with its effective deadline (the newest extension not
 * revoked, else the milestone's) and its first submission, then its standing: `rank` as STATUS_RANK
 * (overdue 0, late 1, pending 2, on time 3) and `days` as UnitStanding.daysLate.
 */
function standingsCte(campaignId: string, milestones: readonly UnitMilestone[], now: Date) {
  // One SELECT per milestone, joined to its own deliverable only (the Mẫu 1, or the report of its phase).
  const pairs = milestones.map(
    (m) => Prisma.sql`
      SELECT ${m.id}::text AS mid, cu."unitId", COALESCE(ext."dueAt", ${m.dueAt.toISOString()}::timestamptz) AS due, rec."firstSubmittedAt" AS sub
      FROM "CampaignUnit" cu
      LEFT JOIN ext ON ext.mid = ${m.id} AND ext."unitId" = cu."unitId"
      LEFT JOIN ${
        m.phase
          ? Prisma.sql`"Report" rec ON rec."campaignId" = cu."campaignId" AND rec."unitId" = cu."unitId" AND rec."phase"::text = ${m.phase}`
          : Prisma.sql`"Registration" rec ON rec."campaignId" = cu."campaignId" AND rec."unitId" = cu."unitId" AND rec."kind" = 'UNIT' AND rec."ownerKey" = 'UNIT'`
      }
      WHERE cu."campaignId" = ${campaignId}`,
  );
  return Prisma.sql`
    WITH ext AS (
      SELECT DISTINCT ON (e."milestoneId", e."unitId") e."milestoneId" AS mid, e."unitId", e."dueAt"
      FROM "MilestoneExtension" e
      WHERE e."milestoneId" = ANY(${milestones.map((m) => m.id)}::text[]) AND e."revokedAt" IS NULL
      ORDER BY e."milestoneId", e."unitId", e."createdAt" DESC
    ),
    pairs AS (${Prisma.join(pairs, " UNION ALL ")}),
    st AS (
      SELECT mid, "unitId",
        CASE WHEN sub IS NOT NULL THEN CASE WHEN sub < due THEN ${STATUS_RANK.ON_TIME} ELSE ${STATUS_RANK.LATE} END
             WHEN ${now.toISOString()}::timestamptz >= due THEN ${STATUS_RANK.OVERDUE}
             ELSE ${STATUS_RANK.PENDING} END AS rank,
        -- daysLate: whole days from the due instant to the first submission, rounded up, at least 1 once
        -- late; overdue: Vietnam calendar days from the due day to today, at least 1 (daysOverdue).
        CASE WHEN sub IS NOT NULL THEN
               CASE WHEN sub < due THEN 0 ELSE GREATEST(1, CEIL((EXTRACT(EPOCH FROM sub) - EXTRACT(EPOCH FROM due)) / 86400))::int END
             WHEN ${now.toISOString()}::timestamptz >= due THEN
               GREATEST(1, ${vnDayNumber(now)}::int - ((due AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - DATE '1970-01-01'))
             ELSE 0 END AS days
      FROM pairs
    )`;
}

/** The page of one milestone's units in the worst-first order: positions [start, end). */
export interface StandingsWindow {
  milestone: UnitMilestone;
  /** Every unit but the ones on time ("chỉ đơn vị trễ / chưa nộp"). */
  problemsOnly: boolean;
  start: number;
  end: number;
}

const NO_COUNTS: StandingCounts = { onTime: 0, late: 0, pending: 0, overdue: 0, sumLate: 0, maxLate: 0 };

/**
 * In one statement (the standings are computed once for both):
 *
 * - per milestone, how many units stand where, and the days late of the late ones (sum, max);
 * - for `window` (one of `milestones`), the rows [start, end) of its milestone's units in worst-first order, as the runs of
 *   equal standing that overlap them: every unit of those runs (their names not yet in Vietnamese order:
 *   the database's collation is not the Vietnamese one, so `pageByLateness` orders them), in the order
 *   of the standings, with `runStart` the position of the first. A page of 50 reads its runs only, not
 *   the ~2,000 units of a city.
 */
export async function loadStandings(
  campaignId: string,
  milestones: readonly UnitMilestone[],
  now: Date,
  window: StandingsWindow | null,
): Promise<{ counts: Map<string, StandingCounts>; window: { runs: RankedUnit[]; runStart: number } | null }> {
  if (!milestones.length) return { counts: new Map(), window: null };
  const db = await getDb();
  type CountRow = StandingCounts & { mid: string };
  const windowSql = window
    ? Prisma.sql`,
    ordered AS (
      SELECT st."unitId", st.rank, st.days, (row_number() OVER (ORDER BY st.rank, st.days DESC) - 1)::int AS pos
      FROM st
      WHERE st.mid = ${window.milestone.id}${window.problemsOnly ? Prisma.sql` AND st.rank <> ${STATUS_RANK.ON_TIME}` : Prisma.empty}
    ),
    shown AS (SELECT DISTINCT rank, days FROM ordered WHERE pos >= ${window.start} AND pos < ${window.end}),
    win AS (
      SELECT o."unitId", u."name", o.rank, o.days, o.pos
      FROM ordered o JOIN shown USING (rank, days) JOIN "Unit" u ON u."id" = o."unitId"
    )`
    : Prisma.empty;
  const [row] = await db.$queryRaw<{ counts: CountRow[]; win: (RankedUnit & { pos: number })[] | null }[]>`
    ${standingsCte(campaignId, milestones, now)},
    counts AS (
      SELECT mid,
             count(*) FILTER (WHERE rank = ${STATUS_RANK.ON_TIME})::int AS "onTime",
             count(*) FILTER (WHERE rank = ${STATUS_RANK.LATE})::int AS "late",
             count(*) FILTER (WHERE rank = ${STATUS_RANK.PENDING})::int AS "pending",
             count(*) FILTER (WHERE rank = ${STATUS_RANK.OVERDUE})::int AS "overdue",
             COALESCE(sum(days) FILTER (WHERE rank = ${STATUS_RANK.LATE}), 0)::int AS "sumLate",
             COALESCE(max(days) FILTER (WHERE rank = ${STATUS_RANK.LATE}), 0)::int AS "maxLate"
      FROM st GROUP BY mid
    )${windowSql}
    SELECT (SELECT COALESCE(json_agg(counts), '[]'::json) FROM counts) AS "counts",
           ${window ? Prisma.sql`(SELECT COALESCE(json_agg(win ORDER BY win.pos), '[]'::json) FROM win)` : Prisma.sql`NULL::json`} AS "win"`;
  const byId = new Map(row.counts.map((r) => [r.mid, r]));
  // A milestone of a campaign without units has no pair: zero everywhere.
  const counts = new Map(
    milestones.map((m) => {
      const r = byId.get(m.id);
      return [m.id, r ? { onTime: r.onTime, late: r.late, pending: r.pending, overdue: r.overdue, sumLate: r.sumLate, maxLate: r.maxLate } : NO_COUNTS];
    }),
  );
  const win = window && row.win ? { runs: row.win.map(({ pos: _pos, ...r }) => r), runStart: row.win[0]?.pos ?? window.start } : null;
  return { counts, window: win };
}

export interface UnitRowDetail {
  unitId: string;
  unitStatus: UnitStatus;
  recordStatus: SubmissionStatus | null;
  firstSubmittedAt: Date | null;
  dueAt: Date;
  extension: { dueAt: Date; reason: string } | null;
}

/** What the table shows of the page's units (≤ 50): the unit's state, its record, its deadline and extension. */
export async function loadUnitRowDetails(campaignId: string, milestone: UnitMilestone, unitIds: readonly string[]): Promise<Map<string, UnitRowDetail>> {
  if (!unitIds.length) return new Map();
  const db = await getDb();
  const rows = await db.$queryRaw<
    { unitId: string; unitStatus: UnitStatus; recordStatus: SubmissionStatus | null; firstSubmittedAt: Date | null; extDueAt: Date | null; extReason: string | null }[]
  >`
    SELECT u."id" AS "unitId", u."status"::text AS "unitStatus", rec."status" AS "recordStatus", rec."firstSubmittedAt", ext."dueAt" AS "extDueAt", ext."reason" AS "extReason"
    FROM "Unit" u
    LEFT JOIN LATERAL (
      ${
        milestone.phase
          ? Prisma.sql`SELECT p."status"::text AS "status", p."firstSubmittedAt" FROM "Report" p WHERE p."campaignId" = ${campaignId} AND p."unitId" = u."id" AND p."phase"::text = ${milestone.phase}`
          : Prisma.sql`SELECT r."status"::text AS "status", r."firstSubmittedAt" FROM "Registration" r WHERE r."campaignId" = ${campaignId} AND r."unitId" = u."id" AND r."kind" = 'UNIT' AND r."ownerKey" = 'UNIT'`
      }
    ) rec ON true
    LEFT JOIN LATERAL (
      SELECT e."dueAt", e."reason" FROM "MilestoneExtension" e
      WHERE e."milestoneId" = ${milestone.id} AND e."unitId" = u."id" AND e."revokedAt" IS NULL
      ORDER BY e."createdAt" DESC LIMIT 1
    ) ext ON true
    WHERE u."id" = ANY(${[...unitIds]}::text[])`;
  return new Map(
    rows.map((r) => [
      r.unitId,
      {
        unitId: r.unitId,
        unitStatus: r.unitStatus,
        recordStatus: r.recordStatus,
        firstSubmittedAt: r.firstSubmittedAt,
        dueAt: r.extDueAt ?? milestone.dueAt,
        extension: r.extDueAt ? { dueAt: r.extDueAt, reason: r.extReason ?? "" } : null,
      },
    ]),
  );
}
