import "server-only";
import { notFoundError, ruleError } from "@/lib/actions/result";
import { can, type Permission } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import type { Db, Tx } from "@/lib/db/client";
import type { ReportPhase } from "@/lib/generated/prisma/enums";
import { phaseWindow } from "./phase";
import type { ReportSource } from "./snapshot";

type Client = Db | Tx;
type Actor = Pick<SessionUser, "roles">;

/** The milestone kinds phaseWindow looks at (the report's own and the ones before it). */
const WINDOW_KINDS = ["REGISTRATION", "MIDTERM_REPORT", "FINAL_REPORT"] as const;

/** Campaign of a unit's report, read from the database, with what the report needs. */
export async function loadReportCampaign(db: Client, campaignId: string, unitId: string) {
  return db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      documentNumber: true,
      title: true,
      status: true,
      issuedOn: true,
      issuingUnit: { select: { id: true, name: true, path: true } },
      fields: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true, sortOrder: true } },
      milestones: {
        where: { kind: { in: [...WINDOW_KINDS] } },
        orderBy: [{ dueAt: "asc" }, { sortOrder: "asc" }],
        select: { id: true, kind: true, name: true, dueAt: true, opensAt: true, hardCutoffAt: true },
      },
      units: { where: { unitId }, take: 1, select: { unitId: true } },
    },
  });
}

export type ReportCampaign = NonNullable<Awaited<ReturnType<typeof loadReportCampaign>>>;

/**
 * The unit (from the database; the actor must hold `permission` on it) and the campaign it takes
 * part in, for the unit's own work on its report. Anything else is "not found".
 */
export async function loadUnitReportContext(db: Client, actor: Actor, campaignId: string, unitId: string, phase: ReportPhase, permission: Permission = "edit:report") {
  const unit = await db.unit.findUnique({ where: { id: unitId }, select: { id: true, name: true, path: true } });
  if (!unit || !can(actor.roles, permission, unit)) throw notFoundError();
  const campaign = await loadReportCampaign(db, campaignId, unit.id);
  // An unpublished plan is invisible to units.
  if (!campaign || campaign.status === "DRAFT") throw notFoundError();
  if (campaign.units.length === 0) throw notFoundError();
  return { unit, campaign, phase, window: phaseWindow(campaign.milestones, phase) };
}

export type UnitReportContext = Awaited<ReturnType<typeof loadUnitReportContext>>;

/** Mutations also need the plan to be running. */
export function assertCampaignRunning(ctx: UnitReportContext) {
  if (ctx.campaign.status !== "PUBLISHED") throw ruleError("Kế hoạch thi đua đã kết thúc, không thể thay đổi báo cáo.");
}

/**
 * Everything a report shows, read from the database: the initiatives it covers (those of the unit's
 * ACCEPTED Mẫu 1 forms, the unit's and its individuals'), their figures and current evidence files,
 * and the unit's saved report. Sequential queries: also used inside a transaction.
 */
export async function loadReportSource(db: Client, ctx: Pick<UnitReportContext, "unit" | "campaign" | "phase">): Promise<ReportSource & { reportRow: ReportRow | null }> {
  const { unit, campaign, phase } = ctx;
  const initiatives = await db.initiative.findMany({
    where: { campaignId: campaign.id, unitId: unit.id, registration: { status: "ACCEPTED" } },
    orderBy: [{ registration: { kind: "asc" } }, { registrationId: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
    select: {
      id: true,
      fieldId: true,
      content: true,
      type: true,
      ownerType: true,
      ownerNames: true,
      expectedCompletion: true,
      note: true,
      progress: true,
      completedOn: true,
      droppedReason: true,
      progressNote: true,
      registration: { select: { kind: true, ownerUser: { select: { fullName: true } } } },
      results: {
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        select: { id: true, indicator: true, unitOfMeasure: true, valueBefore: true, valueAfter: true, source: true },
      },
      evidenceFiles: {
        where: { supersededAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, fileName: true, mimeType: true, sizeBytes: true },
      },
    },
  });
  const report = await db.report.findUnique({
    where: { campaignId_unitId_phase: { campaignId: campaign.id, unitId: unit.id, phase } },
    include: {
      fieldRows: { select: { fieldId: true, completedOverride: true, overrideNote: true, note: true } },
      initiativeParts: { select: { initiativeId: true, summary: true, results: true } },
      evidenceFiles: {
        where: { supersededAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, fileName: true, mimeType: true, sizeBytes: true },
      },
    },
  });
  return {
    phase,
    countsAsOf: phaseWindow(campaign.milestones, phase)?.milestone.dueAt ?? null,
    campaign: {
      id: campaign.id,
      documentNumber: campaign.documentNumber,
      title: campaign.title,
      issuedOn: campaign.issuedOn,
      issuingUnitName: campaign.issuingUnit.name,
    },
    unit: { id: unit.id, name: unit.name },
    fields: campaign.fields,
    initiatives: initiatives.map(({ registration, results, evidenceFiles, ...i }) => ({
      ...i,
      registeredBy: registration.kind === "INDIVIDUAL" ? (registration.ownerUser?.fullName ?? null) : null,
      results,
      evidence: evidenceFiles,
    })),
    report: report
      ? {
          situation: report.situation,
          currentState: report.currentState,
          strengths: report.strengths,
          limitations: report.limitations,
          lessons: report.lessons,
          fieldRows: report.fieldRows,
          parts: report.initiativeParts,
          evidence: report.evidenceFiles,
        }
      : null,
    reportRow: report
      ? {
          id: report.id,
          status: report.status,
          lockVersion: report.lockVersion,
          submittedVersion: report.submittedVersion,
          firstSubmittedAt: report.firstSubmittedAt,
          lastSubmittedAt: report.lastSubmittedAt,
          isLate: report.isLate,
          returnComment: report.returnComment,
          acceptedAt: report.acceptedAt,
        }
      : null,
  };
}

export interface ReportRow {
  id: string;
  status: import("@/lib/generated/prisma/enums").SubmissionStatus;
  lockVersion: number;
  submittedVersion: number;
  firstSubmittedAt: Date | null;
  lastSubmittedAt: Date | null;
  isLate: boolean;
  returnComment: string | null;
  acceptedAt: Date | null;
}

/** Registered initiatives per field id (the override rule's bound). */
export function registeredByField(src: Pick<ReportSource, "fields" | "initiatives">): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(src.fields.map((f) => [f.id, 0]));
  for (const i of src.initiatives) out[i.fieldId] = (out[i.fieldId] ?? 0) + 1;
  return out;
}
