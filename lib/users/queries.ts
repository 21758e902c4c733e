import "server-only";
import { forbiddenError, notFoundError } from "@/lib/actions/result";
import { canAnywhere } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { unitScopeFilter } from "@/lib/units/queries";
import type { UserListFilter } from "./schemas";

export const USERS_PAGE_SIZE = 25;

/** The account list of the administration page: one page of rows and the total, in one round of two queries. */
export async function listUsers(actor: SessionUser, filter: UserListFilter, page: number) {
  if (!canAnywhere(actor.roles, "manage:user")) throw forbiddenError();
  const scope = unitScopeFilter(actor, "manage:user");
  const db = await getDb();
  const and: Prisma.UserWhereInput[] = [];
  if (scope) and.push({ unit: scope });
  if (filter.q) {
    const q = filter.q;
    and.push({
      OR: [
        { fullName: { contains: q, mode: "insensitive" } },
        { username: { contains: q.toLowerCase() } },
        { email: { contains: q, mode: "insensitive" } },
      ],
    });
  }
  if (filter.unitId) {
    // The unit and the units below it: its people, and people holding a role there.
    const unit = await db.unit.findUnique({ where: { id: filter.unitId }, select: { path: true } });
    const path = unit?.path ?? "/__none__/";
    and.push({ OR: [{ unit: { path: { startsWith: path } } }, { roles: { some: { unit: { path: { startsWith: path } } } } }] });
  }
  if (filter.role) and.push({ roles: { some: { role: filter.role } } });
  if (filter.status === "active") and.push({ active: true });
  if (filter.status === "inactive") and.push({ active: false });
  const where: Prisma.UserWhereInput = and.length ? { AND: and } : {};
  const [rows, total] = await db.$transaction([
    db.user.findMany({
      where,
      orderBy: [{ fullName: "asc" }, { username: "asc" }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true,
        username: true,
        email: true,
        fullName: true,
        jobTitle: true,
        active: true,
        mustChangePassword: true,
        lastLoginAt: true,
        unit: { select: { id: true, name: true, status: true } },
        roles: { select: { id: true, role: true, unit: { select: { id: true, name: true, status: true } } }, orderBy: { createdAt: "asc" } },
      },
    }),
    db.user.count({ where }),
  ]);
  return { rows, total, pageSize: USERS_PAGE_SIZE };
}
export type UserListRow = Awaited<ReturnType<typeof listUsers>>["rows"][number];

/** One account for its administration page (never the password hash). */
export async function getUserForAdmin(actor: SessionUser, id: string) {
  if (!canAnywhere(actor.roles, "manage:user")) throw forbiddenError();
  const scope = unitScopeFilter(actor, "manage:user");
  const db = await getDb();
  const user = await db.user.findFirst({
    where: { AND: [{ id }, scope ? { unit: scope } : {}] },
    select: {
      id: true,
      username: true,
      email: true,
      fullName: true,
      jobTitle: true,
      active: true,
      mustChangePassword: true,
      lastLoginAt: true,
      createdAt: true,
      unitId: true,
      unit: { select: { id: true, name: true, status: true } },
      roles: {
        select: { id: true, role: true, createdAt: true, unit: { select: { id: true, name: true, status: true, closedAt: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!user) throw notFoundError();
  return user;
}
export type AdminUserDetail = Awaited<ReturnType<typeof getUserForAdmin>>;

/** The signed-in user's own account page. */
export async function getOwnAccount(actor: SessionUser) {
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: {
      username: true,
      email: true,
      fullName: true,
      jobTitle: true,
      mustChangePassword: true,
      lastLoginAt: true,
      unit: { select: { name: true, status: true } },
      roles: { select: { id: true, role: true, unit: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!user) throw notFoundError();
  return user;
}
