import { describe, expect, it } from "vitest";
import { closeUnitAction, createUnitAction, moveUnitAction, reopenUnitAction, updateUnitAction } from "../../lib/units/actions";
import { addRoleAction, createUserAction } from "../../lib/users/actions";
import { actAs, db, makeCampaign, makeOrganisation, makeUnit, makeUser } from "../helpers/factories";

const newUnit = (over: Partial<Record<string, string>> = {}) => ({
  code: "SQHKT-MOI",
  name: "Phòng Quy hoạch khu vực 3",
  shortName: "QHKV3",
  kind: "OFFICE",
  parentId: "",
  ...over,
});

async function unitOf(id: string) {
  return db().unit.findUniqueOrThrow({ where: { id } });
}

async function snapshot() {
  const units = await db().unit.findMany({ orderBy: { id: "asc" } });
  const audit = await db().auditLog.count();
  const roles = await db().roleAssignment.count();
  return { units, audit, roles };
}

describe("unit tree administration", () => {
  it("creates a unit under a parent, with its path, depth and an audit row", async () => {
    const org = await makeOrganisation();
    await actAs(org.admin);
    const res = await createUnitAction(newUnit({ parentId: org.dept.id }));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const unit = await unitOf(res.data.id);
    expect(unit).toMatchObject({ code: "SQHKT-MOI", name: "Phòng Quy hoạch khu vực 3", shortName: "QHKV3", kind: "OFFICE", status: "ACTIVE", parentId: org.dept.id });
    expect(unit.path).toBe(`${org.dept.path}${unit.id}/`);
    expect(unit.depth).toBe(org.dept.depth + 1);
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityType: "Unit", entityId: unit.id } });
    expect(audit).toMatchObject({ action: "unit.create", actorId: org.admin.id, unitId: unit.id });
    expect(audit.summary).toContain("Phòng Quy hoạch khu vực 3");
  });

  it("renames a unit and records before and after", async () => {
    const org = await makeOrganisation();
    await actAs(org.admin);
    const res = await updateUnitAction({ id: org.officeA.id, code: org.officeA.code, name: "Phòng A mới", shortName: "", kind: "OFFICE" });
    expect(res.ok).toBe(true);
    expect((await unitOf(org.officeA.id)).name).toBe("Phòng A mới");
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityType: "Unit", action: "unit.update" } });
    expect(audit.before).toMatchObject({ name: "Phòng A" });
    expect(audit.after).toMatchObject({ name: "Phòng A mới" });
    expect(audit.summary).toBe('Đổi tên đơn vị "Phòng A" thành "Phòng A mới"');
  });

  it("sets the symbol printed in document numbers, upper-cased; keeps it when a client omits it; refuses punctuation next to the field", async () => {
    const org = await makeOrganisation();
    await actAs(org.admin);
    const base = { id: org.officeA.id, code: org.officeA.code, name: org.officeA.name, shortName: "", kind: "OFFICE" as const };
    expect(await updateUnitAction({ ...base, documentSymbol: "qhkv1" })).toMatchObject({ ok: true });
    expect((await unitOf(org.officeA.id)).documentSymbol).toBe("QHKV1");
    expect(await updateUnitAction({ ...base, name: "Phòng A đổi tên" })).toMatchObject({ ok: true });
    expect((await unitOf(org.officeA.id)).documentSymbol).toBe("QHKV1");
    const bad = await updateUnitAction({ ...base, documentSymbol: "QH/KV 1" });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { documentSymbol: expect.stringContaining("Ký hiệu viết tắt chỉ gồm chữ, số và dấu gạch nối") } });
    expect(await updateUnitAction({ ...base, documentSymbol: "" })).toMatchObject({ ok: true });
    expect((await unitOf(org.officeA.id)).documentSymbol).toBeNull();
  });

  it("moves a unit with its whole subtree: every descendant's path and depth follow", async () => {
    const org = await makeOrganisation();
    const team = await makeUnit({ name: "Tổ 1", parent: org.officeA });
    const subTeam = await makeUnit({ name: "Nhóm 1a", parent: team });
    await actAs(org.admin);
    // Phòng A (with Tổ 1 and Nhóm 1a) moves from Sở Thử nghiệm to Sở Khác.
    const res = await moveUnitAction({ id: org.officeA.id, parentId: org.otherDept.id });
    expect(res).toMatchObject({ ok: true });
    const a = await unitOf(org.officeA.id);
    const t = await unitOf(team.id);
    const s = await unitOf(subTeam.id);
    expect(a.parentId).toBe(org.otherDept.id);
    expect(a.path).toBe(`${org.otherDept.path}${a.id}/`);
    expect(t.path).toBe(`${a.path}${t.id}/`);
    expect(s.path).toBe(`${t.path}${s.id}/`);
    expect([a.depth, t.depth, s.depth]).toEqual([2, 3, 4]);
    // Units outside the subtree are untouched.
    expect((await unitOf(org.officeB.id)).path).toBe(org.officeB.path);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "unit.move" } });
    expect(audit.summary).toContain("kèm 2 đơn vị trực thuộc");

    // Moving to the top level shortens every path.
    expect(await moveUnitAction({ id: team.id, parentId: "" })).toMatchObject({ ok: true });
    expect((await unitOf(team.id)).path).toBe(`/${team.id}/`);
    expect(await unitOf(subTeam.id)).toMatchObject({ path: `/${team.id}/${subTeam.id}/`, depth: 1 });
  });

  it("refuses to move a unit under itself or under one of its own descendants", async () => {
    const org = await makeOrganisation();
    const team = await makeUnit({ name: "Tổ 1", parent: org.officeA });
    await actAs(org.admin);
    const before = await snapshot();
    for (const target of [org.dept.id, org.officeA.id, team.id]) {
      const res = await moveUnitAction({ id: org.dept.id, parentId: target });
      expect(res.ok).toBe(false);
      if (res.ok) continue;
      expect(res.fieldErrors?.parentId).toBe("Không thể chuyển một đơn vị vào chính nó hoặc vào đơn vị trực thuộc của nó.");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("closes a unit with a reason and a merge target, keeping its people, roles and records", async () => {
    const org = await makeOrganisation();
    await db().registration.create({ data: { campaignId: org.campaign.id, unitId: org.officeA.id, ownerKey: "UNIT" } });
    await actAs(org.admin);
    const res = await closeUnitAction({ id: org.officeA.id, reason: "Quyết định số 12/QĐ-SQHKT ngày 01/7/2025", mergedIntoId: org.officeB.id });
    expect(res).toMatchObject({ ok: true });
    const a = await unitOf(org.officeA.id);
    expect(a).toMatchObject({ status: "CLOSED", closedReason: "Quyết định số 12/QĐ-SQHKT ngày 01/7/2025", mergedIntoId: org.officeB.id });
    expect(a.closedAt).toBeInstanceOf(Date);
    expect(await db().registration.count({ where: { unitId: org.officeA.id } })).toBe(1);
    expect(await db().campaignUnit.count({ where: { unitId: org.officeA.id } })).toBe(1);
    expect(await db().roleAssignment.count({ where: { unitId: org.officeA.id } })).toBe(2);
    expect(await db().user.count({ where: { unitId: org.officeA.id } })).toBe(2);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "unit.close" } });
    expect(audit.summary).toContain('vào "Phòng B"');
  });

  it("blocks new child units, new role assignments and new accounts on a closed unit", async () => {
    const org = await makeOrganisation();
    await actAs(org.admin);
    expect(await closeUnitAction({ id: org.officeA.id, reason: "Giải thể", mergedIntoId: "" })).toMatchObject({ ok: true });

    const child = await createUnitAction(newUnit({ parentId: org.officeA.id }));
    expect(child).toMatchObject({ ok: false, fieldErrors: { parentId: expect.stringContaining("đã giải thể/ngừng hoạt động") } });

    const moved = await moveUnitAction({ id: org.officeB.id, parentId: org.officeA.id });
    expect(moved).toMatchObject({ ok: false, fieldErrors: { parentId: expect.stringContaining("đã giải thể/ngừng hoạt động") } });

    const role = await addRoleAction({ userId: org.staffB.id, role: "UNIT_STAFF", unitId: org.officeA.id });
    expect(role).toMatchObject({ ok: false, fieldErrors: { unitId: expect.stringContaining("đã giải thể/ngừng hoạt động") } });

    const account = await createUserAction({
      username: "moi.nguoi",
      email: "",
      fullName: "Người Mới",
      jobTitle: "",
      unitId: org.officeA.id,
      passwordMode: "generate",
      password: "",
      role: "",
      roleUnitId: "",
    });
    expect(account).toMatchObject({ ok: false, fieldErrors: { unitId: expect.stringContaining("đã giải thể/ngừng hoạt động") } });

    // Merging into a closed unit is refused as well.
    const merge = await closeUnitAction({ id: org.officeB.id, reason: "Sáp nhập", mergedIntoId: org.officeA.id });
    expect(merge).toMatchObject({ ok: false, fieldErrors: { mergedIntoId: "Chỉ có thể sáp nhập vào một đơn vị đang hoạt động." } });
    expect(await db().unit.count({ where: { parentId: org.officeA.id } })).toBe(0);
  });

  it("refuses to close a unit that still has active child units, and reopens a closed unit", async () => {
    const org = await makeOrganisation();
    await actAs(org.admin);
    const res = await closeUnitAction({ id: org.dept.id, reason: "Giải thể", mergedIntoId: "" });
    expect(res).toMatchObject({ ok: false, error: expect.stringContaining("còn 2 đơn vị trực thuộc đang hoạt động") });
    expect((await unitOf(org.dept.id)).status).toBe("ACTIVE");

    await closeUnitAction({ id: org.officeA.id, reason: "Giải thể", mergedIntoId: org.officeB.id });
    expect(await reopenUnitAction({ id: org.officeA.id })).toMatchObject({ ok: true });
    expect(await unitOf(org.officeA.id)).toMatchObject({ status: "ACTIVE", closedAt: null, closedReason: null, mergedIntoId: null });
    const actions = (await db().auditLog.findMany({ where: { entityId: org.officeA.id }, orderBy: { id: "asc" } })).map((r) => r.action);
    expect(actions).toEqual(["unit.close", "unit.reopen"]);
  });

  it("refuses every unit action to non-administrators and changes nothing", async () => {
    const org = await makeOrganisation();
    const calls = [
      () => createUnitAction(newUnit({ parentId: org.dept.id })),
      () => createUnitAction(newUnit()),
      () => updateUnitAction({ id: org.officeA.id, code: org.officeA.code, name: "Đổi tên", shortName: "", kind: "OFFICE" }),
      () => moveUnitAction({ id: org.officeA.id, parentId: org.otherDept.id }),
      () => closeUnitAction({ id: org.officeA.id, reason: "Giải thể", mergedIntoId: "" }),
      () => reopenUnitAction({ id: org.officeA.id }),
    ];
    const before = await snapshot();
    for (const user of [org.office, org.headA, org.leader, org.staffA]) {
      await actAs(user);
      for (const call of calls) {
        const res = await call();
        expect(res).toMatchObject({ ok: false, code: "FORBIDDEN", error: "Bạn không có quyền thực hiện thao tác này." });
      }
    }
    await actAs(null);
    expect(await createUnitAction(newUnit())).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await snapshot()).toEqual(before);
  });

  it("validates input with Vietnamese messages per field", async () => {
    const org = await makeOrganisation();
    await actAs(org.admin);
    const empty = await createUnitAction(newUnit({ name: "   ", code: "" }));
    expect(empty).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { name: "Vui lòng nhập tên đơn vị.", code: "Vui lòng nhập mã đơn vị." },
    });
    const long = await createUnitAction(newUnit({ name: "x".repeat(256), shortName: "y".repeat(101) }));
    expect(long).toMatchObject({ ok: false, fieldErrors: { name: "Tên đơn vị tối đa 255 ký tự.", shortName: "Tên viết tắt tối đa 100 ký tự." } });
    const badCode = await createUnitAction(newUnit({ code: "Sở QH" }));
    expect(badCode).toMatchObject({ ok: false, fieldErrors: { code: expect.stringContaining("chỉ gồm chữ không dấu") } });
    const badKind = await createUnitAction(newUnit({ kind: "PLANET" }));
    expect(badKind).toMatchObject({ ok: false, fieldErrors: { kind: "Vui lòng chọn loại đơn vị." } });

    // Duplicate code, in any letter case.
    const dup = await createUnitAction(newUnit({ code: org.officeB.code.toLowerCase(), parentId: org.dept.id }));
    expect(dup).toMatchObject({ ok: false, fieldErrors: { code: `Mã đơn vị "${org.officeB.code.toLowerCase()}" đã được dùng cho "Phòng B".` } });
    const dupEdit = await updateUnitAction({ id: org.officeA.id, code: org.officeB.code, name: "Phòng A", shortName: "", kind: "OFFICE" });
    expect(dupEdit).toMatchObject({ ok: false, fieldErrors: { code: expect.stringContaining("đã được dùng") } });

    const closeNoReason = await closeUnitAction({ id: org.officeA.id, reason: " ", mergedIntoId: "" });
    expect(closeNoReason).toMatchObject({ ok: false, fieldErrors: { reason: expect.stringContaining("Vui lòng nhập lý do") } });
    expect(await db().unit.count()).toBe(5);
    expect(await db().auditLog.count()).toBe(0);
  });

  it("answers the same way for a unit that does not exist", async () => {
    const org = await makeOrganisation();
    await actAs(org.admin);
    expect(await updateUnitAction({ id: "khong-co", code: "X1", name: "X", shortName: "", kind: "OFFICE" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await createUnitAction(newUnit({ parentId: "khong-co" }))).toMatchObject({ ok: false, fieldErrors: { parentId: expect.any(String) } });
  });

  it("deletes nothing when a unit closes: the campaigns it issued and its accounts remain", async () => {
    const org = await makeOrganisation();
    const oldCampaign = await makeCampaign({ issuingUnit: org.officeA, units: [org.officeA] });
    const extra = await makeUser({ unit: org.officeB, roles: [{ role: "UNIT_HEAD" }] });
    await actAs(org.admin);
    await closeUnitAction({ id: org.officeA.id, reason: "Giải thể", mergedIntoId: "" });
    expect(await db().campaign.findUnique({ where: { id: oldCampaign.id } })).not.toBeNull();
    expect(await db().user.findUnique({ where: { id: extra.id } })).not.toBeNull();
  });
});
