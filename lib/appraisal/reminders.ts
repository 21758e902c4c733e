import "server-only";
import { randomUUID } from "node:crypto";
import { getDb, type Tx } from "@/lib/db/client";
import { queueEmail } from "@/lib/mail/queue";
import { renderEmail } from "@/lib/mail/templates";
import { createNotification } from "@/lib/notifications/create";
import { reminderTitle } from "@/lib/reminders/rules";
import { formatDeadline } from "@/lib/time/vn";
import { appraisalReminderKeys, progressText } from "./duties";

export interface AppraisalReminderCounts {
  rounds: number;
  due: number;
  sent: number;
}

/**
 * Reminds every active panel member with scoring left in an OPEN round of the round's deadline, with the
 * campaign's reminder settings. Idempotent: the unique (round, user, key) row is inserted with ON CONFLICT
 * DO NOTHING and only the rows inserted now notify (in-app, and e-mail for IMMEDIATE users), in one
 * transaction: a rerun or a second server sends nothing twice. Three queries before the writes.
 */
export async function runAppraisalReminders(opts: { now?: Date } = {}): Promise<AppraisalReminderCounts> {
  const now = opts.now ?? new Date();
  const db = await getDb();
  const rounds = await db.appraisalRound.findMany({
    where: { status: "OPEN", campaign: { status: "PUBLISHED" } },
    select: {
      id: true,
      name: true,
      dueAt: true,
      campaign: { select: { id: true, documentNumber: true, title: true, reminderOffsetsDays: true, remindMorningAfter: true, remindWeeklyOverdue: true } },
    },
  });
  if (!rounds.length) return { rounds: 0, due: 0, sent: 0 };
  const places = await db.appraisalAssignment.groupBy({
    by: ["roundId", "evaluatorId", "status"],
    where: { roundId: { in: rounds.map((r) => r.id) }, status: { not: "DECLINED" }, evaluator: { active: true, user: { active: true } } },
    _count: { _all: true },
  });
  const evaluators = await db.appraisalEvaluator.findMany({
    where: { id: { in: [...new Set(places.map((p) => p.evaluatorId))] } },
    select: { id: true, user: { select: { id: true, fullName: true, email: true, digestMode: true } } },
  });
  const userOf = new Map(evaluators.map((e) => [e.id, e.user]));
  const counts = new Map<string, { roundId: string; evaluatorId: string; assigned: number; submitted: number }>();
  for (const p of places) {
    const key = `${p.roundId}|${p.evaluatorId}`;
    const c = counts.get(key) ?? { roundId: p.roundId, evaluatorId: p.evaluatorId, assigned: 0, submitted: 0 };
    c.assigned += p._count._all;
    if (p.status === "SUBMITTED") c.submitted += p._count._all;
    counts.set(key, c);
  }
  const roundOf = new Map(rounds.map((r) => [r.id, r]));
  const due: { roundId: string; user: NonNullable<ReturnType<typeof userOf.get>>; key: string; title: string; lines: string[]; link: string; campaignId: string; dueAt: Date }[] = [];
  for (const c of counts.values()) {
    const r = roundOf.get(c.roundId)!;
    const user = userOf.get(c.evaluatorId);
    if (!user) continue;
    for (const key of appraisalReminderKeys(r.campaign, r.dueAt, c.assigned - c.submitted, now)) {
      due.push({
        roundId: r.id,
        user,
        key,
        dueAt: r.dueAt,
        campaignId: r.campaign.id,
        title: reminderTitle(r.dueAt, now, `chấm điểm đợt thẩm định “${r.name}”`, r.campaign.documentNumber),
        lines: [
          `Đợt thẩm định: ${r.name}.`,
          `Tiến độ của bạn: ${progressText(c)} nội dung.`,
          `Hạn: ${formatDeadline(r.dueAt)}.`,
          `Kế hoạch ${r.campaign.documentNumber}: ${r.campaign.title}.`,
        ],
        link: "/appraisal",
      });
    }
  }
  if (!due.length) return { rounds: rounds.length, due: 0, sent: 0 };
  const sent = await db.$transaction((tx) => send(tx, due), { timeout: 120_000 });
  return { rounds: rounds.length, due: due.length, sent };
}

async function send(
  tx: Tx,
  due: readonly { roundId: string; user: { id: string; fullName: string; email: string | null; digestMode: "IMMEDIATE" | "DAILY" }; key: string; title: string; lines: string[]; link: string; campaignId: string; dueAt: Date }[],
): Promise<number> {
  const inserted = await tx.$queryRawUnsafe<{ id: string; roundId: string; userId: string; reminderKey: string }[]>(
    `INSERT INTO "AppraisalReminder" ("id", "roundId", "userId", "reminderKey", "dueAt")
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]::timestamptz[])
     ON CONFLICT ("roundId", "userId", "reminderKey") DO NOTHING
     RETURNING "id", "roundId", "userId", "reminderKey"`,
    due.map(() => randomUUID()),
    due.map((d) => d.roundId),
    due.map((d) => d.user.id),
    due.map((d) => d.key),
    due.map((d) => d.dueAt.toISOString()),
  );
  const byKey = new Map(due.map((d) => [`${d.roundId}|${d.user.id}|${d.key}`, d]));
  for (const row of inserted) {
    const d = byKey.get(`${row.roundId}|${row.userId}|${row.reminderKey}`);
    if (!d) continue;
    const notificationId = await createNotification(tx, { userId: d.user.id, title: d.title, body: d.lines.join("\n"), link: d.link, campaignId: d.campaignId, digestMode: d.user.digestMode });
    let emailId: string | null = null;
    if (d.user.email && d.user.digestMode === "IMMEDIATE") {
      const mail = renderEmail({ greetingName: d.user.fullName, title: d.title, lines: d.lines, actionText: "Mở trang chấm điểm", actionUrl: d.link });
      emailId = await queueEmail(tx, { to: d.user.email, toUserId: d.user.id, subject: mail.subject, text: mail.text, html: mail.html });
    }
    await tx.appraisalReminder.update({ where: { id: row.id }, data: { notificationId, emailId } });
  }
  return inserted.length;
}
