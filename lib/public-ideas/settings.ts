import "server-only";
import { conflictError, notFoundError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";

/**
 * Whether a campaign shows on the public pages and takes ideas from citizens and businesses: the office
 * that manages the campaign (`manage:campaign` on its issuing unit). Taking ideas implies being public.
 */
export async function setCampaignPublicity(actor: SessionUser, input: { campaignId: string; lockVersion: number; isPublic: boolean; acceptsPublicIdeas: boolean }) {
  const db = await getDb();
  const c = await db.campaign.findUnique({
    where: { id: input.campaignId },
    select: { id: true, documentNumber: true, isPublic: true, acceptsPublicIdeas: true, lockVersion: true, issuingUnit: { select: { id: true, path: true } } },
  });
  if (!c || !can(actor.roles, "manage:campaign", c.issuingUnit)) throw notFoundError();
  if (c.lockVersion !== input.lockVersion) throw conflictError();
  const next = { isPublic: input.isPublic, acceptsPublicIdeas: input.isPublic && input.acceptsPublicIdeas };
  return inTransaction(async (tx) => {
    const res = await tx.campaign.updateMany({ where: { id: c.id, lockVersion: c.lockVersion }, data: { ...next, lockVersion: { increment: 1 } } });
    if (res.count === 0) throw conflictError();
    await writeAudit(tx, actor.id, {
      action: "campaign.publicity",
      entityType: "Campaign",
      entityId: c.id,
      unitId: c.issuingUnit.id,
      campaignId: c.id,
      before: { isPublic: c.isPublic, acceptsPublicIdeas: c.acceptsPublicIdeas },
      after: next,
      summary: `${next.isPublic ? "Công khai" : "Không công khai"} kế hoạch ${c.documentNumber} trên cổng${next.acceptsPublicIdeas ? ", nhận hiến kế của người dân, doanh nghiệp" : ""}`,
    });
    return next;
  });
}
