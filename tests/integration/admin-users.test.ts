import { describe, expect, it } from "vitest";
import { authorizeCredentials } from "../../lib/auth/authorize";
import { verifyPassword } from "../../lib/auth/password";
import { loadSessionUser } from "../../lib/auth/session";
import { listUsers } from "../../lib/users/queries";
import {
  addRoleAction,
  createUserAction,
  removeRoleAction,
  resetPasswordAction,
  setUserActiveAction,
  updateUserAction,
} from "../../lib/users/actions";
import { actAs, db, makeOrganisation, makeUser } from "../helpers/factories";

const noSleep = async () => {};

function newAccount(unitId: string, over: Record<string, string> = {}) {
  return {
    username: "nguyen.van.b",
    email: "NguyenVanB@Example.gov.vn",
    fullName: "Nguyễn Văn B",
    jobTitle: "Chuyên viên",
    unitId,
    passwordMode: "generate",
    password: "",
    role: "",
    roleUnitId: "",
    ...over,
  };
}

async function userRow(id: string) {
  return db().user.findUniqueOrThrow({ where: { id }, include: { roles: true } });
}

describe("account administration", () => {
  it("creates an account with a generated temporary password shown once, to be changed at first sign-in", async () => {
    const org = await makeOrganisation();
    await actAs(org.admin);
    const res = await createUserAction(newAccount(org.officeA.id, { role: "UNIT_STAFF" }));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const temp = res.data.temporaryPassword!;
    expect(temp).toMatch(/^[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}$/);
    const user = await userRow(res.data.id);
    expect(user).toMatchObject({ username: "nguyen.van.b", email: "nguyenvanb@example.gov.vn", fullName: "Nguyễn Văn B", mustChangePassword: true, active: true, unitId: org.officeA.id });
    expect(user.roles.map((r) => [r.role, r.unitId])).toEqual([["UNIT_STAFF", org.officeA.id]]);
    expect(await verifyPassword(user.passwordHash, temp)).toBe(true);
    // The temporary password signs in.
    expect(await authorizeCredentials({ identifier: "nguyen.van.b", password: temp }, { sleep: noSleep })).toMatchObject({ id: user.id });

    const audit = await db().auditLog.findFirstOrThrow({ where: { entityType: "User", entityId: user.id } });
    expect(audit.action).toBe("user.create");
    expect(JSON.stringify([audit.before, audit.after, audit.summary])).not.toContain(user.passwordHash);
    expect(JSON.stringify(audit.after)).not.toContain("passwordHash");
    expect(JSON.stringify([audit.after, audit.summary])).not.toContain(temp);
  });

  it("creates an account with a typed initial password checked against the password rules", async () => {
    const org = await makeOrganisation();
    await actAs(org.admin);
    const weak = await createUserAction(newAccount(org.officeA.id, { passwordMode: "manual", password: "ngan1" }));
    expect(weak).toMatchObject({ ok: false, fieldErrors: { password: "Mật khẩu phải có ít nhất 10 ký tự." } });
    const res = await createUserAction(newAccount(org.officeA.id, { passwordMode: "manual", password: "BanDau2026xyz", email: "" }));
    expect(res).toMatchObject({ ok: true, data: { temporaryPassword: null } });
    if (!res.ok) return;
    const user = await userRow(res.data.id);
    expect(user.email).toBeNull();
    expect(user.mustChangePassword).toBe(true);
    expect(await verifyPassword(user.passwordHash, "BanDau2026xyz")).toBe(true);
  });

  it("refuses a duplicate username or e-mail with a message next to the field", async () => {
    const org = await makeOrganisation();
    await actAs(org.admin);
    const dupName = await createUserAction(newAccount(org.officeA.id, { username: "Head-A" }));
    expect(dupName).toMatchObject({ ok: false, fieldErrors: { username: 'Tên đăng nhập "head-a" đã được dùng.' } });
    const dupMail = await createUserAction(newAccount(org.officeA.id, { email: "HEAD-A@example.gov.vn" }));
    expect(dupMail).toMatchObject({ ok: false, fieldErrors: { email: expect.stringContaining("đã được dùng") } });
    const badName = await createUserAction(newAccount(org.officeA.id, { username: "nguyễn văn b" }));
    expect(badName).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { username: expect.stringContaining("chỉ gồm chữ thường không dấu") } });
    const missing = await createUserAction(newAccount("", { fullName: " " }));
    expect(missing).toMatchObject({ ok: false, fieldErrors: { unitId: "Vui lòng chọn đơn vị.", fullName: "Vui lòng nhập họ và tên." } });
    expect(await db().user.count({ where: { username: "nguyen.van.b" } })).toBe(0);
  });

  it("edits the profile and moves the account to another unit", async () => {
    const org = await makeOrganisation();
    await actAs(org.admin);
    const res = await updateUserAction({ id: org.staffA.id, email: "moi@example.gov.vn", fullName: "Tên Mới", jobTitle: "Phó phòng", unitId: org.officeB.id });
    expect(res).toMatchObject({ ok: true });
    expect(await userRow(org.staffA.id)).toMatchObject({ email: "moi@example.gov.vn", fullName: "Tên Mới", jobTitle: "Phó phòng", unitId: org.officeB.id });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "user.update" } });
    expect(audit.summary).toContain('chuyển từ "Phòng A" sang "Phòng B"');
  });

  it("deactivates an account, which ends its sessions, and reactivates it", async () => {
    const org = await makeOrganisation();
    const oldVersion = org.headA.sessionVersion;
    expect(await loadSessionUser(org.headA.id, oldVersion)).not.toBeNull();
    await actAs(org.admin);
    expect(await setUserActiveAction({ id: org.headA.id, active: false })).toMatchObject({ ok: true });
    expect(await loadSessionUser(org.headA.id, oldVersion)).toBeNull();
    expect(await userRow(org.headA.id)).toMatchObject({ active: false, sessionVersion: oldVersion + 1 });
    expect(await authorizeCredentials({ identifier: "head-a", password: "MatKhau12345" }, { sleep: noSleep })).toBeNull();

    expect(await setUserActiveAction({ id: org.headA.id, active: true })).toMatchObject({ ok: true });
    expect(await authorizeCredentials({ identifier: "head-a", password: "MatKhau12345" }, { sleep: noSleep })).toMatchObject({ id: org.headA.id });
    const actions = (await db().auditLog.findMany({ where: { entityId: org.headA.id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["user.deactivate", "user.reactivate"]);
  });

  it("resets a password: temporary password, must change, sessions end and the sign-in lock is lifted", async () => {
    const org = await makeOrganisation();
    // The account is locked after too many failures.
    for (let i = 0; i < 5; i++) await authorizeCredentials({ identifier: "head-a", password: "sai" }, { sleep: noSleep });
    // The block is per account (and client): typing the e-mail instead of the username does not get around it.
    await expect(authorizeCredentials({ identifier: "head-a@example.gov.vn", password: "MatKhau12345" }, { sleep: noSleep })).rejects.toThrow("LOCKED");
    expect(await db().loginThrottle.count({ where: { account: "head-a" } })).toBe(2);
    await actAs(org.admin);
    const res = await resetPasswordAction({ id: org.headA.id, passwordMode: "generate", password: "" });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const temp = res.data.temporaryPassword!;
    const user = await userRow(org.headA.id);
    expect(user).toMatchObject({ mustChangePassword: true, sessionVersion: org.headA.sessionVersion + 1 });
    expect(await loadSessionUser(org.headA.id, org.headA.sessionVersion)).toBeNull();
    expect(await db().loginThrottle.count({ where: { account: "head-a" } })).toBe(0);
    expect(await authorizeCredentials({ identifier: "head-a", password: "MatKhau12345" }, { sleep: noSleep })).toBeNull();
    expect(await authorizeCredentials({ identifier: "head-a", password: temp }, { sleep: noSleep })).toMatchObject({ id: org.headA.id });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "user.password.reset" } });
    expect(JSON.stringify([audit.before, audit.after, audit.summary])).not.toContain(user.passwordHash);
  });

  it("adds and removes role assignments per unit", async () => {
    const org = await makeOrganisation();
    await actAs(org.admin);
    expect(await addRoleAction({ userId: org.staffA.id, role: "UNIT_HEAD", unitId: org.officeB.id })).toMatchObject({ ok: true });
    let roles = (await userRow(org.staffA.id)).roles.map((r) => `${r.role}@${r.unitId}`).sort();
    expect(roles).toEqual([`UNIT_HEAD@${org.officeB.id}`, `UNIT_STAFF@${org.officeA.id}`].sort());
    // The same role twice on the same unit is refused.
    const twice = await addRoleAction({ userId: org.staffA.id, role: "UNIT_HEAD", unitId: org.officeB.id });
    expect(twice).toMatchObject({ ok: false, fieldErrors: { role: expect.stringContaining("đã có vai trò Trưởng đơn vị") } });
    // The new role takes effect in the session.
    expect((await loadSessionUser(org.staffA.id))!.roles.map((r) => r.role).sort()).toEqual(["UNIT_HEAD", "UNIT_STAFF"]);

    const staff = (await userRow(org.staffA.id)).roles.find((r) => r.role === "UNIT_STAFF")!;
    expect(await removeRoleAction({ assignmentId: staff.id })).toMatchObject({ ok: true });
    roles = (await userRow(org.staffA.id)).roles.map((r) => `${r.role}@${r.unitId}`);
    expect(roles).toEqual([`UNIT_HEAD@${org.officeB.id}`]);
    const actions = (await db().auditLog.findMany({ where: { entityId: org.staffA.id }, orderBy: { id: "asc" } })).map((a) => [a.action, a.unitId]);
    expect(actions).toEqual([
      ["user.role.add", org.officeB.id],
      ["user.role.remove", org.officeA.id],
    ]);
  });

  it("does not let an administrator lock themselves out", async () => {
    const org = await makeOrganisation();
    await actAs(org.admin);
    expect(await setUserActiveAction({ id: org.admin.id, active: false })).toMatchObject({ ok: false, error: "Bạn không thể tự khoá tài khoản của chính mình." });
    const adminRole = (await userRow(org.admin.id)).roles[0];
    expect(await removeRoleAction({ assignmentId: adminRole.id })).toMatchObject({
      ok: false,
      error: "Bạn không thể tự gỡ vai trò Quản trị hệ thống cuối cùng của chính mình.",
    });
    expect(await resetPasswordAction({ id: org.admin.id, passwordMode: "generate", password: "" })).toMatchObject({ ok: false });
    expect(await userRow(org.admin.id)).toMatchObject({ active: true, sessionVersion: 0 });
    expect((await userRow(org.admin.id)).roles).toHaveLength(1);

    // With a second ADMIN assignment, the first one may go.
    expect(await addRoleAction({ userId: org.admin.id, role: "ADMIN", unitId: org.dept.id })).toMatchObject({ ok: true });
    expect(await removeRoleAction({ assignmentId: adminRole.id })).toMatchObject({ ok: true });
    expect((await userRow(org.admin.id)).roles.map((r) => r.unitId)).toEqual([org.dept.id]);
  });

  it("refuses every account action to non-administrators and changes nothing", async () => {
    const org = await makeOrganisation();
    const target = await makeUser({ unit: org.officeA, roles: [{ role: "UNIT_STAFF" }], username: "muc-tieu" });
    const assignment = (await userRow(target.id)).roles[0];
    const calls = [
      () => createUserAction(newAccount(org.officeA.id)),
      () => updateUserAction({ id: target.id, email: "", fullName: "Đổi", jobTitle: "", unitId: org.officeA.id }),
      () => setUserActiveAction({ id: target.id, active: false }),
      () => resetPasswordAction({ id: target.id, passwordMode: "generate", password: "" }),
      () => addRoleAction({ userId: org.office.id, role: "ADMIN", unitId: org.dept.id }),
      () => addRoleAction({ userId: target.id, role: "UNIT_HEAD", unitId: org.officeA.id }),
      () => removeRoleAction({ assignmentId: assignment.id }),
    ];
    const before = JSON.stringify(await db().user.findMany({ orderBy: { id: "asc" }, include: { roles: { orderBy: { id: "asc" } } } }));
    for (const actor of [org.office, org.headA, org.leader, org.council]) {
      await actAs(actor);
      for (const call of calls) {
        expect(await call()).toMatchObject({ ok: false, code: "FORBIDDEN" });
      }
      await expect(listUsers((await loadSessionUser(actor.id))!, { q: "", unitId: "", role: "", status: "" }, 1)).rejects.toThrow();
    }
    expect(JSON.stringify(await db().user.findMany({ orderBy: { id: "asc" }, include: { roles: { orderBy: { id: "asc" } } } }))).toBe(before);
    expect(await db().auditLog.count()).toBe(0);
  });

  it("lists accounts 25 per page with search by name, username or e-mail and filters by unit and role", async () => {
    const org = await makeOrganisation();
    for (let i = 0; i < 27; i++) await makeUser({ unit: org.officeB, username: `nv${String(i).padStart(2, "0")}`, fullName: `Nhân viên ${i}` });
    const admin = (await loadSessionUser(org.admin.id))!;
    const all = await listUsers(admin, { q: "", unitId: "", role: "", status: "" }, 1);
    expect(all.total).toBe(9 + 27);
    expect(all.rows).toHaveLength(25);
    const page2 = await listUsers(admin, { q: "", unitId: "", role: "", status: "" }, 2);
    expect(page2.rows).toHaveLength(11);

    expect((await listUsers(admin, { q: "head-", unitId: "", role: "", status: "" }, 1)).rows.map((r) => r.username).sort()).toEqual(["head-a", "head-b"]);
    expect((await listUsers(admin, { q: "NHÂN VIÊN 2", unitId: "", role: "", status: "" }, 1)).total).toBe(8); // "Nhân viên 2" and 20–26, whatever the letter case
    expect((await listUsers(admin, { q: "office-other@example", unitId: "", role: "", status: "" }, 1)).rows.map((r) => r.username)).toEqual(["office-other"]);
    // Unit filter: people of the unit and of its sub-units, and people holding a role there.
    const inA = await listUsers(admin, { q: "", unitId: org.officeA.id, role: "", status: "" }, 1);
    expect(inA.rows.map((r) => r.username).sort()).toEqual(["head-a", "staff-a"]);
    const inDept = await listUsers(admin, { q: "", unitId: org.dept.id, role: "UNIT_HEAD", status: "" }, 1);
    expect(inDept.rows.map((r) => r.username).sort()).toEqual(["head-a", "head-b"]);
    const offices = await listUsers(admin, { q: "", unitId: "", role: "CCHC_OFFICE", status: "" }, 1);
    expect(offices.rows.map((r) => r.username).sort()).toEqual(["office-other", "office-t"]);
  });
});
