import "server-only";
import { notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { loadEffectiveDeadlines } from "@/lib/deadlines/queries";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { isWindowOpen, phaseOfMilestoneKind, phaseWindow } from "@/lib/reports/phase";
import { formatDateVN, formatDeadline } from "@/lib/time/vn";
import { isDone, REMINDED_ROLES, vnMinuteStamp } from "./rules";
import { deliverableText, loadUnitRecipients, reminderLines, reminderLink } from "./run";
import { sendReminderTuples, type ReminderTuple } from "./send";

export interface ManualReminderResult {
  campaignId: string;
  people: number;
  units: number;
  message: string;
}

/**
 * The CCHC office reminds, in one click, every participating unit that has not submitted the deliverable
 * of a milestone (heads and staff): Mẫu 1 by default, or the unit's report of a phase when `milestoneId`
 * names a MIDTERM_REPORT / FINAL_REPORT milestone. Key "manual:<yyyyMMddHHmm Vietnam>": a double click in
 * the same minute sends once.
 */
export async function sendManualReminder(actor: SessionUser, campaignId: string, now = new Date(), milestoneId?: string): Promise<ManualReminderResult> {
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
        select: { id: true, kind: true, name: true, deliverable: true, responsibleRole: true, dueAt: true, hardCutoffAt: true, opensAt: true },
        orderBy: [{ dueAt: "asc" }, { sortOrder: "asc" }],
      },
      units: { where: { unit: { status: "ACTIVE" } }, select: { unit: { select: { id: true, name: true } } } },
    },
  });
  if (!c) throw notFoundError();
  const m = milestoneId ? c.milestones.find((x) => x.id === milestoneId) : c.milestones.find((x) => x.kind === "REGISTRATION");
  const phase = m ? phaseOfMilestoneKind(m.kind) : null;
  const isReport = !!phase && !phase.summary;
  if (!can(actor.roles, isReport ? "review:report" : "review:registration", c.issuingUnit)) throw notFoundError();
  if (c.status !== "PUBLISHED") throw ruleError("Chỉ gửi nhắc việc khi kế hoạch đang triển khai.");
  if (!m) throw ruleError(milestoneId ? "Không tìm thấy mốc này trong kế hoạch." : "Kế hoạch chưa có mốc đăng ký (Mẫu 1).");
  if ((m.kind !== "REGISTRATION" && !isReport) || !REMINDED_ROLES.includes(m.responsibleRole)) {
    throw ruleError("Mốc này không do các đơn vị nộp qua cổng nên không gửi nhắc việc được.");
  }
  if (isReport) {
    const window = phaseWindow(c.milestones, phase.phase);
    if (window && !isWindowOpen(window, now)) {
      throw ruleError(`Kỳ báo cáo này chưa mở nhận (mở nhận từ ${formatDateVN(window.opensAt)}): chưa thể nhắc các đơn vị nộp.`);
    }
  }

  const unitIds = c.units.map((u) => u.unit.id);
  const records: { unitId: string; status: SubmissionStatus; isLate: boolean }[] = isReport
    ? await db.report.findMany({ where: { campaignId: c.id, phase: phase.phase, unitId: { in: unitIds } }, select: { unitId: true, status: true, isLate: true } })
    : await db.registration.findMany({ where: { kind: "UNIT", campaignId: c.id, unitId: { in: unitIds } }, select: { unitId: true, status: true, isLate: true } });
  const recordOf = new Map(records.map((r) => [r.unitId, r]));
  const pending = c.units
    .map((u) => u.unit)
    .filter((u) => !isDone({ milestoneKind: m.kind, registration: recordOf.get(u.id) ?? null, report: recordOf.get(u.id) ?? null }));
  const [deadlineOf, recipients] = await Promise.all([
    loadEffectiveDeadlines(
      [m],
      pending.map((u) => u.id),
    ),
    loadUnitRecipients(pending.map((u) => u.id)),
  ]);
  const what = deliverableText(m);
  const key = `manual:${vnMinuteStamp(now)}`;
  const tuples: ReminderTuple[] = [];
  for (const u of pending) {
    const { dueAt, extension } = deadlineOf(m, u.id);
    const title = `Nhắc việc: ${what} – ${c.documentNumber} (${formatDeadline(dueAt)})`;
    const lines = [
      isReport
        ? `Văn phòng CCHC nhắc đơn vị hoàn thành và ${what}.`
        : "Văn phòng CCHC nhắc đơn vị hoàn thành và nộp Mẫu 1 (đăng ký thi đua).",
      ...reminderLines({ unitName: u.name, dueAt, extended: !!extension && extension.dueAt.getTime() !== m.dueAt.getTime(), milestoneName: m.name, campaign: c }),
    ];
    for (const p of recipients.get(u.id) ?? []) {
      tuples.push({ milestoneId: m.id, unitId: u.id, userId: p.id, reminderKey: key, dueAt, campaignId: c.id, title, lines, link: reminderLink(c.id, m, u.id), recipient: p });
    }
  }
  const counts = await sendReminderTuples(db, tuples);
  // What was actually sent now (a second click in the same minute sends nothing).
  const sentUnits = counts.sent ? new Set(tuples.map((t) => t.unitId)).size : 0;
  const units = counts.sent === tuples.length ? sentUnits : counts.sent ? await countSentUnits(m.id, key) : 0;
  const message = `Đã gửi nhắc việc tới ${counts.sent} người của ${units} đơn vị.`;
  const subject = isReport ? what : "nộp Mẫu 1";
  await inTransaction(async (tx) => {
    await writeAudit(tx, actor.id, {
      action: "campaign.remind",
      entityType: "Campaign",
      entityId: c.id,
      unitId: c.issuingUnit.id,
      campaignId: c.id,
      after: { reminderKey: key, milestoneId: m.id, milestoneKind: m.kind, people: counts.sent, units, pendingUnits: pending.length },
      summary: `Gửi nhắc việc ${subject} tới ${counts.sent} người của ${units} đơn vị chưa nộp`,
    });
  });
  return { campaignId: c.id, people: counts.sent, units, message };
}

async function countSentUnits(milestoneId: string, key: string): Promise<number> {
  const db = await getDb();
  const rows = await db.reminderDelivery.findMany({ where: { milestoneId, reminderKey: key }, select: { unitId: true }, distinct: ["unitId"] });
  return rows.length;
}
