import { expect, test, type Page } from "@playwright/test";

export { expect, test };

export const DEMO_PASSWORD = "Demo@2026";

/** Signs in through the login form and waits until the browser has left /login. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập hoặc e-mail").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 30_000 });
}

/** Signs out with the header button and waits for the login page. */
export async function logout(page: Page) {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/login"), { timeout: 30_000 });
}
