import { describe, expect, it } from "vitest";
import { verifyPassword } from "../../lib/auth/password";
import { loadSessionUser } from "../../lib/auth/session";
import { changeOwnPasswordAction } from "../../lib/users/actions";
import { actAs, db, makeUnit, makeUser, TEST_PASSWORD } from "../helpers/factories";

async function signedInUser() {
  const unit = await makeUnit();
  const user = await makeUser({ unit, roles: [{ role: "UNIT_STAFF" }], username: "tran.thi.c" });
  await db().user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
  await actAs(user);
  return user;
}

describe("changing one's own password", () => {
  it("refuses a wrong current password and counts it as a failed sign-in", async () => {
    const user = await signedInUser();
    const res = await changeOwnPasswordAction({ currentPassword: "KhongDung123", newPassword: "MatKhauMoi2026", confirmPassword: "MatKhauMoi2026" });
    expect(res).toMatchObject({ ok: false, fieldErrors: { currentPassword: "Mật khẩu hiện tại không đúng." } });
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe(user.passwordHash);
    expect(after.sessionVersion).toBe(0);
    expect((await db().loginThrottle.findUniqueOrThrow({ where: { identifier: "p:unknown|tran.thi.c" } })).failures).toBe(1);
  });

  it("refuses a weak new password or a confirmation that does not match, with messages per field", async () => {
    const user = await signedInUser();
    const short = await changeOwnPasswordAction({ currentPassword: TEST_PASSWORD, newPassword: "abc123", confirmPassword: "abc123" });
    expect(short).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { newPassword: "Mật khẩu phải có ít nhất 10 ký tự." } });
    const noDigit = await changeOwnPasswordAction({ currentPassword: TEST_PASSWORD, newPassword: "chuachuachua", confirmPassword: "chuachuachua" });
    expect(noDigit).toMatchObject({ ok: false, fieldErrors: { newPassword: "Mật khẩu phải có cả chữ và số." } });
    const mismatch = await changeOwnPasswordAction({ currentPassword: TEST_PASSWORD, newPassword: "MatKhauMoi2026", confirmPassword: "MatKhauMoi2025" });
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirmPassword: "Mật khẩu nhập lại không khớp với mật khẩu mới." } });
    const same = await changeOwnPasswordAction({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD, confirmPassword: TEST_PASSWORD });
    expect(same).toMatchObject({ ok: false, fieldErrors: { newPassword: "Mật khẩu mới phải khác mật khẩu hiện tại." } });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(user.passwordHash);
  });

  it("changes the hash, clears the must-change flag and ends the current sessions", async () => {
    const user = await signedInUser();
    const res = await changeOwnPasswordAction({ currentPassword: TEST_PASSWORD, newPassword: "MatKhauMoi2026", confirmPassword: "MatKhauMoi2026" });
    expect(res).toMatchObject({ ok: true, data: { username: "tran.thi.c" } });
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).not.toBe(user.passwordHash);
    expect(await verifyPassword(after.passwordHash, "MatKhauMoi2026")).toBe(true);
    expect(await verifyPassword(after.passwordHash, TEST_PASSWORD)).toBe(false);
    expect(after).toMatchObject({ mustChangePassword: false, sessionVersion: 1 });
    expect(await loadSessionUser(user.id, 0)).toBeNull();
    expect(await loadSessionUser(user.id, 1)).not.toBeNull();
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityType: "User", entityId: user.id } });
    expect(audit).toMatchObject({ action: "user.password.change", actorId: user.id, summary: "Tự đổi mật khẩu" });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(after.passwordHash);

    // The old session can no longer act.
    expect(await changeOwnPasswordAction({ currentPassword: "MatKhauMoi2026", newPassword: "MatKhauKhac2026", confirmPassword: "MatKhauKhac2026" })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
  });

  it("stops accepting attempts from this client once it has typed wrong passwords too often", async () => {
    await signedInUser();
    for (let i = 0; i < 5; i++) {
      await changeOwnPasswordAction({ currentPassword: `Sai${i}xxxxxxx`, newPassword: "MatKhauMoi2026", confirmPassword: "MatKhauMoi2026" });
    }
    const res = await changeOwnPasswordAction({ currentPassword: TEST_PASSWORD, newPassword: "MatKhauMoi2026", confirmPassword: "MatKhauMoi2026" });
    expect(res).toMatchObject({ ok: false });
    expect(!res.ok && res.error).toMatch(/^Bạn đã nhập sai mật khẩu nhiều lần\. Vui lòng thử lại sau \d+ phút\.$/);
  });

  it("requires a signed-in user", async () => {
    await actAs(null);
    expect(await changeOwnPasswordAction({ currentPassword: "a", newPassword: "MatKhauMoi2026", confirmPassword: "MatKhauMoi2026" })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
  });
});
