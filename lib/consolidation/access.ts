import "server-only";
import { can, type Permission } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";

/**
 * The campaign with its issuing unit read from the database, or null when it does not exist or the
 * user lacks `permission` on the ISSUING unit (both look the same to the caller: not found).
 */
export async function campaignFor(actor: Pick<SessionUser, "roles">, campaignId: string, permission: Permission) {
  const db = await getDb();
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      documentNumber: true,
      title: true,
      year: true,
      status: true,
      issuedOn: true,
      issuingUnit: { select: { id: true, path: true, name: true } },
      parentCampaign: { select: { id: true, documentNumber: true, title: true, issuingUnit: { select: { id: true, name: true, kind: true } } } },
    },
  });
  if (!campaign || !can(actor.roles, permission, campaign.issuingUnit)) return null;
  return { ...campaign, sendUpTo: await sendUpTo(campaign.parentCampaign?.issuingUnit ?? null) };
}

/**
 * Who receives the list of typical initiatives: the parent campaign's issuing unit; for a plan of the
 * City People's Committee, its Sở Nội vụ, which collects the registrations for the City (plan 1128:
 * "gửi đăng ký về Sở Nội vụ"). Null when the campaign has no parent campaign.
 */
async function sendUpTo(parentIssuer: { id: string; name: string; kind: string } | null): Promise<string | null> {
  if (!parentIssuer) return null;
  if (parentIssuer.kind !== "CITY") return parentIssuer.name;
  const db = await getDb();
  const home = await db.unit.findFirst({
    where: { parentId: parentIssuer.id, status: "ACTIVE", name: { equals: HOME_AFFAIRS, mode: "insensitive" } },
    select: { name: true },
  });
  return home?.name ?? parentIssuer.name;
}

const HOME_AFFAIRS = "Sở Nội vụ";

export type CampaignForConsolidation = NonNullable<Awaited<ReturnType<typeof campaignFor>>>;

/** What the user may do on this campaign's consolidation pages (computed from the issuing unit). */
export function consolidationRights(actor: Pick<SessionUser, "roles">, campaign: CampaignForConsolidation) {
  return {
    canReview: can(actor.roles, "review:registration", campaign.issuingUnit),
    canSelect: can(actor.roles, "select:initiative", campaign.issuingUnit),
  };
}
