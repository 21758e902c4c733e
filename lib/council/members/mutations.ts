import "server-only";
import { DomainError, forbiddenError, MESSAGES, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { POSITION_LABELS } from "@/lib/awards/labels";
import { organisationsFor } from "@/lib/awards/forms/queries";
import { can, canAnywhere } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import type { CouncilPosition } from "@/lib/generated/prisma/enums";
import type { AddCouncilMemberValues } from "./schemas";

/**
 * The council's member list of an organisation, kept by its emulation standing office. A member is a
 * user of the organisation or of a unit below it. Adding (or reactivating) a member also gives them
 * the COUNCIL_MEMBER role on the organisation, in the same transaction: the role lets them read the
 * organisation's proposals; voting rights come from being convened to a session. Deactivating takes
 * the role back unless they are convened to a session that is not closed yet. At most one active
 * chair.
 */

const ONE_CHAIR = (name: string) => `Hội đồng đã có Chủ tịch (${name}). Hãy đổi chức danh của người đó trước.`;

async function activeChairOtherThan(tx: Tx, organisationUnitId: string, memberId: string | null) {
  return tx.councilMember.findFirst({
    where: { organisationUnitId, active: true, position: "CHAIR", ...(memberId ? { id: { not: memberId } } : {}) },
    select: { user: { select: { fullName: true } } },
  });
}

async function grantRole(tx: Tx, userId: string, organisationUnitId: string) {
  await tx.roleAssignment.upsert({
    where: { userId_role_unitId: { userId, role: "COUNCIL_MEMBER", unitId: organisationUnitId } },
    create: { userId, role: "COUNCIL_MEMBER", unitId: organisationUnitId },
    update: {},
  });
}

/** Takes COUNCIL_MEMBER back, unless a session not yet closed still convenes the member. Returns whether it did. */
async function revokeRole(tx: Tx, userId: string, organisationUnitId: string): Promise<boolean> {
  const convened = await tx.councilSessionMember.count({ where: { userId, session: { organisationUnitId, status: { not: "CLOSED" } } } });
  if (convened > 0) return false;
  await tx.roleAssignment.deleteMany({ where: { userId, role: "COUNCIL_MEMBER", unitId: organisationUnitId } });
  return true;
}

export async function addCouncilMember(actor: SessionUser, input: AddCouncilMemberValues) {
  if (!canAnywhere(actor.roles, "manage:council")) throw forbiddenError();
  const org = (await organisationsFor(actor, "manage:council")).find((o) => o.id === input.organisationUnitId);
  if (!org || !can(actor.roles, "manage:council", org)) throw notFoundError();
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { id: true, fullName: true, active: true, unit: { select: { path: true } } } });
  if (!user || !user.active || !user.unit.path.startsWith(org.path)) {
    throw new DomainError("VALIDATION", MESSAGES.VALIDATION, { userId: `Chỉ chọn được người đang làm việc tại ${org.name} hoặc đơn vị trực thuộc.` });
  }
  return inTransaction(async (tx) => {
    const existing = await tx.councilMember.findUnique({ where: { organisationUnitId_userId: { organisationUnitId: org.id, userId: user.id } } });
    if (existing?.active) throw new DomainError("VALIDATION", MESSAGES.VALIDATION, { userId: `${user.fullName} đã có trong Hội đồng.` });
    if (input.position === "CHAIR") {
      const chair = await activeChairOtherThan(tx, org.id, existing?.id ?? null);
      if (chair) throw new DomainError("VALIDATION", MESSAGES.VALIDATION, { position: ONE_CHAIR(chair.user.fullName) });
    }
    const max = await tx.councilMember.aggregate({ where: { organisationUnitId: org.id }, _max: { sortOrder: true } });
    const sortOrder = (max._max.sortOrder ?? 0) + 1;
    const member = existing
      ? await tx.councilMember.update({ where: { id: existing.id }, data: { active: true, position: input.position, sortOrder } })
      : await tx.councilMember.create({ data: { organisationUnitId: org.id, userId: user.id, position: input.position, sortOrder } });
    await grantRole(tx, user.id, org.id);
    await writeAudit(tx, actor.id, {
      action: existing ? "council-member.reactivate" : "council-member.add",
      entityType: "CouncilMember",
      entityId: member.id,
      unitId: org.id,
      after: { userId: user.id, position: input.position, active: true, role: "COUNCIL_MEMBER" },
      summary: `${existing ? "Bổ sung lại" : "Thêm"} ${user.fullName} vào Hội đồng Thi đua - Khen thưởng của ${org.name} (${POSITION_LABELS[input.position]}); cấp vai trò Thành viên Hội đồng TĐKT`,
    });
    return { id: member.id };
  });
}

async function loadMember(actor: SessionUser, id: string) {
  const db = await getDb();
  const member = await db.councilMember.findUnique({
    where: { id },
    include: { organisationUnit: { select: { id: true, name: true, path: true } }, user: { select: { id: true, fullName: true, active: true } } },
  });
  if (!member || !can(actor.roles, "manage:council", member.organisationUnit)) throw notFoundError();
  return { db, member };
}

export async function changeCouncilMemberPosition(actor: SessionUser, id: string, position: CouncilPosition) {
  const { member } = await loadMember(actor, id);
  if (member.position === position) return;
  await inTransaction(async (tx) => {
    if (position === "CHAIR" && member.active) {
      const chair = await activeChairOtherThan(tx, member.organisationUnitId, member.id);
      if (chair) throw ruleError(ONE_CHAIR(chair.user.fullName), { position: ONE_CHAIR(chair.user.fullName) });
    }
    await tx.councilMember.update({ where: { id }, data: { position } });
    await writeAudit(tx, actor.id, {
      action: "council-member.position",
      entityType: "CouncilMember",
      entityId: id,
      unitId: member.organisationUnitId,
      before: { position: member.position },
      after: { position },
      summary: `Đổi chức danh của ${member.user.fullName} trong Hội đồng: ${POSITION_LABELS[member.position]} → ${POSITION_LABELS[position]}`,
    });
  });
}

export async function setCouncilMemberActive(actor: SessionUser, id: string, active: boolean) {
  const { member } = await loadMember(actor, id);
  if (member.active === active) return { roleRevoked: false };
  if (active && !member.user.active) throw ruleError("Tài khoản của người này đã bị khoá: không thể bổ sung lại vào Hội đồng.");
  return inTransaction(async (tx) => {
    if (active && member.position === "CHAIR") {
      const chair = await activeChairOtherThan(tx, member.organisationUnitId, member.id);
      if (chair) throw ruleError(ONE_CHAIR(chair.user.fullName));
    }
    let roleRevoked = false;
    if (active) {
      const max = await tx.councilMember.aggregate({ where: { organisationUnitId: member.organisationUnitId }, _max: { sortOrder: true } });
      await tx.councilMember.update({ where: { id }, data: { active: true, sortOrder: (max._max.sortOrder ?? 0) + 1 } });
      await grantRole(tx, member.userId, member.organisationUnitId);
    } else {
      await tx.councilMember.update({ where: { id }, data: { active: false } });
      roleRevoked = await revokeRole(tx, member.userId, member.organisationUnitId);
    }
    await writeAudit(tx, actor.id, {
      action: active ? "council-member.reactivate" : "council-member.deactivate",
      entityType: "CouncilMember",
      entityId: id,
      unitId: member.organisationUnitId,
      before: { active: member.active },
      after: { active, role: active ? "granted" : roleRevoked ? "revoked" : "kept (convened to a session not closed)" },
      summary: active
        ? `Bổ sung lại ${member.user.fullName} vào Hội đồng Thi đua - Khen thưởng của ${member.organisationUnit.name}`
        : `Thôi là thành viên Hội đồng: ${member.user.fullName}${roleRevoked ? "; thu hồi vai trò Thành viên Hội đồng TĐKT" : " (vẫn giữ vai trò vì đang được triệu tập vào phiên họp chưa kết thúc)"}`,
    });
    return { roleRevoked };
  });
}

/** Moves a member one place up or down in the list (swaps the order with the neighbour). */
export async function moveCouncilMember(actor: SessionUser, id: string, direction: "up" | "down") {
  const { member } = await loadMember(actor, id);
  await inTransaction(async (tx) => {
    const list = await tx.councilMember.findMany({
      where: { organisationUnitId: member.organisationUnitId, active: member.active },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: { id: true, sortOrder: true },
    });
    const i = list.findIndex((m) => m.id === id);
    const j = direction === "up" ? i - 1 : i + 1;
    if (i < 0 || j < 0 || j >= list.length) return;
    // Renumber the whole list so that equal orders never make the move a no-op.
    const order = list.map((m) => m.id);
    [order[i], order[j]] = [order[j], order[i]];
    const base = Math.min(...list.map((m) => m.sortOrder));
    for (const [k, memberId] of order.entries()) {
      if (list.find((m) => m.id === memberId)!.sortOrder !== base + k) await tx.councilMember.update({ where: { id: memberId }, data: { sortOrder: base + k } });
    }
    await writeAudit(tx, actor.id, {
      action: "council-member.move",
      entityType: "CouncilMember",
      entityId: id,
      unitId: member.organisationUnitId,
      summary: `Đưa ${member.user.fullName} ${direction === "up" ? "lên trên" : "xuống dưới"} trong danh sách Hội đồng`,
    });
  });
}
