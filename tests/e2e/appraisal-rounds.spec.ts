import { chooseInCombobox, expect, login, test } from "./fixtures";

/**
 * Appraisal set-up journey. The Steering Committee (bancd) creates its own round (a unique name) on plan
 * 1128/KH-SQHKT with every completed cấp Sở initiative, one evaluator per item, a panel of two office heads,
 * assigns automatically and opens the round. It changes nothing other journeys read, so it runs in any order.
 */

const CAMPAIGN = "demo-campaign-1128-2022";

test("the Steering Committee sets up an appraisal round, assigns it and opens it", async ({ page }) => {
  const name = `Thẩm định thử ${Date.now()}`;
  await login(page, "bancd");
  await page.goto(`/campaigns/${CAMPAIGN}/appraisal`);
  await expect(page.getByRole("heading", { level: 1, name: "Thẩm định mô hình, giải pháp, sáng kiến" })).toBeVisible();

  await page.getByLabel("Tên đợt thẩm định").fill(name);
  await expect(page.getByLabel("Hạn chấm (trước ngày)")).toHaveAttribute("placeholder", "dd/mm/yyyy");
  await page.getByLabel("Số người chấm mỗi nội dung").fill("1");
  await page.getByLabel("Tất cả nội dung đã hoàn thành, cấp Sở").check();
  await page.getByRole("button", { name: "Tạo đợt thẩm định" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Đang chuẩn bị").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: /Nội dung thẩm định \(\d+\)/ })).toBeVisible();
  await expect(page.getByText("Chưa có người chấm nào trong tổ thẩm định.")).toBeVisible();

  for (const [search, person] of [
    ["truongphong.kt", /Phòng Kiến trúc/],
    ["truongphong.qhkv1", /Phòng Quy hoạch khu vực 1/],
  ] as const) {
    await chooseInCombobox(page, "Thêm người chấm", search, person);
    await page.getByRole("button", { name: "Thêm", exact: true }).click();
    await expect(page.locator('[data-alert="success"]', { hasText: "Đã thêm người chấm." })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Tổ thẩm định (2)" })).toBeVisible();

  await page.getByRole("button", { name: "Phân công tự động" }).click();
  await expect(page.locator('[data-alert="success"]', { hasText: "Đã phân công tự động" })).toBeVisible();
  await expect(page.getByText("Chưa mở chấm được")).toHaveCount(0, { timeout: 15_000 });

  await page.getByRole("button", { name: "Mở chấm" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("2 người chấm sẽ nhận thông báo");
  await dialog.getByRole("button", { name: "Mở chấm" }).click();
  await expect(page.getByRole("button", { name: "Kết thúc đợt thẩm định" })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText("Đang chấm").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Kết quả" })).toBeVisible();

  await page.goto(`/campaigns/${CAMPAIGN}/appraisal`);
  await expect(page.locator("tr", { hasText: name })).toContainText("đã chấm 0/");
});
