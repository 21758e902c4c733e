import "server-only";
import { compareVi } from "@/lib/text/collate";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { loadEffectiveDeadlines } from "@/lib/deadlines/queries";
import { loadStandings, loadUnitRowDetails, type UnitMilestone } from "./standings-sql";
import { CAMPAIGN_MILESTONE_SELECT, loadCampaignBase } from "@/lib/campaigns/base";
import type { AwardProposalStatus, CampaignStatus, MilestoneKind, SubmissionStatus, ReportPhase, Role, UnitStatus } from "@/lib/generated/prisma/enums";
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
  isProblem,
  pageByLateness,
  proposalTotals,
  STATUS_OF_RANK,
  summaryOfCounts,
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
  /** Rows listed under the filter (paged: `units` is one page of them; else every unit). */
  listed: number;
  /** Units not on time (late, pending or overdue): what "chỉ đơn vị trễ / chưa nộp" lists. */
  problems: number;
  /** AWARD_PROPOSAL: the units' proposals, for information (not compulsory: no on-time statistics). */
  proposals: ProposalSummary | null;
  /** COUNCIL_REVIEW: whether the council has considered every proposal received (lib/obligations/awards.ts). */
  councilReview: { status: CouncilReviewStatus; overdue: boolean; text: string } | null;
}

export interface ComplianceOptions {
  /** The tracked milestone whose units are listed (unknown or empty: the first tracked one). */
  rowsOf?: string;
  /**
   * Given: the page (1-based) of the listed milestone's units, worst first; the statistics, the worst-first
   * order and the filter are computed by the database (standings-sql.ts) and only that page's rows are built.
   * Absent: every unit of every milestone, computed here (the reference the database's rules are tested
   * against).
   */
  page?: number;
  pageSize?: number;
  /** With `page`: only the units not on time. */
  problemsOnly?: boolean;
}

/**
 * What the compliance and timeline pages use of the campaign read by the layout in this request
 * (loadCampaignBase: one statement for both), its issuing unit (with its status) and its milestones.
 */
function campaignWithMilestones(base: NonNullable<Awaited<ReturnType<typeof loadCampaignBase>>>) {
  const { id, documentNumber, title, year, status, issuingUnit, milestones } = base;
  return { id, documentNumber, title, year, status, issuingUnit, milestones };
}

/**
 * Deadline compliance of one campaign: per milestone the portal tracks, the standing of every participating
 * unit (Mẫu 1, the units' report of a phase) or of the issuing unit's office (summary report of a phase)
 * against its effective (possibly extended) deadline, from the first submission. Readers: "read:registration"
 * on the campaign's issuing unit (read from the DB). Null when missing or not allowed. A fixed number of
 * queries whatever the number of units.
 */
export async function getCampaignCompliance(user: SessionUser, campaignId: string, now = new Date(), options: ComplianceOptions = {}) {
  const db = await getDb();
  const base = await loadCampaignBase(campaignId);
  const campaign = base && { ...campaignWithMilestones(base), parentCampaignId: base.parentCampaignId };
  if (!campaign || !can(user.roles, "read:registration", campaign.issuingUnit)) return null;

  const paged = options.page !== undefined;
  const pageSize = options.pageSize ?? 50;
  const parentId = campaign.parentCampaignId;
  const isForward = (k: MilestoneKind) => isForwardMilestone(k, !!parentId);
  const tracked = campaign.milestones.filter((m) => isTrackedMilestone(m.kind) || isForward(m.kind));
  const has = (pred: (k: MilestoneKind) => boolean) => tracked.some((m) => pred(m.kind));
  const hasKind = (k: MilestoneKind) => campaign.milestones.some((m) => m.kind === k);
  const selectedId = options.rowsOf === undefined && !paged ? null : ((tracked.find((m) => m.id === options.rowsOf) ?? tracked[0] ?? null)?.id ?? null);
  /** A milestone every participating unit hands in (not the office's, not the forwarding). */
  const unitMilestoneOf = (m: (typeof tracked)[number]): UnitMilestone | null => {
    if (isForward(m.kind) || complianceScope(m.kind) !== "UNITS") return null;
    return { id: m.id, dueAt: m.dueAt, phase: phaseOfMilestoneKind(m.kind)?.phase ?? null };
  };
  const unitMilestones = tracked.map(unitMilestoneOf).filter((m): m is UnitMilestone => !!m);
  const selectedUnitMilestone = paged ? (unitMilestones.find((m) => m.id === selectedId) ?? null) : null;
  const pageStart = ((options.page ?? 1) - 1) * pageSize;

  // The full computation reads every unit and its records, flat (Prisma's nested read of 2,000 units cost
  // ~35 ms of CPU); the paged one lets the database count and rank them, and reads the shown page only.
  const [units, counted, registrations, reports, summaryReports, deadlineOf, proposalGroups, closedSessions, forwarded, standings] = await Promise.all([
    paged
      ? Promise.resolve([] as { id: string; name: string; status: UnitStatus }[])
      : db.$queryRaw<{ id: string; name: string; status: UnitStatus }[]>`
          SELECT u."id", u."name", u."status"::text AS "status"
          FROM "CampaignUnit" cu JOIN "Unit" u ON u."id" = cu."unitId"
          WHERE cu."campaignId" = ${campaignId}`,
    // Paged, the units' counts give the number of participating units, unless no milestone has them.
    paged && !unitMilestones.length ? db.campaignUnit.count({ where: { campaignId } }) : Promise.resolve(null),
    !paged && has((k) => k === "REGISTRATION")
      ? db.$queryRaw<{ unitId: string; status: SubmissionStatus; firstSubmittedAt: Date | null }[]>`
          SELECT "unitId", "status"::text AS "status", "firstSubmittedAt" FROM "Registration"
          WHERE "campaignId" = ${campaignId} AND "kind" = 'UNIT' AND "ownerKey" = 'UNIT'`
      : Promise.resolve([]),
    !paged && has((k) => phaseOfMilestoneKind(k)?.summary === false)
      ? db.$queryRaw<{ unitId: string; phase: ReportPhase; status: SubmissionStatus; firstSubmittedAt: Date | null }[]>`
          SELECT "unitId", "phase"::text AS "phase", "status"::text AS "status", "firstSubmittedAt" FROM "Report" WHERE "campaignId" = ${campaignId}`
      : Promise.resolve([]),
    has((k) => phaseOfMilestoneKind(k)?.summary === true)
      ? db.summaryReport.findMany({ where: { campaignId }, select: { phase: true, status: true, firstSubmittedAt: true } })
      : Promise.resolve([]),
    // Paged: the database applies the units' extensions; here only the office's (summary reports, forwarding).
    paged ? loadEffectiveDeadlines(tracked, [campaign.issuingUnit.id]) : null,
    // Award milestones: the participating units' proposals per unit and status (one GROUP BY), and the closed council sessions.
    hasKind("AWARD_PROPOSAL") || hasKind("COUNCIL_REVIEW")
      ? db.$queryRaw<{ unitId: string; status: AwardProposalStatus; isLate: boolean; n: number }[]>`
          SELECT p."unitId", p."status"::text AS "status", p."isLate", count(*)::int AS "n"
          FROM "AwardProposal" p JOIN "CampaignUnit" cu ON cu."campaignId" = p."campaignId" AND cu."unitId" = p."unitId"
          WHERE p."campaignId" = ${campaignId}
          GROUP BY p."unitId", p."status", p."isLate"`
      : Promise.resolve([]),
    hasKind("COUNCIL_REVIEW") ? db.councilSession.count({ where: { campaignId, status: "CLOSED" } }) : Promise.resolve(0),
    // Sending the typical initiatives up: the issuing unit's Mẫu 1 in the parent campaign (lib/cascade forwards into it).
    parentId && tracked.some((m) => isForward(m.kind))
      ? db.registration.findUnique({
          where: { campaignId_unitId_ownerKey: { campaignId: parentId, unitId: campaign.issuingUnit.id, ownerKey: "UNIT" } },
          select: { status: true, firstSubmittedAt: true },
        })
      : Promise.resolve(null),
    // The units' counts of every milestone and the shown page's runs, in one statement.
    paged
      ? loadStandings(
          campaignId,
          unitMilestones,
          now,
          selectedUnitMilestone && { milestone: selectedUnitMilestone, problemsOnly: !!options.problemsOnly, start: pageStart, end: pageStart + pageSize },
        )
      : Promise.resolve(null),
  ]);
  const counts = standings?.counts ?? null;
  const ranked = standings?.window ?? null;
  const unitCount = counted ?? (paged ? summaryOfCounts(counts!.get(unitMilestones[0].id)!).participating : units.length);
  const deadlines = deadlineOf ?? (await loadEffectiveDeadlines(tracked, [...units.map((u) => u.id), campaign.issuingUnit.id]));
  // The window's runs of equal standing, put in name order, then the page cut from them.
  const shown = ranked ? pageByLateness(ranked.runs, pageStart - ranked.runStart, pageStart + pageSize - ranked.runStart) : [];
  const details = selectedUnitMilestone ? await loadUnitRowDetails(campaignId, selectedUnitMilestone, shown.map((r) => r.unitId)) : null;

  const byStatus: ProposalStatusCounts = {};
  for (const g of proposalGroups) byStatus[g.status] = (byStatus[g.status] ?? 0) + g.n;
  const regByUnit = new Map(registrations.map((r) => [r.unitId, r]));
  const reportOf = new Map(reports.map((r) => [`${r.unitId}:${r.phase}`, r]));
  const summaryOf = new Map(summaryReports.map((r) => [r.phase, r]));

  const milestones: MilestoneCompliance[] = campaign.milestones.map((m) => {
    const forward = isForward(m.kind);
    const scope = forward ? "OFFICE" : complianceScope(m.kind);
    if (!isTrackedMilestone(m.kind) && !forward) {
      const proposals = m.kind === "AWARD_PROPOSAL" ? (paged ? proposalTotals(proposalGroups) : proposalSummary(units, proposalGroups)) : null;
      let councilReview: MilestoneCompliance["councilReview"] = null;
      if (m.kind === "COUNCIL_REVIEW") {
        const st = councilReviewState(byStatus, closedSessions, m.dueAt, now);
        councilReview = { status: st.status, overdue: st.overdue, text: councilReviewText(byStatus, closedSessions) };
      }
      return { ...m, tracked: false, scope, notOpenUntil: null, summary: null, units: [], listed: 0, problems: 0, rowsLoaded: false, proposals, councilReview };
    }
    const phase = phaseOfMilestoneKind(m.kind);
    const window = phase ? phaseWindow(campaign.milestones, phase.phase, phase.summary) : null;
    const notOpenUntil = window && !isWindowOpen(window, now) ? window.opensAt : null;
    const base = { ...m, tracked: true, scope, notOpenUntil, proposals: null, councilReview: null } as const;
    const unitCounts = counts?.get(m.id);
    if (unitCounts) {
      const summary = summaryOfCounts(unitCounts);
      const problems = summary.participating - summary.onTime;
      if (m.id !== selectedId || !ranked || !details) return { ...base, summary, units: [], listed: 0, problems, rowsLoaded: false };
      const rows = shown.map((r): ComplianceUnitRow => {
        const d = details.get(r.unitId)!;
        return {
          unitId: r.unitId,
          name: r.name,
          unitStatus: d.unitStatus,
          recordStatus: d.recordStatus,
          firstSubmittedAt: d.firstSubmittedAt,
          standing: { status: STATUS_OF_RANK[r.rank], daysLate: r.days },
          dueAt: d.dueAt,
          extension: d.extension,
        };
      });
      return { ...base, summary, units: rows, listed: options.problemsOnly ? problems : summary.participating, problems, rowsLoaded: true };
    }
    const recordOf = (unitId: string) =>
      forward ? forwarded : !phase ? regByUnit.get(unitId) : phase.summary ? summaryOf.get(phase.phase) : reportOf.get(`${unitId}:${phase.phase}`);
    const who = scope === "OFFICE" ? [campaign.issuingUnit] : units;
    if (selectedId !== null && m.id !== selectedId) {
      // Statistics only: the standing of every unit, without building (or sorting) rows nobody will see.
      const summary = summarise(who.map((u) => unitStanding((recordOf(u.id) ?? null)?.firstSubmittedAt, deadlines(m, u.id).dueAt, now)));
      return { ...base, summary, units: [], listed: 0, problems: summary.participating - summary.onTime, rowsLoaded: false };
    }
    const rows: ComplianceUnitRow[] = who.map((u) => {
      const rec = recordOf(u.id) ?? null;
      const eff = deadlines(m, u.id);
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
    const summary = summarise(rows.map((r) => r.standing));
    const problems = summary.participating - summary.onTime;
    // The office's own row is one; paged, it is filtered and cut like the units' rows.
    const listedRows = paged && options.problemsOnly ? rows.filter((r) => isProblem(r.standing)) : rows;
    const pageRows = paged ? listedRows.slice(pageStart, pageStart + pageSize) : rows;
    return { ...base, summary, units: pageRows, listed: listedRows.length, problems, rowsLoaded: true };
  });

  return { campaign: { ...campaign, milestones: undefined }, milestones, unitCount };
}

/**
 * The campaign's milestones for the timeline/calendar. Readers: those of the compliance page, and the
 * heads/staff of participating units once the campaign is published. Null when missing or not allowed.
 */
export async function getCampaignTimeline(user: SessionUser, campaignId: string) {
  const db = await getDb();
  const base = await loadCampaignBase(campaignId);
  const campaign = base && campaignWithMilestones(base);
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
            select: CAMPAIGN_MILESTONE_SELECT,
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
