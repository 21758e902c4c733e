import "server-only";
import { writeAudit } from "@/lib/audit/write";
import { getDb } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { removeStored } from "@/lib/evidence/storage";
import { pruneLimits } from "./rate-limit";
import { UNCONFIRMED_DELETE_DAYS } from "./rules";

/**
 * The daily clean-up of the public side: ideas whose e-mail was never confirmed are deleted with their
 * files and mail after UNCONFIRMED_DELETE_DAYS (an anonymous audit row each says so), and old rate-limit
 * windows are dropped. Idempotent: a second run finds nothing.
 */
export async function purgePublicIdeas(now = new Date()): Promise<{ deleted: number; limitsPruned: number }> {
  const db = await getDb();
  const cutoff = new Date(now.getTime() - UNCONFIRMED_DELETE_DAYS * 86_400_000);
  const stale = await db.publicIdea.findMany({
    where: { email: { not: null }, emailConfirmedAt: null, status: "RECEIVED", createdAt: { lt: cutoff } },
    select: { id: true, campaignId: true, attachments: { select: { storageKey: true } } },
    take: 1000,
  });
  for (const idea of stale) {
    const deleted = await inTransaction(async (tx) => {
      const res = await tx.publicIdea.deleteMany({ where: { id: idea.id, emailConfirmedAt: null, status: "RECEIVED" } });
      if (res.count === 0) return false;
      await writeAudit(tx, null, {
        action: "public-idea.purge-unconfirmed",
        entityType: "PublicIdea",
        entityId: idea.id,
        campaignId: idea.campaignId,
        summary: `Xoá hiến kế không được xác nhận thư điện tử sau ${UNCONFIRMED_DELETE_DAYS} ngày (cùng thông tin cá nhân và tệp đính kèm)`,
      });
      return true;
    });
    if (deleted) for (const f of idea.attachments) await removeStored(f.storageKey).catch(() => {});
  }
  return { deleted: stale.length, limitsPruned: await pruneLimits(now) };
}
