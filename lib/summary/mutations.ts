import "server-only";
import { conflictError, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db/client";
import { inTransaction, isUniqueViolation } from "@/lib/db/transaction";
import { submissionDeadline } from "@/lib/submissions/deadline";
import type { ReportPhase } from "@/lib/generated/prisma/enums";
import { PHASE_REPORT_NAMES, PHASE_SLUGS } from "@/lib/reports/labels";
import { isWindowOpen, phaseWindow, SUMMARY_REPORT_KIND, UNIT_REPORT_KIND } from "@/lib/reports/phase";
import { freezeVersion } from "@/lib/submissions/freeze";
import { SUMMARY_REPORT } from "@/lib/submissions/kinds";
import { acceptSubmission, assertReviewable, returnSubmission } from "@/lib/submissions/review";
import { formatDateTimeVN, formatDeadline } from "@/lib/time/vn";
import { fieldSums } from "./figures";
import { addresseeOf, assembleDraft, buildFieldTable, GENERATED_SECTIONS, hasAnyText, SECTION_KEYS, type Sections, type UnitReportText } from "./rules";
import type { AcceptSummaryInput, ReturnSummaryInput, SaveSummaryInput } from "./schemas";
import { buildSnapshot } from "./snapshot";

type Actor = Pick<SessionUser, "id" | "roles" | "fullName">;


/**
 * The campaign of a summary report, read from the database, when the actor may manage the
 * consolidated report of its ISSUING unit; anyone else gets "not found".
 */
async function campaignToManage(actor: Pick<SessionUser, "roles">, campaignId: string) {
  const db = await getDb();
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      documentNumber: true,
      title: true,
      issuedOn: true,
      status: true,
      signerName: true,
      signerTitle: true,
      issuingUnitId: true,
      issuingUnit: { select: { id: true, path: true, name: true, parent: { select: { name: true } } } },
      parentCampaign: { select: { id: true, documentNumber: true, title: true, issuingUnit: { select: { name: true } }, receivingUnit: { select: { name: true } } } },
      fields: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true } },
      milestones: {
        where: { kind: { in: [...Object.values(UNIT_REPORT_KIND), ...Object.values(SUMMARY_REPORT_KIND)] } },
        select: { id: true, kind: true, name: true, dueAt: true, opensAt: true, hardCutoffAt: true },
      },
    },
  });
  if (!campaign || !can(actor.roles, "manage:summary", campaign.issuingUnit)) throw notFoundError();
  if (campaign.status === "DRAFT") throw ruleError("Kế hoạch chưa ban hành: chưa lập báo cáo tổng hợp được.");
  return campaign;
}

type ManagedCampaign = Awaited<ReturnType<typeof campaignToManage>>;

function sectionData(sections: Sections) {
  const data = {} as Record<(typeof SECTION_KEYS)[number], string | null>;
  for (const k of SECTION_KEYS) data[k] = sections[k] ? sections[k] : null;
  return data;
}

function phaseName(phase: ReportPhase) {
  return PHASE_REPORT_NAMES[phase];
}

/** Creates the report (lockVersion 0) or updates it while it is in the office's hands. */
async function writeSections(tx: Tx, actor: Actor, campaign: ManagedCampaign, input: SaveSummaryInput, audit: boolean) {
  const existing = await tx.summaryReport.findUnique({
    where: { campaignId_phase: { campaignId: campaign.id, phase: input.phase } },
    select: { id: true, status: true, lockVersion: true },
  });
  const data = sectionData(input.sections);
  if (!existing) {
    if (input.lockVersion !== 0) throw conflictError();
    let created;
    try {
      created = await tx.summaryReport.create({
        data: { campaignId: campaign.id, phase: input.phase, ...data, createdById: actor.id, updatedById: actor.id },
        select: { id: true, status: true, lockVersion: true, submittedVersion: true, firstSubmittedAt: true, isLate: true },
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw conflictError();
      throw err;
    }
    if (audit) {
      await writeAudit(tx, actor.id, {
        action: "summary.save",
        entityType: "SummaryReport",
        entityId: created.id,
        unitId: campaign.issuingUnitId,
        campaignId: campaign.id,
        after: { phase: input.phase, lockVersion: 0 },
        summary: `Soạn ${phaseName(input.phase)} của Kế hoạch ${campaign.documentNumber}`,
      });
    }
    return created;
  }
  if (!SUMMARY_REPORT.isEditable(existing.status)) {
    throw ruleError(
      existing.status === "ACCEPTED"
        ? "Báo cáo đã được cấp trên tiếp nhận, không sửa được nữa."
        : "Báo cáo đã gửi, không sửa được nữa (chỉ sửa được khi cấp trên trả lại).",
    );
  }
  if (existing.lockVersion !== input.lockVersion) throw conflictError();
  const updated = await tx.summaryReport.updateMany({
    where: { id: existing.id, lockVersion: input.lockVersion, status: { in: [...SUMMARY_REPORT.editable] } },
    data: { ...data, updatedById: actor.id, lockVersion: { increment: 1 } },
  });
  if (updated.count === 0) throw conflictError();
  if (audit) {
    await writeAudit(tx, actor.id, {
      action: "summary.save",
      entityType: "SummaryReport",
      entityId: existing.id,
      unitId: campaign.issuingUnitId,
      campaignId: campaign.id,
      before: { lockVersion: existing.lockVersion },
      after: { lockVersion: existing.lockVersion + 1 },
      summary: `Lưu ${phaseName(input.phase)} của Kế hoạch ${campaign.documentNumber}`,
    });
  }
  return tx.summaryReport.findUniqueOrThrow({
    where: { id: existing.id },
    select: { id: true, status: true, lockVersion: true, submittedVersion: true, firstSubmittedAt: true, isLate: true },
  });
}

/** The office saves the narrative (sections I–VI) of its consolidated report. */
export async function saveSummary(actor: Actor, input: SaveSummaryInput) {
  const campaign = await campaignToManage(actor, input.campaignId);
  const db = await getDb();
  const saved = await db.$transaction((tx) => writeSections(tx, actor, campaign, input, true));
  return { summaryReportId: saved.id, lockVersion: saved.lockVersion, status: saved.status, savedAt: new Date() };
}

/**
 * "Tạo bản thảo từ báo cáo các đơn vị": the figures computed now plus one paragraph per unit, from the
 * units' reports of the phase that are SUBMITTED or ACCEPTED (their columns are the submitted
 * version; a draft or a returned report being corrected is the unit's own and never read here).
 * Nothing is written: the office sees the text in the form and saves it.
 */
export async function generateSummaryDraft(actor: Actor, input: { campaignId: string; phase: ReportPhase }) {
  const campaign = await campaignToManage(actor, input.campaignId);
  const db = await getDb();
  const [sums, reports] = await Promise.all([
    fieldSums(db, campaign.id, input.phase),
    db.report.findMany({
      where: { campaignId: campaign.id, phase: input.phase, status: { in: ["SUBMITTED", "ACCEPTED"] } },
      orderBy: [{ unit: { sortOrder: "asc" } }, { unit: { name: "asc" } }, { unitId: "asc" }],
      select: {
        situation: true,
        currentState: true,
        strengths: true,
        limitations: true,
        lessons: true,
        unit: { select: { name: true } },
        initiativeParts: {
          orderBy: [{ initiative: { field: { sortOrder: "asc" } } }, { initiative: { sortOrder: "asc" } }, { id: "asc" }],
          select: { summary: true, results: true, initiative: { select: { content: true } } },
        },
      },
    }),
  ]);
  const table = buildFieldTable(campaign.fields, sums);
  const units: UnitReportText[] = reports.map((r) => ({
    unitName: r.unit.name,
    situation: r.situation,
    currentState: r.currentState,
    strengths: r.strengths,
    limitations: r.limitations,
    lessons: r.lessons,
    parts: r.initiativeParts.map((p) => ({ content: p.initiative.content, summary: p.summary, results: p.results })),
  }));
  return { sections: assembleDraft({ table, units }), unitsIncluded: units.length, generatedSections: GENERATED_SECTIONS };
}

/**
 * Saves the form as shown and submits it, in ONE transaction: status SUBMITTED, version n+1 with the
 * whole document frozen (tables computed now, lists' counts, late and missing units, narrative), the
 * lateness against the summary milestone (the issuing unit's effective due date), a SUBMIT review
 * row and the audit row. With a parent campaign it goes to the parent's office; without one it is final.
 */
export async function submitSummary(actor: Actor, input: SaveSummaryInput) {
  const campaign = await campaignToManage(actor, input.campaignId);
  if (campaign.status === "CLOSED") throw ruleError("Kế hoạch đã kết thúc: không gửi báo cáo được nữa.");
  const window = phaseWindow(campaign.milestones, input.phase, true);
  if (!window) {
    throw ruleError(`Kế hoạch không có mốc “${phaseName(input.phase)}” của Bộ phận CCHC: chưa gửi được báo cáo trên cổng. Hãy bổ sung mốc trong kế hoạch.`);
  }
  const now = new Date();
  if (!isWindowOpen(window, now)) {
    throw ruleError(`Chưa đến thời gian gửi ${phaseName(input.phase)}: mở từ ${formatDateTimeVN(window.opensAt)} (sau hạn báo cáo của các đơn vị).`);
  }
  if (!hasAnyText(input.sections)) {
    throw ruleError("Báo cáo chưa có nội dung: hãy tạo bản thảo từ báo cáo các đơn vị hoặc nhập nội dung các mục trước khi gửi.", {
      "sections.situation": "Vui lòng nhập nội dung báo cáo.",
    });
  }
  const milestone = window.milestone;
  const result = await inTransaction(async (tx) => {
    const { dueAt } = await submissionDeadline(
      tx,
      milestone,
      campaign.issuingUnitId,
      now,
      (cutoffAt) => `Đã quá hạn cuối cùng (${formatDeadline(cutoffAt)}) của ${phaseName(input.phase)}: không gửi được trên cổng nữa.`,
    );
    const saved = await writeSections(tx, actor, campaign, input, false);
    const { versionNo, versionIsLate } = await freezeVersion(tx, SUMMARY_REPORT, actor.id, {
      record: saved,
      from: SUMMARY_REPORT.editable,
      now,
      dueAt,
      snapshot: ({ versionNo, isLate }) =>
        buildSnapshot(tx, campaign, input.phase, input.sections, { versionNo, submittedAt: now.toISOString(), submittedByName: actor.fullName, isLate }),
    });
    const to = addresseeOf(campaign.parentCampaign);
    await writeAudit(tx, actor.id, {
      action: "summary.submit",
      entityType: "SummaryReport",
      entityId: saved.id,
      unitId: campaign.issuingUnitId,
      campaignId: campaign.id,
      before: { status: saved.status, lockVersion: saved.lockVersion },
      after: { status: "SUBMITTED", versionNo, isLate: versionIsLate, lockVersion: saved.lockVersion + 1 },
      summary: to
        ? `Gửi ${phaseName(input.phase)} (phiên bản ${versionNo}) của Kế hoạch ${campaign.documentNumber} tới ${to}${versionIsLate ? " (trễ hạn)" : ""}`
        : `Hoàn tất ${phaseName(input.phase)} (phiên bản ${versionNo}) của Kế hoạch ${campaign.documentNumber}${versionIsLate ? " (trễ hạn)" : ""}`,
    });
    return { summaryReportId: saved.id, versionNo, isLate: versionIsLate, lockVersion: saved.lockVersion + 1, status: "SUBMITTED" as const };
  });
  return { ...result, hasParent: !!campaign.parentCampaign, addressee: addresseeOf(campaign.parentCampaign) };
}

// ---------------------------------------------------------------------------------------------
// The parent campaign's office reviews what a child campaign sent up
// ---------------------------------------------------------------------------------------------

/**
 * Loads a summary report for the review of `parentCampaignId`'s office: the report's campaign must be
 * a child of that campaign (read from the database), and the actor must hold `review:report` on the
 * PARENT's issuing unit. Anyone else — the office of an unrelated campaign included — gets "not found".
 */
async function loadForReview(actor: Actor, input: { parentCampaignId: string; summaryReportId: string; lockVersion: number }) {
  const db = await getDb();
  const report = await db.summaryReport.findUnique({
    where: { id: input.summaryReportId },
    select: {
      id: true,
      phase: true,
      status: true,
      lockVersion: true,
      submittedVersion: true,
      campaign: {
        select: {
          id: true,
          documentNumber: true,
          issuingUnitId: true,
          issuingUnit: { select: { name: true } },
          parentCampaignId: true,
          parentCampaign: { select: { id: true, documentNumber: true, issuingUnit: { select: { id: true, path: true } } } },
        },
      },
    },
  });
  const parent = report?.campaign.parentCampaign;
  if (!report || !parent || parent.id !== input.parentCampaignId || report.submittedVersion === 0 || !can(actor.roles, "review:report", parent.issuingUnit)) {
    throw notFoundError();
  }
  assertReviewable(SUMMARY_REPORT, report, input.lockVersion, () =>
    report.status === "RETURNED"
      ? "Báo cáo đã được trả lại; sẽ xem xét tiếp khi đơn vị gửi lại."
      : report.status === "ACCEPTED"
        ? "Báo cáo đã được tiếp nhận."
        : "Chỉ xem xét được báo cáo đã gửi và đang chờ tiếp nhận.",
  );
  return report;
}

type Reviewed = Awaited<ReturnType<typeof loadForReview>>;

/** The audit row of a decision is filed under the sending campaign and its issuing unit. */
function reviewTarget(report: Reviewed) {
  return { ...report, unitId: report.campaign.issuingUnitId, campaignId: report.campaign.id };
}

/** The CCHC office of the sending organisation is told (its holders on the issuing unit). */
function recipientsOf(report: Reviewed, actorId: string) {
  return {
    unitId: report.campaign.issuingUnitId,
    roles: ["CCHC_OFFICE"] as const,
    excludeUserId: actorId,
    link: `/campaigns/${report.campaign.id}/summary/${PHASE_SLUGS[report.phase]}`,
    campaignId: report.campaign.id,
  };
}

/** The parent's office returns a consolidated report with a comment; the sending organisation's CCHC office is told. */
export async function returnSummary(actor: Actor, input: ReturnSummaryInput) {
  const report = await loadForReview(actor, input);
  const { campaign, phase } = report;
  const result = await returnSubmission(SUMMARY_REPORT, actor.id, reviewTarget(report), {
    comment: input.comment,
    summary: `Trả lại ${phaseName(phase)} của ${campaign.issuingUnit.name} (Kế hoạch ${campaign.documentNumber}, phiên bản ${report.submittedVersion}): ${input.comment}`,
    notice: {
      ...recipientsOf(report, actor.id),
      title: `Cấp trên trả lại ${PHASE_REPORT_NAMES[phase]} (${campaign.documentNumber}) để chỉnh sửa`,
      lines: [`Kế hoạch ${campaign.parentCampaign?.documentNumber ?? ""}: ${PHASE_REPORT_NAMES[phase]} phiên bản ${report.submittedVersion} được trả lại.`, `Nội dung cần chỉnh sửa: ${input.comment}`],
    },
  });
  return { ...result, childCampaignId: campaign.id, phase };
}

/** The parent's office accepts a consolidated report. */
export async function acceptSummary(actor: Actor, input: AcceptSummaryInput) {
  const report = await loadForReview(actor, input);
  const { campaign, phase } = report;
  const { lockVersion } = await acceptSubmission(SUMMARY_REPORT, actor.id, reviewTarget(report), {
    summary: `Tiếp nhận ${phaseName(phase)} của ${campaign.issuingUnit.name} (Kế hoạch ${campaign.documentNumber}, phiên bản ${report.submittedVersion})`,
    notice: {
      ...recipientsOf(report, actor.id),
      title: `Cấp trên đã tiếp nhận ${PHASE_REPORT_NAMES[phase]} (${campaign.documentNumber})`,
      lines: [`Kế hoạch ${campaign.parentCampaign?.documentNumber ?? ""}: ${PHASE_REPORT_NAMES[phase]} phiên bản ${report.submittedVersion} đã được tiếp nhận.`],
    },
  });
  return { status: "ACCEPTED" as const, lockVersion, childCampaignId: campaign.id, phase };
}
