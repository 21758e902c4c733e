import type { Locator, Page } from "@playwright/test";
import { expect, login, logout, test } from "./fixtures";

/**
 * A unit's Mẫu 1 from draft to submission: the staff member of Phòng Quy hoạch khu vực 1 adds a row
 * to the current-year demo campaign's form and saves a draft; the head opens it, confirms and submits.
 * (Demo data: the unit has a DRAFT with a few rows; the registration deadline passed 2 days ago.)
 */

const year = new Date().getFullYear();
const content = `Lập sổ tay điện tử hướng dẫn hồ sơ điều chỉnh quy hoạch (${Date.now()})`;

/** The current-year campaign's card on /unit (not the finished 2022 plan 1128/KH-SQHKT). */
function currentCampaignCard(page: Page): Locator {
  return page.locator("li[data-campaign]").filter({ hasText: `năm ${year}` }).filter({ hasNotText: "1128/KH-SQHKT" }).first();
}

async function openCurrentForm(page: Page) {
  await page.goto("/unit");
  const card = currentCampaignCard(page);
  await expect(card).toBeVisible();
  await card.getByRole("link", { name: /Mở Mẫu 1/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Mẫu 1/ })).toBeVisible();
}

test("staff drafts the unit's Mẫu 1, the head confirms and submits it", async ({ page }) => {
  // 1. Staff adds a row in "Cải cách tài chính công" and saves a draft.
  await login(page, "canbo.qhkv1");
  await openCurrentForm(page);
  await expect(page.getByText("Chỉ trưởng đơn vị mới được xác nhận và nộp")).toBeVisible();
  await expect(page.getByRole("button", { name: "Xác nhận và nộp" })).toHaveCount(0);

  const block = page.locator('section[data-field-block="Cải cách tài chính công"]');
  await block.getByRole("button", { name: /Thêm nội dung/ }).click();
  const row = block.locator("fieldset[data-row]").last();
  await row.getByLabel("Nội dung đăng ký").fill(content);
  await row.getByLabel("Loại").selectOption({ label: "Sáng kiến" });
  await row.getByLabel("Cấp đăng ký").selectOption({ label: "Cấp Sở" });
  const date = row.getByLabel("Dự kiến tiến độ hoàn thành");
  await date.fill(`31/12/${year}`);
  // The row adopts a recognised model of another unit: a searchable picker, found without diacritics.
  const model = row.getByRole("combobox", { name: /Nhân rộng mô hình/ });
  await model.click();
  await page.getByRole("combobox", { name: /Tìm mô hình/ }).fill("so hoa quy hoach");
  await page.getByRole("option", { name: /Số hoá hồ sơ thông tin quy hoạch/ }).click();
  await expect(model).toContainText("Số hoá hồ sơ thông tin quy hoạch");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.locator('[data-alert="success"]')).toContainText("Đã lưu nháp");
  await logout(page);

  // 2. The head sees the staff's row, confirms and submits.
  await login(page, "truongphong.qhkv1");
  await openCurrentForm(page);
  const saved = page.locator('section[data-field-block="Cải cách tài chính công"] fieldset[data-row]').last();
  await expect(saved.getByLabel("Nội dung đăng ký")).toHaveValue(content);
  await expect(saved.getByRole("combobox", { name: /Nhân rộng mô hình/ })).toContainText("Số hoá hồ sơ thông tin quy hoạch");
  await page.getByLabel("Tôi xác nhận nội dung đăng ký (Xác nhận của trưởng đơn vị)").check();
  await page.getByRole("button", { name: "Xác nhận và nộp" }).click();

  await expect(page.getByTestId("form-status")).toContainText(/Nộp trễ hạn|Đã nộp/, { timeout: 20_000 });
  // The confirmation comes with the submission's answer; the URL records it (?nop=1), and a reload keeps it.
  await expect(page.getByRole("status").filter({ hasText: "Đã nộp Mẫu 1 (phiên bản 1)" })).toBeVisible();
  await expect(page).toHaveURL(/[?&]nop=1(&|$)/);
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "Đã nộp Mẫu 1 (phiên bản 1)" })).toBeVisible();
  const versions = page.getByTestId("version-list");
  await expect(versions.getByRole("link", { name: "Phiên bản 1" })).toBeVisible();
  // The submitted form is read-only now, with the new row in it.
  await expect(page.getByRole("button", { name: "Lưu nháp" })).toHaveCount(0);
  await expect(page.getByRole("cell", { name: content })).toBeVisible();

  // 3. Version 1 keeps the frozen content.
  await versions.getByRole("link", { name: "Phiên bản 1" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Phiên bản 1/ })).toBeVisible();
  await expect(page.getByRole("cell", { name: content })).toBeVisible();
});
