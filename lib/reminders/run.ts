import "server-only";
import { getDb } from "@/lib/db/client";
import { loadEffectiveDeadlines } from "@/lib/deadlines/queries";
import type { DigestMode, MilestoneKind, SubmissionStatus, Role } from "@/lib/generated/prisma/enums";
import { PHASE_REPORT_NAMES, PHASE_SLUGS } from "@/lib/reports/labels";
import { isWindowOpen, phaseOfMilestoneKind, phaseWindow, SUMMARY_REPORT_KIND } from "@/lib/reports/phase";
import { formatDeadline } from "@/lib/time/vn";
import { dueReminderKeys, isReminded, REMINDED_ROLES, reminderTitle } from "./rules";
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

/**
 * The office holders of the given roles on each issuing unit itself (as the to-do list places the office's
 * milestones: the unit that owes the work, never the level above that receives it), in ONE query.
 * Key: `${issuingUnitId}:${role}`.
 */
export async function loadOfficeRecipients(issuing: readonly { id: string; path: string }[], roles: readonly Role[]): Promise<Map<string, Recipient[]>> {
  const out = new Map<string, Recipient[]>();
  if (!issuing.length || !roles.length) return out;
  const db = await getDb();
  const rows = await db.roleAssignment.findMany({
    where: { role: { in: [...new Set(roles)] }, unitId: { in: [...new Set(issuing.map((u) => u.id))] }, user: { active: true } },
    select: { role: true, unitId: true, user: { select: { id: true, fullName: true, email: true, digestMode: true } } },
  });
  for (const r of rows) {
    const key = `${r.unitId}:${r.role}`;
    const list = out.get(key) ?? [];
    if (!list.some((x) => x.id === r.user.id)) list.push(r.user);
    out.set(key, list);
  }
  return out;
}

/** What the reminder is about: "nộp Mẫu 1", "nộp báo cáo sơ kết (Mẫu 2 và Đề cương)", "hoàn thành báo cáo sơ kết tổng hợp", else the deliverable. */
export function deliverableText(m: { kind: MilestoneKind; name: string; deliverable: string | null }): string {
  if (m.kind === "REGISTRATION") return "nộp Mẫu 1";
  const p = phaseOfMilestoneKind(m.kind);
  if (p?.summary) return `hoàn thành ${PHASE_REPORT_NAMES[p.phase]} tổng hợp`;
  if (p) return `nộp ${PHASE_REPORT_NAMES[p.phase]} (${m.deliverable?.trim() || "Mẫu 2 và Đề cương"})`;
  return m.deliverable?.trim() || m.name;
}

/** Where a reminder leads: the unit's form or report of the phase, or the office's summary report. */
export function reminderLink(campaignId: string, m: { kind: MilestoneKind }, unitId: string): string {
  const p = phaseOfMilestoneKind(m.kind);
  if (p?.summary) return `/campaigns/${campaignId}/summary/${PHASE_SLUGS[p.phase]}`;
  if (p) return `/unit/campaigns/${campaignId}/reports/${PHASE_SLUGS[p.phase]}?unit=${unitId}`;
  return `/unit/campaigns/${campaignId}?unit=${unitId}`;
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
 * One reminder run over every published campaign: a bounded number of queries (campaigns with their
 * milestones, participating units, Mẫu 1 forms, units' reports, summary reports, extensions, recipients),
 * then idempotent sending in chunks. The units' milestones remind each participating unit's heads and
 * staff; the office's summary reports remind the holders of the milestone's role (the CCHC office) on the
 * issuing unit itself, as the to-do list places them.
 */
export async function runReminders(opts: { now?: Date; chunkSize?: number } = {}): Promise<RunCounts> {
  const started = Date.now();
  const now = opts.now ?? new Date();
  const db = await getDb();
  const summaryKinds: MilestoneKind[] = Object.values(SUMMARY_REPORT_KIND);
  const rows = await db.campaign.findMany({
    where: {
      status: "PUBLISHED",
      milestones: { some: { OR: [{ responsibleRole: { in: [...REMINDED_ROLES] } }, { kind: { in: summaryKinds } }] } },
    },
    select: {
      id: true,
      documentNumber: true,
      title: true,
      reminderOffsetsDays: true,
      remindMorningAfter: true,
      remindWeeklyOverdue: true,
      issuingUnit: { select: { id: true, path: true, name: true } },
      // All milestones: a report phase opens when the milestone before it falls due.
      milestones: { select: { id: true, kind: true, name: true, deliverable: true, responsibleRole: true, dueAt: true, hardCutoffAt: true, opensAt: true } },
    },
  });
  const campaigns = rows.map((c) => ({
    ...c,
    all: c.milestones,
    milestones: c.milestones.filter((m) => isReminded({ milestoneKind: m.kind, responsibleRole: m.responsibleRole as Role })),
  }));
  const isUnitMilestone = (m: { responsibleRole: Role }) => REMINDED_ROLES.includes(m.responsibleRole);
  const unitCampaignIds = campaigns.filter((c) => c.milestones.some(isUnitMilestone)).map((c) => c.id);
  const reportCampaignIds = campaigns.filter((c) => c.milestones.some((m) => isUnitMilestone(m) && phaseOfMilestoneKind(m.kind))).map((c) => c.id);
  const officeCampaigns = campaigns.filter((c) => c.milestones.some((m) => !isUnitMilestone(m)));

  const cu = unitCampaignIds.length
    ? await db.campaignUnit.findMany({
        where: { campaignId: { in: unitCampaignIds }, unit: { status: "ACTIVE" } },
        select: { campaignId: true, unit: { select: { id: true, name: true } } },
      })
    : [];
  const unitIds = [...new Set(cu.map((r) => r.unit.id))];
  const [regs, reports, summaries, deadlineOf, recipients, officeRecipients] = await Promise.all([
    unitCampaignIds.length
      ? db.registration.findMany({
          where: { kind: "UNIT", campaignId: { in: unitCampaignIds } },
          select: { campaignId: true, unitId: true, status: true, isLate: true },
        })
      : Promise.resolve([]),
    reportCampaignIds.length
      ? db.report.findMany({ where: { campaignId: { in: reportCampaignIds } }, select: { campaignId: true, unitId: true, phase: true, status: true, isLate: true } })
      : Promise.resolve([]),
    officeCampaigns.length
      ? db.summaryReport.findMany({ where: { campaignId: { in: officeCampaigns.map((c) => c.id) } }, select: { campaignId: true, phase: true, status: true, isLate: true } })
      : Promise.resolve([]),
    loadEffectiveDeadlines(
      campaigns.flatMap((c) => c.milestones),
      [...new Set([...unitIds, ...officeCampaigns.map((c) => c.issuingUnit.id)])],
    ),
    loadUnitRecipients(unitIds),
    loadOfficeRecipients(
      officeCampaigns.map((c) => c.issuingUnit),
      officeCampaigns.flatMap((c) => c.milestones.filter((m) => !isUnitMilestone(m)).map((m) => m.responsibleRole as Role)),
    ),
  ]);
  const regOf = new Map(regs.map((r) => [`${r.campaignId}:${r.unitId}`, r]));
  const reportOf = new Map(reports.map((r) => [`${r.campaignId}:${r.unitId}:${r.phase}`, r]));
  const summaryOf = new Map(summaries.map((r) => [`${r.campaignId}:${r.phase}`, r]));
  const unitsOf = new Map<string, { id: string; name: string }[]>();
  for (const r of cu) {
    const l = unitsOf.get(r.campaignId) ?? [];
    l.push(r.unit);
    unitsOf.set(r.campaignId, l);
  }

  const tuples: ReminderTuple[] = [];
  for (const c of campaigns) {
    for (const m of c.milestones) {
      const phase = phaseOfMilestoneKind(m.kind);
      const window = phase ? phaseWindow(c.all, phase.phase, phase.summary) : null;
      const notOpenUntil = window && !isWindowOpen(window, now) ? window.opensAt : null;
      const office = !isUnitMilestone(m);
      const targets = office
        ? [{ ...c.issuingUnit, people: officeRecipients.get(`${c.issuingUnit.id}:${m.responsibleRole}`) }]
        : (unitsOf.get(c.id) ?? []).map((u) => ({ ...u, people: recipients.get(u.id) }));
      for (const u of targets) {
        const people = u.people;
        if (!people?.length) continue;
        const { dueAt, extension } = deadlineOf(m, u.id);
        const report: { status: SubmissionStatus; isLate: boolean } | null = phase
          ? ((phase.summary ? summaryOf.get(`${c.id}:${phase.phase}`) : reportOf.get(`${c.id}:${u.id}:${phase.phase}`)) ?? null)
          : null;
        const keys = dueReminderKeys(
          c,
          { milestoneKind: m.kind, responsibleRole: m.responsibleRole as Role, dueAt, registration: regOf.get(`${c.id}:${u.id}`) ?? null, report, notOpenUntil },
          now,
        );
        if (!keys.length) continue;
        const title = reminderTitle(dueAt, now, deliverableText(m), c.documentNumber);
        const lines = reminderLines({ unitName: u.name, dueAt, extended: !!extension && extension.dueAt.getTime() !== m.dueAt.getTime(), milestoneName: m.name, campaign: c });
        const link = reminderLink(c.id, m, u.id);
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
