import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db/client";

/** A milestone as the campaign's pages read it (compliance, timeline). */
export const CAMPAIGN_MILESTONE_SELECT = {
  id: true,
  kind: true,
  name: true,
  deliverable: true,
  responsibleRole: true,
  dueAt: true,
  hardCutoffAt: true,
  opensAt: true,
  sortOrder: true,
} as const;

/**
 * A campaign's own facts: what the campaign layout's header and the pages below it (the consolidated
 * list, compliance, …) read of the campaign itself, with its issuing unit, its parent and its milestones.
 *
 * One statement per request: cached for the request (React `cache`), so the layout and the page share it
 * instead of reading the campaign twice. It decides nothing: each caller checks the user's rights on the
 * issuing unit it returns. Null when the campaign does not exist.
 */
export const loadCampaignBase = cache(async (campaignId: string) => {
  const db = await getDb();
  return db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      documentNumber: true,
      title: true,
      year: true,
      status: true,
      issuedOn: true,
      parentCampaignId: true,
      issuingUnit: { select: { id: true, path: true, name: true, status: true } },
      parentCampaign: {
        select: {
          id: true,
          documentNumber: true,
          title: true,
          issuingUnit: { select: { id: true, name: true, kind: true } },
          receivingUnit: { select: { id: true, name: true } },
        },
      },
      milestones: { select: CAMPAIGN_MILESTONE_SELECT, orderBy: [{ dueAt: "asc" }, { sortOrder: "asc" }] },
    },
  });
});
