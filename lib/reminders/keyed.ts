import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { queueEmail } from "@/lib/mail/queue";
import { renderEmail } from "@/lib/mail/templates";
import { createNotification } from "@/lib/notifications/create";
import type { ReminderSettings } from "./rules";

/** The reminder settings of obligations that belong to no campaign (survey reports, assigned replication). */
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { reminderOffsetsDays: [7, 3, 1], remindMorningAfter: true, remindWeeklyOverdue: true };

export interface KeyedReminder {
  /** The thing reminded about (a visit, an assignment's unit). */
  subjectId: string;
  user: { id: string; fullName: string; email: string | null; digestMode: "IMMEDIATE" | "DAILY" };
  key: string;
  dueAt: Date;
  title: string;
  lines: string[];
  link: string;
  actionText: string;
}

/** The reminder tables of issue 13 and the column naming their subject: a whitelist, never user input. */
const TABLES = {
  SurveyReminder: "visitId",
  ReplicationReminder: "targetId",
} as const;

/**
 * Sends reminders once: the (subject, user, key) row is inserted with ON CONFLICT DO NOTHING and only
 * the rows inserted now notify (in-app, and e-mail for IMMEDIATE users), inside the caller's transaction.
 * A rerun, or a second server at the same time, sends nothing twice (as lib/appraisal/reminders.ts).
 */
export async function sendKeyedReminders(tx: Tx, table: keyof typeof TABLES, due: readonly KeyedReminder[]): Promise<number> {
  if (!due.length) return 0;
  const col = TABLES[table];
  const inserted = await tx.$queryRawUnsafe<{ id: string; subjectId: string; userId: string; reminderKey: string }[]>(
    `INSERT INTO "${table}" ("id", "${col}", "userId", "reminderKey", "dueAt")
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]::timestamptz[])
     ON CONFLICT ("${col}", "userId", "reminderKey") DO NOTHING
     RETURNING "id", "${col}" AS "subjectId", "userId", "reminderKey"`,
    due.map(() => randomUUID()),
    due.map((d) => d.subjectId),
    due.map((d) => d.user.id),
    due.map((d) => d.key),
    due.map((d) => d.dueAt.toISOString()),
  );
  const byKey = new Map(due.map((d) => [`${d.subjectId}|${d.user.id}|${d.key}`, d]));
  for (const row of inserted) {
    const d = byKey.get(`${row.subjectId}|${row.userId}|${row.reminderKey}`);
    if (!d) continue;
    const notificationId = await createNotification(tx, { userId: d.user.id, title: d.title, body: d.lines.join("\n"), link: d.link, digestMode: d.user.digestMode });
    let emailId: string | null = null;
    if (d.user.email && d.user.digestMode === "IMMEDIATE") {
      const mail = renderEmail({ greetingName: d.user.fullName, title: d.title, lines: d.lines, actionText: d.actionText, actionUrl: d.link });
      emailId = await queueEmail(tx, { to: d.user.email, toUserId: d.user.id, subject: mail.subject, text: mail.text, html: mail.html });
    }
    await tx.$executeRawUnsafe(`UPDATE "${table}" SET "notificationId" = $1, "emailId" = $2 WHERE "id" = $3`, notificationId, emailId, row.id);
  }
  return inserted.length;
}
