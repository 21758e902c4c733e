import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { queueEmail } from "@/lib/mail/queue";
import { renderEmail } from "@/lib/mail/templates";
import { createNotification } from "./create";

/**
 * Tells the people who submitted something what the reviewer decided (returned with a comment, or
 * accepted): an in-app notification for each, and an e-mail to those who want one at once (the
 * others get it in their daily digest). Written inside the reviewer's transaction, so the outcome and
 * its notice are saved together. Recipients: the active holders of `roles` on `unitId`, plus
 * `extraUserIds` (e.g. the owner of an individual's registration).
 */
export async function notifyReviewOutcome(
  tx: Tx,
  input: {
    unitId: string;
    roles: readonly Role[];
    extraUserIds?: readonly string[];
    excludeUserId?: string;
    title: string;
    lines: readonly string[];
    link: string;
    campaignId: string;
  },
): Promise<number> {
  const users = await tx.user.findMany({
    where: {
      active: true,
      OR: [{ roles: { some: { unitId: input.unitId, role: { in: [...input.roles] } } } }, ...(input.extraUserIds?.length ? [{ id: { in: [...input.extraUserIds] } }] : [])],
      ...(input.excludeUserId ? { id: { not: input.excludeUserId } } : {}),
    },
    select: { id: true, email: true, fullName: true, digestMode: true },
    orderBy: { id: "asc" },
  });
  for (const u of users) {
    await createNotification(tx, { userId: u.id, title: input.title, body: input.lines.join("\n"), link: input.link, campaignId: input.campaignId, digestMode: u.digestMode });
    if (u.email && u.digestMode === "IMMEDIATE") {
      const mail = renderEmail({ greetingName: u.fullName, title: input.title, lines: input.lines, actionText: "Mở trên cổng", actionUrl: input.link });
      await queueEmail(tx, { to: u.email, toUserId: u.id, subject: mail.subject, text: mail.text, html: mail.html });
    }
  }
  return users.length;
}
