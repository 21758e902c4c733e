import { DEMO_PASSWORD, expect, login, logout, test } from "./fixtures";

test.describe("sign-in and sign-out safety", () => {
  test("a sign-in link crafted to send the user elsewhere lands on the portal", async ({ page, baseURL }) => {
    for (const crafted of ["/%5Cevil.example/phish", "/%09/evil.example", "/%5C%5Cevil.example"]) {
      await page.context().clearCookies();
      await page.goto(`/login?callbackUrl=${crafted}`);
      await page.waitForLoadState("networkidle");
      await page.getByLabel("Tên đăng nhập hoặc e-mail").fill("canbo.qhkv1");
      await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Đăng nhập" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 30_000 });
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    }
  });

  test("after 'Đăng xuất' a copied session cookie no longer opens the portal", async ({ page, browser, baseURL }) => {
    await login(page, "canbo.qhkv1");
    const copied = await page.context().cookies();
    expect(copied.some((c) => c.name.includes("session-token"))).toBe(true);

    // The copied cookie works while the session is open...
    const thief = await browser.newContext({ baseURL });
    await thief.addCookies(copied);
    const stolen = await thief.newPage();
    await stolen.goto("/account");
    await expect(stolen).toHaveURL(/\/account/);

    // ...and not after the owner signs out.
    await page.goto("/account");
    await logout(page);
    await stolen.goto("/account");
    await expect(stolen).toHaveURL(/\/login/);
    await thief.close();
  });
});
