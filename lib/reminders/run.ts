import "server-only";
import { getDb } from "@/lib/db/client";
import { loadEffectiveDeadlines } from "@/lib/deadlines/queries";
import type { DigestMode, MilestoneKind, Role } from "@/lib/generated/prisma/enums";
import { formatDeadline } from "@/lib/time/vn";
import { dueReminderKeys, REMINDED_ROLES, reminderTitle } from "./rules";
import { sendReminderTuples, type ReminderTuple, type SendCounts } from "./send";

export interface RunCounts extends SendCounts {
  campaigns: number;
  units: number;
  durationMs: number;
}

export interface Recipient {
  id: string;
  fullName: string;
  email: string | null;
  digestMode: DigestMode;
}

/** The active heads and staff of each unit, in ONE query. */
export async function loadUnitRecipients(unitIds: readonly string[]): Promise<Map<string, Recipient[]>> {
  const db = await getDb();
  const rows = unitIds.length
    ? await db.roleAssignment.findMany({
        where: { role: { in: [...REMINDED_ROLES] }, unitId: { in: [...unitIds] }, user: { active: true } },
        select: { unitId: true, user: { select: { id: true, fullName: true, email: true, digestMode: true } } },
      })
    : [];
  const out = new Map<string, Recipient[]>();
  for (const r of rows) {
    const list = out.get(r.unitId) ?? [];
    if (!list.some((u) => u.id === r.user.id)) list.push(r.user);
    out.set(r.unitId, list);
  }
  return out;
}

/** What the reminder is about: "nộp Mẫu 1" for the registration, else the milestone's deliverable. */
export function deliverableText(m: { kind: MilestoneKind; name: string; deliverable: string | null }): string {
  if (m.kind === "REGISTRATION") return "nộp Mẫu 1";
  return m.deliverable?.trim() || m.name;
}

export function reminderLines(input: {
  unitName: string;
  dueAt: Date;
  extended: boolean;
  milestoneName: string;
  campaign: { documentNumber: string; title: string };
}): string[] {
  return [
    `Đơn vị: ${input.unitName}.`,
    `Mốc: ${input.milestoneName}.`,
    `Hạn: ${formatDeadline(input.dueAt)}${input.extended ? " (đã được gia hạn)" : ""}.`,
    `Kế hoạch ${input.campaign.documentNumber}: ${input.campaign.title}.`,
  ];
}

/**
 * One reminder run over every published campaign: a bounded number of queries (campaigns with their units'
 * milestones, participating units, Mẫu 1 forms, extensions, recipients), then idempotent sending in chunks.
 */
export async function runReminders(opts: { now?: Date; chunkSize?: number } = {}): Promise<RunCounts> {
  const started = Date.now();
  const now = opts.now ?? new Date();
  const db = await getDb();
  const campaigns = await db.campaign.findMany({
    where: { status: "PUBLISHED", milestones: { some: { responsibleRole: { in: [...REMINDED_ROLES] } } } },
    select: {
      id: true,
      documentNumber: true,
      title: true,
      reminderOffsetsDays: true,
      remindMorningAfter: true,
      remindWeeklyOverdue: true,
      milestones: {
        where: { responsibleRole: { in: [...REMINDED_ROLES] } },
        select: { id: true, kind: true, name: true, deliverable: true, responsibleRole: true, dueAt: true, hardCutoffAt: true },
      },
    },
  });
  const campaignIds = campaigns.map((c) => c.id);
  const cu = campaignIds.length
    ? await db.campaignUnit.findMany({
        where: { campaignId: { in: campaignIds }, unit: { status: "ACTIVE" } },
        select: { campaignId: true, unit: { select: { id: true, name: true } } },
      })
    : [];
  const unitIds = [...new Set(cu.map((r) => r.unit.id))];
  const regs = campaignIds.length
    ? await db.registration.findMany({
        where: { kind: "UNIT", campaignId: { in: campaignIds } },
        select: { campaignId: true, unitId: true, status: true, isLate: true },
      })
    : [];
  const regOf = new Map(regs.map((r) => [`${r.campaignId}:${r.unitId}`, r]));
  const deadlineOf = await loadEffectiveDeadlines(
    campaigns.flatMap((c) => c.milestones),
    unitIds,
  );
  const recipients = await loadUnitRecipients(unitIds);
  const unitsOf = new Map<string, { id: string; name: string }[]>();
  for (const r of cu) {
    const l = unitsOf.get(r.campaignId) ?? [];
    l.push(r.unit);
    unitsOf.set(r.campaignId, l);
  }

  const tuples: ReminderTuple[] = [];
  for (const c of campaigns) {
    for (const m of c.milestones) {
      for (const u of unitsOf.get(c.id) ?? []) {
        const people = recipients.get(u.id);
        if (!people?.length) continue;
        const { dueAt, extension } = deadlineOf(m, u.id);
        const keys = dueReminderKeys(c, { milestoneKind: m.kind, responsibleRole: m.responsibleRole as Role, dueAt, registration: regOf.get(`${c.id}:${u.id}`) ?? null }, now);
        if (!keys.length) continue;
        const title = reminderTitle(dueAt, now, deliverableText(m), c.documentNumber);
        const lines = reminderLines({ unitName: u.name, dueAt, extended: !!extension && extension.dueAt.getTime() !== m.dueAt.getTime(), milestoneName: m.name, campaign: c });
        const link = `/unit/campaigns/${c.id}?unit=${u.id}`;
        for (const key of keys) {
          for (const p of people) {
            tuples.push({ milestoneId: m.id, unitId: u.id, userId: p.id, reminderKey: key, dueAt, campaignId: c.id, title, lines, link, recipient: p });
          }
        }
      }
    }
  }
  const counts = await sendReminderTuples(db, tuples, opts.chunkSize);
  return { ...counts, campaigns: campaigns.length, units: unitIds.length, durationMs: Date.now() - started };
}
