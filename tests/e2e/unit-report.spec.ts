import type { Page } from "@playwright/test";
import { confirmDialog, expect, login, logout, test } from "./fixtures";

/**
 * A unit's mid-term report (Mẫu 2 + Đề cương) from draft to acceptance: the head writes it (the draft
 * saves itself), confirms and submits; the CCHC office returns it with a comment; the head corrects and
 * resubmits (version 2); the office accepts it and the unit's page becomes read-only.
 *
 * Demo data: plan 1128/KH-SQHKT (2022) has every office's Mẫu 1 accepted and all its milestones past,
 * so its report windows are open and a submission is late. The journey takes the first office whose
 * report of a phase is not submitted yet (so that it also runs after other journeys, or again).
 */

const HEADS: Record<string, string> = {
  "Văn phòng Sở": "chanhvanphong",
  "Thanh tra Sở": "chanhthanhtra",
  "Phòng Quy hoạch khu vực 1": "truongphong.qhkv1",
  "Phòng Quy hoạch khu vực 2": "truongphong.qhkv2",
  "Phòng Quy hoạch hạ tầng kỹ thuật": "truongphong.qhht",
  "Phòng Kiến trúc": "truongphong.kt",
  "Phòng Quản lý quy hoạch - kiến trúc": "truongphong.qlqh",
  "Phòng Kế hoạch - Tài chính": "truongphong.khtc",
  "Trung tâm Thông tin và Dịch vụ Quy hoạch": "giamdoc.tttt",
  "Viện Nghiên cứu Quy hoạch - Kiến trúc đô thị": "vientruong",
};

const CAMPAIGN = "demo-campaign-1128-2022";
const stamp = Date.now();

/** The office's list: the first office (in list order) whose report of the phase is not started or a draft. */
async function pickUnit(page: Page): Promise<{ unitName: string; head: string; slug: string } | null> {
  for (const slug of ["so-ket", "tong-ket"]) {
    for (const status of ["NOT_STARTED", "DRAFT"]) {
      await page.goto(`/campaigns/${CAMPAIGN}/reports?phase=${slug}&status=${status}`);
      await expect(page.getByRole("heading", { name: "Báo cáo của các đơn vị" })).toBeVisible();
      const names = await page.locator("tr[data-unit]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-unit") ?? ""));
      const unitName = names.find((n) => HEADS[n]);
      if (unitName) return { unitName, head: HEADS[unitName], slug };
    }
  }
  return null;
}


/** Opens the unit's report page and waits until the editor is hydrated. */
async function openEditor(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1, name: /Mẫu 2 và Đề cương/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator("form[data-ready]")).toBeVisible({ timeout: 30_000 });
}

async function waitSaved(page: Page) {
  await expect(page.getByTestId("autosave-status")).toHaveText(/Đã lưu lúc \d\d:\d\d/, { timeout: 20_000 });
}

test("a unit head writes and submits the mid-term report; the office returns it, the head resubmits, the office accepts", async ({ page }) => {
  test.setTimeout(300_000);

  // 0. The office picks a unit that has not submitted yet.
  await login(page, "vanphong");
  const picked = await pickUnit(page);
  expect(picked, "an office of plan 1128 without a submitted report").not.toBeNull();
  const { unitName, head, slug } = picked!;
  const reportUrl = `/unit/campaigns/${CAMPAIGN}/reports/${slug}`;
  await logout(page);

  // 1. The head opens the report: Mẫu 2 counts come from the accepted Mẫu 1.
  await login(page, head);
  await openEditor(page, reportUrl);
  const registered = await page.locator("[data-registered]").evaluateAll((els) => els.map((e) => Number(e.textContent)));
  expect(registered.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);

  // 2. A completed count above registered is refused next to the field (the draft is not saved meanwhile).
  const rowIndex = registered.findIndex((n) => n > 0);
  const row = page.locator("li[data-field-row]").nth(rowIndex);
  await row.getByRole("checkbox", { name: /Điều chỉnh/ }).check();
  await row.getByLabel("Số lượng hoàn thành (điều chỉnh)").fill(String(registered[rowIndex] + 1));
  await row.getByLabel("Lý do điều chỉnh").fill("Theo biên bản nghiệm thu");
  await expect(row.getByText(`không được lớn hơn số lượng đăng ký (${registered[rowIndex]})`)).toBeVisible({ timeout: 20_000 });
  await row.getByRole("checkbox", { name: /Điều chỉnh/ }).uncheck();

  // 3. Sections I, II and V; a part of IV edited by hand. The draft saves itself.
  const situation = `Phòng có 12 công chức, phụ trách thẩm định và quản lý quy hoạch (${stamp}).`;
  await page.getByLabel("I. Đặc điểm tình hình").fill(situation);
  await page.getByLabel("II. Thực trạng tại cơ quan, đơn vị").fill("Số hồ sơ tăng 20 % so với cùng kỳ; thời gian xử lý còn dài.");
  await page.getByLabel("1. Ưu điểm").fill("Chủ động ứng dụng công nghệ thông tin.");
  await page.getByLabel("2. Hạn chế").fill("Nhân lực có chuyên môn GIS còn thiếu.");
  await page.getByLabel("3. Bài học kinh nghiệm").fill("Phối hợp sớm với các phòng liên quan.");
  const results = page.locator("textarea[id^='p-'][id$='-results']").first();
  await expect(results).not.toHaveValue(""); // prefilled with the initiative's progress and figures
  await results.fill(`${await results.inputValue()}\nĐã áp dụng tại 3 tổ chuyên môn.`);
  await waitSaved(page);

  // The draft is there after a reload.
  await openEditor(page, reportUrl);
  await expect(page.getByLabel("I. Đặc điểm tình hình")).toHaveValue(situation);
  await expect(page.locator("textarea[id^='p-'][id$='-results']").first()).toHaveValue(/Đã áp dụng tại 3 tổ chuyên môn\./);

  // 4. Confirm and submit: late (the 2022 deadline passed), version 1.
  await page.getByRole("checkbox", { name: /Xác nhận của trưởng đơn vị/ }).check();
  await page.getByRole("button", { name: "Xác nhận và nộp" }).click();
  await expect(page.getByTestId("report-status")).toContainText(/Nộp trễ hạn|Đã nộp/, { timeout: 30_000 });
  await expect(page.getByTestId("version-list").getByRole("link", { name: "Phiên bản 1" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Lưu nháp" })).toHaveCount(0);
  await expect(page.locator("[data-report-document]")).toContainText(situation);
  await logout(page);

  // 5. The office returns it (an empty comment is refused first).
  await login(page, "vanphong");
  await page.goto(`/campaigns/${CAMPAIGN}/reports?phase=${slug}`);
  await page.getByRole("link", { name: `Xem xét của ${unitName}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(unitName) })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator("[data-report-document]")).toContainText("Đã áp dụng tại 3 tổ chuyên môn.");
  await expect(page.locator("[data-mau-2]")).toContainText("Tổng cộng");
  await page.getByRole("button", { name: "Trả lại để chỉnh sửa" }).click();
  await expect(page.locator("#comment-error")).toHaveText("Vui lòng nhập nội dung cần chỉnh sửa.");
  await page.getByLabel("Nội dung cần chỉnh sửa").fill("Đề nghị bổ sung số liệu cụ thể tại mục I.");
  await page.getByRole("button", { name: "Trả lại để chỉnh sửa" }).click();
  await expect(page.locator('[data-alert="success"]')).toContainText("Đã trả lại báo cáo", { timeout: 30_000 });
  await expect(page.getByTestId("report-status")).toContainText("Trả lại", { timeout: 30_000 });
  await logout(page);

  // 6. The head sees the comment, corrects and resubmits: version 2.
  await login(page, head);
  await openEditor(page, reportUrl);
  await expect(page.locator('[data-alert="warning"]').filter({ hasText: "trả lại báo cáo" })).toContainText("Đề nghị bổ sung số liệu cụ thể tại mục I.");
  await page.getByLabel("I. Đặc điểm tình hình").fill(`${situation} Tổng số hồ sơ năm 2022: 1.250 hồ sơ.`);
  await waitSaved(page);
  await page.getByRole("checkbox", { name: /Xác nhận của trưởng đơn vị/ }).check();
  await page.getByRole("button", { name: "Xác nhận và nộp" }).click();
  await expect(page.getByTestId("version-list").getByRole("link", { name: "Phiên bản 2" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("version-list").getByRole("link", { name: "Phiên bản 1" })).toBeVisible();
  await logout(page);

  // 7. The office accepts version 2; version 1 is still there.
  await login(page, "vanphong");
  await page.goto(`/campaigns/${CAMPAIGN}/reports?phase=${slug}`);
  await page.getByRole("link", { name: `Xem xét của ${unitName}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(unitName) })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator("[data-report-document]")).toContainText("1.250 hồ sơ");
  await page.getByRole("button", { name: "Tiếp nhận" }).click();
  await confirmDialog(page, "Tiếp nhận");
  await expect(page.locator('[data-alert="success"]')).toContainText("Đã tiếp nhận báo cáo", { timeout: 30_000 });
  await expect(page.getByTestId("report-status")).toContainText("Đã tiếp nhận", { timeout: 30_000 });
  await page.getByRole("link", { name: /Phiên bản 1/ }).click();
  await expect(page).toHaveURL(/v=1/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { name: /Nội dung phiên bản 1/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator("[data-report-document]")).not.toContainText("1.250 hồ sơ");
  await logout(page);

  // 8. The unit's page is read-only now.
  await login(page, head);
  await page.goto(reportUrl);
  await expect(page.getByTestId("report-status")).toContainText("Đã tiếp nhận");
  await expect(page.getByRole("button", { name: "Lưu nháp" })).toHaveCount(0);
  await expect(page.locator("[data-report-document]")).toContainText("1.250 hồ sơ");
});
