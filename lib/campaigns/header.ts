import "server-only";
import { cache } from "react";
import type { SessionUser } from "@/lib/auth/session";
import { loadCampaignBase } from "./base";
import { campaignTabsFor, type CampaignTab } from "./navigation";

export interface CampaignHeader {
  id: string;
  documentNumber: string;
  title: string;
  status: import("@/lib/generated/prisma/enums").CampaignStatus;
  issuingUnitName: string;
  tabs: CampaignTab[];
}

/**
 * What the campaign layout shows above every page of one campaign: its number, title and status, and
 * the tabs this user may open. Null when the user may open none of them (the page then answers not
 * found on its own: the layout never decides access). The campaign read is the one the page shares
 * (loadCampaignBase).
 */
export const getCampaignHeader = cache(async (user: SessionUser, campaignId: string): Promise<CampaignHeader | null> => {
  const c = await loadCampaignBase(campaignId);
  if (!c) return null;
  const tabs = campaignTabsFor(user.roles, c);
  if (!tabs.length) return null;
  return { id: c.id, documentNumber: c.documentNumber, title: c.title, status: c.status, issuingUnitName: c.issuingUnit.name, tabs };
});
