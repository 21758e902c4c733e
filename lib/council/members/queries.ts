import "server-only";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { organisationsFor, pickOrganisation, type Organisation } from "@/lib/awards/forms/queries";
import { getDb } from "@/lib/db/client";
import type { CouncilPosition } from "@/lib/generated/prisma/enums";
import type { CouncilListFilter } from "./schemas";

export const COUNCIL_PAGE_SIZE = 50;
/** Candidates offered in the searchable list (the organisation's active users, members excluded). */
export const CANDIDATE_LIMIT = 2000;

export interface CouncilMemberRow {
  id: string;
  userId: string;
  fullName: string;
  username: string;
  jobTitle: string | null;
  unitName: string;
  userActive: boolean;
  position: CouncilPosition;
  active: boolean;
  sortOrder: number;
}

export interface CouncilCandidate {
  id: string;
  fullName: string;
  username: string;
  jobTitle: string | null;
  unitName: string;
}

/**
 * Organisations whose council the user sees: those they manage (the standing office) and, read-only,
 * those whose awards they decide (the head of the agency chairs the council).
 */
export async function councilOrganisationsFor(user: SessionUser): Promise<(Organisation & { canManage: boolean })[]> {
  const managed = await organisationsFor(user, "manage:council");
  const decided = await organisationsFor(user, "decide:award");
  const out = managed.map((o) => ({ ...o, canManage: true }));
  for (const o of decided) if (!out.some((m) => m.id === o.id)) out.push({ ...o, canManage: false });
  return out;
}

/** The member list of one organisation (active first, then by order), and who can still be added. */
export async function getCouncilPage(user: SessionUser, filter: CouncilListFilter) {
  const organisations = await councilOrganisationsFor(user);
  const org = pickOrganisation(organisations, filter.org || undefined) as (Organisation & { canManage: boolean }) | null;
  const page = filter.page;
  const empty = { organisations, org, rows: [] as CouncilMemberRow[], total: 0, activeCount: 0, page, pageSize: COUNCIL_PAGE_SIZE, candidates: [] as CouncilCandidate[], candidatesTruncated: false };
  if (!org) return empty;
  const canManage = can(user.roles, "manage:council", org);
  if (!canManage && !can(user.roles, "decide:award", org)) return empty;
  const db = await getDb();
  const where = { organisationUnitId: org.id };
  const [total, activeCount, members] = await Promise.all([
    db.councilMember.count({ where }),
    db.councilMember.count({ where: { ...where, active: true } }),
    db.councilMember.findMany({
      where,
      orderBy: [{ active: "desc" }, { sortOrder: "asc" }, { id: "asc" }],
      skip: (page - 1) * COUNCIL_PAGE_SIZE,
      take: COUNCIL_PAGE_SIZE,
      select: {
        id: true,
        position: true,
        active: true,
        sortOrder: true,
        user: { select: { id: true, fullName: true, username: true, jobTitle: true, active: true, unit: { select: { name: true } } } },
      },
    }),
  ]);
  const rows: CouncilMemberRow[] = members.map((m) => ({
    id: m.id,
    userId: m.user.id,
    fullName: m.user.fullName,
    username: m.user.username,
    jobTitle: m.user.jobTitle,
    unitName: m.user.unit.name,
    userActive: m.user.active,
    position: m.position,
    active: m.active,
    sortOrder: m.sortOrder,
  }));
  let candidates: CouncilCandidate[] = [];
  let candidatesTruncated = false;
  if (canManage) {
    const found = await db.user.findMany({
      where: {
        active: true,
        unit: { path: { startsWith: org.path } },
        councilMemberships: { none: { organisationUnitId: org.id, active: true } },
      },
      orderBy: [{ unit: { depth: "asc" } }, { unit: { sortOrder: "asc" } }, { fullName: "asc" }],
      take: CANDIDATE_LIMIT + 1,
      select: { id: true, fullName: true, username: true, jobTitle: true, unit: { select: { name: true } } },
    });
    candidatesTruncated = found.length > CANDIDATE_LIMIT;
    candidates = found.slice(0, CANDIDATE_LIMIT).map((u) => ({ id: u.id, fullName: u.fullName, username: u.username, jobTitle: u.jobTitle, unitName: u.unit.name }));
  }
  return { organisations, org: { ...org, canManage }, rows, total, activeCount, page, pageSize: COUNCIL_PAGE_SIZE, candidates, candidatesTruncated };
}

/** For the hub: active members per organisation. */
export async function councilCounts(orgIds: string[]) {
  if (orgIds.length === 0) return new Map<string, number>();
  const db = await getDb();
  const groups = await db.councilMember.groupBy({ by: ["organisationUnitId"], where: { organisationUnitId: { in: orgIds }, active: true }, _count: { _all: true } });
  return new Map(groups.map((g) => [g.organisationUnitId, g._count._all]));
}
