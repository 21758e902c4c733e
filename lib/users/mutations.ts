import "server-only";
import { forbiddenError, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { can, canAnywhere, ROLE_LABELS } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { currentRequestClient } from "@/lib/auth/request-client";
import { accountKey, blockedMinutes, clearLoginFailures, recordLoginFailure } from "@/lib/auth/throttle";
import { getDb, type Tx } from "@/lib/db/client";
import { inTransaction, isUniqueViolation } from "@/lib/db/transaction";
import type { Role } from "@/lib/generated/prisma/enums";
import type {
  AddRoleInput,
  ChangeOwnPasswordInput,
  CreateUserInput,
  RemoveRoleInput,
  ResetPasswordInput,
  SetUserActiveInput,
  UpdateUserInput,
} from "./schemas";
import { generateTemporaryPassword } from "./temporary-password";

function assertUserAdmin(actor: SessionUser) {
  if (!canAnywhere(actor.roles, "manage:user")) throw forbiddenError();
}

// What the audit log keeps of an account: never the password hash.
const userSelect = {
  id: true,
  username: true,
  email: true,
  fullName: true,
  jobTitle: true,
  active: true,
  mustChangePassword: true,
  sessionVersion: true,
  unitId: true,
  unit: { select: { id: true, path: true, name: true, status: true } },
} as const;

type UserRow = {
  id: string;
  username: string;
  email: string | null;
  fullName: string;
  jobTitle: string | null;
  active: boolean;
  mustChangePassword: boolean;
  sessionVersion: number;
  unitId: string;
  unit: { id: string; path: string; name: string; status: string };
};

const auditView = (u: UserRow) => ({
  username: u.username,
  email: u.email,
  fullName: u.fullName,
  jobTitle: u.jobTitle,
  unitId: u.unitId,
  active: u.active,
  mustChangePassword: u.mustChangePassword,
});

/** An account the actor may manage (permission over its home unit), or the same not-found error. */
async function loadManagedUser(tx: Tx, actor: SessionUser, id: string): Promise<UserRow> {
  const user = await tx.user.findUnique({ where: { id }, select: userSelect });
  if (!user || !can(actor.roles, "manage:user", user.unit)) throw notFoundError();
  return user;
}

/** An active unit the actor may attach an account or a role to, else a field error. */
async function loadAssignableUnit(tx: Tx, actor: SessionUser, unitId: string, field: string) {
  const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { id: true, path: true, name: true, status: true } });
  if (!unit || !can(actor.roles, "manage:user", unit)) {
    throw ruleError("Không tìm thấy đơn vị đã chọn.", { [field]: "Không tìm thấy đơn vị đã chọn hoặc bạn không có quyền với đơn vị này." });
  }
  if (unit.status !== "ACTIVE") {
    const msg = `Đơn vị "${unit.name}" đã giải thể/ngừng hoạt động: không thể gán tài khoản hoặc vai trò mới.`;
    throw ruleError(msg, { [field]: msg });
  }
  return unit;
}

async function assertEmailFree(tx: Tx, email: string, exceptId?: string) {
  const clash = await tx.user.findFirst({
    where: { email: { equals: email, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw ruleError("E-mail đã được dùng.", { email: `E-mail "${email}" đã được dùng cho tài khoản khác.` });
}

/** ADMIN carries "any" scope: only someone who manages every account may grant or take it. */
function assertMayHandleRole(actor: SessionUser, role: Role) {
  if (role === "ADMIN" && !can(actor.roles, "manage:user")) throw forbiddenError();
}

/** A unique-index race that got past the checks (same username or e-mail at once) ends as the field's message. */
const takenOnRace = (input: { username?: string; email?: string }) => ({
  mapError: (err: unknown) => {
    if (!isUniqueViolation(err)) return null;
    const target = JSON.stringify((err as { meta?: unknown }).meta ?? "");
    if (input.email && target.includes("email")) return ruleError("E-mail đã được dùng.", { email: `E-mail "${input.email}" đã được dùng cho tài khoản khác.` });
    return ruleError("Tên đăng nhập đã được dùng.", { username: `Tên đăng nhập "${input.username}" đã được dùng.` });
  },
});

export async function createUser(actor: SessionUser, input: CreateUserInput) {
  assertUserAdmin(actor);
  if (input.role) assertMayHandleRole(actor, input.role);
  const temporaryPassword = input.passwordMode === "generate" ? generateTemporaryPassword() : null;
  // Hash outside the transaction: it takes tens of milliseconds and the database queues behind open transactions.
  const passwordHash = await hashPassword(temporaryPassword ?? input.password);
  const db = await getDb();
  const user = await inTransaction((tx) => createUserInTx(tx, actor, input, passwordHash), takenOnRace(input));
  // Whatever was recorded against this name before the account existed no longer applies.
  await db.loginThrottle.deleteMany({ where: { account: accountKey(user.username) } });
  return { id: user.id, username: user.username, temporaryPassword };
}

/**
 * One account created inside `tx` with its first role and its audit row: the home unit (and the
 * role's unit) active and managed by the actor, the username and e-mail free. Shared by the form and
 * the Excel import (lib/imports/accounts), which creates a whole file in one transaction.
 */
export async function createUserInTx(tx: Tx, actor: SessionUser, input: Omit<CreateUserInput, "passwordMode" | "password">, passwordHash: string) {
  if (input.role) assertMayHandleRole(actor, input.role);
  const home = await loadAssignableUnit(tx, actor, input.unitId, "unitId");
  const roleUnit = input.role ? (input.roleUnitId && input.roleUnitId !== home.id ? await loadAssignableUnit(tx, actor, input.roleUnitId, "roleUnitId") : home) : null;
  if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
    throw ruleError("Tên đăng nhập đã được dùng.", { username: `Tên đăng nhập "${input.username}" đã được dùng.` });
  }
  if (input.email) await assertEmailFree(tx, input.email);
  const created = await tx.user.create({
    data: {
      username: input.username,
      email: input.email || null,
      fullName: input.fullName,
      jobTitle: input.jobTitle || null,
      passwordHash,
      mustChangePassword: true,
      unitId: home.id,
      ...(input.role && roleUnit ? { roles: { create: [{ role: input.role, unitId: roleUnit.id }] } } : {}),
    },
    select: userSelect,
  });
  await writeAudit(tx, actor.id, {
    action: "user.create",
    entityType: "User",
    entityId: created.id,
    unitId: home.id,
    after: { ...auditView(created), roles: input.role && roleUnit ? [{ role: input.role, unitId: roleUnit.id }] : [] },
    summary:
      `Tạo tài khoản "${created.username}" (${created.fullName}) thuộc "${home.name}"` +
      (input.role && roleUnit ? `, vai trò ${ROLE_LABELS[input.role]} tại "${roleUnit.name}"` : ""),
  });
  return created;
}

export { assertUserAdmin };

export async function updateUser(actor: SessionUser, input: UpdateUserInput) {
  assertUserAdmin(actor);
  return inTransaction(async (tx) => {
    const before = await loadManagedUser(tx, actor, input.id);
    const email = input.email || null;
    const jobTitle = input.jobTitle || null;
    if (email === before.email && input.fullName === before.fullName && jobTitle === before.jobTitle && input.unitId === before.unitId) {
      return before;
    }
    if (email && email !== before.email) await assertEmailFree(tx, email, before.id);
    const home = input.unitId !== before.unitId ? await loadAssignableUnit(tx, actor, input.unitId, "unitId") : before.unit;
    const after = await tx.user.update({
      where: { id: before.id },
      data: { email, fullName: input.fullName, jobTitle, unitId: home.id },
      select: userSelect,
    });
    await writeAudit(tx, actor.id, {
      action: "user.update",
      entityType: "User",
      entityId: after.id,
      unitId: after.unitId,
      before: auditView(before),
      after: auditView(after),
      summary:
        `Sửa thông tin tài khoản "${after.username}"` +
        (before.unitId !== after.unitId ? `: chuyển từ "${before.unit.name}" sang "${after.unit.name}"` : ""),
    });
    return after;
  }, takenOnRace({ email: input.email }));
}

/** Deactivating ends every open session of the account at once (sessionVersion). */
export async function setUserActive(actor: SessionUser, input: SetUserActiveInput) {
  assertUserAdmin(actor);
  if (input.id === actor.id && !input.active) throw ruleError("Bạn không thể tự khoá tài khoản của chính mình.");
  return inTransaction(async (tx) => {
    const before = await loadManagedUser(tx, actor, input.id);
    if (before.active === input.active) {
      throw ruleError(input.active ? "Tài khoản đang hoạt động." : "Tài khoản đã bị khoá trước đó.");
    }
    const after = await tx.user.update({
      where: { id: before.id },
      data: { active: input.active, ...(input.active ? {} : { sessionVersion: { increment: 1 } }) },
      select: userSelect,
    });
    await writeAudit(tx, actor.id, {
      action: input.active ? "user.reactivate" : "user.deactivate",
      entityType: "User",
      entityId: after.id,
      unitId: after.unitId,
      before: auditView(before),
      after: auditView(after),
      summary: input.active ? `Mở khoá tài khoản "${after.username}"` : `Khoá tài khoản "${after.username}" (các phiên đăng nhập đã kết thúc)`,
    });
    return after;
  });
}

/**
 * Sets a new temporary password (generated, or typed by the administrator): the user must change it
 * at next sign-in, open sessions end, and the sign-in lock of the account is lifted.
 */
export async function resetUserPassword(actor: SessionUser, input: ResetPasswordInput) {
  assertUserAdmin(actor);
  if (input.id === actor.id) {
    throw ruleError("Để đổi mật khẩu của chính bạn, hãy dùng trang Tài khoản của tôi.");
  }
  const temporaryPassword = input.passwordMode === "generate" ? generateTemporaryPassword() : null;
  const passwordHash = await hashPassword(temporaryPassword ?? input.password);
  const user = await inTransaction(async (tx) => {
    const before = await loadManagedUser(tx, actor, input.id);
    const after = await tx.user.update({
      where: { id: before.id },
      data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
      select: userSelect,
    });
    await tx.userSession.deleteMany({ where: { userId: after.id } });
    const accounts = [after.username, after.email].filter((v): v is string => !!v).map(accountKey);
    await tx.loginThrottle.deleteMany({ where: { account: { in: accounts } } });
    await writeAudit(tx, actor.id, {
      action: "user.password.reset",
      entityType: "User",
      entityId: after.id,
      unitId: after.unitId,
      before: { mustChangePassword: before.mustChangePassword },
      after: { mustChangePassword: true, sessionsEnded: true, signInLockCleared: true },
      summary: `Đặt lại mật khẩu tài khoản "${after.username}" (mật khẩu tạm, phải đổi khi đăng nhập)`,
    });
    return after;
  });
  return { id: user.id, username: user.username, temporaryPassword };
}

export async function addRole(actor: SessionUser, input: AddRoleInput) {
  assertUserAdmin(actor);
  assertMayHandleRole(actor, input.role);
  return inTransaction(async (tx) => {
    const user = await loadManagedUser(tx, actor, input.userId);
    const unit = await loadAssignableUnit(tx, actor, input.unitId, "unitId");
    const existing = await tx.roleAssignment.findUnique({
      where: { userId_role_unitId: { userId: user.id, role: input.role, unitId: unit.id } },
      select: { id: true },
    });
    if (existing) {
      const msg = `Tài khoản đã có vai trò ${ROLE_LABELS[input.role]} tại "${unit.name}".`;
      throw ruleError(msg, { role: msg });
    }
    const assignment = await tx.roleAssignment.create({ data: { userId: user.id, role: input.role, unitId: unit.id }, select: { id: true } });
    await writeAudit(tx, actor.id, {
      action: "user.role.add",
      entityType: "User",
      entityId: user.id,
      unitId: unit.id,
      after: { assignmentId: assignment.id, role: input.role, unitId: unit.id },
      summary: `Gán vai trò ${ROLE_LABELS[input.role]} tại "${unit.name}" cho tài khoản "${user.username}"`,
    });
    return assignment;
  });
}

export async function removeRole(actor: SessionUser, input: RemoveRoleInput) {
  assertUserAdmin(actor);
  return inTransaction(async (tx) => {
    const assignment = await tx.roleAssignment.findUnique({
      where: { id: input.assignmentId },
      select: { id: true, role: true, userId: true, unit: { select: { id: true, name: true } } },
    });
    if (!assignment) throw notFoundError();
    const user = await loadManagedUser(tx, actor, assignment.userId);
    assertMayHandleRole(actor, assignment.role);
    if (user.id === actor.id && assignment.role === "ADMIN") {
      const admins = await tx.roleAssignment.count({ where: { userId: actor.id, role: "ADMIN" } });
      if (admins <= 1) throw ruleError("Bạn không thể tự gỡ vai trò Quản trị hệ thống cuối cùng của chính mình.");
    }
    await tx.roleAssignment.delete({ where: { id: assignment.id } });
    await writeAudit(tx, actor.id, {
      action: "user.role.remove",
      entityType: "User",
      entityId: user.id,
      unitId: assignment.unit.id,
      before: { assignmentId: assignment.id, role: assignment.role, unitId: assignment.unit.id },
      summary: `Gỡ vai trò ${ROLE_LABELS[assignment.role]} tại "${assignment.unit.name}" của tài khoản "${user.username}"`,
    });
  });
}

/**
 * A user changes their own password. A wrong current password counts as a failed sign-in (so a
 * left-open session cannot be used to guess it); success ends every other session.
 */
export async function changeOwnPassword(actor: SessionUser, input: ChangeOwnPasswordInput) {
  const db = await getDb();
  const current = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true, username: true } });
  if (!current) throw notFoundError();
  const client = await currentRequestClient();
  const minutes = await blockedMinutes(client, current.username);
  if (minutes !== null) {
    throw ruleError(`Bạn đã nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau ${minutes} phút.`);
  }
  if (!(await verifyPassword(current.passwordHash, input.currentPassword))) {
    await recordLoginFailure(client, current.username);
    throw ruleError("Mật khẩu hiện tại không đúng.", { currentPassword: "Mật khẩu hiện tại không đúng." });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const after = await inTransaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
      select: { id: true, unitId: true, username: true, sessionVersion: true },
    });
    await writeAudit(tx, actor.id, {
      action: "user.password.change",
      entityType: "User",
      entityId: updated.id,
      unitId: updated.unitId,
      after: { mustChangePassword: false, sessionsEnded: true },
      summary: "Tự đổi mật khẩu",
    });
    return updated;
  });
  await clearLoginFailures(client, current.username);
  return { username: after.username };
}
