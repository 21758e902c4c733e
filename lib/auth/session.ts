import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { DomainError, MESSAGES } from "@/lib/actions/result";
import { authOptions } from "./options";
import type { ScopedRole } from "./roles";
import { touchUserSession } from "./user-session";

export interface SessionUser {
  id: string;
  username: string;
  fullName: string;
  unitId: string;
  unitName: string;
  unitPath: string;
  mustChangePassword: boolean;
  roles: (ScopedRole & { unitName: string })[];
}

/**
 * The signed-in user, re-read from the database on every request: a deactivated account or a
 * changed password (sessionVersion) ends older sessions at once, on every app server.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions)) as { uid?: string; sv?: number; sid?: string } | null;
  // A cookie without a server-side session (signed out, or issued before sessions were kept) is no session.
  if (!session?.uid || !session.sid) return null;
  return loadSessionUser(session.uid, session.sv ?? -1, session.sid);
});

/**
 * The user behind a session: active, same sessionVersion, and (when `sessionId` is given) with that
 * server-side session still open. One query.
 */
export async function loadSessionUser(userId: string, sessionVersion?: number, sessionId?: string): Promise<SessionUser | null> {
  const db = await getDb();
  const now = new Date();
  const user = await db.user.findUnique({
    where: { id: userId },
    include: {
      unit: true,
      roles: { include: { unit: true } },
      sessions: { where: { id: sessionId ?? "", expiresAt: { gt: now } }, select: { id: true, expiresAt: true } },
    },
  });
  if (!user || !user.active) return null;
  if (sessionVersion !== undefined && sessionVersion !== user.sessionVersion) return null;
  if (sessionId !== undefined) {
    const open = user.sessions[0];
    if (!open) return null;
    await touchUserSession(open.id, open.expiresAt, now);
  }
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    unitId: user.unitId,
    unitName: user.unit.name,
    unitPath: user.unit.path,
    mustChangePassword: user.mustChangePassword,
    roles: user.roles.map((r) => ({ role: r.role as Role, unitId: r.unitId, unitPath: r.unit.path, unitName: r.unit.name })),
  };
}

/** For pages: the user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** For server actions: the user, or an UNAUTHENTICATED error. */
export async function requireActionUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new DomainError("UNAUTHENTICATED", MESSAGES.UNAUTHENTICATED);
  return user;
}
