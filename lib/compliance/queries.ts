import "server-only";
import { compareVi } from "@/lib/text/collate";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { loadEffectiveDeadlines } from "@/lib/deadlines/queries";
import type { CampaignStatus, MilestoneKind, SubmissionStatus, ReportPhase, Role, UnitStatus } from "@/lib/generated/prisma/enums";
import { isWindowOpen, phaseOfMilestoneKind, phaseWindow, UNIT_REPORT_KIND } from "@/lib/reports/phase";
import {
  addProposals,
  councilReviewState,
  councilReviewText,
  NO_PROPOSALS,
  type CouncilReviewStatus,
  type ProposalStatusCounts,
  type UnitProposalCounts,
} from "@/lib/obligations/awards";
import {
  compareByLateness,
  complianceScope,
  isForwardMilestone,
  isTrackedMilestone,
  proposalSummary,
  summarise,
  totalsByYear,
  unitStanding,
  type ComplianceSummary,
  type ProposalSummary,
  type UnitStanding,
} from "./rules";

const milestoneSelect = {
  id: true,
  kind: true,
  name: true,
  deliverable: true,
  responsibleRole: true,
  dueAt: true,
  hardCutoffAt: true,
  opensAt: true,
  sortOrder: true,
} as const;

export interface ComplianceUnitRow {
  unitId: string;
  name: string;
  unitStatus: UnitStatus;
  /** Status of the deliverable: the unit's Mẫu 1, its report of the phase, or the office's summary report (null: none yet). */
  recordStatus: SubmissionStatus | null;
  firstSubmittedAt: Date | null;
  standing: UnitStanding;
  dueAt: Date;
  extension: { dueAt: Date; reason: string } | null;
}

export interface MilestoneCompliance {
  id: string;
  kind: MilestoneKind;
  name: string;
  deliverable: string | null;
  responsibleRole: Role;
  dueAt: Date;
  tracked: boolean;
  /** Who hands it in: every participating unit, or the issuing unit's office (summary reports). */
  scope: "UNITS" | "OFFICE";
  /** A report phase that does not accept submissions yet: the instant it opens (else null). */
  notOpenUntil: Date | null;
  summary: ComplianceSummary | null;
  units: ComplianceUnitRow[];
  /** False when the caller asked for one milestone's rows and this is another: `units` is then empty, the summary is whole. */
  rowsLoaded: boolean;
  /** AWARD_PROPOSAL: the units' proposals, for information (not compulsory: no on-time statistics). */
  proposals: ProposalSummary | null;
  /** COUNCIL_REVIEW: whether the council has considered every proposal received (lib/obligations/awards.ts). */
  councilReview: { status: CouncilReviewStatus; overdue: boolean; text: string } | null;
}

/**
 * Deadline compliance of one campaign: per milestone the portal tracks, the standing of every participating
 * unit (Mẫu 1, the units' report of a phase) or of the issuing unit's office (summary report of a phase)
 * against its effective (possibly extended) deadline, from the first submission. Readers: "read:registration"
 * on the campaign's issuing unit (read from the DB). Null when missing or not allowed. One query per kind of
 * record whatever the number of units: the campaign, then the forms, the reports, the summary reports and
 * the extensions in parallel.
 *
 * `rowsOf`: the page shows one milestone's units at a time; given, only the tracked milestone with that id
 * (or the first tracked one when no id matches) gets its sorted unit rows, the others only their summary.
 */
export async function getCampaignCompliance(user: SessionUser, campaignId: string, now = new Date(), options: { rowsOf?: string } = {}) {
  const db = await getDb();
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      documentNumber: true,
      title: true,
      year: true,
      status: true,
      issuingUnit: { select: { id: true, path: true, name: true, status: true } },
      parentCampaignId: true,
      milestones: { select: milestoneSelect, orderBy: [{ dueAt: "asc" }, { sortOrder: "asc" }] },
    },
  });
  if (!campaign || !can(user.roles, "read:registration", campaign.issuingUnit)) return null;

  // Flat SQL for the per-unit lists: a city has ~2,000 units, and Prisma's nested relation reads cost
  // ~35 ms of CPU per view for them against ~5 ms for the same rows read flat.
  const units = await db.$queryRaw<{ id: string; name: string; status: UnitStatus }[]>`
    SELECT u."id", u."name", u."status"::text AS "status"
    FROM "CampaignUnit" cu JOIN "Unit" u ON u."id" = cu."unitId"
    WHERE cu."campaignId" = ${campaignId}`;
  const parentId = campaign.parentCampaignId;
  const isForward = (k: MilestoneKind) => isForwardMilestone(k, !!parentId);
  const tracked = campaign.milestones.filter((m) => isTrackedMilestone(m.kind) || isForward(m.kind));
  const has = (pred: (k: MilestoneKind) => boolean) => tracked.some((m) => pred(m.kind));
  const hasKind = (k: MilestoneKind) => campaign.milestones.some((m) => m.kind === k);
  const [registrations, reports, summaryReports, deadlineOf, proposalGroups, closedSessions, forwarded] = await Promise.all([
    has((k) => k === "REGISTRATION") && units.length
      ? db.$queryRaw<{ unitId: string; status: SubmissionStatus; firstSubmittedAt: Date | null }[]>`
          SELECT "unitId", "status"::text AS "status", "firstSubmittedAt" FROM "Registration"
          WHERE "campaignId" = ${campaignId} AND "kind" = 'UNIT' AND "ownerKey" = 'UNIT'`
      : Promise.resolve([]),
    has((k) => phaseOfMilestoneKind(k)?.summary === false) && units.length
      ? db.$queryRaw<{ unitId: string; phase: ReportPhase; status: SubmissionStatus; firstSubmittedAt: Date | null }[]>`
          SELECT "unitId", "phase"::text AS "phase", "status"::text AS "status", "firstSubmittedAt" FROM "Report" WHERE "campaignId" = ${campaignId}`
      : Promise.resolve([]),
    has((k) => phaseOfMilestoneKind(k)?.summary === true)
      ? db.summaryReport.findMany({ where: { campaignId }, select: { phase: true, status: true, firstSubmittedAt: true } })
      : Promise.resolve([]),
    loadEffectiveDeadlines(tracked, [...units.map((u) => u.id), campaign.issuingUnit.id]),
    // Award milestones: the proposals per unit and status (one GROUP BY), and the closed council sessions.
    hasKind("AWARD_PROPOSAL") || hasKind("COUNCIL_REVIEW")
      ? db.awardProposal.groupBy({ by: ["unitId", "status", "isLate"], where: { campaignId }, _count: { _all: true } })
      : Promise.resolve([]),
    hasKind("COUNCIL_REVIEW") ? db.councilSession.count({ where: { campaignId, status: "CLOSED" } }) : Promise.resolve(0),
    // Sending the typical initiatives up: the issuing unit's Mẫu 1 in the parent campaign (lib/cascade forwards into it).
    parentId && tracked.some((m) => isForward(m.kind))
      ? db.registration.findUnique({
          where: { campaignId_unitId_ownerKey: { campaignId: parentId, unitId: campaign.issuingUnit.id, ownerKey: "UNIT" } },
          select: { status: true, firstSubmittedAt: true },
        })
      : Promise.resolve(null),
  ]);
  const proposalRows = proposalGroups.map((g) => ({ unitId: g.unitId, status: g.status, isLate: g.isLate, n: g._count._all }));
  const byStatus: ProposalStatusCounts = {};
  for (const g of proposalRows) byStatus[g.status] = (byStatus[g.status] ?? 0) + g.n;
  const regByUnit = new Map(registrations.map((r) => [r.unitId, r]));
  const reportOf = new Map(reports.map((r) => [`${r.unitId}:${r.phase}`, r]));
  const summaryOf = new Map(summaryReports.map((r) => [r.phase, r]));
  const rowsFor =
    options.rowsOf === undefined ? null : (tracked.find((m) => m.id === options.rowsOf) ?? tracked[0] ?? null)?.id ?? null;

  const milestones: MilestoneCompliance[] = campaign.milestones.map((m) => {
    const forward = isForward(m.kind);
    const scope = forward ? "OFFICE" : complianceScope(m.kind);
    if (!isTrackedMilestone(m.kind) && !forward) {
      const proposals = m.kind === "AWARD_PROPOSAL" ? proposalSummary(units, proposalRows) : null;
      let councilReview: MilestoneCompliance["councilReview"] = null;
      if (m.kind === "COUNCIL_REVIEW") {
        const st = councilReviewState(byStatus, closedSessions, m.dueAt, now);
        councilReview = { status: st.status, overdue: st.overdue, text: councilReviewText(byStatus, closedSessions) };
      }
      return { ...m, tracked: false, scope, notOpenUntil: null, summary: null, units: [], rowsLoaded: false, proposals, councilReview };
    }
    const phase = phaseOfMilestoneKind(m.kind);
    const window = phase ? phaseWindow(campaign.milestones, phase.phase, phase.summary) : null;
    const notOpenUntil = window && !isWindowOpen(window, now) ? window.opensAt : null;
    const recordOf = (unitId: string) =>
      forward ? forwarded : !phase ? regByUnit.get(unitId) : phase.summary ? summaryOf.get(phase.phase) : reportOf.get(`${unitId}:${phase.phase}`);
    const who = scope === "OFFICE" ? [campaign.issuingUnit] : units;
    if (options.rowsOf !== undefined && m.id !== rowsFor) {
      // Statistics only: the standing of every unit, without building (or sorting) rows nobody will see.
      const standings = who.map((u) => unitStanding((recordOf(u.id) ?? null)?.firstSubmittedAt, deadlineOf(m, u.id).dueAt, now));
      return { ...m, tracked: true, scope, notOpenUntil, summary: summarise(standings), units: [], rowsLoaded: false, proposals: null, councilReview: null };
    }
    const rows: ComplianceUnitRow[] = who.map((u) => {
      const rec = recordOf(u.id) ?? null;
      const eff = deadlineOf(m, u.id);
      return {
        unitId: u.id,
        name: u.name,
        unitStatus: u.status,
        recordStatus: rec?.status ?? null,
        firstSubmittedAt: rec?.firstSubmittedAt ?? null,
        standing: unitStanding(rec?.firstSubmittedAt, eff.dueAt, now),
        dueAt: eff.dueAt,
        extension: eff.extension ? { dueAt: eff.extension.dueAt, reason: eff.extension.reason } : null,
      };
    });
    rows.sort(compareByLateness);
    return { ...m, tracked: true, scope, notOpenUntil, summary: summarise(rows.map((r) => r.standing)), units: rows, rowsLoaded: true, proposals: null, councilReview: null };
  });

  return { campaign: { ...campaign, milestones: undefined }, milestones, unitCount: units.length };
}

/**
 * The campaign's milestones for the timeline/calendar. Readers: those of the compliance page, and the
 * heads/staff of participating units once the campaign is published. Null when missing or not allowed.
 */
export async function getCampaignTimeline(user: SessionUser, campaignId: string) {
  const db = await getDb();
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      documentNumber: true,
      title: true,
      year: true,
      status: true,
      issuingUnit: { select: { id: true, path: true, name: true } },
      milestones: { select: milestoneSelect, orderBy: [{ dueAt: "asc" }, { sortOrder: "asc" }] },
    },
  });
  if (!campaign) return null;
  let allowed = can(user.roles, "read:registration", campaign.issuingUnit) || can(user.roles, "read:campaign", campaign.issuingUnit);
  if (!allowed && campaign.status !== "DRAFT") {
    const ownUnits = user.roles.filter((r) => r.role === "UNIT_HEAD" || r.role === "UNIT_STAFF").map((r) => r.unitId);
    if (ownUnits.length) {
      allowed = (await db.campaignUnit.count({ where: { campaignId, unitId: { in: ownUnits } } })) > 0;
    }
  }
  if (!allowed) return null;
  return { campaign, canSeeCompliance: can(user.roles, "read:registration", campaign.issuingUnit) };
}

/** One report (Mẫu 2 + Đề cương) of a unit in a campaign, against the unit's effective deadline. */
export interface UnitRecordReport {
  phase: ReportPhase;
  milestoneId: string;
  milestoneName: string;
  status: SubmissionStatus | null;
  firstSubmittedAt: Date | null;
  dueAt: Date;
  extended: boolean;
  standing: UnitStanding;
  /** The phase does not accept submissions yet: the instant it opens (else null). */
  notOpenUntil: Date | null;
}

export interface UnitRecordRow {
  campaignId: string;
  documentNumber: string;
  title: string;
  year: number;
  campaignStatus: CampaignStatus;
  issuingUnitName: string;
  /** The reader may open the campaign's compliance page. */
  canOpenCompliance: boolean;
  registrationStatus: SubmissionStatus | null;
  firstSubmittedAt: Date | null;
  dueAt: Date | null;
  extended: boolean;
  standing: UnitStanding | null;
  /** The unit's reports of the campaign's report milestones (mid-term, final), in date order. */
  reports: UnitRecordReport[];
  initiatives: number;
  typical: number;
  /** Initiatives of the unit recognised by a decision (any level, read through the lineage), and of them cấp Thành phố. */
  recognised: number;
  recognisedCity: number;
}

/**
 * A unit's record across campaigns and years (closed units keep their history): its Mẫu 1 and its reports
 * of each phase against its effective deadlines. Visible to the unit's own heads/staff and to holders of
 * "read:registration" over the unit (office/leadership of an ancestor). Null when missing or not allowed.
 * Seven queries whatever the number of campaigns.
 */
export async function getUnitRecord(user: SessionUser, unitId: string, now = new Date()) {
  const db = await getDb();
  const unit = await db.unit.findUnique({
    where: { id: unitId },
    select: { id: true, path: true, name: true, status: true, closedAt: true, parent: { select: { name: true } } },
  });
  if (!unit || !can(user.roles, "read:registration", unit)) return null;

  const participations = await db.campaignUnit.findMany({
    where: { unitId, campaign: { status: { not: "DRAFT" } } },
    select: {
      campaign: {
        select: {
          id: true,
          documentNumber: true,
          title: true,
          year: true,
          status: true,
          issuedOn: true,
          issuingUnit: { select: { id: true, path: true, name: true } },
          // Mẫu 1 and the units' reports; the milestones a report phase opens after (registration, mid-term report) are among them.
          milestones: {
            where: { kind: { in: ["REGISTRATION", ...Object.values(UNIT_REPORT_KIND)] } },
            select: milestoneSelect,
            orderBy: [{ dueAt: "asc" }, { sortOrder: "asc" }],
          },
        },
      },
    },
  });
  const campaigns = participations.map((p) => p.campaign);
  const campaignIds = campaigns.map((c) => c.id);
  const registrationMilestoneOf = (c: (typeof campaigns)[number]) => c.milestones.find((m) => m.kind === "REGISTRATION") ?? null;
  const reportMilestonesOf = (c: (typeof campaigns)[number]) => c.milestones.filter((m) => phaseOfMilestoneKind(m.kind));

  const [registrations, reports, counts, recognitions, deadlineOf] = await Promise.all([
    db.registration.findMany({
      where: { unitId, kind: "UNIT", ownerKey: "UNIT", campaignId: { in: campaignIds } },
      select: { campaignId: true, status: true, firstSubmittedAt: true },
    }),
    campaigns.some((c) => reportMilestonesOf(c).length)
      ? db.report.findMany({
          where: { unitId, campaignId: { in: campaignIds } },
          select: { campaignId: true, phase: true, status: true, firstSubmittedAt: true },
        })
      : Promise.resolve([]),
    // Initiatives of the unit's submitted forms (its Mẫu 1 and its people's confirmed registrations).
    db.initiative.groupBy({
      by: ["campaignId", "isTypical"],
      where: { unitId, campaignId: { in: campaignIds }, registration: { firstSubmittedAt: { not: null } } },
      _count: { _all: true },
    }),
    // Recognition decisions (issue 12), not the typical tick: the unit's own initiatives, or copies of them
    // forwarded up and recognised there (RecognitionItem.originInitiativeId).
    db.recognitionItem.findMany({
      where: { originInitiative: { unitId, campaignId: { in: campaignIds } } },
      select: { originInitiativeId: true, level: true, originInitiative: { select: { campaignId: true } } },
    }),
    loadEffectiveDeadlines(
      campaigns.flatMap((c) => c.milestones),
      [unitId],
    ),
  ]);
  const recognisedOf = new Map<string, { any: Set<string>; city: Set<string> }>();
  for (const r of recognitions) {
    const e = recognisedOf.get(r.originInitiative.campaignId) ?? { any: new Set<string>(), city: new Set<string>() };
    e.any.add(r.originInitiativeId);
    if (r.level === "CITY") e.city.add(r.originInitiativeId);
    recognisedOf.set(r.originInitiative.campaignId, e);
  }
  const regByCampaign = new Map(registrations.map((r) => [r.campaignId, r]));
  const reportOf = new Map(reports.map((r) => [`${r.campaignId}:${r.phase}`, r]));
  const countOf = new Map<string, { initiatives: number; typical: number }>();
  for (const c of counts) {
    const e = countOf.get(c.campaignId) ?? { initiatives: 0, typical: 0 };
    e.initiatives += c._count._all;
    if (c.isTypical) e.typical += c._count._all;
    countOf.set(c.campaignId, e);
  }

  const rows: UnitRecordRow[] = campaigns
    .sort((a, b) => b.year - a.year || b.issuedOn.getTime() - a.issuedOn.getTime() || compareVi(a.documentNumber, b.documentNumber))
    .map((c) => {
      const reg = regByCampaign.get(c.id) ?? null;
      const m = registrationMilestoneOf(c);
      const eff = m ? deadlineOf(m, unitId) : null;
      const seen = new Set<ReportPhase>();
      const unitReports: UnitRecordReport[] = [];
      for (const rm of reportMilestonesOf(c)) {
        const phase = phaseOfMilestoneKind(rm.kind)!.phase;
        if (seen.has(phase)) continue;
        seen.add(phase);
        const rep = reportOf.get(`${c.id}:${phase}`) ?? null;
        const re = deadlineOf(rm, unitId);
        const window = phaseWindow(c.milestones, phase);
        unitReports.push({
          phase,
          milestoneId: rm.id,
          milestoneName: rm.name,
          status: rep?.status ?? null,
          firstSubmittedAt: rep?.firstSubmittedAt ?? null,
          dueAt: re.dueAt,
          extended: !!re.extension,
          standing: unitStanding(rep?.firstSubmittedAt, re.dueAt, now),
          notOpenUntil: !rep && window && !isWindowOpen(window, now) ? window.opensAt : null,
        });
      }
      const n = countOf.get(c.id) ?? { initiatives: 0, typical: 0 };
      return {
        campaignId: c.id,
        documentNumber: c.documentNumber,
        title: c.title,
        year: c.year,
        campaignStatus: c.status,
        issuingUnitName: c.issuingUnit.name,
        canOpenCompliance: can(user.roles, "read:registration", c.issuingUnit),
        registrationStatus: reg?.status ?? null,
        firstSubmittedAt: reg?.firstSubmittedAt ?? null,
        dueAt: eff?.dueAt ?? null,
        extended: !!eff?.extension,
        standing: eff ? unitStanding(reg?.firstSubmittedAt, eff.dueAt, now) : null,
        reports: unitReports,
        initiatives: n.initiatives,
        typical: n.typical,
        recognised: recognisedOf.get(c.id)?.any.size ?? 0,
        recognisedCity: recognisedOf.get(c.id)?.city.size ?? 0,
      };
    });

  const isOwnUnit = user.roles.some((r) => (r.role === "UNIT_HEAD" || r.role === "UNIT_STAFF") && r.unitId === unit.id);
  const entries = rows.flatMap((r) => [
    { year: r.year, campaignId: r.campaignId, standing: r.standing },
    ...r.reports.map((p) => ({ year: r.year, campaignId: r.campaignId, standing: p.standing })),
  ]);
  return { unit, isOwnUnit, rows, years: totalsByYear(entries) };
}

/**
 * The units' award proposals for the office's status matrix (for information: proposing is not compulsory):
 * the campaign's totals and the number of units that sent at least one (one aggregate), and the counts of
 * the given units, e.g. the matrix page's rows (one GROUP BY). Readers: "read:registration" on the campaign's
 * issuing unit (given, as the caller loaded it). Null when not allowed.
 */
export async function loadMatrixProposals(
  user: Pick<SessionUser, "roles">,
  campaign: { id: string; issuingUnit: { id: string; path: string } },
  unitIds: readonly string[],
): Promise<{ totals: UnitProposalCounts; proposingUnits: number; byUnit: Map<string, UnitProposalCounts> } | null> {
  if (!can(user.roles, "read:registration", campaign.issuingUnit)) return null;
  const db = await getDb();
  const [[t], groups] = await Promise.all([
    db.$queryRaw<{ submitted: number; late: number; drafts: number; returned: number; proposingUnits: number }[]>`
      SELECT count(*) FILTER (WHERE p."status" NOT IN ('DRAFT', 'RETURNED'))::int AS "submitted",
             count(*) FILTER (WHERE p."status" NOT IN ('DRAFT', 'RETURNED') AND p."isLate")::int AS "late",
             count(*) FILTER (WHERE p."status" = 'DRAFT')::int AS "drafts",
             count(*) FILTER (WHERE p."status" = 'RETURNED')::int AS "returned",
             count(DISTINCT p."unitId") FILTER (WHERE p."status" NOT IN ('DRAFT', 'RETURNED'))::int AS "proposingUnits"
      FROM "AwardProposal" p
      WHERE p."campaignId" = ${campaign.id}`,
    unitIds.length
      ? db.awardProposal.groupBy({ by: ["unitId", "status", "isLate"], where: { campaignId: campaign.id, unitId: { in: [...unitIds] } }, _count: { _all: true } })
      : Promise.resolve([]),
  ]);
  const byUnit = new Map<string, UnitProposalCounts>();
  for (const g of groups) byUnit.set(g.unitId, addProposals(byUnit.get(g.unitId) ?? NO_PROPOSALS, g.status, g.isLate, g._count._all));
  return { totals: { submitted: t.submitted, late: t.late, drafts: t.drafts, returned: t.returned }, proposingUnits: t.proposingUnits, byUnit };
}
