import { expect, login, test } from "./fixtures";

/**
 * An individual's Mẫu 1: a staff member of Phòng Quy hoạch khu vực 2 registers a personal initiative in the
 * current-year plan and sends it to the unit's head for confirmation. No other journey uses canbo.qhkv2's
 * individual registration, so this runs in any order.
 */
test("a staff member registers a personal initiative and sends it to the head; the message comes with the answer and stays on reload", async ({ page }) => {
  const year = new Date().getFullYear();
  const content = `Sổ tay cá nhân hướng dẫn tra cứu quy hoạch (${Date.now()})`;
  await login(page, "canbo.qhkv2");
  await page.goto("/unit/campaigns/demo-campaign-sqhkt-current/individual");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  const block = page.locator("section[data-field-block]").first();
  await block.getByRole("button", { name: /Thêm nội dung/ }).click();
  const row = block.locator("fieldset[data-row]").last();
  await row.getByLabel("Nội dung đăng ký").fill(content);
  await row.getByLabel("Loại").selectOption({ label: "Sáng kiến" });
  await row.getByLabel("Cấp đăng ký").selectOption({ index: 1 });
  await row.getByLabel("Dự kiến tiến độ hoàn thành").fill(`31/12/${year}`);

  // The action's answer carries the page re-rendered; the URL records the message (?gui=1).
  await page.getByRole("button", { name: "Gửi trưởng đơn vị xác nhận" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã gửi trưởng đơn vị xác nhận." })).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(/[?&]gui=1(&|$)/);
  await expect(page.getByTestId("form-status")).toContainText("Chờ trưởng đơn vị xác nhận");

  // A reload keeps the message; without ?gui=1 the page shows the standing note instead.
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "Đã gửi trưởng đơn vị xác nhận." })).toBeVisible();
  await page.goto(page.url().replace(/[?&]gui=1/, ""));
  await expect(page.getByText("Đăng ký đang chờ trưởng đơn vị xác nhận.")).toBeVisible();
  await expect(page.getByText("Đã gửi trưởng đơn vị xác nhận.")).toHaveCount(0);
});
