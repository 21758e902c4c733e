import { checkAndConfirmSaved, confirmDialog, expect, login, test } from "./fixtures";

/**
 * The director of Sở Quy hoạch - Kiến trúc forwards a typical initiative of plan 1128/KH-SQHKT to the
 * City's plan 1018/KH-UBND (received by Sở Nội vụ) and sees the City's outcome back on the forward
 * page, on the typical list and in the initiative's lineage.
 */
const CAMPAIGN = "demo-campaign-1128-2022";

function todayVN() {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" }).formatToParts(new Date());
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get("day")}/${get("month")}/${get("year")}`;
}

test("the director forwards a typical initiative to the City's plan and sees its outcome at the origin", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "giamdoc");
  await page.goto(`/campaigns/${CAMPAIGN}/forward`);
  await expect(page.getByRole("heading", { level: 1, name: "Gửi lên cấp trên" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^Sở Nội vụ$/ })).toBeVisible();

  const candidates = page.getByRole("checkbox", { name: /^Chọn gửi: / });
  if ((await candidates.count()) === 0) {
    // every typical initiative was sent already (a reused database): the director marks one more
    await page.goto(`/campaigns/${CAMPAIGN}/typical`);
    const toggleId = await page.locator('input[type="checkbox"][aria-label^="Tiêu biểu: "]:not(:checked)').first().getAttribute("id");
    await checkAndConfirmSaved(page, page.locator(`[id="${toggleId}"]`));
    await page.goto(`/campaigns/${CAMPAIGN}/forward`);
  }

  // nothing selected: a clear message, nothing sent (retried until the page is hydrated)
  await expect(async () => {
    await page.getByRole("button", { name: "Gửi lên kế hoạch 1018/KH-UBND" }).click();
    await expect(page.getByText("Chưa chọn mô hình, giải pháp, sáng kiến nào để gửi lên cấp trên.")).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });

  const box = candidates.first();
  const content = ((await box.getAttribute("aria-label")) ?? "").replace(/^Chọn gửi: /, "");
  const initiativeId = ((await box.getAttribute("id")) ?? "").replace(/^forward-/, "");
  expect(content).not.toBe("");
  await box.check();
  await expect(page.getByText(/^Đã chọn 1\//)).toBeVisible();

  // the field mapping to the City's plan is shown before sending
  await page.getByText("Lĩnh vực tương ứng ở kế hoạch 1018/KH-UBND").click();
  await expect(page.locator("[data-field-mapping]")).toContainText("(cùng tên)");

  await page.getByRole("button", { name: "Gửi lên kế hoạch 1018/KH-UBND" }).click();
  await expect(page.getByRole("alertdialog").getByText(/^Gửi 1 nội dung lên Kế hoạch 1018\/KH-UBND \(nơi nhận: Sở Nội vụ\)\?/)).toBeVisible();
  await confirmDialog(page, "Gửi lên");
  await expect(page.getByText(/^Đã gửi 1 mô hình, giải pháp, sáng kiến lên kế hoạch 1018\/KH-UBND/)).toBeVisible();

  const row = page.locator(`[data-forward-row="${initiativeId}"]`);
  await expect(row).toContainText(`Đã gửi lên 1018/KH-UBND ngày ${todayVN()} — Đang chờ tiếp nhận`);
  await expect(page.getByRole("checkbox", { name: `Chọn gửi: ${content}` })).toHaveCount(0);
  await expect(page.locator("[data-parent-registration]")).toContainText("Đã nộp");

  // the typical list shows the same outcome
  await page.goto(`/campaigns/${CAMPAIGN}/typical`);
  const listRow = page.locator("[data-typical-list] tr", { hasText: content });
  await expect(listRow).toContainText(`Đã gửi lên 1018/KH-UBND ngày ${todayVN()} — Đang chờ tiếp nhận`);

  // the initiative's lineage: registered by its office, forwarded by the Sở to the City's plan
  await page.goto(`/initiatives/${initiativeId}`);
  const lineage = page.locator("[data-lineage]");
  await expect(lineage).toContainText("Đăng ký ban đầu:");
  await expect(lineage).toContainText("Sở Quy hoạch - Kiến trúc gửi lên Kế hoạch 1018/KH-UBND");
  await expect(lineage).toContainText("Đang chờ tiếp nhận");
});

test("the office sets a report's opening date and is told, next to the field, that it must come before the due date", async ({ page }) => {
  await login(page, "vanphong");
  await page.goto("/campaigns/demo-campaign-sqhkt-current/edit");
  const opens = page.locator('[id="milestones.2.opensDay"]');
  await expect(page.getByText(/Nếu để trống: mở khi mốc trước đến hạn \(từ ngày \d\d\/\d\d\/\d{4}, hạn đăng ký \(Mẫu 1\)\)/)).toBeVisible();
  // the form fills its values once hydrated; the hint then follows the typed day
  let due = "";
  await expect(async () => {
    due = await page.locator('[id="milestones.2.beforeDay"]').inputValue();
    expect(due).not.toBe("");
    await opens.fill(due);
    await expect(page.getByText(/^Nhận báo cáo từ 00:00 ngày/)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.locator('[id="milestones.2.opensDay-error"]')).toHaveText("Ngày mở nhận phải trước hạn của mốc.");
  await expect(opens).toHaveValue(due);
  await expect(page.getByLabel("Cơ quan nhận báo cáo, đăng ký")).toBeVisible();
});
