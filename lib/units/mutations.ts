import "server-only";
import { forbiddenError, notFoundError, ruleError } from "@/lib/actions/result";
import { writeAudit } from "@/lib/audit/write";
import { can, canAnywhere } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { formatDateVN } from "@/lib/time/vn";
import type { CloseUnitInput, CreateUnitInput, MoveUnitInput, ReopenUnitInput, UpdateUnitInput } from "./schemas";
import { childPath, depthOf, UNIT_KIND_LABELS } from "./tree";

/**
 * Every change of the tree's shape (create, move, close, reopen) takes this transaction-scoped lock
 * first and reads the units it depends on inside the transaction: two concurrent moves can then
 * never build a cycle, nor a child be attached to a unit that is being closed or moved.
 */
const TREE_LOCK_KEY = 4_711_001;
async function lockTree(tx: Tx) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${TREE_LOCK_KEY})`;
}

function assertAdminSomewhere(actor: SessionUser) {
  if (!canAnywhere(actor.roles, "manage:unit")) throw forbiddenError();
}

const unitSelect = {
  id: true,
  code: true,
  name: true,
  shortName: true,
  documentSymbol: true,
  kind: true,
  status: true,
  parentId: true,
  path: true,
  depth: true,
  closedAt: true,
  closedReason: true,
  mergedIntoId: true,
} as const;

type UnitRow = { id: string; code: string; name: string; shortName: string | null; documentSymbol: string | null; kind: string; status: string; parentId: string | null; path: string; depth: number; closedAt: Date | null; closedReason: string | null; mergedIntoId: string | null };

/** Loads a unit the actor may manage, or throws the same not-found error for missing and not allowed. */
async function loadManagedUnit(tx: Tx, actor: SessionUser, id: string): Promise<UnitRow> {
  const unit = await tx.unit.findUnique({ where: { id }, select: unitSelect });
  if (!unit || !can(actor.roles, "manage:unit", unit)) throw notFoundError();
  return unit;
}

/** An active unit the actor may attach things to (a parent or a merge target), else a field error. */
async function loadActiveTarget(tx: Tx, actor: SessionUser, id: string, field: string, closedMessage: string) {
  const unit = await tx.unit.findUnique({ where: { id }, select: unitSelect });
  if (!unit || !can(actor.roles, "manage:unit", unit)) {
    throw ruleError("Không tìm thấy đơn vị đã chọn.", { [field]: "Không tìm thấy đơn vị đã chọn hoặc bạn không có quyền với đơn vị này." });
  }
  if (unit.status !== "ACTIVE") throw ruleError(closedMessage, { [field]: closedMessage });
  return unit;
}

async function assertCodeFree(tx: Tx, code: string, exceptId?: string) {
  const clash = await tx.unit.findFirst({
    where: { code: { equals: code, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true },
  });
  if (clash) throw ruleError("Mã đơn vị đã được dùng.", { code: `Mã đơn vị "${code}" đã được dùng cho "${clash.name}".` });
}

/** A unique-index race that got past the check above still ends as the same field message. */
const codeTakenOnRace = (code: string) => ({
  onUniqueViolation: () => ruleError("Mã đơn vị đã được dùng.", { code: `Mã đơn vị "${code}" đã được dùng.` }),
});

const auditView = (u: UnitRow) => ({
  code: u.code,
  name: u.name,
  shortName: u.shortName,
  documentSymbol: u.documentSymbol,
  kind: u.kind,
  status: u.status,
  parentId: u.parentId,
  path: u.path,
  closedAt: u.closedAt,
  closedReason: u.closedReason,
  mergedIntoId: u.mergedIntoId,
});

function assertActive(unit: UnitRow, what: string) {
  if (unit.status !== "ACTIVE") {
    throw ruleError(`Đơn vị đã giải thể/ngừng hoạt động từ ngày ${formatDateVN(unit.closedAt)}: không thể ${what}. Hãy mở lại đơn vị trước nếu cần.`);
  }
}

export async function createUnit(actor: SessionUser, input: CreateUnitInput) {
  assertAdminSomewhere(actor);
  return inTransaction(async (tx) => {
    await lockTree(tx);
    return createUnitInTx(tx, actor, input);
  }, codeTakenOnRace(input.code));
}

/**
 * One unit created inside `tx` (the caller holds the tree lock): the parent must be active and managed
 * by the actor, the code free; the audit row is written in the same transaction. Shared by the form
 * and the Excel import (lib/imports/units), which creates a whole file in one transaction.
 */
export async function createUnitInTx(tx: Tx, actor: SessionUser, input: CreateUnitInput, parentField = "parentId") {
  const parent = input.parentId
    ? await loadActiveTarget(tx, actor, input.parentId, parentField, "Đơn vị cấp trên đã giải thể/ngừng hoạt động: không thể thêm đơn vị trực thuộc.")
    : null;
  // A root unit is attached to nothing: only an administrator of everything may create one.
  if (!parent && !can(actor.roles, "manage:unit")) throw forbiddenError();
  await assertCodeFree(tx, input.code);
  const last = await tx.unit.aggregate({ where: { parentId: parent?.id ?? null }, _max: { sortOrder: true } });
  const created = await tx.unit.create({
    data: {
      code: input.code,
      name: input.name,
      shortName: input.shortName || null,
      documentSymbol: input.documentSymbol?.toLocaleUpperCase("vi") || null,
      kind: input.kind,
      parentId: parent?.id ?? null,
      path: "/", // replaced below, once the id is known
      depth: parent ? parent.depth + 1 : 0,
      sortOrder: (last._max.sortOrder ?? -1) + 1,
    },
    select: { id: true },
  });
  const unit = await tx.unit.update({ where: { id: created.id }, data: { path: childPath(parent?.path, created.id) }, select: unitSelect });
  await writeAudit(tx, actor.id, {
    action: "unit.create",
    entityType: "Unit",
    entityId: unit.id,
    unitId: unit.id,
    after: auditView(unit),
    summary: parent ? `Tạo đơn vị "${unit.name}" trực thuộc "${parent.name}"` : `Tạo đơn vị cấp cao nhất "${unit.name}"`,
  });
  return unit;
}

export { lockTree as lockUnitTree, assertAdminSomewhere as assertUnitAdminSomewhere };

export async function updateUnit(actor: SessionUser, input: UpdateUnitInput) {
  assertAdminSomewhere(actor);
  return inTransaction(async (tx) => {
    const before = await loadManagedUnit(tx, actor, input.id);
    assertActive(before, "sửa thông tin");
    const data = { code: input.code, name: input.name, shortName: input.shortName || null, documentSymbol: input.documentSymbol === undefined ? before.documentSymbol : input.documentSymbol.toLocaleUpperCase("vi") || null, kind: input.kind } as const;
    if (data.code === before.code && data.name === before.name && data.shortName === before.shortName && data.documentSymbol === before.documentSymbol && data.kind === before.kind) {
      return before; // nothing changed: nothing to record
    }
    if (data.code.toLowerCase() !== before.code.toLowerCase()) await assertCodeFree(tx, data.code, before.id);
    const after = await tx.unit.update({ where: { id: before.id }, data, select: unitSelect });
    const renamed = before.name !== after.name;
    await writeAudit(tx, actor.id, {
      action: "unit.update",
      entityType: "Unit",
      entityId: after.id,
      unitId: after.id,
      before: auditView(before),
      after: auditView(after),
      summary: renamed
        ? `Đổi tên đơn vị "${before.name}" thành "${after.name}"`
        : `Sửa thông tin đơn vị "${after.name}" (${UNIT_KIND_LABELS[after.kind as keyof typeof UNIT_KIND_LABELS]})`,
    });
    return after;
  }, codeTakenOnRace(input.code));
}

/** Moves a unit (and its whole subtree) under another parent; every descendant's path and depth follow. */
export async function moveUnit(actor: SessionUser, input: MoveUnitInput) {
  assertAdminSomewhere(actor);
  return inTransaction(async (tx) => {
    await lockTree(tx);
    const unit = await loadManagedUnit(tx, actor, input.id);
    assertActive(unit, "chuyển đơn vị");
    const targetId = input.parentId || null;
    if (targetId === unit.id || (targetId && (await isDescendantOrSelf(tx, targetId, unit.path)))) {
      const msg = "Không thể chuyển một đơn vị vào chính nó hoặc vào đơn vị trực thuộc của nó.";
      throw ruleError(msg, { parentId: msg });
    }
    const parent = targetId
      ? await loadActiveTarget(tx, actor, targetId, "parentId", "Đơn vị cấp trên đã giải thể/ngừng hoạt động: hãy chọn đơn vị đang hoạt động.")
      : null;
    if (!parent && !can(actor.roles, "manage:unit")) throw forbiddenError();
    if ((parent?.id ?? null) === unit.parentId) {
      const msg = "Đơn vị đã trực thuộc đơn vị cấp trên này.";
      throw ruleError(msg, { parentId: msg });
    }
    const oldParent = unit.parentId ? await tx.unit.findUnique({ where: { id: unit.parentId }, select: { name: true } }) : null;
    const newPath = childPath(parent?.path, unit.id);
    const deltaDepth = depthOf(newPath) - unit.depth;
    // One statement rewrites the path prefix and depth of the unit and all its descendants.
    const moved = await tx.$executeRaw`
      UPDATE "Unit"
      SET path = ${newPath} || substr(path, ${unit.path.length + 1}::int), depth = depth + ${deltaDepth}::int, "updatedAt" = now()
      WHERE starts_with(path, ${unit.path})`;
    const after = await tx.unit.update({ where: { id: unit.id }, data: { parentId: parent?.id ?? null }, select: unitSelect });
    const descendants = moved - 1;
    await writeAudit(tx, actor.id, {
      action: "unit.move",
      entityType: "Unit",
      entityId: unit.id,
      unitId: unit.id,
      before: { parentId: unit.parentId, path: unit.path, depth: unit.depth },
      after: { parentId: after.parentId, path: after.path, depth: after.depth, descendantsMoved: descendants },
      summary:
        `Chuyển đơn vị "${unit.name}" từ "${oldParent?.name ?? "cấp cao nhất"}" sang "${parent?.name ?? "cấp cao nhất"}"` +
        (descendants > 0 ? ` (kèm ${descendants} đơn vị trực thuộc)` : ""),
    });
    return after;
  });
}

async function isDescendantOrSelf(tx: Tx, candidateId: string, ancestorPath: string) {
  const candidate = await tx.unit.findUnique({ where: { id: candidateId }, select: { path: true } });
  return !!candidate && candidate.path.startsWith(ancestorPath);
}

/**
 * Closes (dissolves, or merges into another unit) a unit. Its records and history stay; it can no
 * longer receive child units or role assignments. Active child units must be moved or closed first.
 */
export async function closeUnit(actor: SessionUser, input: CloseUnitInput) {
  assertAdminSomewhere(actor);
  return inTransaction(async (tx) => {
    await lockTree(tx);
    const unit = await loadManagedUnit(tx, actor, input.id);
    assertActive(unit, "giải thể lần nữa");
    const activeChildren = await tx.unit.count({ where: { parentId: unit.id, status: "ACTIVE" } });
    if (activeChildren > 0) {
      throw ruleError(
        `Đơn vị còn ${activeChildren} đơn vị trực thuộc đang hoạt động. Hãy chuyển các đơn vị đó sang đơn vị khác hoặc giải thể chúng trước.`,
      );
    }
    let mergedInto: UnitRow | null = null;
    if (input.mergedIntoId) {
      if (input.mergedIntoId === unit.id || (await isDescendantOrSelf(tx, input.mergedIntoId, unit.path))) {
        const msg = "Không thể sáp nhập một đơn vị vào chính nó hoặc vào đơn vị trực thuộc của nó.";
        throw ruleError(msg, { mergedIntoId: msg });
      }
      mergedInto = await loadActiveTarget(tx, actor, input.mergedIntoId, "mergedIntoId", "Chỉ có thể sáp nhập vào một đơn vị đang hoạt động.");
    }
    const after = await tx.unit.update({
      where: { id: unit.id },
      data: { status: "CLOSED", closedAt: new Date(), closedReason: input.reason, mergedIntoId: mergedInto?.id ?? null },
      select: unitSelect,
    });
    await writeAudit(tx, actor.id, {
      action: "unit.close",
      entityType: "Unit",
      entityId: unit.id,
      unitId: unit.id,
      before: auditView(unit),
      after: auditView(after),
      summary: mergedInto
        ? `Sáp nhập đơn vị "${unit.name}" vào "${mergedInto.name}": ${input.reason}`
        : `Giải thể/ngừng hoạt động đơn vị "${unit.name}": ${input.reason}`,
    });
    return after;
  });
}

export async function reopenUnit(actor: SessionUser, input: ReopenUnitInput) {
  assertAdminSomewhere(actor);
  return inTransaction(async (tx) => {
    await lockTree(tx);
    const unit = await loadManagedUnit(tx, actor, input.id);
    if (unit.status === "ACTIVE") throw ruleError("Đơn vị đang hoạt động.");
    if (unit.parentId) {
      const parent = await tx.unit.findUnique({ where: { id: unit.parentId }, select: { name: true, status: true } });
      if (parent?.status !== "ACTIVE") {
        throw ruleError(`Đơn vị cấp trên "${parent?.name ?? ""}" đã ngừng hoạt động: hãy mở lại đơn vị cấp trên hoặc chuyển đơn vị này trước.`);
      }
    }
    const after = await tx.unit.update({
      where: { id: unit.id },
      data: { status: "ACTIVE", closedAt: null, closedReason: null, mergedIntoId: null },
      select: unitSelect,
    });
    await writeAudit(tx, actor.id, {
      action: "unit.reopen",
      entityType: "Unit",
      entityId: unit.id,
      unitId: unit.id,
      before: auditView(unit),
      after: auditView(after),
      summary: `Mở lại đơn vị "${unit.name}"`,
    });
    return after;
  });
}
