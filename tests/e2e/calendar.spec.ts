import { confirmDialog, expect, login, test } from "./fixtures";

test("a user creates a private calendar link shown once, the feed serves their obligations, rotating and revoking end the old link", async ({ page, request }) => {
  await login(page, "truongphong.qhkv2");
  await page.goto("/account");
  const section = page.locator("section[aria-labelledby=calendar-title]");
  await expect(section.getByRole("heading", { name: "Lịch công việc (iCalendar)" })).toBeVisible();
  // Start from a clean state whatever an earlier run left behind.
  if (await section.getByRole("button", { name: "Thu hồi" }).isVisible()) {
    await section.getByRole("button", { name: "Thu hồi" }).click();
    await confirmDialog(page, "Thu hồi liên kết");
    await expect(section.getByRole("button", { name: "Tạo liên kết", exact: true })).toBeVisible();
  }
  await section.getByRole("button", { name: "Tạo liên kết", exact: true }).click();
  await expect(section.locator('[data-alert="success"]')).toContainText("Đã tạo liên kết lịch công việc.");
  await expect(section.locator('[data-alert="warning"]')).toContainText("Đây là lần duy nhất liên kết được hiển thị.");
  const https = section.getByRole("textbox", { name: "Liên kết tệp lịch (https)" });
  await expect(https).toHaveValue(/\/api\/calendar\/[A-Za-z0-9_-]{43}$/);
  await expect(section.getByRole("textbox", { name: "Liên kết đăng ký (webcal)" })).toHaveValue(/^webcal:\/\//);
  const first = new URL(await https.inputValue());

  const res = await request.get(first.pathname);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const body = (await res.text()).replace(/\r\n[ \t]/g, "");
  expect(body).toContain("BEGIN:VEVENT");
  expect(body).toContain("X-WR-CALNAME:Thi đua CCHC – ");

  // Only the hash is kept: once the page is reloaded the link is gone, the feed is said to be active.
  await page.reload();
  await expect(section.getByText("Lịch công việc của bạn đang hoạt động.")).toBeVisible();
  await expect(section.getByRole("textbox")).toHaveCount(0);
  await expect(page.getByText(first.pathname)).toHaveCount(0);
  expect((await request.get(first.pathname)).status()).toBe(200);

  await section.getByRole("button", { name: "Tạo liên kết mới" }).click();
  await confirmDialog(page, "Tạo liên kết mới");
  await expect(section.locator('[data-alert="success"]')).toContainText("Liên kết cũ đã ngừng hoạt động");
  await expect(https).toHaveValue(/\/api\/calendar\/[A-Za-z0-9_-]{43}$/);
  await expect(https).not.toHaveValue(first.href);
  expect((await request.get(first.pathname)).status()).toBe(404);
  const second = new URL(await https.inputValue());
  expect((await request.get(second.pathname)).status()).toBe(200);

  // The confirmation dialog: focus starts on "Huỷ", Esc cancels (nothing revoked) and focus returns to the button.
  const revoke = section.getByRole("button", { name: "Thu hồi" });
  await revoke.click();
  await expect(page.getByRole("alertdialog").getByRole("button", { name: "Huỷ" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await expect(revoke).toBeFocused();
  expect((await request.get(second.pathname)).status()).toBe(200);
  await revoke.click();
  await confirmDialog(page, "Thu hồi liên kết");
  await expect(section.getByRole("button", { name: "Tạo liên kết", exact: true })).toBeVisible();
  await expect(section.getByRole("textbox")).toHaveCount(0);
  expect((await request.get(second.pathname)).status()).toBe(404);
});
