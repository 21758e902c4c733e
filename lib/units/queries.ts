import "server-only";
import { canAnywhere, scopesFor, type Permission } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { forbiddenError, notFoundError } from "@/lib/actions/result";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sortAsTree } from "./tree";

/** Units (as a Prisma filter) where the user holds `permission`; null = everywhere. */
export function unitScopeFilter(actor: SessionUser, permission: Permission): Prisma.UnitWhereInput | null {
  const scopes = scopesFor(actor.roles, permission);
  if (scopes.some((s) => s.scope === "any")) return null;
  return {
    OR: scopes.map((s) => (s.scope === "own" ? { id: s.unitId } : { path: { startsWith: s.unitPath } })),
  };
}

function requireAdminOf(actor: SessionUser, permission: Permission) {
  if (!canAnywhere(actor.roles, permission)) throw forbiddenError();
  return unitScopeFilter(actor, permission);
}

/** The whole unit tree as an indented list, for the administration page. */
export async function listUnitTree(actor: SessionUser) {
  const scope = requireAdminOf(actor, "manage:unit");
  const db = await getDb();
  const units = await db.unit.findMany({
    where: scope ?? {},
    select: {
      id: true,
      code: true,
      name: true,
      shortName: true,
      documentSymbol: true,
      kind: true,
      status: true,
      parentId: true,
      path: true,
      depth: true,
      sortOrder: true,
      closedAt: true,
      closedReason: true,
      mergedInto: { select: { id: true, name: true } },
      _count: { select: { users: true, children: true } },
    },
  });
  return sortAsTree(units);
}
export type UnitTreeRow = Awaited<ReturnType<typeof listUnitTree>>[number];

/** One unit with what the administration panel shows about it. */
export async function getUnitForAdmin(actor: SessionUser, id: string) {
  const scope = requireAdminOf(actor, "manage:unit");
  const db = await getDb();
  const unit = await db.unit.findFirst({
    where: { AND: [{ id }, scope ?? {}] },
    include: {
      parent: { select: { id: true, name: true, status: true } },
      mergedInto: { select: { id: true, name: true } },
      mergedFrom: { select: { id: true, name: true } },
      _count: { select: { users: true, roleAssignments: true, children: true, registrations: true, issuedCampaigns: true } },
    },
  });
  if (!unit) throw notFoundError();
  const activeChildren = await db.unit.count({ where: { parentId: id, status: "ACTIVE" } });
  return { ...unit, activeChildren };
}

export interface UnitOption {
  id: string;
  label: string;
  path: string;
  level: number;
}

/**
 * Active units for select boxes (parent, merge target, home unit, role unit), indented by level.
 * Closed units are never offered: nothing new may be attached to them.
 */
export async function listActiveUnitOptions(actor: SessionUser): Promise<UnitOption[]> {
  return unitOptions(actor, false);
}

/** Every unit, closed ones marked, for filters over past records. */
export async function listAllUnitOptions(actor: SessionUser): Promise<UnitOption[]> {
  return unitOptions(actor, true);
}

async function unitOptions(actor: SessionUser, includeClosed: boolean): Promise<UnitOption[]> {
  if (!canAnywhere(actor.roles, "manage:unit") && !canAnywhere(actor.roles, "manage:user")) throw forbiddenError();
  const db = await getDb();
  const units = await db.unit.findMany({
    where: includeClosed ? {} : { status: "ACTIVE" },
    select: { id: true, name: true, parentId: true, sortOrder: true, path: true, status: true },
  });
  return sortAsTree(units).map((u) => ({
    id: u.id,
    path: u.path,
    level: u.level,
    // Non-breaking spaces: <option> text keeps them, so the select shows the tree's indentation.
    label: `${"\u00a0\u00a0\u00a0".repeat(u.level)}${u.name}${u.status === "CLOSED" ? " (đã giải thể)" : ""}`,
  }));
}
