import "server-only";
import { can, type Permission } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { loadCampaignBase } from "@/lib/campaigns/base";

/**
 * The campaign with its issuing unit read from the database, or null when it does not exist or the
 * user lacks `permission` on the ISSUING unit (both look the same to the caller: not found).
 */
export async function campaignFor(actor: Pick<SessionUser, "roles">, campaignId: string, permission: Permission) {
  // The campaign as the layout read it in this request (one statement for both).
  const c = await loadCampaignBase(campaignId);
  if (!c || !can(actor.roles, permission, c.issuingUnit)) return null;
  const campaign = {
    id: c.id,
    documentNumber: c.documentNumber,
    title: c.title,
    year: c.year,
    status: c.status,
    issuedOn: c.issuedOn,
    issuingUnit: { id: c.issuingUnit.id, path: c.issuingUnit.path, name: c.issuingUnit.name },
    parentCampaign: c.parentCampaign,
  };
  return { ...campaign, sendUpTo: sendUpTo(campaign.parentCampaign) };
}

/**
 * Who receives what this campaign sends up (the list of typical initiatives, the forwarded
 * registration, the summary reports): the parent campaign's receiving unit ("Cơ quan nhận báo cáo,
 * đăng ký", e.g. Sở Nội vụ for the City's plan 1018/KH-UBND), else the parent's issuing unit.
 * Null when the campaign has no parent campaign.
 */
export function sendUpTo(parent: { issuingUnit: { name: string }; receivingUnit: { name: string } | null } | null): string | null {
  if (!parent) return null;
  return parent.receivingUnit?.name ?? parent.issuingUnit.name;
}

export type CampaignForConsolidation = NonNullable<Awaited<ReturnType<typeof campaignFor>>>;

/** What the user may do on this campaign's consolidation pages (computed from the issuing unit). */
export function consolidationRights(actor: Pick<SessionUser, "roles">, campaign: CampaignForConsolidation) {
  return {
    canReview: can(actor.roles, "review:registration", campaign.issuingUnit),
    canSelect: can(actor.roles, "select:initiative", campaign.issuingUnit),
  };
}
