import "server-only";
import { conflictError, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { can, scopesFor } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { notifyPeople } from "@/lib/notifications/notify-users";
import { dueAtForBeforeDay, formatDeadline, inputToCalendarDate, vnDayOf } from "@/lib/time/vn";
import { ALREADY_ADOPTED_MESSAGE, adoptionProgressColumns, adoptionRefusal, targetRefusal } from "./rules";
import type { z } from "zod";
import type { addResultSchema, adoptSchema, adoptionProgressSchema, assignSchema, reportAdoptionSchema } from "./schemas";

const short = (s: string) => (s.length > 80 ? `${s.slice(0, 80).replace(/\s+\S*$/, "")}…` : s);

/** The unit the actor adopts for: the one named (among the actor's `adopt:model` units), or their only one. */
function adoptingUnitId(actor: SessionUser, wanted: string | null): string {
  const units = [...new Set(scopesFor(actor.roles, "adopt:model").map((s) => s.unitId))];
  if (wanted) {
    if (!units.includes(wanted)) throw ruleError("Bạn không có quyền đăng ký nhân rộng cho đơn vị này.", { unitId: "Bạn không có quyền đăng ký nhân rộng cho đơn vị này." });
    return wanted;
  }
  if (units.length === 0) throw ruleError("Tài khoản của bạn không đăng ký nhân rộng cho đơn vị nào.");
  if (units.length > 1) throw ruleError("Chọn đơn vị đăng ký nhân rộng.", { unitId: "Chọn đơn vị đăng ký nhân rộng." });
  return units[0];
}

/**
 * Links the open assignments of this model to the unit with the new adoption, so that reporting it
 * fulfils them (whichever came first: the assignment or the adoption).
 */
async function linkTargets(tx: Tx, modelId: string, unitId: string, adoptionId: string) {
  await tx.replicationAssignmentUnit.updateMany({ where: { unitId, adoptionId: null, assignment: { modelId, cancelledAt: null } }, data: { adoptionId } });
}

/** "Đăng ký nhân rộng": the actor's unit adopts a recognised model, on its own (no campaign asks). */
export async function adoptModel(actor: SessionUser, input: z.output<typeof adoptSchema>) {
  const unitId = adoptingUnitId(actor, input.unitId);
  const db = await getDb();
  const model = await db.recognisedModel.findUnique({ where: { id: input.modelId }, select: { id: true, unitId: true, title: true } });
  const refusal = adoptionRefusal(model, unitId);
  if (refusal) throw ruleError(refusal, { modelId: refusal });
  const m = model!;
  const existing = await db.modelAdoption.findUnique({ where: { modelId_unitId: { modelId: m.id, unitId } }, select: { id: true } });
  if (existing) throw ruleError(ALREADY_ADOPTED_MESSAGE, { modelId: ALREADY_ADOPTED_MESSAGE });
  return inTransaction(
    async (tx) => {
      const adoption = await tx.modelAdoption.create({
        data: { modelId: m.id, unitId, startedOn: input.startedOn ? inputToCalendarDate(input.startedOn) : null, progressNote: input.note, progress: input.startedOn ? "IN_PROGRESS" : "NOT_STARTED", createdById: actor.id },
        select: { id: true },
      });
      await tx.recognisedModel.update({ where: { id: m.id }, data: { adoptionCount: { increment: 1 } } });
      await linkTargets(tx, m.id, unitId, adoption.id);
      await writeAudit(tx, actor.id, {
        action: "adoption.create",
        entityType: "ModelAdoption",
        entityId: adoption.id,
        unitId,
        after: { modelId: m.id, startedOn: input.startedOn, note: input.note },
        summary: `Đăng ký nhân rộng mô hình “${short(m.title)}”`,
      });
      await notifyPeople(
        tx,
        { unitIds: [m.unitId], roles: ["UNIT_HEAD"] },
        { title: `Mô hình “${short(m.title)}” được đăng ký nhân rộng`, lines: ["Một đơn vị vừa đăng ký nhân rộng mô hình của đơn vị bạn."], link: `/library/${m.id}` },
      );
      return { adoptionId: adoption.id };
    },
    { onUniqueViolation: () => ruleError(ALREADY_ADOPTED_MESSAGE, { modelId: ALREADY_ADOPTED_MESSAGE }) },
  );
}

/** An adoption with the actor's rights on it, read from the adoption's own unit. */
export async function loadAdoptionForWrite(actor: SessionUser, adoptionId: string) {
  const db = await getDb();
  const a = await db.modelAdoption.findUnique({
    where: { id: adoptionId },
    select: {
      id: true,
      modelId: true,
      initiativeId: true,
      progress: true,
      completedOn: true,
      progressNote: true,
      reportedAt: true,
      reportText: true,
      lockVersion: true,
      unit: { select: { id: true, path: true, name: true } },
      model: { select: { id: true, title: true, unitId: true } },
    },
  });
  if (!a || !can(actor.roles, "adopt:model", a.unit)) throw notFoundError();
  return a;
}

export async function updateAdoptionProgress(actor: SessionUser, input: z.output<typeof adoptionProgressSchema>) {
  const a = await loadAdoptionForWrite(actor, input.adoptionId);
  if (a.initiativeId) throw ruleError("Nhân rộng đăng ký trong Mẫu 1: cập nhật tiến độ tại trang nội dung của Mẫu 1.");
  if (input.completedOn && input.completedOn > vnDayOf(new Date())) throw ruleError("Ngày hoàn thành không được sau ngày hôm nay.", { completedOn: "Ngày hoàn thành không được sau ngày hôm nay." });
  const cols = adoptionProgressColumns(input.progress, input.completedOn ? inputToCalendarDate(input.completedOn) : null);
  return inTransaction(async (tx) => {
    const res = await tx.modelAdoption.updateMany({
      where: { id: a.id, lockVersion: input.lockVersion },
      data: { ...cols, progressNote: input.progressNote, lockVersion: { increment: 1 } },
    });
    if (res.count !== 1) throw conflictError();
    await writeAudit(tx, actor.id, {
      action: "adoption.progress",
      entityType: "ModelAdoption",
      entityId: a.id,
      unitId: a.unit.id,
      before: { progress: a.progress, completedOn: a.completedOn, progressNote: a.progressNote },
      after: { progress: input.progress, completedOn: input.completedOn, progressNote: input.progressNote },
      summary: `Cập nhật tiến độ nhân rộng mô hình “${short(a.model.title)}”`,
    });
  });
}

export async function addAdoptionResult(actor: SessionUser, input: z.output<typeof addResultSchema>) {
  const a = await loadAdoptionForWrite(actor, input.adoptionId);
  if (a.initiativeId) throw ruleError("Nhân rộng đăng ký trong Mẫu 1: nhập số liệu tại trang nội dung của Mẫu 1.");
  const db = await getDb();
  const n = await db.adoptionResult.count({ where: { adoptionId: a.id } });
  if (n >= 50) throw ruleError("Tối đa 50 chỉ tiêu kết quả.");
  return inTransaction(async (tx) => {
    const r = await tx.adoptionResult.create({
      data: { adoptionId: a.id, indicator: input.indicator, unitOfMeasure: input.unitOfMeasure, valueBefore: input.valueBefore, valueAfter: input.valueAfter as number, source: input.source, sortOrder: n },
      select: { id: true },
    });
    await writeAudit(tx, actor.id, {
      action: "adoption.result-add",
      entityType: "ModelAdoption",
      entityId: a.id,
      unitId: a.unit.id,
      after: { indicator: input.indicator, unitOfMeasure: input.unitOfMeasure, valueBefore: input.valueBefore, valueAfter: input.valueAfter, source: input.source },
      summary: `Thêm kết quả nhân rộng: ${input.indicator}`,
    });
    return { resultId: r.id };
  });
}

export async function removeAdoptionResult(actor: SessionUser, input: { resultId: string }) {
  const db = await getDb();
  const r = await db.adoptionResult.findUnique({ where: { id: input.resultId }, select: { id: true, indicator: true, adoptionId: true } });
  if (!r) throw notFoundError();
  const a = await loadAdoptionForWrite(actor, r.adoptionId);
  return inTransaction(async (tx) => {
    await tx.adoptionResult.delete({ where: { id: r.id } });
    await writeAudit(tx, actor.id, {
      action: "adoption.result-remove",
      entityType: "ModelAdoption",
      entityId: a.id,
      unitId: a.unit.id,
      before: { indicator: r.indicator },
      summary: `Xoá kết quả nhân rộng: ${r.indicator}`,
    });
  });
}

/**
 * "Báo cáo kết quả nhân rộng": the unit head (`report:adoption` on the adoption's unit) reports; the owner
 * unit and the offices that assigned the replication are told. A report can be corrected later (a new
 * report replaces the text; the audit keeps both).
 */
export async function reportAdoption(actor: SessionUser, input: z.output<typeof reportAdoptionSchema>, now = new Date()) {
  const a = await loadAdoptionForWrite(actor, input.adoptionId);
  if (!can(actor.roles, "report:adoption", a.unit)) throw ruleError("Chỉ trưởng đơn vị gửi báo cáo kết quả nhân rộng.");
  const db = await getDb();
  const targets = await db.replicationAssignmentUnit.findMany({
    where: { adoptionId: a.id, assignment: { cancelledAt: null } },
    select: { assignment: { select: { issuingUnitId: true } } },
  });
  return inTransaction(async (tx) => {
    const res = await tx.modelAdoption.updateMany({
      where: { id: a.id, lockVersion: input.lockVersion },
      data: { reportText: input.reportText, reportedAt: now, reportedById: actor.id, lockVersion: { increment: 1 } },
    });
    if (res.count !== 1) throw conflictError();
    await writeAudit(tx, actor.id, {
      action: "adoption.report",
      entityType: "ModelAdoption",
      entityId: a.id,
      unitId: a.unit.id,
      before: a.reportedAt ? { reportText: a.reportText } : undefined,
      after: { reportText: input.reportText },
      summary: `Báo cáo kết quả nhân rộng mô hình “${short(a.model.title)}”`,
    });
    await notifyPeople(
      tx,
      { unitIds: [a.model.unitId], roles: ["UNIT_HEAD"], excludeUserId: actor.id },
      { title: `${a.unit.name} báo cáo kết quả nhân rộng “${short(a.model.title)}”`, lines: [`${a.unit.name} đã gửi báo cáo kết quả nhân rộng mô hình của đơn vị bạn.`], link: `/library/${a.model.id}#spread` },
    );
    const issuers = [...new Set(targets.map((t) => t.assignment.issuingUnitId))];
    if (issuers.length) {
      await notifyPeople(
        tx,
        { unitIds: issuers, roles: ["CCHC_OFFICE"], excludeUserId: actor.id },
        { title: `${a.unit.name} đã báo cáo nhân rộng “${short(a.model.title)}”`, lines: ["Đơn vị được giao nhân rộng đã gửi báo cáo kết quả."], link: "/replication" },
      );
    }
  });
}

/** Withdraws an adoption registered by mistake, before it is reported. */
export async function withdrawAdoption(actor: SessionUser, input: { adoptionId: string }) {
  const a = await loadAdoptionForWrite(actor, input.adoptionId);
  if (a.reportedAt) throw ruleError("Đã báo cáo kết quả nhân rộng: không rút đăng ký được.");
  if (a.initiativeId) throw ruleError("Nhân rộng đăng ký trong Mẫu 1: bỏ dòng đó khỏi Mẫu 1.");
  return inTransaction(async (tx) => {
    await tx.modelAdoption.delete({ where: { id: a.id } });
    await tx.recognisedModel.update({ where: { id: a.modelId }, data: { adoptionCount: { decrement: 1 } } });
    await writeAudit(tx, actor.id, {
      action: "adoption.withdraw",
      entityType: "ModelAdoption",
      entityId: a.id,
      unitId: a.unit.id,
      before: { modelId: a.modelId },
      summary: `Rút đăng ký nhân rộng mô hình “${short(a.model.title)}”`,
    });
  });
}

/**
 * "Giao nhân rộng": the level above (`assign:replication` on the issuing unit) assigns the replication of
 * a recognised model to units below it with a deadline ("trước ngày"); each unit's head is told.
 */
export async function assignReplication(actor: SessionUser, input: z.output<typeof assignSchema>, now = new Date()) {
  const issuers = [...new Map(scopesFor(actor.roles, "assign:replication").map((s) => [s.unitId, s])).values()];
  const issuerScope = input.issuingUnitId ? issuers.find((s) => s.unitId === input.issuingUnitId) : issuers.length === 1 ? issuers[0] : null;
  if (!issuerScope) throw ruleError(issuers.length ? "Chọn đơn vị giao." : "Bạn không có quyền giao nhân rộng.", { issuingUnitId: "Chọn đơn vị giao." });
  const issuer = { id: issuerScope.unitId, path: issuerScope.unitPath };
  const db = await getDb();
  const model = await db.recognisedModel.findUnique({ where: { id: input.modelId }, select: { id: true, unitId: true, title: true } });
  if (!model) throw ruleError("Mô hình này không có trong thư viện điển hình (chưa được công nhận).", { modelId: "Mô hình này không có trong thư viện điển hình." });
  const dueAt = dueAtForBeforeDay(input.dueDate);
  if (dueAt.getTime() <= now.getTime()) throw ruleError("Hạn báo cáo phải sau hôm nay.", { dueDate: "Hạn báo cáo phải sau hôm nay." });
  const ids = [...new Set(input.unitIds)];
  const units = await db.unit.findMany({ where: { id: { in: ids }, status: "ACTIVE" }, select: { id: true, path: true, name: true } });
  if (units.length !== ids.length) throw ruleError("Một số đơn vị không còn tồn tại hoặc đã giải thể. Hãy tải lại trang.", { unitIds: "Một số đơn vị không hợp lệ." });
  for (const u of units) {
    const why = targetRefusal(u, issuer, model.unitId);
    if (why) throw ruleError(why, { unitIds: why });
  }
  const adoptions = await db.modelAdoption.findMany({ where: { modelId: model.id, unitId: { in: ids } }, select: { id: true, unitId: true } });
  const adoptionOf = new Map(adoptions.map((a) => [a.unitId, a.id]));
  return inTransaction(async (tx) => {
    const assignment = await tx.replicationAssignment.create({
      data: { modelId: model.id, issuingUnitId: issuer.id, dueAt, documentRef: input.documentRef, note: input.note, createdById: actor.id },
      select: { id: true },
    });
    await tx.replicationAssignmentUnit.createMany({ data: units.map((u) => ({ assignmentId: assignment.id, unitId: u.id, adoptionId: adoptionOf.get(u.id) ?? null })) });
    await writeAudit(tx, actor.id, {
      action: "replication-assignment.create",
      entityType: "ReplicationAssignment",
      entityId: assignment.id,
      unitId: issuer.id,
      after: { modelId: model.id, unitIds: ids, dueDate: input.dueDate, documentRef: input.documentRef, note: input.note },
      summary: `Giao ${units.length} đơn vị nhân rộng mô hình “${short(model.title)}”, hạn ${formatDeadline(dueAt)}`,
    });
    await notifyPeople(
      tx,
      { unitIds: ids, roles: ["UNIT_HEAD"] },
      {
        title: `Được giao nhân rộng mô hình “${short(model.title)}”`,
        lines: [`Đơn vị được giao nhân rộng mô hình “${model.title}”.`, `Hạn báo cáo kết quả: ${formatDeadline(dueAt)}.`, ...(input.note ? [input.note] : [])],
        link: "/unit/replication",
      },
    );
    return { assignmentId: assignment.id, count: units.length };
  });
}

export async function cancelAssignment(actor: SessionUser, input: { assignmentId: string }, now = new Date()) {
  const db = await getDb();
  const a = await db.replicationAssignment.findUnique({
    where: { id: input.assignmentId },
    select: { id: true, cancelledAt: true, issuingUnit: { select: { id: true, path: true } }, model: { select: { title: true } }, units: { select: { unitId: true } } },
  });
  if (!a || !can(actor.roles, "assign:replication", a.issuingUnit)) throw notFoundError();
  if (a.cancelledAt) throw ruleError("Việc giao nhân rộng này đã được hủy.");
  return inTransaction(async (tx) => {
    await tx.replicationAssignment.update({ where: { id: a.id }, data: { cancelledAt: now } });
    await writeAudit(tx, actor.id, {
      action: "replication-assignment.cancel",
      entityType: "ReplicationAssignment",
      entityId: a.id,
      unitId: a.issuingUnit.id,
      summary: `Hủy giao nhân rộng mô hình “${short(a.model.title)}”`,
    });
    await notifyPeople(
      tx,
      { unitIds: a.units.map((u) => u.unitId), roles: ["UNIT_HEAD"] },
      { title: `Hủy giao nhân rộng “${short(a.model.title)}”`, lines: ["Việc giao nhân rộng mô hình này đã được hủy; đơn vị không còn phải báo cáo theo việc giao này."], link: "/unit/replication" },
    );
  });
}
