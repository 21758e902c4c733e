import "server-only";
import { notFoundError } from "@/lib/actions/result";
import type { SessionUser } from "@/lib/auth/session";
import { writeAudit } from "@/lib/audit/write";
import { getDb } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import type { DigestMode } from "@/lib/generated/prisma/enums";
import { DIGEST_MODE_LABELS } from "./schemas";

/** Marks one of the user's own notifications read; another user's id is "not found" and changes nothing. */
export async function markNotificationRead(actor: Pick<SessionUser, "id">, id: string, now = new Date()) {
  const db = await getDb();
  const row = await db.notification.findFirst({ where: { id, userId: actor.id }, select: { id: true, link: true, readAt: true } });
  if (!row) throw notFoundError();
  if (!row.readAt) {
    await db.notification.updateMany({ where: { id, userId: actor.id, readAt: null }, data: { readAt: now } });
  }
  return { link: row.link };
}

/** Marks every unread notification of the user read; returns how many changed. */
export async function markAllNotificationsRead(actor: Pick<SessionUser, "id">, now = new Date()) {
  const db = await getDb();
  const res = await db.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: now } });
  return res.count;
}

/** The user's own choice of reminder e-mails (one per reminder, or one daily digest), audited. */
export async function setDigestMode(actor: Pick<SessionUser, "id" | "unitId">, input: { digestMode: DigestMode }) {
  await inTransaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: actor.id }, select: { digestMode: true, unitId: true } });
    if (!before) throw notFoundError();
    if (before.digestMode === input.digestMode) return;
    await tx.user.update({ where: { id: actor.id }, data: { digestMode: input.digestMode } });
    await writeAudit(tx, actor.id, {
      action: "user.digest_mode",
      entityType: "User",
      entityId: actor.id,
      unitId: before.unitId,
      before: { digestMode: before.digestMode },
      after: { digestMode: input.digestMode },
      summary: `Đổi cách nhận nhắc việc qua e-mail: ${DIGEST_MODE_LABELS[input.digestMode]}`,
    });
  });
}
