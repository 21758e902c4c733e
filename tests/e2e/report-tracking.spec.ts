import { confirmDialog, expect, login, test } from "./fixtures";

// Report milestones are tracked like Mẫu 1 (lib/obligations, lib/compliance, lib/consolidation/queries).
// 1128/KH-SQHKT (2022) has the offices' mid-term reports in every state (prisma/seed/demo-reports.ts);
// 1045/KH-SQHKT (current year) has its mid-term report phase open (registration fell due two days ago)
// and its final report and the office's summary not open yet.
const PAST = "demo-campaign-1128-2022";
const CURRENT = "demo-campaign-sqhkt-current";

test("the CCHC office follows the units' reports on the status matrix and the compliance page, and reminds the missing units", async ({ page }) => {
  await login(page, "vanphong");

  // Status matrix of 2022: a column per report phase, counts per status, a filter on the report's status.
  await page.goto(`/campaigns/${PAST}/status`);
  await expect(page.getByRole("heading", { level: 1, name: "Tình hình nộp biểu mẫu" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: /Báo cáo sơ kết/ })).toBeVisible();
  const midCard = page.locator('[data-milestone-summary="MIDTERM_REPORT"]');
  // A submitted status with units in it (the demo has one late report; another journey may review some).
  let picked: { status: string; label: string; count: number } | null = null;
  for (const [status, label] of [
    ["SUBMITTED_LATE", "Nộp trễ hạn"],
    ["SUBMITTED_ON_TIME", "Nộp đúng hạn"],
    ["ACCEPTED", "Đã tiếp nhận"],
  ] as const) {
    const count = Number(await midCard.locator(`a[data-status="${status}"] [data-count]`).innerText());
    if (count > 0) {
      picked = { status, label, count };
      break;
    }
  }
  expect(picked).not.toBeNull();
  await midCard.locator(`a[data-status="${picked!.status}"]`).click();
  await expect(page).toHaveURL(new RegExp(`status=${picked!.status}`));
  await expect(page).toHaveURL(/phase=so-ket/);
  const cells = page.locator('td[data-cell="report-so-ket"]');
  await expect(cells).toHaveCount(picked!.count);
  for (const cell of await cells.all()) await expect(cell).toContainText(picked!.label);
  await expect(cells.first().getByRole("link", { name: /Xem báo cáo/ })).toBeVisible();

  // Compliance of 2022: the mid-term reports against their due date, the late one with its days late.
  await page.goto(`/campaigns/${PAST}/compliance`);
  await expect(page.locator('tr[data-milestone="MIDTERM_REPORT"] [data-rate]')).toHaveText(/^\d{1,3},\d %$/);
  await page.locator('a[data-select-milestone="MIDTERM_REPORT"]').click();
  await expect(page).toHaveURL(/m=/);
  const section = page.locator('section[data-units-of="MIDTERM_REPORT"]');
  await expect(section.getByRole("heading", { level: 2 })).toContainText("Báo cáo sơ kết");
  const lateRow = section.locator('tr[data-status="LATE"]').first();
  await expect(lateRow).toContainText("Nộp trễ hạn");
  await expect(lateRow).toContainText(/\d+ ngày/);
  await expect(section.locator('tr[data-status="OVERDUE"]').first()).toContainText("Quá hạn chưa nộp");

  // The current plan: remind every unit whose mid-term report is missing, from its card on the matrix.
  await page.goto(`/campaigns/${CURRENT}/status`);
  const currentMid = page.locator('[data-milestone-summary="MIDTERM_REPORT"]');
  await expect(currentMid.locator('a[data-status="NOT_STARTED"] [data-count]')).not.toHaveText("0");
  await currentMid.getByRole("button", { name: "Nhắc các đơn vị chưa nộp báo cáo sơ kết" }).click();
  await confirmDialog(page, "Gửi nhắc việc");
  await expect(currentMid.locator('[data-alert="success"]')).toHaveText(/^Đã gửi nhắc việc tới \d+ người của \d+ đơn vị\.$/);
  // The final report is not open yet: its opening date instead of counts.
  await expect(page.locator('[data-milestone-summary="FINAL_REPORT"] [data-opens]')).toHaveText(/^Mở nhận từ \d{2}\/\d{2}\/\d{4}/);

  // The office's own summary report is on its to-do, with its opening date.
  await page.goto("/todo");
  const summary = page.locator("li[data-obligation]", { hasText: "Kế hoạch số 1045/KH-SQHKT" }).filter({ hasText: "Báo cáo sơ kết" });
  await expect(summary).toContainText("Chưa mở nhận");
  await expect(summary.locator("[data-opens]")).toHaveText(/^Mở nhận từ \d{2}\/\d{2}\/\d{4}$/);
});

test("a unit head has the mid-term report on the to-do list with a link to it, and the final one with its opening date", async ({ page }) => {
  await login(page, "truongphong.qhkv1");
  await page.goto("/todo");
  const current = page.locator("li[data-obligation]", { hasText: "Kế hoạch số 1045/KH-SQHKT" });
  const mid = current.filter({ hasText: "Báo cáo sơ kết" });
  await expect(mid).toHaveCount(1);
  const open = mid.getByRole("link", { name: /^(Lập|Mở|Xem) báo cáo/ });
  await expect(open).toHaveAttribute("href", /^\/unit\/campaigns\/demo-campaign-sqhkt-current\/reports\/so-ket\?unit=/);
  const final = current.filter({ hasText: "Báo cáo kết quả hoàn thành" });
  await expect(final).toContainText("Chưa mở nhận");
  await expect(final.locator("[data-opens]")).toHaveText(/^Mở nhận từ \d{2}\/\d{2}\/\d{4}$/);
  await expect(final.getByRole("link", { name: /báo cáo/ })).toHaveCount(0);
});
