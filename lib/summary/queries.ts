import "server-only";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { loadEffectiveDeadlines } from "@/lib/deadlines/queries";
import type { ReportPhase } from "@/lib/generated/prisma/enums";
import { isWindowOpen, phaseWindow, SUMMARY_REPORT_KIND, UNIT_REPORT_KIND } from "@/lib/reports/phase";
import { PHASES } from "@/lib/reports/labels";
import { fieldSums, listCounts, listPage, reportingCounts, reportingUnits, unitRows, type ListKind } from "./figures";
import { addresseeOf, buildFieldTable, canReviewSummary, isSummaryEditable, sectionsOf } from "./rules";
import { buildSnapshot, type SummarySnapshot } from "./snapshot";
import { HISTORY_SELECT, historyOf, SUBMISSION_SELECT } from "@/lib/submissions/history";

type Actor = Pick<SessionUser, "id" | "roles">;

export const SUMMARY_PAGE_SIZE = 50;

const REPORT_KINDS = [...Object.values(UNIT_REPORT_KIND), ...Object.values(SUMMARY_REPORT_KIND)];

const CAMPAIGN_SELECT = {
  id: true,
  documentNumber: true,
  title: true,
  issuedOn: true,
  status: true,
  signerName: true,
  signerTitle: true,
  issuingUnit: { select: { id: true, path: true, name: true, parent: { select: { name: true } } } },
  parentCampaign: {
    select: {
      id: true,
      documentNumber: true,
      title: true,
      issuingUnit: { select: { id: true, path: true, name: true } },
      receivingUnit: { select: { id: true, name: true } },
    },
  },
  fields: { orderBy: { sortOrder: "asc" as const }, select: { id: true, name: true, sortOrder: true } },
  milestones: {
    where: { kind: { in: REPORT_KINDS } },
    orderBy: { dueAt: "asc" as const },
    select: { id: true, kind: true, name: true, dueAt: true, opensAt: true, hardCutoffAt: true },
  },
};

/**
 * The campaign as the summary pages need it, or null when it does not exist or the user may neither
 * manage the consolidated report nor read reports of the campaign's ISSUING unit (read from the
 * database): other Sở's offices, unit heads and staff get "not found".
 */
export async function summaryCampaign(actor: Pick<SessionUser, "roles">, campaignId: string) {
  const db = await getDb();
  const campaign = await db.campaign.findUnique({ where: { id: campaignId }, select: CAMPAIGN_SELECT });
  if (!campaign) return null;
  const canManage = can(actor.roles, "manage:summary", campaign.issuingUnit);
  if (!canManage && !can(actor.roles, "read:report", campaign.issuingUnit)) return null;
  const canReadParent = !!campaign.parentCampaign && (can(actor.roles, "read:report", campaign.parentCampaign.issuingUnit) || can(actor.roles, "review:report", campaign.parentCampaign.issuingUnit));
  return { ...campaign, addressee: addresseeOf(campaign.parentCampaign), rights: { canManage, canReadParent } };
}

export type SummaryCampaign = NonNullable<Awaited<ReturnType<typeof summaryCampaign>>>;

/** The phase's summary milestone (due date, opening) and the units' report milestone. */
export function phaseMilestones(campaign: Pick<SummaryCampaign, "milestones">, phase: ReportPhase, now = new Date()) {
  const summary = phaseWindow(campaign.milestones, phase, true);
  const unit = phaseWindow(campaign.milestones, phase, false);
  return { summary, unit, summaryOpen: isWindowOpen(summary, now) };
}

async function loadSummaryRow(campaignId: string, phase: ReportPhase) {
  const db = await getDb();
  return db.summaryReport.findUnique({
    where: { campaignId_phase: { campaignId, phase } },
    select: {
      ...SUBMISSION_SELECT,
      ...HISTORY_SELECT,
      updatedAt: true,
      situation: true,
      currentState: true,
      highlights: true,
      results: true,
      strengths: true,
      limitations: true,
      lessons: true,
      proposals: true,
    },
  });
}

/** `/campaigns/[id]/summary`: both phases with their milestones, report status and units' reporting. */
export async function getSummaryOverview(actor: Actor, campaignId: string) {
  const campaign = await summaryCampaign(actor, campaignId);
  if (!campaign) return null;
  const db = await getDb();
  const [reports, counts] = await Promise.all([
    db.summaryReport.findMany({
      where: { campaignId },
      select: { phase: true, status: true, submittedVersion: true, lastSubmittedAt: true, isLate: true, returnComment: true, acceptedAt: true, updatedAt: true },
    }),
    db.$queryRaw<{ phase: ReportPhase; units: number; reported: number; late: number }[]>`
      SELECT ph."phase"::text AS "phase", count(cu."unitId")::int AS "units",
             (count(*) FILTER (WHERE rp."firstSubmittedAt" IS NOT NULL))::int AS "reported",
             (count(*) FILTER (WHERE rp."firstSubmittedAt" IS NOT NULL AND rp."isLate"))::int AS "late"
      FROM (VALUES ('MIDTERM'::"ReportPhase"), ('FINAL'::"ReportPhase")) AS ph("phase")
      CROSS JOIN "CampaignUnit" cu
      LEFT JOIN "Report" rp ON rp."campaignId" = cu."campaignId" AND rp."unitId" = cu."unitId" AND rp."phase" = ph."phase"
      WHERE cu."campaignId" = ${campaignId}
      GROUP BY ph."phase"`,
  ]);
  const now = new Date();
  const phases = PHASES.map((phase) => {
    const report = reports.find((r) => r.phase === phase) ?? null;
    const c = counts.find((x) => x.phase === phase);
    return { phase, report, reporting: { units: c?.units ?? 0, reported: c?.reported ?? 0, late: c?.late ?? 0 }, ...phaseMilestones(campaign, phase, now) };
  });
  return { campaign, phases };
}

export interface SummaryPageParams {
  unitPage: number;
  list: ListKind;
  listField?: string;
  listPage: number;
  latePage: number;
  missingPage: number;
}

const page = (n: number, size = SUMMARY_PAGE_SIZE) => ({ limit: size, offset: (Math.max(1, n) - 1) * size });
const clampPage = (n: number, total: number, size = SUMMARY_PAGE_SIZE) => Math.min(Math.max(1, n), Math.max(1, Math.ceil(total / size)));

/**
 * `/campaigns/[id]/summary/[phase]`: the figures computed live (aggregates in SQL, every list one
 * page), the office's report with its versions and the parent's reviews. About ten round trips
 * whatever the number of units and initiatives.
 */
export async function getSummaryPhase(actor: Actor, campaignId: string, phase: ReportPhase, params: SummaryPageParams) {
  const campaign = await summaryCampaign(actor, campaignId);
  if (!campaign) return null;
  const db = await getDb();
  const listField = params.listField && campaign.fields.some((f) => f.id === params.listField) ? params.listField : undefined;

  // Counts first (they bound the pages), then the pages.
  const [report, sums, counts, lists] = await Promise.all([
    loadSummaryRow(campaignId, phase),
    fieldSums(db, campaignId, phase),
    reportingCounts(db, campaignId, phase),
    listCounts(db, campaignId),
  ]);
  const listTotal = listField
    ? (lists.byField.find((f) => f.fieldId === listField)?.[params.list === "COMPLETED" ? "completed" : "dropped"] ?? 0)
    : params.list === "COMPLETED"
      ? lists.completed
      : lists.dropped;
  const pages = {
    unit: clampPage(params.unitPage, counts.units),
    list: clampPage(params.listPage, listTotal),
    late: clampPage(params.latePage, counts.late),
    missing: clampPage(params.missingPage, counts.missing),
  };
  const milestones = phaseMilestones(campaign, phase);
  const [units, listRows, late, missing] = await Promise.all([
    unitRows(db, campaignId, phase, page(pages.unit)),
    listTotal ? listPage(db, campaignId, params.list, listField, page(pages.list)) : Promise.resolve([]),
    counts.late ? reportingUnits(db, campaignId, phase, "late", page(pages.late)) : Promise.resolve([]),
    counts.missing ? reportingUnits(db, campaignId, phase, "missing", page(pages.missing)) : Promise.resolve([]),
  ]);
  // The unit's own due date for the missing ones (extensions): one query for the page.
  const unitMilestone = milestones.unit?.milestone ?? null;
  const deadlineOf = unitMilestone && missing.length ? await loadEffectiveDeadlines([unitMilestone], missing.map((m) => m.unitId)) : null;

  return {
    campaign,
    phase,
    milestones,
    report: report
      ? {
          ...report,
          sections: sectionsOf(report),
          editable: isSummaryEditable(report.status),
          ...historyOf(report),
        }
      : null,
    fieldTable: buildFieldTable(campaign.fields, sums),
    reporting: counts,
    units: { rows: units, page: pages.unit, total: counts.units },
    lists: { counts: lists, kind: params.list, fieldId: listField, rows: listRows, page: pages.list, total: listTotal },
    late: { rows: late, page: pages.late, total: counts.late },
    missing: {
      rows: missing.map((m) => ({ ...m, dueAt: unitMilestone && deadlineOf ? deadlineOf(unitMilestone, m.unitId).dueAt : null })),
      page: pages.missing,
      total: counts.missing,
    },
    pageSize: SUMMARY_PAGE_SIZE,
  };
}

export type SummaryPhaseView = NonNullable<Awaited<ReturnType<typeof getSummaryPhase>>>;

/**
 * The document of one phase: a submitted version (`versionNo`) from its frozen snapshot, or the
 * current text with live figures (a draft for printing). Null when not allowed or not found.
 */
export async function getSummaryDocument(actor: Actor, campaignId: string, phase: ReportPhase, versionNo?: number) {
  const campaign = await summaryCampaign(actor, campaignId);
  if (!campaign) return null;
  const db = await getDb();
  const report = await db.summaryReport.findUnique({
    where: { campaignId_phase: { campaignId, phase } },
    select: {
      id: true,
      status: true,
      situation: true,
      currentState: true,
      highlights: true,
      results: true,
      strengths: true,
      limitations: true,
      lessons: true,
      proposals: true,
      versions: { orderBy: { versionNo: "desc" }, select: { versionNo: true, submittedAt: true, isLate: true } },
    },
  });
  if (versionNo !== undefined) {
    if (!report) return null;
    const v = await db.summaryReportVersion.findUnique({
      where: { summaryReportId_versionNo: { summaryReportId: report.id, versionNo } },
      select: { snapshot: true },
    });
    if (!v) return null;
    return { campaign, report, snapshot: v.snapshot as unknown as SummarySnapshot, live: false };
  }
  const snapshot = await buildSnapshot(db, campaign, phase, sectionsOf(report), null);
  return { campaign, report, snapshot, live: true };
}

// ---------------------------------------------------------------------------------------------
// The parent campaign's office: summary reports sent up by child campaigns
// ---------------------------------------------------------------------------------------------

/** The parent campaign, when the user may review (or read) reports of its ISSUING unit. */
async function parentCampaignFor(actor: Pick<SessionUser, "roles">, parentId: string) {
  const db = await getDb();
  const parent = await db.campaign.findUnique({
    where: { id: parentId },
    select: { id: true, documentNumber: true, title: true, status: true, issuingUnit: { select: { id: true, path: true, name: true } } },
  });
  if (!parent) return null;
  const canReview = can(actor.roles, "review:report", parent.issuingUnit);
  if (!canReview && !can(actor.roles, "read:report", parent.issuingUnit)) return null;
  return { ...parent, canReview };
}

/** `/campaigns/[id]/incoming`: the consolidated reports child campaigns sent (submitted at least once). */
export async function getIncoming(actor: Actor, parentId: string, pageNo = 1) {
  const parent = await parentCampaignFor(actor, parentId);
  if (!parent) return null;
  const db = await getDb();
  const where = { campaign: { parentCampaignId: parentId }, submittedVersion: { gt: 0 } };
  const [children, total, waiting] = await Promise.all([
    db.campaign.findMany({
      where: { parentCampaignId: parentId },
      orderBy: [{ issuedOn: "asc" }, { documentNumber: "asc" }],
      select: { id: true, documentNumber: true, title: true, status: true, issuingUnit: { select: { id: true, name: true } } },
      take: 500,
    }),
    db.summaryReport.count({ where }),
    db.summaryReport.count({ where: { ...where, status: "SUBMITTED" } }),
  ]);
  const current = clampPage(pageNo, total);
  const rows = await db.summaryReport.findMany({
    where,
    orderBy: [{ lastSubmittedAt: "desc" }, { id: "asc" }],
    skip: (current - 1) * SUMMARY_PAGE_SIZE,
    take: SUMMARY_PAGE_SIZE,
    select: {
      id: true,
      phase: true,
      status: true,
      submittedVersion: true,
      firstSubmittedAt: true,
      lastSubmittedAt: true,
      isLate: true,
      acceptedAt: true,
      returnComment: true,
      campaign: { select: { id: true, documentNumber: true, title: true, issuingUnit: { select: { id: true, name: true } } } },
    },
  });
  return { parent, children, rows, total, waiting, page: current, pageSize: SUMMARY_PAGE_SIZE };
}

/**
 * One summary report sent up to `parentId`, as its office sees it: the submitted versions (never the
 * child office's live text), the reviews, what the viewer may do. Null when the report's campaign is
 * not a child of `parentId` or the viewer may not read reports of the parent's issuing unit.
 */
export async function getIncomingSummary(actor: Actor, parentId: string, summaryReportId: string, versionNo?: number) {
  const parent = await parentCampaignFor(actor, parentId);
  if (!parent) return null;
  const db = await getDb();
  const report = await db.summaryReport.findUnique({
    where: { id: summaryReportId },
    select: {
      ...SUBMISSION_SELECT,
      ...HISTORY_SELECT,
      phase: true,
      campaign: { select: { id: true, documentNumber: true, title: true, parentCampaignId: true, issuingUnit: { select: { id: true, name: true } } } },
    },
  });
  if (!report || report.campaign.parentCampaignId !== parentId || report.submittedVersion === 0) return null;
  const latest = report.versions[0]?.versionNo;
  const selectedNo = versionNo && report.versions.some((v) => v.versionNo === versionNo) ? versionNo : latest;
  const selected = selectedNo
    ? await db.summaryReportVersion.findUnique({ where: { summaryReportId_versionNo: { summaryReportId: report.id, versionNo: selectedNo } }, select: { versionNo: true, snapshot: true, submittedAt: true, isLate: true } })
    : null;
  return {
    parent,
    report: { ...report, ...historyOf(report) },
    selected: selected ? { ...selected, snapshot: selected.snapshot as unknown as SummarySnapshot, isLatest: selected.versionNo === latest } : null,
    canReviewNow: parent.canReview && canReviewSummary(report.status),
  };
}
