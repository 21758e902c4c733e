import "server-only";
import { scopesFor } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Awards across years: what a unit and its people received (AWARDED proposals of every campaign),
 * and what the signed-in person received as a nominee. Grouped by the campaign's year (the year of
 * the emulation movement), newest first; one query per list plus a count, paginated.
 */

export const HISTORY_PAGE_SIZE = 25;

const awardSelect = {
  id: true,
  nomineeType: true,
  nomineeName: true,
  nomineeDetail: true,
  certificateNo: true,
  unit: { select: { name: true } },
  awardForm: { select: { name: true, organisationUnit: { select: { name: true } } } },
  campaign: { select: { id: true, year: true, documentNumber: true, title: true } },
  decision: { select: { id: true, number: true, signedOn: true, organisationUnit: { select: { name: true } } } },
} satisfies Prisma.AwardProposalSelect;

export type AwardRow = Prisma.AwardProposalGetPayload<{ select: typeof awardSelect }>;

export interface YearGroup {
  year: number;
  rows: AwardRow[];
}

function groupByYear(rows: AwardRow[]): YearGroup[] {
  const out: YearGroup[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last.year === r.campaign.year) last.rows.push(r);
    else out.push({ year: r.campaign.year, rows: [r] });
  }
  return out;
}

const ORDER: Prisma.AwardProposalOrderByWithRelationInput[] = [
  { campaign: { year: "desc" } },
  { decision: { signedOn: "desc" } },
  { decisionId: "asc" },
  { certificateNo: "asc" },
  { id: "asc" },
];

async function listAwards(where: Prisma.AwardProposalWhereInput, year: number | null, page: number) {
  const db = await getDb();
  const filtered: Prisma.AwardProposalWhereInput = year ? { AND: [where, { campaign: { year } }] } : where;
  const [rows, total, years] = await Promise.all([
    db.awardProposal.findMany({ where: filtered, orderBy: ORDER, skip: (page - 1) * HISTORY_PAGE_SIZE, take: HISTORY_PAGE_SIZE, select: awardSelect }),
    db.awardProposal.count({ where: filtered }),
    db.campaign.findMany({ where: { awardProposals: { some: where } }, distinct: ["year"], orderBy: { year: "desc" }, select: { year: true } }),
  ]);
  return { groups: groupByYear(rows), total, years: years.map((y) => y.year), page, pageSize: HISTORY_PAGE_SIZE, year };
}

/**
 * The units whose awards the user follows on /unit/awards: where they are the unit's head or staff
 * (read:award "own"), as on the unit's home page.
 */
export async function unitsForAwardHistory(user: SessionUser) {
  const ids = [...new Set(scopesFor(user.roles, "read:award").filter((s) => s.scope === "own").map((s) => s.unitId))];
  if (!ids.length) return [];
  const db = await getDb();
  return db.unit.findMany({ where: { id: { in: ids } }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } });
}

/** The unit's awards: it as a collective nominee, its people as individuals, and whom it proposed. */
export function unitAwardsWhere(unitId: string): Prisma.AwardProposalWhereInput {
  return {
    status: "AWARDED",
    OR: [{ nomineeUnitId: unitId }, { nomineeUser: { unitId } }, { unitId }],
  };
}

/** "/unit/awards": null when the user is not the head or staff of the unit asked for. */
export async function getUnitAwards(user: SessionUser, opts: { unitId?: string; year: number | null; page: number }) {
  const units = await unitsForAwardHistory(user);
  if (!units.length) return { units, unit: null, list: null };
  const unit = opts.unitId ? units.find((u) => u.id === opts.unitId) : units[0];
  if (!unit) return null;
  return { units, unit, list: await listAwards(unitAwardsWhere(unit.id), opts.year, opts.page) };
}

/** "/account/awards": the signed-in person's awards as a nominee. */
export async function getMyAwards(user: SessionUser, opts: { year: number | null; page: number }) {
  return listAwards({ status: "AWARDED", nomineeUserId: user.id }, opts.year, opts.page);
}

export function parseYear(value: string | string[] | undefined): number | null {
  const n = Number.parseInt(Array.isArray(value) ? value[0] : (value ?? ""), 10);
  return Number.isFinite(n) && n >= 2000 && n <= 2100 ? n : null;
}
