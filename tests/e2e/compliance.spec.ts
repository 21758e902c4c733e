import { expect, login, test } from "./fixtures";

const CAMPAIGN = "demo-campaign-sqhkt-current";

test("the CCHC office sees the on-time rate and the missing units, then the milestone calendar", async ({ page }) => {
  await login(page, "vanphong");
  await page.goto(`/campaigns/${CAMPAIGN}`);
  await page.getByRole("link", { name: "Tuân thủ thời hạn" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tuân thủ thời hạn" })).toBeVisible();

  // The registration milestone has statistics; the on-time rate is a Vietnamese percentage.
  const row = page.locator('tr[data-milestone="REGISTRATION"]');
  await expect(row.locator("[data-rate]")).toHaveText(/^\d{1,3},\d %$/);
  await expect(page.getByText("Chưa theo dõi trên cổng").first()).toBeVisible();

  // Only late / missing units: the two offices that sent nothing are there, overdue.
  await page.getByRole("link", { name: /Chỉ đơn vị trễ \/ chưa nộp/ }).click();
  await expect(page).toHaveURL(/only=problem/);
  for (const name of ["Thanh tra Sở", "Trung tâm Thông tin và Dịch vụ Quy hoạch"]) {
    const unit = page.locator(`tr[data-unit="${name}"]`);
    await expect(unit).toBeVisible();
    await expect(unit).toContainText("Quá hạn chưa nộp");
  }
  await expect(page.locator('tr[data-status="ON_TIME"]')).toHaveCount(0);

  // The unit's record across campaigns opens from the table.
  await page.getByRole("link", { name: "Thanh tra Sở" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hồ sơ thi đua: Thanh tra Sở" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tổng hợp theo năm" })).toBeVisible();

  // Timeline and calendar.
  await page.goto(`/campaigns/${CAMPAIGN}/timeline`);
  await expect(page.getByRole("heading", { level: 1, name: "Lịch các mốc" })).toBeVisible();
  await expect(page.getByText(/^Hôm nay \d{2}\/\d{2}\/\d{4}$/)).toBeVisible();
  const calendar = page.getByRole("table");
  await expect(calendar.getByRole("columnheader", { name: "T2" })).toBeVisible();
  await expect(calendar.getByRole("columnheader", { name: "CN" })).toBeVisible();
  await page.getByRole("link", { name: /→$/ }).click();
  await expect(page).toHaveURL(/month=\d{4}-\d{2}/);
});

test("a unit head opens the unit's record from the unit home and the campaign's calendar", async ({ page }) => {
  await login(page, "truongphong.qhkv1");
  await page.goto("/unit");
  await page.getByRole("link", { name: "Hồ sơ thi đua của đơn vị" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Hồ sơ thi đua: / })).toBeVisible();
  await page.goto(`/campaigns/${CAMPAIGN}/timeline`);
  await expect(page.getByRole("heading", { level: 1, name: "Lịch các mốc" })).toBeVisible();
  await page.goto(`/campaigns/${CAMPAIGN}/compliance`);
  await expect(page.getByRole("heading", { level: 1, name: "Tuân thủ thời hạn" })).toHaveCount(0);
});
