import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { queueEmail } from "@/lib/mail/queue";
import { renderEmail } from "@/lib/mail/templates";
import type { MailAttachment } from "@/lib/mail/transport";
import { createNotification } from "./create";

export interface NoticeContent {
  title: string;
  lines: readonly string[];
  link: string;
  actionText?: string;
  campaignId?: string | null;
  /** Sent with the e-mail (an invitation's .ics); the in-app notice links to the page instead. */
  attachments?: (user: { id: string }) => MailAttachment[];
  /** Mail even to users who chose the daily digest (an invitation with its calendar file). */
  mailEveryone?: boolean;
}

/**
 * Tells people something inside the caller's transaction: an in-app notification each, and an e-mail to
 * those with an address who want one at once (the others read it in their daily digest). Recipients:
 * `userIds`, and the active holders of `roles` on `unitIds`; each once.
 */
export async function notifyPeople(
  tx: Tx,
  to: { userIds?: readonly string[]; unitIds?: readonly string[]; roles?: readonly Role[]; excludeUserId?: string },
  content: NoticeContent,
): Promise<number> {
  const or = [
    ...(to.userIds?.length ? [{ id: { in: [...to.userIds] } }] : []),
    ...(to.unitIds?.length && to.roles?.length ? [{ roles: { some: { unitId: { in: [...to.unitIds] }, role: { in: [...to.roles] } } } }] : []),
  ];
  if (or.length === 0) return 0;
  const users = await tx.user.findMany({
    where: { active: true, OR: or, ...(to.excludeUserId ? { id: { not: to.excludeUserId } } : {}) },
    select: { id: true, email: true, fullName: true, digestMode: true },
    orderBy: { id: "asc" },
  });
  for (const u of users) {
    await createNotification(tx, { userId: u.id, title: content.title, body: content.lines.join("\n"), link: content.link, campaignId: content.campaignId ?? null, digestMode: u.digestMode });
    if (u.email && (u.digestMode === "IMMEDIATE" || content.mailEveryone)) {
      const mail = renderEmail({ greetingName: u.fullName, title: content.title, lines: content.lines, actionText: content.actionText ?? "Mở trên cổng", actionUrl: content.link });
      await queueEmail(tx, { to: u.email, toUserId: u.id, subject: mail.subject, text: mail.text, html: mail.html, attachments: content.attachments?.(u) });
    }
  }
  return users.length;
}
