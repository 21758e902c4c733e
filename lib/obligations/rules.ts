import type { MilestoneKind, Role } from "@/lib/generated/prisma/enums";
import { can, type ScopedRole } from "@/lib/auth/roles";
import { matrixStatusOf, UNIT_FORM_STATUS_LABELS, type MatrixStatus } from "@/lib/registrations/rules";
import type { RegistrationStatus } from "@/lib/generated/prisma/enums";
import { describeTimeLeft } from "@/lib/time/vn";

/**
 * Obligations are derived, never typed: (milestone, responsible unit, deliverable) from a published
 * campaign, its milestones' responsible role and its participating units. Pure functions; the loading
 * lives in lib/obligations/queries.ts.
 */

/** Roles whose milestones fall on EACH participating unit. */
export const UNIT_ROLES: readonly Role[] = ["UNIT_HEAD", "UNIT_STAFF"];
/** Roles whose milestones fall on the ISSUING unit (held on it or on an ancestor of it). */
export const OFFICE_ROLES: readonly Role[] = ["CCHC_OFFICE", "LEADERSHIP", "EMULATION_OFFICE", "STEERING_COMMITTEE", "COUNCIL_MEMBER"];

/** "EXTERNAL": the deliverable is not yet handled in the portal (reports, consolidation, awards). */
export type ObligationStatus = MatrixStatus | "EXTERNAL";

export const OBLIGATION_STATUS_LABELS: Record<ObligationStatus, string> = {
  ...UNIT_FORM_STATUS_LABELS,
  EXTERNAL: "Theo dõi ngoài cổng",
};

export interface ObligationMilestoneInput {
  id: string;
  kind: MilestoneKind;
  name: string;
  deliverable: string | null;
  responsibleRole: Role;
  dueAt: Date;
  hardCutoffAt: Date | null;
  sortOrder: number;
}

export interface ObligationCampaignInput {
  id: string;
  documentNumber: string;
  title: string;
  status: "DRAFT" | "PUBLISHED" | "CLOSED";
  issuingUnit: { id: string; path: string; name: string };
  /** Participating units (at least those the viewer belongs to). */
  units: { id: string; name: string }[];
  milestones: ObligationMilestoneInput[];
}

export interface RegistrationInput {
  campaignId: string;
  unitId: string;
  status: RegistrationStatus;
  isLate: boolean;
}

export type DeadlineLookup = (milestone: ObligationMilestoneInput, unitId: string) => { dueAt: Date; extension: { dueAt: Date; reason?: string } | null };

export interface Obligation {
  /** Stable per (milestone, unit): also the calendar event's UID. */
  key: string;
  milestoneId: string;
  milestoneKind: MilestoneKind;
  milestoneName: string;
  milestoneSortOrder: number;
  deliverable: string;
  responsibleRole: Role;
  scope: "UNIT" | "OFFICE";
  campaignId: string;
  campaignNumber: string;
  campaignTitle: string;
  unitId: string;
  unitName: string;
  /** Effective due instant for that unit ("trước ngày X" = X 00:00 Vietnam time). */
  dueAt: Date;
  originalDueAt: Date;
  extended: boolean;
  /** The office's reason for the extension, when extended. */
  extensionReason: string | null;
  status: ObligationStatus;
  /** Submitted or accepted (a returned form is to do again). */
  done: boolean;
  /** Not done and the due instant has passed (never for deliverables tracked outside the portal). */
  overdue: boolean;
  /** Tracked outside the portal and its date has passed: history, not a debt. */
  past: boolean;
  /** Where to act, or null. */
  href: string | null;
  /** Where the user can read the campaign, or null. */
  campaignHref: string | null;
}

/** Whether the user (by role) has to deal with the milestone in a campaign: the units concerned. */
export function obligationUnitsFor(
  roles: readonly ScopedRole[],
  campaign: Pick<ObligationCampaignInput, "issuingUnit" | "units">,
  milestone: Pick<ObligationMilestoneInput, "responsibleRole">,
): { id: string; name: string; scope: "UNIT" | "OFFICE" }[] {
  const role = milestone.responsibleRole;
  if (UNIT_ROLES.includes(role)) {
    const mine = new Set(roles.filter((r) => UNIT_ROLES.includes(r.role)).map((r) => r.unitId));
    return campaign.units.filter((u) => mine.has(u.id)).map((u) => ({ ...u, scope: "UNIT" as const }));
  }
  if (OFFICE_ROLES.includes(role)) {
    const holds = roles.some((r) => r.role === role && campaign.issuingUnit.path.startsWith(r.unitPath));
    return holds ? [{ id: campaign.issuingUnit.id, name: campaign.issuingUnit.name, scope: "OFFICE" as const }] : [];
  }
  return [];
}

function hrefFor(
  campaignId: string,
  unitId: string,
  milestone: ObligationMilestoneInput,
  roles: readonly ScopedRole[],
  issuingUnit: { id: string; path: string },
): string | null {
  if (UNIT_ROLES.includes(milestone.responsibleRole)) {
    return milestone.kind === "REGISTRATION" ? `/unit/campaigns/${campaignId}?unit=${unitId}` : `/unit`;
  }
  if (can(roles, "review:registration", issuingUnit)) return `/campaigns/${campaignId}/status`;
  if (can(roles, "read:campaign", issuingUnit)) return `/campaigns/${campaignId}`;
  return null;
}

/** Every obligation of the user across the given campaigns (only PUBLISHED ones count), unsorted. */
export function deriveObligations(input: {
  roles: readonly ScopedRole[];
  campaigns: readonly ObligationCampaignInput[];
  registrations: readonly RegistrationInput[];
  deadlineOf: DeadlineLookup;
  now: Date;
}): Obligation[] {
  const { roles, now } = input;
  const regs = new Map(input.registrations.map((r) => [`${r.campaignId}:${r.unitId}`, r]));
  const out = new Map<string, Obligation>();
  for (const c of input.campaigns) {
    if (c.status !== "PUBLISHED") continue;
    for (const m of c.milestones) {
      for (const u of obligationUnitsFor(roles, c, m)) {
        const key = `${m.id}:${u.id}`;
        if (out.has(key)) continue;
        const { dueAt, extension } = input.deadlineOf(m, u.id);
        const tracked = m.kind === "REGISTRATION" && u.scope === "UNIT";
        const status: ObligationStatus = tracked ? matrixStatusOf(regs.get(`${c.id}:${u.id}`)) : "EXTERNAL";
        const done = status === "SUBMITTED_ON_TIME" || status === "SUBMITTED_LATE" || status === "ACCEPTED";
        const passed = now.getTime() >= dueAt.getTime();
        out.set(key, {
          key,
          milestoneId: m.id,
          milestoneKind: m.kind,
          milestoneName: m.name,
          milestoneSortOrder: m.sortOrder,
          deliverable: m.deliverable?.trim() || m.name,
          responsibleRole: m.responsibleRole,
          scope: u.scope,
          campaignId: c.id,
          campaignNumber: c.documentNumber,
          campaignTitle: c.title,
          unitId: u.id,
          unitName: u.name,
          dueAt,
          originalDueAt: m.dueAt,
          extended: !!extension && extension.dueAt.getTime() !== m.dueAt.getTime(),
          extensionReason: extension?.reason ?? null,
          status,
          done,
          overdue: tracked && !done && passed,
          past: !tracked && passed,
          href: hrefFor(c.id, u.id, m, roles, c.issuingUnit),
          campaignHref:
            u.scope === "UNIT"
              ? `/unit/campaigns/${c.id}?unit=${u.id}`
              : can(roles, "read:campaign", c.issuingUnit)
                ? `/campaigns/${c.id}`
                : null,
        });
      }
    }
  }
  return [...out.values()];
}

/** 0: overdue and not done; 1: still to do; 2: done, or tracked outside the portal and past. */
export function urgencyRank(o: Pick<Obligation, "overdue" | "done" | "past">): 0 | 1 | 2 {
  if (o.overdue) return 0;
  if (!o.done && !o.past) return 1;
  return 2;
}

/** Overdue first (most overdue first), then to do by nearest due date, then done/past ones (most recent first). */
export function sortByUrgency<T extends Pick<Obligation, "overdue" | "done" | "past" | "dueAt" | "campaignNumber" | "milestoneSortOrder" | "unitName">>(
  list: readonly T[],
): T[] {
  return [...list].sort((a, b) => {
    const ra = urgencyRank(a);
    const rb = urgencyRank(b);
    if (ra !== rb) return ra - rb;
    const d = a.dueAt.getTime() - b.dueAt.getTime();
    if (d !== 0) return ra === 2 ? -d : d;
    return (
      a.campaignNumber.localeCompare(b.campaignNumber, "vi") ||
      a.milestoneSortOrder - b.milestoneSortOrder ||
      a.unitName.localeCompare(b.unitName, "vi")
    );
  });
}

/** Still to do (the default filter of the to-do page): not done and not past history. */
export function isOpen(o: Pick<Obligation, "done" | "past">): boolean {
  return !o.done && !o.past;
}

/** "còn 3 ngày", "hạn chót hôm nay", "quá hạn 2 ngày"; "đã qua" for past outside deliverables; null when done. */
export function timeLeftText(o: Pick<Obligation, "done" | "past" | "dueAt">, now: Date): string | null {
  if (o.done) return null;
  if (o.past) return "đã qua";
  return describeTimeLeft(o.dueAt, now);
}
