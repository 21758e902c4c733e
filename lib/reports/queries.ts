import "server-only";
import { compareVi } from "@/lib/text/collate";
import { notFoundError } from "@/lib/actions/result";
import { can, scopesFor } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { campaignFor } from "@/lib/consolidation/access";
import { getDb, type Db } from "@/lib/db/client";
import { loadEffectiveDeadlines } from "@/lib/deadlines/queries";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InitiativeType, MilestoneKind, SubmissionStatus, ReportPhase, UnitStatus } from "@/lib/generated/prisma/enums";
import type { MatrixStatus } from "@/lib/submissions/statuses";
import { UNIT_REPORT } from "@/lib/submissions/kinds";
import { unitDeadline } from "@/lib/submissions/deadline";
import { HISTORY_SELECT, historyOf, loadHistory, SUBMISSION_SELECT, VERSION_SELECT, versionOf } from "@/lib/submissions/history";
import { loadReportSource, loadUnitReportContext, registeredByField } from "./context";
import { isWindowOpen, phaseWindow, type PhaseWindow } from "./phase";
import { isReportEditable, mauHaiRows, reportStatusOf, REPORT_STATUS_ORDER, resultsPrefill, summaryPrefill, effectivePartText, canReviewReport } from "./rules";
import { buildReportSnapshot, orderInitiatives, type ReportSnapshot } from "./snapshot";

type Actor = Pick<SessionUser, "roles">;
const uniq = <T,>(xs: T[]) => [...new Set(xs)];


async function latestSnapshot(db: Db, reportId: string, submittedVersion: number): Promise<ReportSnapshot | null> {
  if (submittedVersion < 1) return null;
  const v = await db.reportVersion.findUnique({ where: { reportId_versionNo: { reportId, versionNo: submittedVersion } }, select: { snapshot: true } });
  return v ? (v.snapshot as unknown as ReportSnapshot) : null;
}

/** The unit's effective deadline of the phase's milestone (extension, cut-off) and when the phase opens; nulls without a milestone. */
async function reportDeadline(window: PhaseWindow<{ id: string; kind: MilestoneKind; dueAt: Date; opensAt: Date | null; hardCutoffAt: Date | null; name: string }> | null, unitId: string) {
  return { ...(await unitDeadline(window?.milestone, unitId)), opensAt: window?.opensAt ?? null, milestoneName: window?.milestone.name ?? null };
}

export type ReportDeadline = Awaited<ReturnType<typeof reportDeadline>>;

/** One part of the Đề cương as the editor shows it. */
export interface EditorPart {
  initiativeId: string;
  fieldName: string;
  fieldNo: number;
  content: string;
  type: InitiativeType;
  progress: string;
  registeredBy: string | null;
  summary: string;
  results: string;
  summaryGenerated: string;
  resultsGenerated: string;
  figuresCount: number;
  evidence: { id: string; fileName: string }[];
}

/**
 * The unit's workspace for its report of a phase. The unit comes from the user's own roles
 * (UNIT_HEAD/UNIT_STAFF: `edit:report`) and must take part in the campaign; `unitParam` from the URL
 * only chooses among those units.
 */
export async function getReportWorkspace(user: SessionUser, campaignId: string, unitParam: string | undefined, phase: ReportPhase) {
  const myUnitIds = uniq(scopesFor(user.roles, "edit:report").map((s) => s.unitId));
  if (myUnitIds.length === 0) throw notFoundError();
  const db = await getDb();
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      documentNumber: true,
      title: true,
      status: true,
      units: { where: { unitId: { in: myUnitIds } }, select: { unit: { select: { id: true, name: true, path: true } } } },
    },
  });
  if (!campaign || campaign.status === "DRAFT" || campaign.units.length === 0) throw notFoundError();
  const choices = campaign.units.map((cu) => cu.unit).sort((a, b) => compareVi(a.name, b.name));
  const chosen = unitParam ? choices.find((u) => u.id === unitParam) : choices.length === 1 ? choices[0] : undefined;
  if (unitParam && !chosen) throw notFoundError();
  if (!chosen) return { needsChoice: true as const, campaign: { id: campaign.id, documentNumber: campaign.documentNumber, title: campaign.title }, choices };

  const ctx = await loadUnitReportContext(db, user, campaign.id, chosen.id, phase, "edit:report");
  const src = await loadReportSource(db, ctx);
  const deadline = await reportDeadline(ctx.window, chosen.id);
  const report = src.reportRow;
  const history = report ? await loadHistory(db, UNIT_REPORT, report.id) : historyOf(null);
  const status = report?.status ?? null;
  const running = ctx.campaign.status === "PUBLISHED";
  const now = new Date();

  const fieldNo = new Map(ctx.campaign.fields.map((f, i) => [f.id, i + 1]));
  const fieldName = new Map(ctx.campaign.fields.map((f) => [f.id, f.name]));
  const savedParts = new Map((src.report?.parts ?? []).map((p) => [p.initiativeId, p]));
  const parts: EditorPart[] = orderInitiatives(ctx.campaign.fields, src.initiatives).map((i) => {
    const summaryGenerated = summaryPrefill(i);
    const resultsGenerated = resultsPrefill(i, i.results);
    const saved = savedParts.get(i.id);
    return {
      initiativeId: i.id,
      fieldName: fieldName.get(i.fieldId) ?? "",
      fieldNo: fieldNo.get(i.fieldId) ?? 0,
      content: i.content,
      type: i.type,
      progress: i.progress,
      registeredBy: i.registeredBy ?? null,
      summary: effectivePartText(saved?.summary, summaryGenerated),
      results: effectivePartText(saved?.results, resultsGenerated),
      summaryGenerated,
      resultsGenerated,
      figuresCount: i.results.length,
      evidence: i.evidence.map((e) => ({ id: e.id, fileName: e.fileName })),
    };
  });

  const editable = running && !!ctx.window && isReportEditable(status);
  return {
    needsChoice: false as const,
    phase,
    campaign: {
      id: ctx.campaign.id,
      documentNumber: ctx.campaign.documentNumber,
      title: ctx.campaign.title,
      status: ctx.campaign.status,
      issuingUnitName: ctx.campaign.issuingUnit.name,
    },
    unit: { id: chosen.id, name: chosen.name },
    hasSeveralUnits: choices.length > 1,
    hasMilestone: !!ctx.window,
    windowOpen: isWindowOpen(ctx.window, now),
    deadline,
    report,
    formStatus: reportStatusOf(report, history.versions),
    table: mauHaiRows(ctx.campaign.fields, src.initiatives, src.report?.fieldRows ?? [], src.countsAsOf ?? null),
    registered: registeredByField(src),
    sections: {
      situation: src.report?.situation ?? "",
      currentState: src.report?.currentState ?? "",
      strengths: src.report?.strengths ?? "",
      limitations: src.report?.limitations ?? "",
      lessons: src.report?.lessons ?? "",
    },
    parts,
    reportEvidence: (src.report?.evidence ?? []).map((e) => ({ id: e.id, fileName: e.fileName })),
    /** Submitted or accepted: the version the office has, shown read-only. */
    latest: report && !isReportEditable(report.status) ? await latestSnapshot(db, report.id, report.submittedVersion) : null,
    history,
    canEdit: editable,
    canSubmit: can(user.roles, "submit:report", chosen),
  };
}

export type ReportWorkspace = Extract<Awaited<ReturnType<typeof getReportWorkspace>>, { needsChoice: false }>;

/**
 * A report by id, for anyone who may read reports of its unit (read from the record). The unit's own
 * people see the live content (their draft included); everyone else only what was submitted.
 */
export async function getReportView(user: SessionUser, reportId: string) {
  const db = await getDb();
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      phase: true,
      status: true,
      isLate: true,
      submittedVersion: true,
      lastSubmittedAt: true,
      returnComment: true,
      campaignId: true,
      unit: { select: { id: true, name: true, path: true } },
      campaign: { select: { status: true, issuingUnit: { select: { id: true, path: true } } } },
    },
  });
  if (!report || !can(user.roles, "read:report", report.unit)) throw notFoundError();
  if (report.campaign.status === "DRAFT" && !can(user.roles, "read:campaign", report.unit)) throw notFoundError();
  const member = can(user.roles, "edit:report", report.unit);

  let snapshot: ReportSnapshot | null;
  let live = false;
  const ctx = await loadUnitReportContext(db, { roles: user.roles }, report.campaignId, report.unit.id, report.phase, "read:report").catch(() => null);
  if (!ctx) throw notFoundError();
  const deadline = await reportDeadline(ctx.window, report.unit.id);
  if (member && isReportEditable(report.status)) {
    snapshot = buildReportSnapshot(await loadReportSource(db, ctx), { dueAt: deadline.dueAt, confirmedBy: null });
    live = true;
  } else {
    snapshot = await latestSnapshot(db, report.id, report.submittedVersion);
  }
  const history = await loadHistory(db, UNIT_REPORT, report.id);
  return {
    report: { id: report.id, phase: report.phase, status: report.status, isLate: report.isLate, submittedVersion: report.submittedVersion, lastSubmittedAt: report.lastSubmittedAt, returnComment: report.returnComment },
    formStatus: reportStatusOf(report, history.versions),
    campaign: { id: ctx.campaign.id, documentNumber: ctx.campaign.documentNumber, title: ctx.campaign.title, status: ctx.campaign.status },
    unit: { id: report.unit.id, name: report.unit.name },
    deadline,
    snapshot,
    live,
    history,
    editHref: member ? `/unit/campaigns/${report.campaignId}/reports/${report.phase === "MIDTERM" ? "so-ket" : "tong-ket"}?unit=${report.unit.id}` : null,
    reviewHref: can(user.roles, "read:report", report.campaign.issuingUnit) ? `/campaigns/${report.campaignId}/reports/${report.id}` : null,
  };
}

/** One frozen version of a report, for anyone who may read the report's unit. */
export async function getReportVersion(user: SessionUser, reportId: string, versionNo: number) {
  const db = await getDb();
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: { id: true, phase: true, submittedVersion: true, unit: { select: { id: true, name: true, path: true } }, campaign: { select: { status: true } } },
  });
  if (!report || !can(user.roles, "read:report", report.unit)) throw notFoundError();
  if (report.campaign.status === "DRAFT" && !can(user.roles, "read:campaign", report.unit)) throw notFoundError();
  if (!Number.isInteger(versionNo) || versionNo < 1) throw notFoundError();
  const row = await db.reportVersion.findUnique({ where: { reportId_versionNo: { reportId: report.id, versionNo } }, select: { ...VERSION_SELECT, snapshot: true } });
  if (!row) throw notFoundError();
  const version = versionOf(row);
  return {
    report: { id: report.id, phase: report.phase, submittedVersion: report.submittedVersion, unitName: report.unit.name },
    version: { versionNo: version.versionNo, submittedAt: version.submittedAt, submittedByName: version.submittedByName, isLate: version.isLate },
    snapshot: version.snapshot as unknown as ReportSnapshot,
  };
}

// ------------------------------------------------------------------------------------ office list

export const REPORT_PAGE_SIZE = 50;

export interface ReportListFilters {
  status?: MatrixStatus;
  /** Part of the unit's name (case-insensitive). */
  q?: string;
}

/** SQL condition on the unit's report `r` (LEFT JOINed: r.id IS NULL = no report) for one status. */
function statusCondition(status: MatrixStatus): Prisma.Sql {
  switch (status) {
    case "NOT_STARTED":
      return Prisma.sql`r."id" IS NULL`;
    case "DRAFT":
      return Prisma.sql`r."status" IN ('DRAFT', 'AWAITING_CONFIRMATION')`;
    case "SUBMITTED_ON_TIME":
      return Prisma.sql`(r."status" = 'SUBMITTED' AND r."isLate" = false)`;
    case "SUBMITTED_LATE":
      return Prisma.sql`(r."status" = 'SUBMITTED' AND r."isLate" = true)`;
    case "RETURNED":
      return Prisma.sql`r."status" = 'RETURNED'`;
    case "ACCEPTED":
      return Prisma.sql`r."status" = 'ACCEPTED'`;
  }
}

export interface ReportListRow {
  unitId: string;
  unitName: string;
  unitStatus: UnitStatus;
  reportId: string | null;
  reportStatus: SubmissionStatus | null;
  isLate: boolean;
  submittedVersion: number;
  lastSubmittedAt: Date | null;
  status: MatrixStatus;
  /** The unit's own due date when the office extended it. */
  extendedTo: Date | null;
}

function escapeLike(q: string) {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The office's (and leadership's) list of participating units × their report of a phase: counts per
 * status and one page of units. ONE SQL statement for the counts and the page (whatever the number of
 * units), plus one query for the page's extensions. Drafts show only as "Đang soạn".
 */
export async function getReportList(actor: Actor, campaignId: string, phase: ReportPhase, filters: ReportListFilters, page = 1, pageSize = REPORT_PAGE_SIZE) {
  const campaign = await campaignFor(actor, campaignId, "read:report");
  if (!campaign) return null;
  const db = await getDb();
  const milestones = await db.milestone.findMany({
    where: { campaignId, kind: { in: ["REGISTRATION", "MIDTERM_REPORT", "FINAL_REPORT"] } },
    orderBy: [{ dueAt: "asc" }, { sortOrder: "asc" }],
    select: { id: true, kind: true, name: true, dueAt: true, opensAt: true, hardCutoffAt: true },
  });
  const window = phaseWindow(milestones, phase);

  const conds: Prisma.Sql[] = [Prisma.sql`cu."campaignId" = ${campaignId}`];
  const q = filters.q?.trim().slice(0, 200);
  if (q) conds.push(Prisma.sql`lower(u."name") LIKE ${escapeLike(q)}`);
  const base = Prisma.join(conds, " AND ");
  const pageWhere = filters.status ? Prisma.sql`${base} AND ${statusCondition(filters.status)}` : base;
  const offset = (Math.max(1, page) - 1) * pageSize;

  // Counts per status (before the status filter, after the name search) and the page, in one statement.
  type Raw = {
    counts: { status: SubmissionStatus | null; isLate: boolean | null; n: number }[] | string | null;
    unitId: string | null;
    unitName: string | null;
    unitStatus: UnitStatus | null;
    reportId: string | null;
    reportStatus: SubmissionStatus | null;
    isLate: boolean | null;
    submittedVersion: number | null;
    lastSubmittedAt: Date | string | null;
  };
  const raw = await db.$queryRaw<Raw[]>`
    WITH c AS (
      SELECT r."status"::text AS "status", r."isLate" AS "isLate", count(*)::int AS "n"
      FROM "CampaignUnit" cu
      JOIN "Unit" u ON u."id" = cu."unitId"
      LEFT JOIN "Report" r ON r."campaignId" = cu."campaignId" AND r."unitId" = cu."unitId" AND r."phase" = ${phase}::"ReportPhase"
      WHERE ${base}
      GROUP BY r."status", r."isLate"
    ),
    p AS (
      SELECT u."id" AS "unitId", u."name" AS "unitName", u."status"::text AS "unitStatus", u."sortOrder" AS "sortOrder",
             r."id" AS "reportId", r."status"::text AS "reportStatus", coalesce(r."isLate", false) AS "isLate",
             coalesce(r."submittedVersion", 0) AS "submittedVersion", r."lastSubmittedAt" AS "lastSubmittedAt"
      FROM "CampaignUnit" cu
      JOIN "Unit" u ON u."id" = cu."unitId"
      LEFT JOIN "Report" r ON r."campaignId" = cu."campaignId" AND r."unitId" = cu."unitId" AND r."phase" = ${phase}::"ReportPhase"
      WHERE ${pageWhere}
      ORDER BY u."sortOrder", u."name", u."id"
      LIMIT ${pageSize} OFFSET ${offset}
    )
    SELECT (SELECT coalesce(json_agg(json_build_object('status', c."status", 'isLate', c."isLate", 'n', c."n")), '[]'::json) FROM c) AS "counts",
           p."unitId", p."unitName", p."unitStatus", p."reportId", p."reportStatus", p."isLate", p."submittedVersion", p."lastSubmittedAt"
    FROM (SELECT 1) one
    LEFT JOIN p ON true
    ORDER BY p."sortOrder", p."unitName", p."unitId"`;

  const groupsRaw = raw[0]?.counts ?? [];
  const groups = (typeof groupsRaw === "string" ? JSON.parse(groupsRaw) : groupsRaw) as { status: SubmissionStatus | null; isLate: boolean | null; n: number }[];
  const counts = Object.fromEntries(REPORT_STATUS_ORDER.map((s) => [s, 0])) as Record<MatrixStatus, number>;
  for (const g of groups) counts[reportStatusOf(g.status ? { status: g.status, isLate: !!g.isLate } : null)] += Number(g.n);
  const totalUnits = REPORT_STATUS_ORDER.reduce((s, k) => s + counts[k], 0);
  const total = filters.status ? counts[filters.status] : totalUnits;

  const pageRows = raw.filter((r) => r.unitId !== null);
  const deadlineOf = window ? await loadEffectiveDeadlines([window.milestone], pageRows.map((r) => r.unitId!)) : null;
  const rows: ReportListRow[] = pageRows.map((r) => {
    const ext = window && deadlineOf ? deadlineOf(window.milestone, r.unitId!).extension : null;
    return {
      unitId: r.unitId!,
      unitName: r.unitName!,
      unitStatus: r.unitStatus!,
      reportId: r.reportId,
      reportStatus: r.reportStatus,
      isLate: !!r.isLate,
      submittedVersion: Number(r.submittedVersion ?? 0),
      lastSubmittedAt: r.lastSubmittedAt ? new Date(r.lastSubmittedAt) : null,
      status: reportStatusOf(r.reportStatus ? { status: r.reportStatus, isLate: !!r.isLate } : null),
      extendedTo: ext ? ext.dueAt : null,
    };
  });

  return {
    campaign,
    canReview: can(actor.roles, "review:report", campaign.issuingUnit),
    window: window ? { dueAt: window.milestone.dueAt, opensAt: window.opensAt, name: window.milestone.name, hardCutoffAt: window.milestone.hardCutoffAt } : null,
    windowOpen: isWindowOpen(window, new Date()),
    counts,
    totalUnits,
    total,
    page: Math.max(1, page),
    pageSize,
    rows,
  };
}

// ------------------------------------------------------------------------------------ office review

/**
 * A unit's report as the office sees it: the submitted versions (never the unit's live draft), the
 * review history and what the viewer may do. Null when the report does not belong to the campaign,
 * does not exist, or the viewer may not read reports of the campaign's issuing unit.
 */
export async function getReportForReview(actor: Actor, campaignId: string, reportId: string, versionNo?: number) {
  const db = await getDb();
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: {
      ...SUBMISSION_SELECT,
      ...HISTORY_SELECT,
      campaignId: true,
      phase: true,
      unit: { select: { id: true, name: true, status: true } },
      campaign: { select: { id: true, documentNumber: true, title: true, issuingUnit: { select: { id: true, path: true, name: true } } } },
    },
  });
  if (!report || report.campaignId !== campaignId || !can(actor.roles, "read:report", report.campaign.issuingUnit)) return null;

  const latest = report.versions[0]?.versionNo;
  const selectedNo = versionNo && report.versions.some((v) => v.versionNo === versionNo) ? versionNo : latest;
  const milestones = await db.milestone.findMany({
    where: { campaignId, kind: { in: ["REGISTRATION", "MIDTERM_REPORT", "FINAL_REPORT"] } },
    select: { id: true, kind: true, name: true, dueAt: true, opensAt: true, hardCutoffAt: true },
  });
  const window = phaseWindow(milestones, report.phase);
  const [selected, deadline] = await Promise.all([
    selectedNo
      ? db.reportVersion.findUnique({
          where: { reportId_versionNo: { reportId: report.id, versionNo: selectedNo } },
          select: { versionNo: true, snapshot: true, submittedAt: true, isLate: true },
        })
      : null,
    reportDeadline(window, report.unit.id),
  ]);
  const reviewer = can(actor.roles, "review:report", report.campaign.issuingUnit);
  const history = historyOf(report);
  return {
    report: {
      id: report.id,
      phase: report.phase,
      status: report.status,
      submittedVersion: report.submittedVersion,
      firstSubmittedAt: report.firstSubmittedAt,
      lastSubmittedAt: report.lastSubmittedAt,
      isLate: report.isLate,
      returnComment: report.returnComment,
      acceptedAt: report.acceptedAt,
      lockVersion: report.lockVersion,
      unit: report.unit,
    },
    formStatus: reportStatusOf(report, report.versions),
    campaign: { id: report.campaign.id, documentNumber: report.campaign.documentNumber, title: report.campaign.title },
    deadline,
    versions: history.versions,
    selected: selected
      ? {
          versionNo: selected.versionNo,
          submittedAt: selected.submittedAt,
          isLate: selected.isLate,
          snapshot: selected.snapshot as unknown as ReportSnapshot,
          isLatest: selected.versionNo === latest,
        }
      : null,
    reviews: history.reviews,
    canReviewNow: reviewer && canReviewReport(report.status),
    isReviewer: reviewer,
  };
}

export type ReportReviewView = NonNullable<Awaited<ReturnType<typeof getReportForReview>>>;
