import "server-only";
import type { z } from "zod";
import { conflictError, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { notifyPeople } from "@/lib/notifications/notify-users";
import { isLate } from "@/lib/time/vn";
import { loadSurveyRoundAccess, loadVisitAccess } from "./access";
import { draftRoundReport } from "./report-draft";
import { CANCELLED_VISIT_MESSAGE, NOT_ON_TEAM_MESSAGE, ROUND_CLOSED_MESSAGE, ROUND_NOT_ANNOUNCED_MESSAGE } from "./rules";
import { PART_FIELDS, TEXT_MAX, type findingSchema, type proposalSchema, type roundReportSchema } from "./schemas";

type PartField = (typeof PART_FIELDS)[number];

/** The visit for its unit's report: the unit's own people only, never for a cancelled visit. */
async function visitForUnit(actor: SessionUser, visitId: string, submit: boolean) {
  const va = await loadVisitAccess(actor, visitId);
  if (!va || !(submit ? va.canSubmitReport : va.canEditReport)) throw notFoundError();
  if (va.visit.status === "CANCELLED") throw ruleError(CANCELLED_VISIT_MESSAGE);
  const db = await getDb();
  const round = await db.surveyRound.findUniqueOrThrow({ where: { id: va.visit.roundId }, select: { status: true } });
  if (round.status === "CLOSED") throw ruleError(ROUND_CLOSED_MESSAGE);
  return va;
}

/**
 * Saves the unit's report for a visit (draft): the general part and, per initiative of the visit, the
 * `results:<id>`, `limitations:<id>`, `difficulties:<id>`, `satisfaction:<id>`, `rate:<id>` fields.
 */
export async function saveUnitReport(actor: SessionUser, input: Record<string, unknown> & { visitId: string; lockVersion: number; general: string | null }) {
  const va = await visitForUnit(actor, input.visitId, false);
  const db = await getDb();
  const [items, existing] = await Promise.all([
    db.surveyVisitInitiative.findMany({ where: { visitId: va.visit.id }, select: { initiativeId: true } }),
    db.surveyUnitReport.findUnique({ where: { visitId: va.visit.id }, select: { id: true, status: true, lockVersion: true } }),
  ]);
  if (existing?.status === "SUBMITTED") throw ruleError("Báo cáo đã gửi đoàn khảo sát: không sửa được.");
  const fieldErrors: Record<string, string> = {};
  const parts = items.map(({ initiativeId }) => {
    const get = (f: PartField) => {
      const v = input[`${f}:${initiativeId}`];
      return typeof v === "string" && v.trim() ? v.trim() : null;
    };
    const rateText = input[`rate:${initiativeId}`];
    let satisfactionRate: number | null = null;
    if (typeof rateText === "string" && rateText.trim()) {
      const n = Number(rateText.trim().replace(",", "."));
      if (!Number.isFinite(n) || n < 0 || n > 100) fieldErrors[`rate:${initiativeId}`] = "Tỷ lệ hài lòng là số từ 0 đến 100.";
      else satisfactionRate = n;
    }
    return { initiativeId, results: get("results"), limitations: get("limitations"), difficulties: get("difficulties"), satisfaction: get("satisfaction"), satisfactionRate };
  });
  if (Object.keys(fieldErrors).length) throw ruleError("Có ô chưa hợp lệ.", fieldErrors);
  const expected = existing?.lockVersion ?? 0;
  if (input.lockVersion !== expected) throw conflictError();
  return inTransaction(async (tx) => {
    const report = existing
      ? await tx.surveyUnitReport.update({ where: { id: existing.id, lockVersion: expected }, data: { general: input.general, updatedById: actor.id, lockVersion: { increment: 1 } }, select: { id: true, lockVersion: true } })
      : await tx.surveyUnitReport.create({ data: { visitId: va.visit.id, unitId: va.unit.id, general: input.general, updatedById: actor.id, lockVersion: 1 }, select: { id: true, lockVersion: true } });
    for (const p of parts) {
      const { initiativeId, ...data } = p;
      await tx.surveyUnitReportPart.upsert({ where: { reportId_initiativeId: { reportId: report.id, initiativeId } }, create: { reportId: report.id, initiativeId, ...data }, update: data });
    }
    await writeAudit(tx, actor.id, { action: "survey-report.save", entityType: "SurveyUnitReport", entityId: report.id, unitId: va.unit.id, summary: `Lưu báo cáo phục vụ khảo sát của ${va.unit.name}` });
    return { lockVersion: report.lockVersion };
  });
}

/** The unit head submits the report (late ones are accepted and marked); the round's leader is told. */
export async function submitUnitReport(actor: SessionUser, input: { visitId: string; lockVersion: number }, now = new Date()) {
  const va = await visitForUnit(actor, input.visitId, true);
  const db = await getDb();
  const report = await db.surveyUnitReport.findUnique({ where: { visitId: va.visit.id }, select: { id: true, status: true, lockVersion: true, general: true, parts: { select: { results: true } } } });
  if (!report) throw ruleError("Chưa có báo cáo: lưu báo cáo trước khi gửi.");
  if (report.status === "SUBMITTED") throw ruleError("Báo cáo đã được gửi.");
  if (!report.parts.some((p) => p.results)) throw ruleError("Báo cáo chưa có kết quả đạt được của nội dung nào.");
  const late = isLate(now, va.visit.reportDueAt);
  return inTransaction(async (tx) => {
    const res = await tx.surveyUnitReport.updateMany({ where: { id: report.id, lockVersion: input.lockVersion, status: "DRAFT" }, data: { status: "SUBMITTED", submittedAt: now, submittedById: actor.id, isLate: late, lockVersion: { increment: 1 } } });
    if (res.count !== 1) throw conflictError();
    await writeAudit(tx, actor.id, { action: "survey-report.submit", entityType: "SurveyUnitReport", entityId: report.id, unitId: va.unit.id, after: { isLate: late }, summary: `${va.unit.name} gửi báo cáo phục vụ khảo sát${late ? " (trễ hạn)" : ""}` });
    const leaders = await tx.surveyTeamMember.findMany({ where: { roundId: va.visit.roundId, role: "LEADER" }, select: { userId: true } });
    await notifyPeople(tx, { userIds: leaders.map((l) => l.userId) }, { title: `${va.unit.name} đã gửi báo cáo phục vụ khảo sát`, lines: [`Báo cáo của ${va.unit.name}${late ? " (gửi trễ hạn)" : ""} đã sẵn sàng trên trang buổi khảo sát.`], link: `/surveys/rounds/${va.visit.roundId}/visits/${va.visit.id}` });
    return { late };
  });
}

/** A team member records (or updates) their own findings about one initiative of a visit. */
export async function saveFinding(actor: SessionUser, input: z.output<typeof findingSchema>) {
  const va = await loadVisitAccess(actor, input.visitId);
  if (!va) throw notFoundError();
  // Whoever sees the visit (the office, the visited unit) but is not on the team is told why.
  if (!va.round?.member) throw ruleError(NOT_ON_TEAM_MESSAGE);
  if (va.round.round.status === "DRAFT") throw ruleError(ROUND_NOT_ANNOUNCED_MESSAGE);
  if (va.round.round.status === "CLOSED") throw ruleError(ROUND_CLOSED_MESSAGE);
  if (va.visit.status === "CANCELLED") throw ruleError("Lịch khảo sát này đã bị hủy.");
  const db = await getDb();
  const item = await db.surveyVisitInitiative.findUnique({ where: { visitId_initiativeId: { visitId: va.visit.id, initiativeId: input.initiativeId } }, select: { id: true } });
  if (!item) throw notFoundError();
  const { visitId, initiativeId, ...data } = input;
  const row = { ...data, satisfactionImpact: data.satisfactionImpact ?? null };
  return inTransaction(async (tx) => {
    const f = await tx.surveyFinding.upsert({
      where: { visitId_initiativeId_memberId: { visitId, initiativeId, memberId: va.round!.member!.id } },
      create: { visitId, initiativeId, memberId: va.round!.member!.id, ...row },
      update: row,
      select: { id: true },
    });
    await writeAudit(tx, actor.id, { action: "survey-finding.save", entityType: "SurveyFinding", entityId: f.id, unitId: va.unit.id, subject: { type: "Initiative", id: initiativeId }, after: row, summary: `Ghi nhận kết quả khảo sát tại ${va.unit.name}` });
  });
}

async function roundForLead(actor: SessionUser, roundId: string) {
  const access = await loadSurveyRoundAccess(actor, roundId);
  if (!access) throw notFoundError();
  if (!access.canLead) throw ruleError("Chỉ Trưởng đoàn hoặc bộ phận tổ chức khảo sát lập báo cáo của đợt.");
  if (access.round.status === "DRAFT") throw ruleError(ROUND_NOT_ANNOUNCED_MESSAGE);
  if (access.round.status === "CLOSED") throw ruleError(ROUND_CLOSED_MESSAGE);
  return access;
}

/** "Tạo dự thảo": the round's report drafted from the units' reports and the findings (replaces the text). */
export async function generateRoundDraft(actor: SessionUser, input: { roundId: string; lockVersion: number }, now = new Date()) {
  const access = await roundForLead(actor, input.roundId);
  const draft = await draftRoundReport(access.round.id);
  return inTransaction(async (tx) => {
    const res = await tx.surveyRound.updateMany({ where: { id: access.round.id, lockVersion: input.lockVersion }, data: { ...draft, reportUpdatedAt: now, lockVersion: { increment: 1 } } });
    if (res.count !== 1) throw conflictError();
    await writeAudit(tx, actor.id, { action: "survey-round.draft", entityType: "SurveyRound", entityId: access.round.id, unitId: access.plan.issuingUnit.id, summary: `Tạo dự thảo báo cáo kết quả ${access.round.name}` });
  });
}

export async function saveRoundReport(actor: SessionUser, input: z.output<typeof roundReportSchema>, now = new Date()) {
  const access = await roundForLead(actor, input.roundId);
  const { roundId, lockVersion, ...text } = input;
  return inTransaction(async (tx) => {
    const res = await tx.surveyRound.updateMany({ where: { id: roundId, lockVersion }, data: { ...text, reportUpdatedAt: now, lockVersion: { increment: 1 } } });
    if (res.count !== 1) throw conflictError();
    await writeAudit(tx, actor.id, { action: "survey-round.report", entityType: "SurveyRound", entityId: roundId, unitId: access.plan.issuingUnit.id, summary: `Sửa báo cáo kết quả ${access.round.name}` });
  });
}

/** The round's proposal for one surveyed initiative (recognise, recognise and replicate, or not). */
export async function setProposal(actor: SessionUser, input: z.output<typeof proposalSchema>) {
  const access = await roundForLead(actor, input.roundId);
  const db = await getDb();
  const surveyed = await db.surveyVisitInitiative.count({ where: { initiativeId: input.initiativeId, visit: { roundId: access.round.id, status: "SCHEDULED" } } });
  if (!surveyed) throw notFoundError();
  const data = { kind: input.kind, replicateWhere: input.kind === "REPLICATE" ? input.replicateWhere : null, reason: input.reason, decidedById: actor.id };
  return inTransaction(async (tx) => {
    const p = await tx.surveyProposal.upsert({ where: { roundId_initiativeId: { roundId: access.round.id, initiativeId: input.initiativeId } }, create: { roundId: access.round.id, initiativeId: input.initiativeId, ...data }, update: data, select: { id: true } });
    await writeAudit(tx, actor.id, { action: "survey-proposal.set", entityType: "SurveyProposal", entityId: p.id, unitId: access.plan.issuingUnit.id, subject: { type: "Initiative", id: input.initiativeId }, after: data, summary: `Đề xuất sau khảo sát (${access.round.name}): ${input.kind}` });
  });
}

/** "Kết thúc đợt khảo sát": every surveyed initiative has a proposal; the proposals then feed recognition. */
export async function closeSurveyRound(actor: SessionUser, input: { roundId: string; lockVersion: number }, now = new Date()) {
  const access = await roundForLead(actor, input.roundId);
  const db = await getDb();
  const [surveyed, proposals, round] = await Promise.all([
    db.surveyVisitInitiative.findMany({ where: { visit: { roundId: access.round.id, status: "SCHEDULED" } }, distinct: ["initiativeId"], select: { initiativeId: true } }),
    db.surveyProposal.findMany({ where: { roundId: access.round.id }, select: { initiativeId: true } }),
    db.surveyRound.findUniqueOrThrow({ where: { id: access.round.id }, select: { reportSummary: true } }),
  ]);
  const decided = new Set(proposals.map((p) => p.initiativeId));
  const missing = surveyed.filter((s) => !decided.has(s.initiativeId)).length;
  if (missing) throw ruleError(`Còn ${missing} nội dung chưa có đề xuất: chọn đề xuất cho mọi nội dung đã khảo sát trước khi kết thúc đợt.`);
  if (!round.reportSummary?.trim()) throw ruleError("Báo cáo kết quả khảo sát chưa có nội dung: tạo dự thảo và hoàn chỉnh trước khi kết thúc đợt.");
  return inTransaction(async (tx) => {
    const res = await tx.surveyRound.updateMany({ where: { id: access.round.id, lockVersion: input.lockVersion, status: "ANNOUNCED" }, data: { status: "CLOSED", closedAt: now, lockVersion: { increment: 1 } } });
    if (res.count !== 1) throw conflictError();
    await writeAudit(tx, actor.id, { action: "survey-round.close", entityType: "SurveyRound", entityId: access.round.id, unitId: access.plan.issuingUnit.id, summary: `Kết thúc ${access.round.name}: ${surveyed.length} nội dung có đề xuất` });
  });
}

export const REPORT_TEXT_MAX = TEXT_MAX;
