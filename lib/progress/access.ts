import "server-only";
import { can, type ScopedRole, type UnitRef } from "@/lib/auth/roles";
import type { Db, Tx } from "@/lib/db/client";
import { progressOpenFor } from "./rules";

type Actor = { roles: readonly ScopedRole[] };

/** Forwarding chains are short (ward → department → City); this bounds a corrupt cycle. */
export const MAX_CHAIN_DEPTH = 12;

/**
 * Read access to a record of `unit` in a campaign issued by `issuer`: the unit's own people
 * (read:registration / read:report "own"), the offices above it (subtree), or the campaign's office,
 * leadership, steering committee, emulation office (read on the campaign's ISSUING unit).
 */
export function canReadUnitRecord(actor: Actor, unit: UnitRef, issuer: UnitRef): boolean {
  return (
    can(actor.roles, "read:registration", unit) ||
    can(actor.roles, "read:report", unit) ||
    can(actor.roles, "read:registration", issuer) ||
    can(actor.roles, "read:report", issuer)
  );
}

/**
 * True when the actor may read some initiative FORWARDED from `initiativeId` (at any depth up the
 * campaign chain): the parent campaign's office sees the origin's evidence and progress through the
 * copy it received. One query per level.
 */
export async function canReadThroughForwards(db: Db | Tx, actor: Actor, initiativeId: string): Promise<boolean> {
  let frontier = [initiativeId];
  const seen = new Set(frontier);
  for (let depth = 0; depth < MAX_CHAIN_DEPTH && frontier.length > 0; depth++) {
    const copies = await db.initiative.findMany({
      where: { forwardedFromId: { in: frontier } },
      select: {
        id: true,
        unit: { select: { id: true, path: true } },
        campaign: { select: { issuingUnit: { select: { id: true, path: true } } } },
      },
    });
    for (const c of copies) if (canReadUnitRecord(actor, c.unit, c.campaign.issuingUnit)) return true;
    frontier = copies.map((c) => c.id).filter((id) => !seen.has(id));
    frontier.forEach((id) => seen.add(id));
  }
  return false;
}

/** The ids of an initiative's chain DOWN to its origin: [itself, the one it was forwarded from, ...]. */
export async function chainDownToOrigin(db: Db | Tx, initiative: { id: string; forwardedFromId: string | null }): Promise<string[]> {
  const ids = [initiative.id];
  let next = initiative.forwardedFromId;
  while (next && !ids.includes(next) && ids.length <= MAX_CHAIN_DEPTH) {
    ids.push(next);
    const row = await db.initiative.findUnique({ where: { id: next }, select: { forwardedFromId: true } });
    next = row?.forwardedFromId ?? null;
  }
  return ids;
}

export const initiativeAccessSelect = {
  id: true,
  unitId: true,
  campaignId: true,
  forwardedFromId: true,
  updatedAt: true,
  unit: { select: { id: true, path: true, name: true } },
  registration: { select: { id: true, status: true, firstSubmittedAt: true, kind: true } },
  campaign: { select: { id: true, status: true, startsOn: true, issuingUnit: { select: { id: true, path: true } } } },
} as const;

export interface InitiativeAccessRow {
  id: string;
  forwardedFromId: string | null;
  unit: UnitRef;
  registration: { status: Parameters<typeof progressOpenFor>[0]["status"]; firstSubmittedAt: Date | null };
  campaign: { status: string; issuingUnit: UnitRef };
}

/** The unit's own people may see their rows even before the form was submitted. */
export function isUnitMember(actor: Actor, unit: UnitRef): boolean {
  return can(actor.roles, "edit:registration", unit) || can(actor.roles, "edit:progress", unit);
}

/**
 * Whether the actor may read an initiative: its unit's people always; others (offices, leadership,
 * the parent campaign's office through a forwarded copy) only once its form has been submitted.
 */
export async function canReadInitiative(db: Db | Tx, actor: Actor, ini: InitiativeAccessRow): Promise<boolean> {
  if (isUnitMember(actor, ini.unit)) return true;
  if (!progressOpenFor(ini.registration)) return false;
  if (canReadUnitRecord(actor, ini.unit, ini.campaign.issuingUnit)) return true;
  return canReadThroughForwards(db, actor, ini.id);
}

/** Why the actor may not edit this initiative's progress and evidence (null: they may). Permission is checked separately. */
export function progressEditProblem(ini: InitiativeAccessRow): "FORWARDED" | "NOT_SUBMITTED" | "CAMPAIGN_CLOSED" | null {
  if (ini.forwardedFromId) return "FORWARDED";
  if (!progressOpenFor(ini.registration)) return "NOT_SUBMITTED";
  if (ini.campaign.status !== "PUBLISHED") return "CAMPAIGN_CLOSED";
  return null;
}

export function canEditProgress(actor: Actor, ini: InitiativeAccessRow): boolean {
  return can(actor.roles, "edit:progress", ini.unit) && progressEditProblem(ini) === null;
}
