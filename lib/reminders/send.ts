import "server-only";
import { randomUUID } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";
import type { DigestMode } from "@/lib/generated/prisma/enums";
import { createNotification } from "@/lib/notifications/create";
import { queueEmail } from "@/lib/mail/queue";
import { renderEmail } from "@/lib/mail/templates";

/** One reminder to one person: the unique key (milestoneId, unitId, userId, reminderKey) makes it sent once. */
export interface ReminderTuple {
  milestoneId: string;
  unitId: string;
  userId: string;
  reminderKey: string;
  dueAt: Date;
  campaignId: string;
  title: string;
  /** Lines of the message (Vietnamese). */
  lines: string[];
  link: string;
  recipient: { fullName: string; email: string | null; digestMode: DigestMode };
}

export interface SendCounts {
  /** Tuples considered. */
  due: number;
  /** Reminders actually inserted now (sent). */
  sent: number;
  /** Already sent before (a second run, another server). */
  skipped: number;
  notifications: number;
  emails: number;
}

export const CHUNK_SIZE = 500;

/**
 * Inserts the reminders if absent and, ONLY for the rows inserted, creates the notification and queues the
 * e-mail (IMMEDIATE users with an address), in one transaction per chunk: a run killed mid-way leaves whole
 * chunks, and a rerun sends only what is missing. Two servers at once: ON CONFLICT DO NOTHING lets one win.
 */
export async function sendReminderTuples(db: Db, tuples: readonly ReminderTuple[], chunkSize = CHUNK_SIZE): Promise<SendCounts> {
  const counts: SendCounts = { due: tuples.length, sent: 0, skipped: 0, notifications: 0, emails: 0 };
  for (let i = 0; i < tuples.length; i += chunkSize) {
    const chunk = tuples.slice(i, i + chunkSize);
    const r = await db.$transaction((tx) => sendChunk(tx, chunk), { timeout: 120_000, maxWait: 60_000 });
    counts.sent += r.sent;
    counts.notifications += r.notifications;
    counts.emails += r.emails;
  }
  counts.skipped = counts.due - counts.sent;
  return counts;
}

const keyOf = (t: { milestoneId: string; unitId: string; userId: string; reminderKey: string }) =>
  `${t.milestoneId}|${t.unitId}|${t.userId}|${t.reminderKey}`;

async function sendChunk(tx: Tx, chunk: readonly ReminderTuple[]) {
  const inserted = await tx.$queryRawUnsafe<{ id: string; milestoneId: string; unitId: string; userId: string; reminderKey: string }[]>(
    `INSERT INTO "ReminderDelivery" ("id", "milestoneId", "unitId", "userId", "reminderKey", "dueAt")
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]::timestamptz[])
     ON CONFLICT ("milestoneId", "unitId", "userId", "reminderKey") DO NOTHING
     RETURNING "id", "milestoneId", "unitId", "userId", "reminderKey"`,
    chunk.map(() => randomUUID()),
    chunk.map((t) => t.milestoneId),
    chunk.map((t) => t.unitId),
    chunk.map((t) => t.userId),
    chunk.map((t) => t.reminderKey),
    chunk.map((t) => t.dueAt.toISOString()),
  );
  const byKey = new Map(chunk.map((t) => [keyOf(t), t]));
  const ids: string[] = [];
  const notificationIds: string[] = [];
  const emailIds: (string | null)[] = [];
  let emails = 0;
  for (const row of inserted) {
    const t = byKey.get(keyOf(row));
    if (!t) continue;
    const body = t.lines.join("\n");
    const notificationId = await createNotification(tx, {
      userId: t.userId,
      title: t.title,
      body,
      link: t.link,
      campaignId: t.campaignId,
      digestMode: t.recipient.digestMode,
    });
    let emailId: string | null = null;
    if (t.recipient.email && t.recipient.digestMode === "IMMEDIATE") {
      const mail = renderEmail({ greetingName: t.recipient.fullName, title: t.title, lines: t.lines, actionText: "Mở biểu mẫu", actionUrl: t.link });
      emailId = await queueEmail(tx, { to: t.recipient.email, toUserId: t.userId, subject: mail.subject, text: mail.text, html: mail.html });
      emails++;
    }
    ids.push(row.id);
    notificationIds.push(notificationId);
    emailIds.push(emailId);
  }
  if (ids.length) {
    await tx.$executeRawUnsafe(
      `UPDATE "ReminderDelivery" AS d SET "notificationId" = u.n, "emailId" = u.e
       FROM unnest($1::text[], $2::text[], $3::text[]) AS u(id, n, e) WHERE d."id" = u.id`,
      ids,
      notificationIds,
      emailIds,
    );
  }
  return { sent: ids.length, notifications: ids.length, emails };
}
