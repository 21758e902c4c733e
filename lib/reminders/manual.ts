import "server-only";
import { notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { loadEffectiveDeadlines } from "@/lib/deadlines/queries";
import { formatDeadline } from "@/lib/time/vn";
import { isDone, vnMinuteStamp } from "./rules";
import { loadUnitRecipients, reminderLines } from "./run";
import { sendReminderTuples, type ReminderTuple } from "./send";

export interface ManualReminderResult {
  campaignId: string;
  people: number;
  units: number;
  message: string;
}

/**
 * The CCHC office reminds, in one click, every participating unit whose Mẫu 1 is not submitted yet
 * (heads and staff). Key "manual:<yyyyMMddHHmm Vietnam>": a double click in the same minute sends once.
 */
export async function sendManualReminder(actor: SessionUser, campaignId: string, now = new Date()): Promise<ManualReminderResult> {
  const db = await getDb();
  const c = await db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      status: true,
      documentNumber: true,
      title: true,
      issuingUnit: { select: { id: true, path: true } },
      milestones: {
        where: { kind: "REGISTRATION" },
        select: { id: true, name: true, dueAt: true, hardCutoffAt: true },
        take: 1,
      },
      units: { where: { unit: { status: "ACTIVE" } }, select: { unit: { select: { id: true, name: true } } } },
    },
  });
  if (!c || !can(actor.roles, "review:registration", c.issuingUnit)) throw notFoundError();
  if (c.status !== "PUBLISHED") throw ruleError("Chỉ gửi nhắc việc khi kế hoạch đang triển khai.");
  const m = c.milestones[0];
  if (!m) throw ruleError("Kế hoạch chưa có mốc đăng ký (Mẫu 1).");

  const unitIds = c.units.map((u) => u.unit.id);
  const regs = await db.registration.findMany({
    where: { kind: "UNIT", campaignId: c.id, unitId: { in: unitIds } },
    select: { unitId: true, status: true, isLate: true },
  });
  const regOf = new Map(regs.map((r) => [r.unitId, r]));
  const pending = c.units.map((u) => u.unit).filter((u) => !isDone({ milestoneKind: "REGISTRATION", registration: regOf.get(u.id) ?? null }));
  const deadlineOf = await loadEffectiveDeadlines([m], pending.map((u) => u.id));
  const recipients = await loadUnitRecipients(pending.map((u) => u.id));
  const key = `manual:${vnMinuteStamp(now)}`;
  const tuples: ReminderTuple[] = [];
  for (const u of pending) {
    const { dueAt, extension } = deadlineOf(m, u.id);
    const title = `Nhắc việc: nộp Mẫu 1 – ${c.documentNumber} (${formatDeadline(dueAt)})`;
    const lines = [
      "Văn phòng CCHC nhắc đơn vị hoàn thành và nộp Mẫu 1 (đăng ký thi đua).",
      ...reminderLines({ unitName: u.name, dueAt, extended: !!extension && extension.dueAt.getTime() !== m.dueAt.getTime(), milestoneName: m.name, campaign: c }),
    ];
    for (const p of recipients.get(u.id) ?? []) {
      tuples.push({ milestoneId: m.id, unitId: u.id, userId: p.id, reminderKey: key, dueAt, campaignId: c.id, title, lines, link: `/unit/campaigns/${c.id}?unit=${u.id}`, recipient: p });
    }
  }
  const counts = await sendReminderTuples(db, tuples);
  // What was actually sent now (a second click in the same minute sends nothing).
  const sentUnits = counts.sent ? new Set(tuples.map((t) => t.unitId)).size : 0;
  const units = counts.sent === tuples.length ? sentUnits : counts.sent ? await countSentUnits(m.id, key) : 0;
  const message = `Đã gửi nhắc việc tới ${counts.sent} người của ${units} đơn vị.`;
  await db.$transaction(async (tx) => {
    await writeAudit(tx, actor.id, {
      action: "campaign.remind",
      entityType: "Campaign",
      entityId: c.id,
      unitId: c.issuingUnit.id,
      campaignId: c.id,
      after: { reminderKey: key, people: counts.sent, units, pendingUnits: pending.length },
      summary: `Gửi nhắc việc nộp Mẫu 1 tới ${counts.sent} người của ${units} đơn vị chưa nộp`,
    });
  });
  return { campaignId: c.id, people: counts.sent, units, message };
}

async function countSentUnits(milestoneId: string, key: string): Promise<number> {
  const db = await getDb();
  const rows = await db.reminderDelivery.findMany({ where: { milestoneId, reminderKey: key }, select: { unitId: true }, distinct: ["unitId"] });
  return rows.length;
}
