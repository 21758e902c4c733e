import type { Locator, Page } from "@playwright/test";
import { expect, login, test } from "./fixtures";

/**
 * The unit home shows the unit's own report of each phase on the report milestones.
 * Demo data: Phòng Quy hoạch khu vực 2 had both reports of plan 1128/KH-SQHKT (2022) accepted (no
 * journey can change an accepted report); in the current-year plan the final report opens only when
 * the mid-term report falls due (weeks away), so nothing can be written for it yet.
 */

const year = new Date().getFullYear();


function card(page: Page, documentNumber: string): Locator {
  return page.locator(`li[data-campaign="${documentNumber}"]`).first();
}

test("a unit head sees its accepted reports, opens one, and the opening date of a phase not yet open", async ({ page }) => {
  await login(page, "truongphong.qhkv2");
  await page.goto("/unit");

  const old = card(page, "1128/KH-SQHKT");
  await expect(old).toBeVisible({ timeout: 30_000 });
  const midterm = old.locator('li[data-milestone="MIDTERM_REPORT"]');
  await expect(midterm).toContainText("Đã tiếp nhận");
  await expect(midterm).not.toContainText("đã qua");
  await expect(midterm).not.toContainText("quá hạn");
  await expect(old.locator('li[data-milestone="FINAL_REPORT"]')).toContainText("Đã tiếp nhận");

  // The current-year plan: the final report is not open yet, with its opening date and no link.
  const current = page.locator("li[data-campaign]").filter({ hasText: `năm ${year}` }).filter({ hasNotText: "1128/KH-SQHKT" }).first();
  const final = current.locator('li[data-milestone="FINAL_REPORT"]');
  await expect(final).toContainText("Chưa mở nhận");
  await expect(final.locator("[data-opens]")).toContainText(/Mở nhận từ \d{2}\/\d{2}\/\d{4}/);
  await expect(final.getByRole("link")).toHaveCount(0);

  await midterm.getByRole("link", { name: "Xem báo cáo sơ kết theo kế hoạch 1128/KH-SQHKT" }).click();
  await expect(page).toHaveURL(/\/unit\/campaigns\/demo-campaign-1128-2022\/reports\/so-ket\?unit=/);
  await expect(page.getByRole("heading", { level: 1, name: "Báo cáo sơ kết – Mẫu 2 và Đề cương" })).toBeVisible({ timeout: 30_000 });
});
