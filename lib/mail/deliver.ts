import "server-only";
import { getDb } from "@/lib/db/client";
import { parseAttachments } from "./queue";
import { smtpTransport, type MailTransport } from "./transport";

/** Waits after the 1st, 2nd, 3rd and 4th failed attempt; the 5th failure gives up (FAILED). */
export const RETRY_BACKOFF_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000] as const;
export const MAX_ATTEMPTS = 5;
/** A claimed message is not picked again by another run for this long (a crash mid-send retries after it). */
export const CLAIM_LEASE_MS = 10 * 60_000;

export interface DeliveryCounts {
  picked: number;
  sent: number;
  local: number;
  retried: number;
  failed: number;
}

/**
 * Delivers due PENDING mails of the outbox, oldest first. The batch is claimed in one short
 * transaction with `FOR UPDATE SKIP LOCKED` (two servers never pick the same row) and pushed
 * into the future by a lease; each mail is then sent outside any transaction and marked
 * SENT, or retried with backoff, or FAILED after the last attempt. Without SMTP_URL the mails
 * are kept as LOCAL (the administrator reads them in the outbox page).
 */
export async function deliverPendingEmails(
  opts: { now?: Date; limit?: number; transport?: MailTransport | null } = {},
): Promise<DeliveryCounts> {
  const now = opts.now ?? new Date();
  const limit = Math.max(1, Math.min(opts.limit ?? 100, 1000));
  const transport = opts.transport === undefined ? smtpTransport() : opts.transport;
  const db = await getDb();
  const counts: DeliveryCounts = { picked: 0, sent: 0, local: 0, retried: 0, failed: 0 };

  const claimed = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; attempts: number }[]>`
      SELECT "id", "attempts" FROM "EmailMessage"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt" ASC, "createdAt" ASC, "id" ASC
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED`;
    if (rows.length === 0) return rows;
    const ids = rows.map((r) => r.id);
    if (!transport) {
      await tx.emailMessage.updateMany({ where: { id: { in: ids }, status: "PENDING" }, data: { status: "LOCAL", sentAt: now } });
    } else {
      await tx.emailMessage.updateMany({
        where: { id: { in: ids }, status: "PENDING" },
        data: { nextAttemptAt: new Date(now.getTime() + CLAIM_LEASE_MS) },
      });
    }
    return rows;
  });
  counts.picked = claimed.length;
  if (!transport) {
    counts.local = claimed.length;
    return counts;
  }

  for (const { id, attempts } of claimed) {
    const mail = await db.emailMessage.findUnique({
      where: { id },
      select: { toAddress: true, subject: true, textBody: true, htmlBody: true, attachments: true, status: true },
    });
    if (!mail || mail.status !== "PENDING") continue;
    try {
      const attachments = parseAttachments(mail.attachments);
      await transport.send({ to: mail.toAddress, subject: mail.subject, text: mail.textBody, html: mail.htmlBody, ...(attachments.length ? { attachments } : {}) });
      await db.emailMessage.updateMany({
        where: { id, status: "PENDING" },
        data: { status: "SENT", sentAt: new Date(), attempts: attempts + 1, lastError: null },
      });
      counts.sent++;
    } catch (err) {
      const tried = attempts + 1;
      const message = (err instanceof Error ? err.message : String(err)).slice(0, 2000) || "Lỗi không xác định";
      if (tried >= MAX_ATTEMPTS) {
        await db.emailMessage.updateMany({ where: { id, status: "PENDING" }, data: { status: "FAILED", attempts: tried, lastError: message } });
        counts.failed++;
      } else {
        const wait = RETRY_BACKOFF_MS[Math.min(tried, RETRY_BACKOFF_MS.length) - 1];
        await db.emailMessage.updateMany({
          where: { id, status: "PENDING" },
          data: { attempts: tried, lastError: message, nextAttemptAt: new Date(now.getTime() + wait) },
        });
        counts.retried++;
      }
    }
  }
  return counts;
}
