import "server-only";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import type { Db, Tx } from "@/lib/db/client";

/** Milestones whose deliverable a unit answers for: the only ones an extension applies to. */
export const UNIT_ROLES = ["UNIT_HEAD", "UNIT_STAFF"] as const;

/**
 * The campaign when the actor is the CCHC office of its ISSUING unit ("review:registration" or
 * "manage:campaign" there, read from the database); null otherwise (shown as not found).
 */
export async function campaignForExtensions(db: Db | Tx, actor: Pick<SessionUser, "roles">, campaignId: string) {
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: { id: true, documentNumber: true, title: true, year: true, status: true, issuingUnit: { select: { id: true, path: true, name: true } } },
  });
  if (!campaign) return null;
  if (!can(actor.roles, "review:registration", campaign.issuingUnit) && !can(actor.roles, "manage:campaign", campaign.issuingUnit)) return null;
  return campaign;
}
