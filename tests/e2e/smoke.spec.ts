import { expect, login, logout, test } from "./fixtures";

// The server is up, the demo accounts work, sign-in/out and the guard behave. Reads demo data no other
// journey changes (Viện's current-year Mẫu 1 is a draft nobody submits), so it runs in any order.

test("the health endpoint reports a migrated embedded database and working evidence storage", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", db: process.env.E2E_EXPECT_DB ?? "pglite", storage: "ok", storageError: null });
});

test("a wrong password is refused with a clear message, the right one then signs in", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập hoặc e-mail").fill("bancd");
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.locator("[data-alert]").filter({ hasText: "Tên đăng nhập hoặc mật khẩu không đúng." })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  // Signing in correctly clears the failure counter, so repeated runs never lock the account.
  await login(page, "bancd");
  await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible();
});

for (const [username, home] of [
  ["quantri", "/admin/units"],
  ["vanphong", "/todo"],
  ["truongphong.qhkv1", "/todo"],
] as const) {
  test(`${username} lands on ${home} after sign-in and signs out to /login`, async ({ page }) => {
    await login(page, username);
    await expect(page).toHaveURL((url) => url.pathname === home);
    await logout(page);
    await expect(page).toHaveURL(/\/login/);
    // The session is gone: a protected page sends the browser back to /login.
    await page.goto(home);
    await expect(page).toHaveURL(/\/login/);
  });
}

test("a signed-out visit to /campaigns is redirected to /login", async ({ page }) => {
  await page.goto("/campaigns");
  await expect(page).toHaveURL((url) => url.pathname === "/login");
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeVisible();
});

test("the unit head lands on “Việc cần làm” and sees the current-year Mẫu 1 as overdue", async ({ page }) => {
  // Viện's Mẫu 1 of the current-year plan is a draft past its deadline (unit-head.spec submits Phòng QHKV1's, not this one).
  await login(page, "vientruong");
  await expect(page).toHaveURL((url) => url.pathname === "/todo");
  await expect(page.getByRole("heading", { level: 1, name: "Việc cần làm" })).toBeVisible();
  await expect(page.getByRole("navigation").getByRole("link", { name: "Việc cần làm" }).first()).toBeVisible();
  const overdue = page.locator("section[aria-labelledby=todo-overdue]");
  await expect(overdue.getByRole("heading", { name: /Quá hạn/ })).toBeVisible();
  const card = overdue.locator('li[data-obligation^="demo-campaign-sqhkt-current-"]').filter({ hasText: "Mẫu 1" });
  await expect(card).toBeVisible();
  await expect(card).toContainText(/quá hạn \d+ ngày/);
  await card.getByRole("link", { name: /Mở Mẫu 1/ }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/unit/campaigns/demo-campaign-sqhkt-current");
});

test("a list page asks the server for nothing more than itself (links do not prefetch), and a row's link still navigates without reloading", async ({ page }) => {
  await login(page, "vanphong");
  const prefetches: string[] = [];
  page.on("request", (r) => {
    if (r.headers()["next-router-prefetch"]) prefetches.push(r.url());
  });
  await page.goto("/campaigns/demo-campaign-sqhkt-current/consolidated");
  const rows = page.locator("table tbody tr").filter({ has: page.locator("td") });
  await expect(rows.first()).toBeVisible();
  await page.mouse.wheel(0, 5000);
  // Next.js prefetches links as they enter the viewport, after the page is idle.
  await page.waitForTimeout(2000);
  expect(prefetches).toEqual([]);

  // A marker on window survives a client-side navigation, not a full page load.
  await page.evaluate(() => ((window as unknown as { noReload: boolean }).noReload = true));
  await rows.first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/campaigns\/demo-campaign-sqhkt-current\/registrations\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
});
