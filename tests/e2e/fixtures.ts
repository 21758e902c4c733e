import { expect, test, type Locator, type Page, type Request } from "@playwright/test";

export { expect, test };

export const DEMO_PASSWORD = "Demo@2026";

/** Signs in through the login form and waits until the browser has left /login. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  // On a busy dev server the form may be submitted before its script is hydrated: try again then.
  for (let attempt = 1; ; attempt++) {
    await page.goto("/login");
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Tên đăng nhập hoặc e-mail").fill(username);
    await page.getByLabel("Mật khẩu").fill(password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    try {
      await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 30_000 });
      return;
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}

/** Signs out with the header button and waits for the login page. */
export async function logout(page: Page) {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/login"), { timeout: 30_000 });
}

/**
 * Ticks a checkbox that saves itself (a server action on change) and makes sure the server has it:
 * a click before React has hydrated the page only ticks the box in the browser, so the page is
 * reloaded and the click repeated until the box comes back ticked. `box` must survive a reload
 * (select it by id, not by its state).
 */
export async function checkAndConfirmSaved(page: Page, box: Locator) {
  await expect(async () => {
    if (!(await box.isChecked())) await box.check();
    await expect(box).toBeEnabled(); // disabled while saving
    await page.reload();
    await expect(box).toBeChecked({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
}

/**
 * Answer the portal's confirmation dialog (components/ui/confirm-dialog.tsx) with its action button,
 * named by what it does ("Xoá", "Tiếp nhận"…). Checks that the dialog closes.
 */
export async function confirmDialog(page: Page, action: string) {
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: action, exact: true }).click();
  await expect(dialog).toHaveCount(0);
}

/**
 * Choose in a searchable picker (components/ui/combobox.tsx): open the picker named `label`, type
 * `search` (diacritics optional) and pick the option whose name starts with `option`.
 */
export async function chooseInCombobox(page: Page, label: string | RegExp, search: string, option: string | RegExp) {
  await page.getByRole("combobox", { name: label, exact: typeof label === "string" }).click();
  const input = page.getByPlaceholder(/^Tìm/);
  await input.fill(search);
  await page.getByRole("option", { name: option }).first().click();
  await expect(input).toHaveCount(0);
}

/**
 * Records the requests the page sends to the server's React side from now on — a server action's POST
 * ("POST action") or a page's RSC payload ("GET page": a navigation, a refresh, a prefetch) — until
 * `stop()`, which returns them; to check that an action is answered in one request.
 */
export function recordServerRequests(page: Page): { stop: () => string[] } {
  const requests: string[] = [];
  const onRequest = (r: Request) => {
    const h = r.headers();
    if (h["rsc"] || h["next-action"]) requests.push(`${r.method()} ${h["next-action"] ? "action" : "page"}`);
  };
  page.on("request", onRequest);
  return {
    stop: () => {
      page.off("request", onRequest);
      return requests;
    },
  };
}
