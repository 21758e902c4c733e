import { expect, login, logout, test } from "./fixtures";

/**
 * The appraisal journeys on the demo data (prisma/seed/demo-appraisal.ts):
 * - a panel member (truongphong.qhkv1) finds the scoring on "Việc cần làm", scores one place of the open
 *   round, saves a draft, then submits it;
 * - the chair (bancd) reads the closed 2022 round's results and recommends one more initiative for
 *   recognition, then the director (giamdoc) records the decision recognising it cấp Sở.
 * Each journey changes only rows no other journey reads (one place of qhkv1, one verdict of the closed
 * round that no decision names yet, a new decision with a unique number), so they run in any order.
 */

const CAMPAIGN = "demo-campaign-1128-2022";
const CLOSED_ROUND = "demo-appraisal-1128-2022";

test("a panel member scores a place from the to-do list, saves a draft and submits it", async ({ page }) => {
  await login(page, "truongphong.qhkv1");
  await page.goto("/todo");
  const task = page.locator('[data-appraisal-task="SCORE"]').first();
  await expect(task).toContainText("Chờ chấm điểm");
  await task.getByRole("link", { name: /^Chấm điểm/ }).click();
  await expect(page).toHaveURL(/\/appraisal/);

  const round = page.getByTestId("queue-round").first();
  await round.locator('a[href^="/appraisal/"]').first().click();
  await expect(page).toHaveURL(/\/appraisal\/[^/#]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  const points = page.getByLabel(/^Điểm tiêu chí/);
  const n = await points.count();
  expect(n).toBeGreaterThan(0);
  // Above the maximum first: a message at the field, nothing saved.
  await points.nth(0).fill("999");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.locator("[data-field-error]").first()).toContainText("tối đa");
  for (let i = 0; i < n; i++) await points.nth(i).fill(i === 0 ? "12,5" : "10");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.locator('[data-alert="success"]', { hasText: "Đã lưu nháp" })).toBeVisible();

  await page.getByRole("button", { name: "Gửi kết quả chấm" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("Tổng điểm");
  await dialog.getByRole("button", { name: "Gửi kết quả chấm" }).click();
  // The sheet turns read-only: what was sent, with its total.
  await expect(page.getByRole("heading", { name: "Kết quả chấm bạn đã gửi" })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText("Tổng: 52,5/100 điểm")).toBeVisible();
  await expect(page.getByRole("button", { name: "Lưu nháp" })).toHaveCount(0);
});

test("the chair recommends an initiative for recognition and the director recognises it cấp Sở", async ({ page }) => {
  await login(page, "bancd");
  await page.goto(`/campaigns/${CAMPAIGN}/appraisal/${CLOSED_ROUND}/results`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kết quả");
  // The item the panel sent for a field survey: the chair now recommends it (it is named by no decision yet).
  const surveyed = page.locator("tr, li", { hasText: "Cần khảo sát thực tế" }).first();
  const link = surveyed.locator("a").first();
  const content = (await link.innerText()).trim();
  await link.click();
  await expect(page.getByRole("heading", { name: "Kết luận" })).toBeVisible();
  await page.getByLabel("Đề nghị công nhận cấp Sở").check();
  await page.getByLabel("Lý do").fill("Đoàn khảo sát đã xác nhận hiệu quả tại đơn vị; đủ điều kiện đề nghị công nhận cấp Sở.");
  await page.getByRole("button", { name: "Cập nhật kết luận" }).click();
  await expect(page.locator('[data-alert="success"]', { hasText: "Đã ghi kết luận" })).toBeVisible();

  // The minutes come out as a Word document.
  const docx = await page.request.get(`/campaigns/${CAMPAIGN}/appraisal/${CLOSED_ROUND}/minutes/docx`);
  expect(docx.status()).toBe(200);
  expect(docx.headers()["content-type"]).toContain("officedocument.wordprocessingml");

  await logout(page);
  await login(page, "giamdoc");
  await page.goto(`/campaigns/${CAMPAIGN}/recognition`);
  await expect(page.getByRole("heading", { level: 1, name: "Công nhận mô hình, giải pháp, sáng kiến" })).toBeVisible();
  const number = `${Date.now() % 100000}/QĐ-SQHKT`;
  const form = page.getByRole("form", { name: "Ghi nhận quyết định công nhận" });
  await form.getByLabel("Số, ký hiệu").fill(number);
  await form.getByLabel("Ngày ký").fill("20/12/2022");
  await form.getByLabel(/^Người ký/).fill("Nguyễn Thanh Nhã");
  await form.getByLabel("Chức vụ người ký").fill("Giám đốc Sở");
  await form.getByLabel("Trích yếu").fill("Về việc công nhận bổ sung mô hình, giải pháp tiêu biểu năm 2022");
  await form.locator("[data-recognisable]", { hasText: content.slice(0, 40) }).locator('input[type="checkbox"]').check();
  await form.getByRole("button", { name: "Ghi nhận quyết định" }).click();
  await expect(page.locator('[data-alert="success"]', { hasText: `Đã ghi nhận Quyết định số ${number}` })).toBeVisible({ timeout: 15_000 });
  await expect(page.locator("#recognised-h").locator("xpath=ancestor::section[1]")).toContainText(content.slice(0, 40));
});
