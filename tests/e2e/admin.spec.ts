import { chooseInCombobox, expect, login, logout, test } from "./fixtures";

// The administrator's journey: a new office under Sở Quy hoạch - Kiến trúc, an account with a role on
// it, then that person's first sign-in with the temporary password and the forced password change.
// Names carry a random suffix so the journey can run again on the same database.

test("the administrator creates a unit and an account; the new user must change the temporary password", async ({ page }) => {
  test.setTimeout(120_000);
  const suffix = Date.now().toString(36).slice(-5);
  const unitName = `Phòng Đô thị thông minh ${suffix}`;
  const username = `e2e.${suffix}`;
  const fullName = `Nguyễn Thị Thử ${suffix}`;

  await login(page, "quantri");
  await expect(page).toHaveURL((url) => url.pathname === "/admin/units");

  // 1. A new unit under Sở Quy hoạch - Kiến trúc.
  await page.getByRole("link", { name: "Sở Quy hoạch - Kiến trúc", exact: true }).first().click();
  await expect(page.getByRole("heading", { name: "Sở Quy hoạch - Kiến trúc", level: 2 })).toBeVisible();
  await page.getByRole("link", { name: "Thêm đơn vị trực thuộc" }).click();
  await expect(page.getByRole("heading", { name: "Thêm đơn vị", level: 2 })).toBeVisible();
  // The parent is a searchable picker (a button naming the chosen unit).
  const parentPicker = page.getByRole("combobox", { name: "Đơn vị cấp trên" });
  await expect(parentPicker).toHaveText("Sở Quy hoạch - Kiến trúc");
  // Validation first: the name is required, in Vietnamese, next to the field.
  await page.getByRole("button", { name: "Thêm đơn vị" }).click();
  await expect(page.getByText("Vui lòng nhập tên đơn vị.")).toBeVisible();
  await page.getByLabel("Tên đơn vị").fill(unitName);
  await page.getByLabel("Mã đơn vị").fill(`SQHKT-E2E-${suffix}`.toUpperCase());
  await page.getByLabel("Loại đơn vị").selectOption("OFFICE");
  await page.getByRole("button", { name: "Thêm đơn vị" }).click();
  await expect(page).toHaveURL(/created=1/);
  await expect(page.getByRole("heading", { name: unitName, level: 2 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sở Quy hoạch - Kiến trúc" }).first()).toBeVisible();
  const unitId = new URL(page.url()).searchParams.get("unit")!;
  expect(unitId).toBeTruthy();
  // It sits in the tree, under the Sở.
  await expect(page.locator(`a[href="/admin/units?unit=${unitId}"]`).first()).toBeVisible();

  // 2. An account with the unit-head role on it, with a generated temporary password.
  await page.goto(`/admin/users/new?unitId=${unitId}`);
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Họ và tên").fill(fullName);
  await page.getByLabel("Chức vụ").fill("Trưởng phòng");
  await expect(page.getByRole("combobox", { name: "Đơn vị công tác" })).toHaveText(unitName);
  await page.getByLabel("Vai trò", { exact: true }).selectOption("UNIT_HEAD");
  // The role's unit through the searchable picker, typed without diacritics (đ as d).
  await chooseInCombobox(page, "Tại đơn vị", `do thi thong minh ${suffix}`, unitName);
  await expect(page.getByRole("combobox", { name: "Tại đơn vị" })).toHaveText(unitName);
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  const temp = page.locator("[data-temporary-password]");
  await expect(temp).toBeVisible();
  const temporaryPassword = (await temp.textContent())!.trim();
  expect(temporaryPassword).toMatch(/^\S{4}-\S{4}-\S{4}$/);

  // 3. It is in the list, with its role on the new unit.
  await page.goto(`/admin/users?q=${encodeURIComponent(username)}`);
  const row = page.getByRole("row").filter({ hasText: username });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(fullName);
  await expect(row).toContainText(`Trưởng đơn vị – ${unitName}`);
  await expect(row).toContainText("Phải đổi mật khẩu");
  await logout(page);

  // 4. The new user signs in with the temporary password and is asked to set a new one.
  await login(page, username, temporaryPassword);
  await expect(page).toHaveURL((url) => url.pathname === "/account" && url.searchParams.get("must") === "1");
  await expect(page.locator('[data-alert="warning"]').filter({ hasText: "Bạn cần đặt mật khẩu mới" })).toBeVisible();
  await expect(page.getByText(`Trưởng đơn vị – ${unitName}`)).toBeVisible();

  // A weak password is refused next to the field; a good one is accepted and the user carries on.
  await page.getByLabel("Mật khẩu hiện tại").fill(temporaryPassword);
  await page.getByLabel(/^Mật khẩu mới/).fill("ngan");
  await page.getByLabel("Nhập lại mật khẩu mới").fill("ngan");
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page.getByText("Mật khẩu phải có ít nhất 10 ký tự.")).toBeVisible();
  await page.getByLabel(/^Mật khẩu mới/).fill("MatKhauMoi2026");
  await page.getByLabel("Nhập lại mật khẩu mới").fill("MatKhauMoi2026");
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/todo", { timeout: 30_000 });
  await page.goto("/account");
  await expect(page.locator('[data-alert="warning"]').filter({ hasText: "Bạn cần đặt mật khẩu mới" })).toHaveCount(0);
});
