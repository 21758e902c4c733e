import { compareVi } from "@/lib/text/collate";
import type { AwardProposalStatus, MilestoneKind, ReportPhase, Role } from "@/lib/generated/prisma/enums";
import { can, type ScopedRole } from "@/lib/auth/roles";
import { matrixStatusOf, UNIT_FORM_STATUS_LABELS, type MatrixStatus } from "@/lib/submissions/statuses";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { PHASE_SLUGS } from "@/lib/reports/labels";
import { isWindowOpen, phaseOfMilestoneKind, phaseWindow } from "@/lib/reports/phase";
import { isForwardMilestone } from "@/lib/compliance/rules";
import { describeTimeLeft, isLate } from "@/lib/time/vn";
import {
  councilReviewState,
  councilReviewText,
  countUnitProposals,
  OPTIONAL_PROPOSAL_TEXT,
  unitProposalState,
  unitProposalText,
  type CouncilReviewStatus,
  type ProposalStatusCounts,
  type UnitProposalCounts,
  type UnitProposalStatus,
} from "./awards";

/**
 * Obligations are derived, never typed: (milestone, responsible unit, deliverable) from a published
 * campaign, its milestones' responsible role and its participating units. Pure functions; the loading
 * lives in lib/obligations/queries.ts.
 */

/** Roles whose milestones fall on EACH participating unit. */
export const UNIT_ROLES: readonly Role[] = ["UNIT_HEAD", "UNIT_STAFF"];
/** Roles whose milestones fall on the ISSUING unit (held on that unit itself, never on a unit above it). */
export const OFFICE_ROLES: readonly Role[] = ["CCHC_OFFICE", "LEADERSHIP", "EMULATION_OFFICE", "STEERING_COMMITTEE", "COUNCIL_MEMBER"];

/**
 * "EXTERNAL": the deliverable is not handled in the portal (consolidation, other).
 * "NOT_OPEN": a report whose phase does not accept submissions yet (see lib/reports/phase.ts).
 * Awards (lib/obligations/awards.ts): a unit's proposals ("NO_PROPOSAL", "DRAFT", "RETURNED", "PROPOSED")
 * and the council's review ("NO_PROPOSAL", "REVIEW_PENDING", "REVIEWED").
 */
export type ObligationStatus = MatrixStatus | "NOT_OPEN" | "EXTERNAL" | Exclude<UnitProposalStatus | CouncilReviewStatus, MatrixStatus | "NOT_OPEN">;

export const OBLIGATION_STATUS_LABELS: Record<ObligationStatus, string> = {
  ...UNIT_FORM_STATUS_LABELS,
  NOT_OPEN: "Chưa mở nhận",
  EXTERNAL: "Theo dõi ngoài cổng",
  NO_PROPOSAL: "Chưa có đề nghị",
  PROPOSED: "Đã gửi đề nghị",
  REVIEW_PENDING: "Hội đồng chưa xét xong",
  REVIEWED: "Hội đồng đã xét",
};

/**
 * What the portal tracks for a milestone falling on a unit: the unit's Mẫu 1, the unit's report of a
 * phase (Mẫu 2 + Đề cương), the office's summary report of a phase, the unit's award proposals, or the
 * council's review of the campaign's proposals; null = tracked outside the portal.
 */
export type Tracking =
  | { kind: "REGISTRATION" }
  | { kind: "REPORT"; phase: ReportPhase }
  | { kind: "SUMMARY"; phase: ReportPhase }
  | { kind: "AWARD_PROPOSAL" }
  | { kind: "COUNCIL_REVIEW" }
  /** Sending the typical initiatives up: the issuing unit's Mẫu 1 in the parent campaign (lib/cascade). */
  | { kind: "FORWARD" };

export function trackingOf(kind: MilestoneKind, scope: "UNIT" | "OFFICE", hasParentCampaign = false): Tracking | null {
  if (kind === "REGISTRATION") return scope === "UNIT" ? { kind: "REGISTRATION" } : null;
  // Same rule as the compliance page (lib/compliance/rules.ts isForwardMilestone).
  if (scope === "OFFICE" && isForwardMilestone(kind, hasParentCampaign)) return { kind: "FORWARD" };
  if (kind === "AWARD_PROPOSAL") return scope === "UNIT" ? { kind: "AWARD_PROPOSAL" } : null;
  if (kind === "COUNCIL_REVIEW") return scope === "OFFICE" ? { kind: "COUNCIL_REVIEW" } : null;
  const p = phaseOfMilestoneKind(kind);
  if (!p) return null;
  if (!p.summary && scope === "UNIT") return { kind: "REPORT", phase: p.phase };
  if (p.summary && scope === "OFFICE") return { kind: "SUMMARY", phase: p.phase };
  return null;
}

export interface ObligationMilestoneInput {
  id: string;
  kind: MilestoneKind;
  name: string;
  deliverable: string | null;
  responsibleRole: Role;
  dueAt: Date;
  hardCutoffAt: Date | null;
  /** When submissions open (reports); null or absent: see phaseWindow. */
  opensAt?: Date | null;
  sortOrder: number;
}

export interface ObligationCampaignInput {
  id: string;
  documentNumber: string;
  title: string;
  status: "DRAFT" | "PUBLISHED" | "CLOSED";
  issuingUnit: { id: string; path: string; name: string };
  /** The campaign it answers (its typical initiatives are forwarded there), if any. */
  parentCampaignId?: string | null;
  /** Participating units (at least those the viewer belongs to). */
  units: { id: string; name: string }[];
  milestones: ObligationMilestoneInput[];
}

/** The issuing unit's Mẫu 1 in the parent campaign of `campaignId` (what forwarding creates and submits). */
export interface ForwardInput {
  campaignId: string;
  status: SubmissionStatus;
  firstSubmittedAt: Date | null;
}

export interface RegistrationInput {
  campaignId: string;
  unitId: string;
  status: SubmissionStatus;
  isLate: boolean;
}

/** A unit's Mẫu 2 report of a phase. */
export interface ReportInput {
  campaignId: string;
  unitId: string;
  phase: ReportPhase;
  status: SubmissionStatus;
  isLate: boolean;
}

/** The office's summary report of a phase (one per campaign and phase). */
export interface SummaryReportInput {
  campaignId: string;
  phase: ReportPhase;
  status: SubmissionStatus;
  isLate: boolean;
}

/** A unit's proposals of a campaign in one status (grouped counts). */
export interface AwardProposalCountInput {
  campaignId: string;
  unitId: string;
  status: AwardProposalStatus;
  isLate: boolean;
  n: number;
}

/** A campaign's proposals per status and its closed council sessions (for its COUNCIL_REVIEW milestone). */
export interface CouncilReviewInput {
  campaignId: string;
  byStatus: ProposalStatusCounts;
  closedSessions: number;
}

export type DeadlineLookup = (
  milestone: ObligationMilestoneInput,
  unitId: string,
) => { dueAt: Date; extension: { dueAt: Date; reason?: string } | null; cutoffAt?: Date | null };

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
  /** What the portal tracks for it (null: tracked outside the portal). */
  tracking: Tracking["kind"] | null;
  /** A report whose phase is not open yet: the instant it opens (else null). */
  notOpenUntil: Date | null;
  /** Submitted or accepted (a returned form is to do again). */
  done: boolean;
  /** Not done and the due instant has passed (never for deliverables tracked outside the portal). */
  overdue: boolean;
  /** Tracked outside the portal and its date has passed: history, not a debt. */
  past: boolean;
  /** Award milestones: what stands behind the status ("2 hồ sơ đã gửi, 1 đang soạn"), else null. */
  detail: string | null;
  /** AWARD_PROPOSAL: the unit's proposals of the campaign (else null). */
  proposals: UnitProposalCounts | null;
  /** Where to act, or null. */
  href: string | null;
  /** Where the user can read the campaign, or null. */
  campaignHref: string | null;
}

/**
 * Whether the user (by role) has to deal with the milestone in a campaign: the units concerned. An office
 * milestone falls on the holders of its role on the issuing unit itself: the office of the level above
 * receives and reviews what the unit sends (in its own, parent campaign), it never owes the unit's work.
 */
export function obligationUnitsFor(
  roles: readonly ScopedRole[],
  campaign: Pick<ObligationCampaignInput, "issuingUnit" | "units">,
  milestone: Pick<ObligationMilestoneInput, "responsibleRole"> & { kind?: MilestoneKind },
): { id: string; name: string; scope: "UNIT" | "OFFICE" }[] {
  const role = milestone.responsibleRole;
  if (UNIT_ROLES.includes(role)) {
    const mine = new Set(roles.filter((r) => UNIT_ROLES.includes(r.role)).map((r) => r.unitId));
    return campaign.units.filter((u) => mine.has(u.id)).map((u) => ({ ...u, scope: "UNIT" as const }));
  }
  if (OFFICE_ROLES.includes(role)) {
    const holds = roles.some((r) => r.role === role && r.unitId === campaign.issuingUnit.id);
    return holds ? [{ id: campaign.issuingUnit.id, name: campaign.issuingUnit.name, scope: "OFFICE" as const }] : [];
  }
  return [];
}

function hrefFor(
  campaignId: string,
  unitId: string,
  milestone: ObligationMilestoneInput,
  tracking: Tracking | null,
  notOpen: boolean,
  roles: readonly ScopedRole[],
  issuingUnit: { id: string; path: string },
): string | null {
  if (UNIT_ROLES.includes(milestone.responsibleRole)) {
    if (tracking?.kind === "REGISTRATION") return `/unit/campaigns/${campaignId}?unit=${unitId}`;
    if (tracking?.kind === "AWARD_PROPOSAL") return notOpen ? null : `/unit/campaigns/${campaignId}/awards?unit=${unitId}`;
    // Before the phase opens there is nothing to do yet: no call to act.
    if (tracking?.kind === "REPORT") return notOpen ? null : `/unit/campaigns/${campaignId}/reports/${PHASE_SLUGS[tracking.phase]}?unit=${unitId}`;
    return `/unit`;
  }
  if (tracking?.kind === "FORWARD" && can(roles, "forward:initiative", issuingUnit)) return `/campaigns/${campaignId}/forward`;
  if (tracking?.kind === "SUMMARY" && can(roles, "manage:summary", issuingUnit)) {
    return notOpen ? null : `/campaigns/${campaignId}/summary/${PHASE_SLUGS[tracking.phase]}`;
  }
  if (tracking?.kind === "COUNCIL_REVIEW") {
    // The standing office prepares the sessions; a council member goes to the council's page.
    if (can(roles, "manage:council", issuingUnit)) return `/campaigns/${campaignId}/council`;
    if (can(roles, "review:award", issuingUnit)) return `/campaigns/${campaignId}/awards`;
    if (milestone.responsibleRole === "COUNCIL_MEMBER") return `/council`;
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
  /** The units' reports (Mẫu 2) of the campaigns; absent = none. */
  reports?: readonly ReportInput[];
  /** The campaigns' summary reports; absent = none. */
  summaryReports?: readonly SummaryReportInput[];
  /** The units' award proposals (grouped counts) of the campaigns with an AWARD_PROPOSAL milestone; absent = none. */
  awardProposals?: readonly AwardProposalCountInput[];
  /** Per campaign with a COUNCIL_REVIEW milestone of the user's office: its proposals and closed sessions; absent = none. */
  councilReviews?: readonly CouncilReviewInput[];
  /** Per campaign with a parent: the issuing unit's Mẫu 1 there (sending the typical initiatives up); absent = none. */
  forwards?: readonly ForwardInput[];
  deadlineOf: DeadlineLookup;
  now: Date;
}): Obligation[] {
  const { roles, now } = input;
  const regs = new Map(input.registrations.map((r) => [`${r.campaignId}:${r.unitId}`, r]));
  const reports = new Map((input.reports ?? []).map((r) => [`${r.campaignId}:${r.unitId}:${r.phase}`, r]));
  const summaries = new Map((input.summaryReports ?? []).map((r) => [`${r.campaignId}:${r.phase}`, r]));
  const proposalGroups = new Map<string, AwardProposalCountInput[]>();
  for (const g of input.awardProposals ?? []) {
    const k = `${g.campaignId}:${g.unitId}`;
    proposalGroups.set(k, [...(proposalGroups.get(k) ?? []), g]);
  }
  const reviews = new Map((input.councilReviews ?? []).map((r) => [r.campaignId, r]));
  const forwards = new Map((input.forwards ?? []).map((f) => [f.campaignId, f]));
  const out = new Map<string, Obligation>();
  for (const c of input.campaigns) {
    if (c.status !== "PUBLISHED") continue;
    const phaseMilestones = c.milestones.map((x) => ({ ...x, opensAt: x.opensAt ?? null }));
    for (const m of c.milestones) {
      for (const u of obligationUnitsFor(roles, c, m)) {
        const key = `${m.id}:${u.id}`;
        if (out.has(key)) continue;
        const { dueAt, extension, cutoffAt } = input.deadlineOf(m, u.id);
        const tracking = trackingOf(m.kind, u.scope, !!c.parentCampaignId);
        const tracked = tracking !== null;
        let record: { status: SubmissionStatus; isLate: boolean } | undefined;
        let notOpenUntil: Date | null = null;
        // Awards: their own rules (lib/obligations/awards.ts).
        let award: { status: ObligationStatus; done: boolean; overdue: boolean; past: boolean; detail: string | null; proposals: UnitProposalCounts | null } | null = null;
        if (tracking?.kind === "AWARD_PROPOSAL") {
          const counts = countUnitProposals(proposalGroups.get(`${c.id}:${u.id}`) ?? []);
          const st = unitProposalState(counts, { dueAt, cutoffAt: cutoffAt ?? m.hardCutoffAt, opensAt: m.opensAt }, now);
          if (st.status === "NOT_OPEN") notOpenUntil = m.opensAt ?? null;
          award = { ...st, detail: unitProposalText(counts) ?? OPTIONAL_PROPOSAL_TEXT, proposals: counts };
        } else if (tracking?.kind === "COUNCIL_REVIEW") {
          const r = reviews.get(c.id) ?? { campaignId: c.id, byStatus: {}, closedSessions: 0 };
          award = { ...councilReviewState(r.byStatus, r.closedSessions, dueAt, now), detail: councilReviewText(r.byStatus, r.closedSessions), proposals: null };
        } else if (tracking?.kind === "REGISTRATION") record = regs.get(`${c.id}:${u.id}`);
        else if (tracking?.kind === "FORWARD") {
          // Judged by its first submission against this milestone's (effective) due date.
          const f = forwards.get(c.id);
          if (f) record = { status: f.status, isLate: !!f.firstSubmittedAt && isLate(f.firstSubmittedAt, dueAt) };
        }
        else if (tracking) {
          record = tracking.kind === "REPORT" ? reports.get(`${c.id}:${u.id}:${tracking.phase}`) : summaries.get(`${c.id}:${tracking.phase}`);
          const window = phaseWindow(phaseMilestones, tracking.phase, tracking.kind === "SUMMARY");
          if (window && !isWindowOpen(window, now)) notOpenUntil = window.opensAt;
        }
        // A phase not open yet with nothing written: no status to show but its opening date.
        const notOpen = notOpenUntil !== null && !record;
        const status: ObligationStatus = award ? award.status : !tracked ? "EXTERNAL" : notOpen ? "NOT_OPEN" : matrixStatusOf(record);
        const done = award ? award.done : status === "SUBMITTED_ON_TIME" || status === "SUBMITTED_LATE" || status === "ACCEPTED";
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
          tracking: tracking?.kind ?? null,
          notOpenUntil: notOpen ? notOpenUntil : null,
          done,
          overdue: award ? award.overdue : tracked && !done && !notOpen && passed,
          past: award ? award.past : !tracked && passed,
          detail: award?.detail ?? null,
          proposals: award?.proposals ?? null,
          href: hrefFor(c.id, u.id, m, tracking, notOpen, roles, c.issuingUnit),
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
      compareVi(a.campaignNumber, b.campaignNumber) ||
      a.milestoneSortOrder - b.milestoneSortOrder ||
      compareVi(a.unitName, b.unitName)
    );
  });
}

/** Still to do (the default filter of the to-do page): not done and not past history. */
export function isOpen(o: Pick<Obligation, "done" | "past">): boolean {
  return !o.done && !o.past;
}

/** "còn 3 ngày", "hạn chót hôm nay", "quá hạn 2 ngày"; "đã qua" for past ones with nothing left to do; null when done. */
export function timeLeftText(o: Pick<Obligation, "done" | "past" | "dueAt">, now: Date): string | null {
  if (o.done) return null;
  if (o.past) return "đã qua";
  return describeTimeLeft(o.dueAt, now);
}
