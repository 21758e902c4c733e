import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { conflictError, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { can, scopesFor } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { formatDateTimeVN, inputToCalendarDate } from "@/lib/time/vn";
import { loadSurveyRoundAccess, loadVisitAccess } from "./access";
import { sendVisitNotices } from "./invitations";
import { defaultReportDueAt, overlaps, periodProblem, ROUND_CLOSED_MESSAGE, vnInstant } from "./rules";
import { SURVEY_TEAM_ROLE_LABELS } from "./labels";
import type { cancelVisitSchema, memberSchema, planSchema, roundSchema, updatePlanSchema, updateVisitSchema, visitSchema } from "./schemas";

/** "Tạo kế hoạch khảo sát": issued by the actor's unit where they hold `manage:survey` (the first such unit). */
export async function createPlan(actor: SessionUser, input: z.output<typeof planSchema>) {
  const scope = scopesFor(actor.roles, "manage:survey")[0];
  if (!scope) throw ruleError("Bạn không có quyền lập kế hoạch khảo sát.");
  return inTransaction(async (tx) => {
    const plan = await tx.surveyPlan.create({
      data: {
        issuingUnitId: scope.unitId,
        documentNumber: input.documentNumber,
        title: input.title,
        year: input.year,
        startsOn: inputToCalendarDate(input.startsOn),
        endsOn: inputToCalendarDate(input.endsOn),
        purpose: input.purpose,
        createdById: actor.id,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor.id, { action: "survey-plan.create", entityType: "SurveyPlan", entityId: plan.id, unitId: scope.unitId, after: input, summary: `Lập kế hoạch khảo sát “${input.title.slice(0, 120)}”` });
    return { planId: plan.id };
  });
}

async function loadPlanForManage(actor: SessionUser, planId: string) {
  const db = await getDb();
  const plan = await db.surveyPlan.findUnique({ where: { id: planId }, select: { id: true, title: true, startsOn: true, endsOn: true, lockVersion: true, issuingUnit: { select: { id: true, path: true } } } });
  if (!plan || !can(actor.roles, "manage:survey", plan.issuingUnit)) throw notFoundError();
  return plan;
}

export async function updatePlan(actor: SessionUser, input: z.output<typeof updatePlanSchema>) {
  const plan = await loadPlanForManage(actor, input.planId);
  const db = await getDb();
  // A shorter period must still hold every scheduled visit.
  const outside = await db.surveyVisit.findFirst({
    where: { status: "SCHEDULED", round: { planId: plan.id }, OR: [{ startsAt: { lt: vnInstant(input.startsOn, "00:00") } }, { startsAt: { gte: vnInstant(input.endsOn, "23:59") } }] },
    select: { startsAt: true, unit: { select: { name: true } } },
  });
  if (outside) {
    const msg = `Buổi khảo sát tại ${outside.unit.name} ngày ${formatDateTimeVN(outside.startsAt)} nằm ngoài thời gian mới của kế hoạch.`;
    throw ruleError(msg, { startsOn: msg });
  }
  const { planId, lockVersion, ...data } = input;
  return inTransaction(async (tx) => {
    const res = await tx.surveyPlan.updateMany({
      where: { id: planId, lockVersion },
      data: { ...data, startsOn: inputToCalendarDate(data.startsOn), endsOn: inputToCalendarDate(data.endsOn), lockVersion: { increment: 1 } },
    });
    if (res.count !== 1) throw conflictError();
    await writeAudit(tx, actor.id, { action: "survey-plan.update", entityType: "SurveyPlan", entityId: planId, unitId: plan.issuingUnit.id, after: data, summary: `Sửa kế hoạch khảo sát “${data.title.slice(0, 120)}”` });
  });
}

export async function createRound(actor: SessionUser, input: z.output<typeof roundSchema>) {
  const plan = await loadPlanForManage(actor, input.planId);
  const db = await getDb();
  const n = await db.surveyRound.count({ where: { planId: plan.id } });
  return inTransaction(async (tx) => {
    const round = await tx.surveyRound.create({ data: { planId: plan.id, name: input.name, sortOrder: n }, select: { id: true } });
    await writeAudit(tx, actor.id, { action: "survey-round.create", entityType: "SurveyRound", entityId: round.id, unitId: plan.issuingUnit.id, after: { name: input.name }, summary: `Tạo ${input.name} của kế hoạch khảo sát “${plan.title.slice(0, 100)}”` });
    return { roundId: round.id };
  });
}

async function roundForManage(actor: SessionUser, roundId: string) {
  const access = await loadSurveyRoundAccess(actor, roundId);
  if (!access?.canManage) throw notFoundError();
  if (access.round.status === "CLOSED") throw ruleError(ROUND_CLOSED_MESSAGE);
  return access;
}

/** Scheduled visits of any round whose team includes one of `userIds`, overlapping [startsAt, endsAt). */
async function clashes(userIds: readonly string[], span: { startsAt: Date; endsAt: Date }, exceptVisitId?: string) {
  if (!userIds.length) return null;
  const db = await getDb();
  const rows = await db.surveyVisit.findMany({
    where: {
      status: "SCHEDULED",
      startsAt: { lt: span.endsAt },
      endsAt: { gt: span.startsAt },
      ...(exceptVisitId ? { id: { not: exceptVisitId } } : {}),
      round: { status: { not: "CLOSED" }, team: { some: { userId: { in: [...userIds] } } } },
    },
    select: { startsAt: true, endsAt: true, unit: { select: { name: true } }, round: { select: { name: true, team: { where: { userId: { in: [...userIds] } }, select: { user: { select: { fullName: true } } } } } } },
    take: 1,
  });
  const c = rows.find((r) => overlaps(r, span));
  if (!c) return null;
  return `${c.round.team.map((t) => t.user.fullName).join(", ")} đã có lịch khảo sát tại ${c.unit.name} (${c.round.name}) lúc ${formatDateTimeVN(c.startsAt)} – ${formatDateTimeVN(c.endsAt).slice(-5)}: trùng giờ.`;
}

export async function addMember(actor: SessionUser, input: z.output<typeof memberSchema>) {
  const access = await roundForManage(actor, input.roundId);
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { id: true, fullName: true, active: true } });
  if (!user?.active) throw ruleError("Không tìm thấy tài khoản này.", { userId: "Không tìm thấy tài khoản này." });
  if (input.role === "LEADER") {
    const leader = await db.surveyTeamMember.findFirst({ where: { roundId: access.round.id, role: "LEADER" }, select: { user: { select: { fullName: true } } } });
    if (leader) throw ruleError(`Đoàn đã có Trưởng đoàn (${leader.user.fullName}).`, { role: `Đoàn đã có Trưởng đoàn (${leader.user.fullName}).` });
  }
  // The new member must be free at the times of this round's visits.
  const visits = await db.surveyVisit.findMany({ where: { roundId: access.round.id, status: "SCHEDULED" }, select: { id: true, startsAt: true, endsAt: true } });
  for (const v of visits) {
    const clash = await clashes([user.id], v, v.id);
    if (clash) throw ruleError(clash, { userId: clash });
  }
  return inTransaction(
    async (tx) => {
      const m = await tx.surveyTeamMember.create({ data: { roundId: access.round.id, userId: user.id, role: input.role, roleNote: input.roleNote }, select: { id: true } });
      await writeAudit(tx, actor.id, {
        action: "survey-team.add",
        entityType: "SurveyRound",
        entityId: access.round.id,
        unitId: access.plan.issuingUnit.id,
        after: { userId: user.id, role: input.role, roleNote: input.roleNote },
        summary: `Thêm ${user.fullName} vào đoàn khảo sát (${SURVEY_TEAM_ROLE_LABELS[input.role]})`,
      });
      // Already announced: the new member is invited to the round's visits.
      if (access.round.status === "ANNOUNCED") for (const v of visits) await sendVisitNotices(tx, v.id, "INVITE");
      return { memberId: m.id };
    },
    { onUniqueViolation: () => ruleError(`${user.fullName} đã ở trong đoàn.`, { userId: `${user.fullName} đã ở trong đoàn.` }) },
  );
}

export async function removeMember(actor: SessionUser, input: { memberId: string }) {
  const db = await getDb();
  const m = await db.surveyTeamMember.findUnique({ where: { id: input.memberId }, select: { id: true, roundId: true, user: { select: { fullName: true } }, _count: { select: { findings: true } } } });
  if (!m) throw notFoundError();
  const access = await roundForManage(actor, m.roundId);
  if (m._count.findings > 0) throw ruleError(`${m.user.fullName} đã ghi nhận kết quả khảo sát: không bỏ khỏi đoàn được.`);
  return inTransaction(async (tx) => {
    await tx.surveyTeamMember.delete({ where: { id: m.id } });
    await writeAudit(tx, actor.id, { action: "survey-team.remove", entityType: "SurveyRound", entityId: access.round.id, unitId: access.plan.issuingUnit.id, before: { member: m.user.fullName }, summary: `Bỏ ${m.user.fullName} khỏi đoàn khảo sát` });
  });
}

type VisitFields = { date: string; startTime: string; endTime: string; place: string; contactName: string; contactPhone: string | null; note: string | null; reportDueDate: string | null };

function spanOf(v: VisitFields) {
  return { startsAt: vnInstant(v.date, v.startTime), endsAt: vnInstant(v.date, v.endTime), reportDueAt: v.reportDueDate ? defaultReportDueAt(v.reportDueDate) : defaultReportDueAt(v.date) };
}

async function checkSchedule(access: NonNullable<Awaited<ReturnType<typeof loadSurveyRoundAccess>>>, v: VisitFields, exceptVisitId?: string) {
  const period = periodProblem(v.date, access.plan);
  if (period) throw ruleError(period, { date: period });
  const span = spanOf(v);
  if (span.reportDueAt.getTime() > span.startsAt.getTime()) {
    throw ruleError("Hạn gửi báo cáo phải trước buổi khảo sát.", { reportDueDate: "Hạn gửi báo cáo phải trước buổi khảo sát." });
  }
  const db = await getDb();
  const team = await db.surveyTeamMember.findMany({ where: { roundId: access.round.id }, select: { userId: true } });
  const clash = await clashes(team.map((t) => t.userId), span, exceptVisitId);
  if (clash) throw ruleError(clash, { startTime: clash });
  return span;
}

/** Adds a unit to visit, with its schedule and the initiatives the team looks at. */
export async function addVisit(actor: SessionUser, input: z.output<typeof visitSchema>) {
  const access = await roundForManage(actor, input.roundId);
  const db = await getDb();
  const unit = await db.unit.findUnique({ where: { id: input.unitId }, select: { id: true, name: true, path: true, status: true } });
  if (!unit || unit.status !== "ACTIVE" || !unit.path.startsWith(access.plan.issuingUnit.path)) {
    throw ruleError("Đơn vị này không thuộc phạm vi của kế hoạch khảo sát.", { unitId: "Đơn vị này không thuộc phạm vi của kế hoạch khảo sát." });
  }
  const same = await db.surveyVisit.findFirst({ where: { roundId: access.round.id, unitId: unit.id, status: "SCHEDULED" }, select: { id: true } });
  if (same) throw ruleError(`${unit.name} đã có lịch khảo sát trong đợt này: sửa lịch đó.`, { unitId: `${unit.name} đã có lịch khảo sát trong đợt này.` });
  const ids = [...new Set(input.initiativeIds)];
  const initiatives = await db.initiative.findMany({
    where: { id: { in: ids }, OR: [{ unitId: unit.id }, { originUnitId: unit.id }], registration: { status: { in: ["SUBMITTED", "ACCEPTED"] } } },
    select: { id: true, appraisalItems: { where: { verdict: "NEEDS_SURVEY" }, select: { id: true }, take: 1 } },
  });
  if (initiatives.length !== ids.length) {
    throw ruleError("Có nội dung không phải của đơn vị được khảo sát (hoặc Mẫu 1 chưa nộp). Hãy tải lại trang.", { initiativeIds: "Có nội dung không phải của đơn vị được khảo sát." });
  }
  const span = await checkSchedule(access, input);
  return inTransaction(async (tx) => {
    const visit = await tx.surveyVisit.create({
      data: {
        roundId: access.round.id,
        unitId: unit.id,
        ...span,
        place: input.place,
        contactName: input.contactName,
        contactPhone: input.contactPhone,
        note: input.note,
        icalUid: `survey-visit-${randomUUID()}@thidua-cchc`,
        initiatives: { create: ids.map((id, i) => ({ initiativeId: id, sortOrder: i, appraisalItemId: initiatives.find((x) => x.id === id)?.appraisalItems[0]?.id ?? null })) },
      },
      select: { id: true },
    });
    await writeAudit(tx, actor.id, {
      action: "survey-visit.create",
      entityType: "SurveyVisit",
      entityId: visit.id,
      unitId: unit.id,
      after: { roundId: access.round.id, date: input.date, startTime: input.startTime, endTime: input.endTime, place: input.place, initiativeIds: ids },
      summary: `Lên lịch khảo sát tại ${unit.name} lúc ${formatDateTimeVN(span.startsAt)}`,
    });
    if (access.round.status === "ANNOUNCED") await sendVisitNotices(tx, visit.id, "INVITE");
    return { visitId: visit.id };
  });
}

/** Reschedules a visit: same calendar UID, SEQUENCE + 1, everyone told again once the round is announced. */
export async function updateVisit(actor: SessionUser, input: z.output<typeof updateVisitSchema>) {
  const va = await loadVisitAccess(actor, input.visitId);
  if (!va?.round) throw notFoundError();
  const access = await roundForManage(actor, va.visit.roundId);
  if (va.visit.status === "CANCELLED") throw ruleError("Lịch khảo sát này đã bị hủy: tạo lịch mới nếu cần.");
  const span = await checkSchedule(access, input, va.visit.id);
  return inTransaction(async (tx) => {
    const res = await tx.surveyVisit.updateMany({
      where: { id: va.visit.id, lockVersion: input.lockVersion, status: "SCHEDULED" },
      data: { ...span, place: input.place, contactName: input.contactName, contactPhone: input.contactPhone, note: input.note, sequence: { increment: 1 }, lockVersion: { increment: 1 } },
    });
    if (res.count !== 1) throw conflictError();
    await writeAudit(tx, actor.id, {
      action: "survey-visit.update",
      entityType: "SurveyVisit",
      entityId: va.visit.id,
      unitId: va.unit.id,
      before: { startsAt: va.visit.startsAt, endsAt: va.visit.endsAt },
      after: { date: input.date, startTime: input.startTime, endTime: input.endTime, place: input.place },
      summary: `Đổi lịch khảo sát tại ${va.unit.name} sang ${formatDateTimeVN(span.startsAt)}`,
    });
    if (access.round.status === "ANNOUNCED") await sendVisitNotices(tx, va.visit.id, "CHANGE");
  });
}

export async function cancelVisit(actor: SessionUser, input: z.output<typeof cancelVisitSchema>, now = new Date()) {
  const va = await loadVisitAccess(actor, input.visitId);
  if (!va?.round) throw notFoundError();
  const access = await roundForManage(actor, va.visit.roundId);
  if (va.visit.status === "CANCELLED") throw ruleError("Lịch khảo sát này đã được hủy.");
  return inTransaction(async (tx) => {
    await tx.surveyVisit.update({ where: { id: va.visit.id }, data: { status: "CANCELLED", cancelReason: input.reason, cancelledAt: now, sequence: { increment: 1 }, lockVersion: { increment: 1 } } });
    await writeAudit(tx, actor.id, { action: "survey-visit.cancel", entityType: "SurveyVisit", entityId: va.visit.id, unitId: va.unit.id, after: { reason: input.reason }, summary: `Hủy lịch khảo sát tại ${va.unit.name}: ${input.reason}` });
    if (access.round.status === "ANNOUNCED") await sendVisitNotices(tx, va.visit.id, "CANCEL");
  });
}

/** "Thông báo đợt khảo sát": DRAFT → ANNOUNCED; every scheduled visit's invitation goes out. */
export async function announceRound(actor: SessionUser, input: { roundId: string }, now = new Date()) {
  const access = await roundForManage(actor, input.roundId);
  if (access.round.status !== "DRAFT") throw ruleError("Đợt khảo sát đã được thông báo.");
  const db = await getDb();
  const [leaders, visits] = await Promise.all([
    db.surveyTeamMember.count({ where: { roundId: access.round.id, role: "LEADER" } }),
    db.surveyVisit.findMany({ where: { roundId: access.round.id, status: "SCHEDULED" }, select: { id: true } }),
  ]);
  if (leaders !== 1) throw ruleError("Đoàn khảo sát cần một Trưởng đoàn trước khi thông báo.");
  if (visits.length === 0) throw ruleError("Đợt khảo sát chưa có lịch khảo sát nào.");
  return inTransaction(async (tx) => {
    const res = await tx.surveyRound.updateMany({ where: { id: access.round.id, status: "DRAFT" }, data: { status: "ANNOUNCED", announcedAt: now, lockVersion: { increment: 1 } } });
    if (res.count !== 1) throw conflictError();
    let notified = 0;
    for (const v of visits) notified += await sendVisitNotices(tx, v.id, "INVITE", now);
    await writeAudit(tx, actor.id, { action: "survey-round.announce", entityType: "SurveyRound", entityId: access.round.id, unitId: access.plan.issuingUnit.id, summary: `Thông báo ${access.round.name}: ${visits.length} buổi khảo sát` });
    return { visits: visits.length, notified };
  });
}
