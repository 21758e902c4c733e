import { confirmDialog, expect, login, test } from "./fixtures";

/** "yyyy-MM-dd" of the Vietnam calendar day `days` from now. */
function vnDay(days: number) {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}
const ddmmyyyy = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

test("the CCHC office creates a campaign, publishes it and sees it in the list with its deadline", async ({ page }) => {
  const registrationDay = vnDay(30);
  const title = `Kế hoạch phát động thi đua cải cách hành chính (kiểm thử ${Date.now()})`;

  await login(page, "vanphong");
  await page.goto("/campaigns");
  await page.getByRole("link", { name: "Tạo kế hoạch mới" }).click();
  await expect(page.getByRole("heading", { name: "Tạo kế hoạch phát động thi đua" })).toBeVisible();
  // The defaults of plan 1128: six fields and seven milestones, prefilled.
  await expect(page.getByLabel("Tên lĩnh vực 6")).toHaveValue("Xây dựng và phát triển chính quyền điện tử, chính quyền số");
  await expect(page.getByRole("group", { name: /^Mốc \d$/ })).toHaveCount(7);

  // Saving an empty form shows the messages next to the fields.
  await page.getByRole("button", { name: "Lưu bản nháp" }).click();
  await expect(page.locator("#documentNumber-error")).toHaveText("Vui lòng nhập số và ký hiệu.");
  await expect(page.locator("#title-error")).toHaveText("Vui lòng nhập tên kế hoạch.");

  await page.getByLabel("Số và ký hiệu").fill("999/KH-SQHKT");
  await page.getByLabel("Ngày ban hành").fill(ddmmyyyy(vnDay(0)));
  await page.getByLabel(/^Người ký/).fill("Nguyễn Thanh Nhã");
  await page.getByLabel("Tên kế hoạch (trích yếu)").fill(title);
  await page.getByRole("textbox", { name: "Từ ngày", exact: true }).fill(ddmmyyyy(vnDay(0)));
  await page.getByRole("textbox", { name: "Đến ngày", exact: true }).fill(ddmmyyyy(vnDay(300)));
  await page.getByRole("checkbox", { name: "Phòng Quy hoạch khu vực 1", exact: true }).check();
  await page.getByRole("checkbox", { name: "Phòng Kiến trúc", exact: true }).check();
  // Other journeys may add units to the Sở (the admin journey does): only the selected count is fixed.
  await expect(page.getByText(/Đã chọn 2\/\d+ đơn vị/)).toBeVisible();

  // Keep only the registration milestone (Mẫu 1) and give it its date.
  for (let i = 0; i < 6; i++) await page.getByRole("button", { name: "Xoá mốc 2" }).click();
  await expect(page.getByRole("group", { name: /^Mốc \d$/ })).toHaveCount(1);
  await page.getByLabel("Hạn: trước ngày").fill(ddmmyyyy(registrationDay));

  await page.getByRole("button", { name: "Lưu bản nháp" }).click();
  await page.waitForURL(/\/campaigns\/[^/]+\?saved=created$/);
  await expect(page.getByRole("heading", { name: "Kế hoạch 999/KH-SQHKT" })).toBeVisible();
  await expect(page.getByText(`trước ngày ${ddmmyyyy(registrationDay)}`).first()).toBeVisible();

  await page.getByRole("button", { name: "Ban hành" }).click();
  await confirmDialog(page, "Ban hành");
  await expect(page.locator('[data-alert="success"]').filter({ hasText: "Đã ban hành kế hoạch" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Kết thúc" })).toBeVisible();
  // The "created as a draft, press Ban hành" message is gone once published.
  await expect(page.getByText("Kiểm tra nội dung rồi bấm “Ban hành”")).toHaveCount(0);

  await page.goto("/campaigns");
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("999/KH-SQHKT");
  await expect(row).toContainText("Đã ban hành");
  await expect(row).toContainText(`trước ngày ${ddmmyyyy(registrationDay)}`);
  await expect(row.getByRole("cell").nth(4)).toHaveText("2");
});
