import "server-only";
import { conflictError, DomainError, MESSAGES, notFoundError, ruleError, zodFieldErrors } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { submissionDeadline } from "@/lib/submissions/deadline";
import type { ReportPhase, SubmissionStatus } from "@/lib/generated/prisma/enums";
import { freezeVersion } from "@/lib/submissions/freeze";
import { UNIT_REPORT } from "@/lib/submissions/kinds";
import { acceptSubmission, assertReviewable, returnSubmission } from "@/lib/submissions/review";
import { formatDateTimeVN } from "@/lib/time/vn";
import { assertCampaignRunning, loadReportSource, loadUnitReportContext, registeredByField, type UnitReportContext } from "./context";
import { PHASE_REPORT_NAMES, PHASE_SLUGS } from "./labels";
import {
  CONFIRM_REPORT_MESSAGE,
  HEAD_ONLY_REPORT_MESSAGE,
  isReportEditable,
  missingSections,
  noMilestoneMessage,
  NOT_EDITABLE_ACCEPTED,
  NOT_EDITABLE_SUBMITTED,
  REPORT_STATUS_LABELS,
  REPORT_SUBMITTABLE,
  reportCutoffMessage,
  reportStatusOf,
  resultsPrefill,
  SECTION_KEYS,
  storedPartText,
  submitWindowProblem,
  summaryPrefill,
} from "./rules";
import { reportFormSchema, type AcceptReportInput, type ReportForm, type ReturnReportInput } from "./schemas";
import { buildReportSnapshot, snapshotFileIds } from "./snapshot";

type Actor = Pick<SessionUser, "id" | "roles" | "fullName">;

export interface ReportSaveResult {
  reportId: string;
  lockVersion: number;
  status: SubmissionStatus;
  /** False when nothing had changed (no write, no audit row). */
  changed: boolean;
  savedAt: string;
}


const orNull = (s: string) => (s.trim() ? s.replace(/\r\n/g, "\n") : null);

/** Loads and authorises the unit's context for a write: the unit's own head or staff, a running plan, a report milestone. */
async function editContext(actor: Actor, form: ReportForm) {
  const db = await getDb();
  const ctx = await loadUnitReportContext(db, actor, form.campaignId, form.unitId, form.phase, "edit:report");
  assertCampaignRunning(ctx);
  if (!ctx.window) throw ruleError(noMilestoneMessage(form.phase));
  return ctx;
}

/**
 * Saves the draft inside `tx`: creates the report on first save, checks and bumps `lockVersion`,
 * writes sections, Mẫu 2 overrides and notes, and the Đề cương parts (text identical to the generated
 * one, or empty, is stored as null so that it keeps following the data), then the audit row.
 */
async function writeReportDraft(tx: Tx, actor: Actor, ctx: UnitReportContext, form: ReportForm): Promise<ReportSaveResult> {
  const { unit, campaign, phase } = ctx;
  const src = await loadReportSource(tx, ctx);
  const parsed = reportFormSchema(registeredByField(src)).safeParse(form);
  if (!parsed.success) throw new DomainError("VALIDATION", MESSAGES.VALIDATION, zodFieldErrors(parsed.error));

  const existing = src.reportRow;
  let reportId: string;
  let status: SubmissionStatus;
  if (!existing) {
    // The client believed the report existed: it is not this unit's (or it was deleted).
    if (form.reportId !== null) throw notFoundError();
    if (form.lockVersion !== 0) throw conflictError();
    status = "DRAFT";
    reportId = "";
  } else {
    if (form.reportId === null) throw conflictError(); // created by someone else since the page was opened
    if (form.reportId !== existing.id) throw notFoundError();
    if (existing.lockVersion !== form.lockVersion) throw conflictError();
    if (!isReportEditable(existing.status)) throw ruleError(existing.status === "ACCEPTED" ? NOT_EDITABLE_ACCEPTED : NOT_EDITABLE_SUBMITTED);
    reportId = existing.id;
    status = existing.status;
  }

  // What the form would store, compared with what is stored.
  const fieldIds = new Set(campaign.fields.map((f) => f.id));
  const rows = form.fieldRows
    .filter((r) => fieldIds.has(r.fieldId))
    .map((r) => ({
      fieldId: r.fieldId,
      completedOverride: r.completedOverride,
      overrideNote: r.completedOverride === null ? null : orNull(r.overrideNote),
      note: orNull(r.note),
    }))
    .filter((r) => r.completedOverride !== null || r.note !== null);
  const covered = new Map(src.initiatives.map((i) => [i.id, i]));
  const parts = [];
  const seen = new Set<string>();
  for (const p of form.parts) {
    const ini = covered.get(p.initiativeId);
    // A part of an initiative this report does not cover (another unit's, or sent twice) is never written.
    if (!ini || seen.has(ini.id)) throw notFoundError();
    seen.add(ini.id);
    const summary = storedPartText(p.summary, summaryPrefill(ini));
    const results = storedPartText(p.results, resultsPrefill(ini, ini.results));
    if (summary !== null || results !== null) parts.push({ initiativeId: ini.id, summary, results });
  }
  // Parts of covered initiatives the form did not send are kept as they are.
  for (const old of src.report?.parts ?? []) {
    if (!seen.has(old.initiativeId) && covered.has(old.initiativeId) && (old.summary !== null || old.results !== null)) parts.push(old);
  }
  const sections = Object.fromEntries(SECTION_KEYS.map((k) => [k, orNull(form[k])])) as Record<(typeof SECTION_KEYS)[number], string | null>;

  const before = src.report;
  const key = (xs: { [k: string]: unknown }[], by: string) => JSON.stringify([...xs].sort((a, b) => String(a[by]).localeCompare(String(b[by]))));
  const changedSections = SECTION_KEYS.filter((k) => (before?.[k] ?? null) !== sections[k]);
  const rowsChanged = key(rows, "fieldId") !== key((before?.fieldRows ?? []).filter((r) => r.completedOverride !== null || r.note !== null), "fieldId");
  const partsChanged = key(parts, "initiativeId") !== key((before?.parts ?? []).filter((p) => p.summary !== null || p.results !== null), "initiativeId");
  const now = new Date();

  if (existing && !changedSections.length && !rowsChanged && !partsChanged) {
    return { reportId, lockVersion: existing.lockVersion, status, changed: false, savedAt: now.toISOString() };
  }

  let lockVersion: number;
  if (!existing) {
    const created = await tx.report.create({
      data: { campaignId: campaign.id, unitId: unit.id, phase, status: "DRAFT", lockVersion: 1, createdById: actor.id, updatedById: actor.id, ...sections },
    });
    reportId = created.id;
    lockVersion = 1;
  } else {
    const { count } = await tx.report.updateMany({
      where: { id: existing.id, lockVersion: form.lockVersion, status: { in: REPORT_SUBMITTABLE } },
      data: { ...sections, lockVersion: { increment: 1 }, updatedById: actor.id },
    });
    if (count === 0) throw conflictError();
    lockVersion = form.lockVersion + 1;
  }
  if (rowsChanged || !existing) {
    await tx.reportFieldRow.deleteMany({ where: { reportId } });
    if (rows.length) await tx.reportFieldRow.createMany({ data: rows.map((r) => ({ ...r, reportId })) });
  }
  if (partsChanged || !existing) {
    await tx.reportInitiativePart.deleteMany({ where: { reportId } });
    if (parts.length) await tx.reportInitiativePart.createMany({ data: parts.map((p) => ({ ...p, reportId })) });
  }

  // The audit row names what changed (the text itself lives in the report and, once submitted, in its versions).
  const changed = [...changedSections, ...(rowsChanged ? ["fieldRows"] : []), ...(partsChanged ? ["parts"] : [])];
  await writeAudit(tx, actor.id, {
    action: existing ? "report.save" : "report.create",
    entityType: "Report",
    entityId: reportId,
    unitId: unit.id,
    campaignId: campaign.id,
    before: existing ? { status: existing.status, lockVersion: existing.lockVersion, overrides: before?.fieldRows.filter((r) => r.completedOverride !== null) } : undefined,
    after: { status, lockVersion, changed, overrides: rows.filter((r) => r.completedOverride !== null) },
    summary: `Lưu nháp ${PHASE_REPORT_NAMES[phase]} (Mẫu 2 + Đề cương)${changed.length ? `: ${changed.map(changeLabel).join(", ")}` : ""}`,
  });
  return { reportId, lockVersion, status, changed: true, savedAt: now.toISOString() };
}

function changeLabel(k: string): string {
  switch (k) {
    case "situation":
      return "mục I";
    case "currentState":
      return "mục II";
    case "strengths":
      return "mục V.1";
    case "limitations":
      return "mục V.2";
    case "lessons":
      return "mục V.3";
    case "fieldRows":
      return "bảng Mẫu 2";
    case "parts":
      return "mục III, IV";
    default:
      return k;
  }
}

/** "Lưu nháp" (also the editor's autosave): head or staff of the unit. Allowed before the window opens. */
export async function saveReportDraft(actor: Actor, form: ReportForm): Promise<ReportSaveResult> {
  const ctx = await editContext(actor, form);
  return inTransaction((tx) => writeReportDraft(tx, actor, ctx, form));
}

/**
 * "Xác nhận và nộp": only a UNIT_HEAD of the unit, inside the phase's window. Saves pending edits and
 * freezes version n+1 in one transaction: snapshot, SUBMIT review, audit row, and `lockedAt` on the
 * current evidence files of the report and of the initiatives it covers. Late (after the unit's
 * effective due date) is accepted and marked; at or after the effective hard cut-off it is refused.
 */
export async function submitReport(actor: Actor, form: ReportForm, now: Date = new Date()) {
  const ctx = await editContext(actor, form);
  if (!can(actor.roles, "submit:report", ctx.unit)) throw new DomainError("FORBIDDEN", HEAD_ONLY_REPORT_MESSAGE);
  if (form.confirmed !== true) throw ruleError(CONFIRM_REPORT_MESSAGE, { confirmed: CONFIRM_REPORT_MESSAGE });
  const problem = submitWindowProblem(ctx.window, ctx.phase, now);
  if (problem) throw ruleError(problem);
  const milestone = ctx.window!.milestone;

  return inTransaction(async (tx) => {
    // Past the cut-off the whole transaction is refused, nothing is saved; the editor keeps the text on screen.
    const { dueAt } = await submissionDeadline(tx, milestone, ctx.unit.id, now, reportCutoffMessage);
    const missing = missingSections(form);
    if (Object.keys(missing).length) throw ruleError("Báo cáo còn thiếu nội dung bắt buộc. Vui lòng kiểm tra các mục được đánh dấu.", missing);

    const saved = await writeReportDraft(tx, actor, ctx, form);
    const src = await loadReportSource(tx, ctx);
    const report = src.reportRow!;
    if (report.lockVersion !== saved.lockVersion) throw conflictError();
    if (!REPORT_SUBMITTABLE.includes(report.status)) throw ruleError("Báo cáo không ở trạng thái có thể nộp.");

    const snapshot = buildReportSnapshot(src, { dueAt, confirmedBy: { id: actor.id, name: actor.fullName, at: now } });
    const { versionNo, versionIsLate, recordIsLate } = await freezeVersion(tx, UNIT_REPORT, actor.id, {
      record: { ...report, lockVersion: saved.lockVersion },
      from: REPORT_SUBMITTABLE,
      now,
      dueAt,
      snapshot: () => snapshot,
    });
    // Files cited by a submitted version can no longer be deleted (only superseded by a newer upload).
    const fileIds = snapshotFileIds(snapshot);
    const locked = fileIds.length
      ? (await tx.evidenceFile.updateMany({ where: { id: { in: fileIds }, supersededAt: null, lockedAt: null }, data: { lockedAt: now } })).count
      : 0;
    await writeAudit(tx, actor.id, {
      action: "report.submit",
      entityType: "Report",
      entityId: report.id,
      unitId: ctx.unit.id,
      campaignId: ctx.campaign.id,
      before: { status: report.status, submittedVersion: report.submittedVersion },
      after: { status: "SUBMITTED", submittedVersion: versionNo, isLate: versionIsLate, submittedAt: now.toISOString(), lockedFiles: locked },
      summary: `Nộp ${PHASE_REPORT_NAMES[ctx.phase]} (phiên bản ${versionNo})${versionIsLate ? " – trễ hạn" : ""}, lúc ${formatDateTimeVN(now)}`,
    });
    return { reportId: report.id, versionNo, isLate: versionIsLate, reportIsLate: recordIsLate, lockVersion: saved.lockVersion + 1 };
  });
}

// ------------------------------------------------------------------------------------ office review

/**
 * Loads the report for the office's review. The permission is checked on the campaign's ISSUING unit,
 * read from the database: anyone else (another Sở's office, unit heads, leaders) gets "not found".
 */
async function loadForReview(actor: Pick<SessionUser, "roles">, campaignId: string, reportId: string, lockVersion: number) {
  const db = await getDb();
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      campaignId: true,
      unitId: true,
      phase: true,
      status: true,
      isLate: true,
      lockVersion: true,
      submittedVersion: true,
      unit: { select: { name: true } },
      campaign: { select: { status: true, documentNumber: true, issuingUnit: { select: { id: true, path: true } } } },
    },
  });
  if (!report || report.campaignId !== campaignId || !can(actor.roles, "review:report", report.campaign.issuingUnit)) throw notFoundError();
  assertReviewable(
    UNIT_REPORT,
    report,
    lockVersion,
    () => `Chỉ xem xét được báo cáo đã nộp và đang chờ tiếp nhận (báo cáo này đang ở trạng thái “${REPORT_STATUS_LABELS[reportStatusOf(report)]}”).`,
  );
  return report;
}

/** Who hears of the decision: the unit's head and staff, pointed at the report of the phase. */
function recipientsOf(report: { unitId: string; campaignId: string; phase: ReportPhase }, actorId: string) {
  return {
    unitId: report.unitId,
    roles: ["UNIT_HEAD", "UNIT_STAFF"] as const,
    excludeUserId: actorId,
    link: `/unit/campaigns/${report.campaignId}/reports/${PHASE_SLUGS[report.phase]}?unit=${report.unitId}`,
    campaignId: report.campaignId,
  };
}

/** The office sends a submitted report back to its unit with a comment saying what to correct. */
export async function returnReport(actor: Pick<SessionUser, "id" | "roles">, input: ReturnReportInput) {
  const report = await loadForReview(actor, input.campaignId, input.reportId, input.lockVersion);
  const name = PHASE_REPORT_NAMES[report.phase];
  return returnSubmission(UNIT_REPORT, actor.id, report, {
    comment: input.comment,
    summary: `Trả lại ${name} của ${report.unit.name} (phiên bản ${report.submittedVersion}) để chỉnh sửa: ${input.comment}`,
    notice: {
      ...recipientsOf(report, actor.id),
      title: `Bộ phận CCHC trả lại ${name} (${report.campaign.documentNumber}) để chỉnh sửa`,
      lines: [`${report.unit.name}: ${name} phiên bản ${report.submittedVersion} được trả lại.`, `Nội dung cần chỉnh sửa: ${input.comment}`, "Chỉnh sửa rồi xác nhận và nộp lại; các phiên bản đã nộp vẫn được lưu."],
    },
  });
}

/** The office accepts a submitted report (tiếp nhận): from then on it is read-only. */
export async function acceptReport(actor: Pick<SessionUser, "id" | "roles">, input: AcceptReportInput) {
  const report = await loadForReview(actor, input.campaignId, input.reportId, input.lockVersion);
  const name = PHASE_REPORT_NAMES[report.phase];
  const { lockVersion } = await acceptSubmission(UNIT_REPORT, actor.id, report, {
    summary: `Tiếp nhận ${name} của ${report.unit.name} (phiên bản ${report.submittedVersion})`,
    notice: {
      ...recipientsOf(report, actor.id),
      title: `Bộ phận CCHC đã tiếp nhận ${name} (${report.campaign.documentNumber})`,
      lines: [`${report.unit.name}: ${name} phiên bản ${report.submittedVersion} đã được tiếp nhận.`],
    },
  });
  return { status: "ACCEPTED" as const, lockVersion };
}
