import type { Page } from "@playwright/test";
import { checkAndConfirmSaved, confirmDialog, expect, login, logout, test } from "./fixtures";

/**
 * The City's office (Sở Nội vụ) returns the Mẫu 1 that Sở Quy hoạch - Kiến trúc forwarded to plan
 * 1018/KH-UBND; the director withdraws one forwarded initiative ("Rút khỏi danh sách gửi lên"), which
 * shows as not sent again, and resubmits the rest ("Nộp lại kế hoạch 1018/KH-UBND").
 */
const CAMPAIGN = "demo-campaign-1128-2022";
const PARENT = "demo-campaign-1018-2022";
const ORG = "Sở Quy hoạch - Kiến trúc";

/** Marks typical initiatives on the typical page until the forward page offers at least `n`. */
async function ensureCandidates(page: Page, n: number) {
  await page.goto(`/campaigns/${CAMPAIGN}/forward`);
  const candidates = page.getByRole("checkbox", { name: /^Chọn gửi: / });
  let missing = n - (await candidates.count());
  if (missing <= 0) return;
  await page.goto(`/campaigns/${CAMPAIGN}/typical`);
  for (; missing > 0; missing--) {
    const toggleId = await page.locator('input[type="checkbox"][aria-label^="Tiêu biểu: "]:not(:checked)').first().getAttribute("id");
    await checkAndConfirmSaved(page, page.locator(`[id="${toggleId}"]`));
  }
  await page.goto(`/campaigns/${CAMPAIGN}/forward`);
}

test("the director withdraws a forwarded initiative from the returned Mẫu 1 and resubmits it to the City's plan", async ({ page }) => {
  test.setTimeout(180_000);

  // 1. the director forwards two typical initiatives (the registration in 1018 is then submitted)
  await login(page, "giamdoc");
  await ensureCandidates(page, 2);
  const candidates = page.getByRole("checkbox", { name: /^Chọn gửi: / });
  const ids: string[] = [];
  const contents: string[] = [];
  for (const i of [0, 1]) {
    const box = candidates.nth(i);
    ids.push(((await box.getAttribute("id")) ?? "").replace(/^forward-/, ""));
    contents.push(((await box.getAttribute("aria-label")) ?? "").replace(/^Chọn gửi: /, ""));
  }
  // retried until the page is hydrated: a box ticked before that is not counted, so untick and tick again
  await expect(async () => {
    for (const id of ids) {
      await page.locator(`[id="forward-${id}"]`).setChecked(false);
      await page.locator(`[id="forward-${id}"]`).setChecked(true);
    }
    await expect(page.getByText(/^Đã chọn 2\//)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await page.getByRole("button", { name: "Gửi lên kế hoạch 1018/KH-UBND" }).click();
  await confirmDialog(page, "Gửi lên");
  await expect(page.getByText(/^Đã gửi 2 mô hình, giải pháp, sáng kiến lên kế hoạch 1018\/KH-UBND/)).toBeVisible();
  // nothing to withdraw while the City has not returned it
  await expect(page.getByRole("button", { name: /^Rút khỏi danh sách gửi lên/ })).toHaveCount(0);
  await logout(page);

  // 2. Sở Nội vụ returns the Sở's Mẫu 1 in plan 1018
  const comment = "Đề nghị chỉ giữ các nội dung đã có số liệu kết quả được kiểm chứng.";
  await login(page, "noivu");
  await page.goto(`/campaigns/${PARENT}/status`);
  await page.getByRole("link", { name: `Xem Mẫu 1 của ${ORG}` }).click();
  // the review page may compile on first hit
  await expect(page.getByRole("heading", { name: `Mẫu 1 – ${ORG}` })).toBeVisible({ timeout: 60_000 });
  // retried until the page is hydrated (the form is handled by the page's script)
  const returned = page.locator('[data-alert="success"]').filter({ hasText: "Đã trả lại biểu mẫu" });
  await expect(async () => {
    if (!(await returned.isVisible())) {
      await page.getByLabel("Nội dung cần chỉnh sửa").fill(comment);
      await page.getByRole("button", { name: "Trả lại để chỉnh sửa" }).click();
    }
    await expect(returned).toBeVisible({ timeout: 15_000 });
  }).toPass({ timeout: 60_000 });
  await logout(page);

  // 3. the director sees the return and withdraws the first of the two
  await login(page, "giamdoc");
  await page.goto(`/campaigns/${CAMPAIGN}/forward`);
  const status = page.locator("[data-parent-registration]");
  await expect(status).toContainText("Trả lại để chỉnh sửa");
  await expect(status).toContainText(`Nội dung cần chỉnh sửa: ${comment}`);
  const row = page.locator(`[data-forward-row="${ids[0]}"]`);
  await expect(row).toContainText("Bị trả lại: " + comment);
  // the confirmation dialog is the page's script: retried until the page is hydrated
  const ask = page.getByRole("alertdialog").getByText(/^Rút “.*” khỏi Mẫu 1 gửi lên kế hoạch 1018\/KH-UBND\?/);
  await expect(async () => {
    if (!(await ask.isVisible())) await row.getByRole("button", { name: `Rút khỏi danh sách gửi lên: ${contents[0]}` }).click();
    await expect(ask).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  await confirmDialog(page, "Rút khỏi danh sách");
  await expect(page.getByText(/^Đã rút nội dung khỏi Mẫu 1 gửi lên kế hoạch 1018\/KH-UBND \(còn \d+ nội dung\)/)).toBeVisible();
  // the origin is not sent any more and can be selected again
  await expect(row).toContainText("Chưa gửi lên cấp trên.");
  await expect(page.getByRole("checkbox", { name: `Chọn gửi: ${contents[0]}` })).toBeVisible();
  await expect(page.locator(`[data-forward-row="${ids[1]}"]`)).toContainText("Bị trả lại");

  // 4. "Nộp lại kế hoạch 1018/KH-UBND": a new version, submitted
  const versionText = (await status.textContent()) ?? "";
  const before = Number(/phiên bản (\d+)/.exec(versionText)?.[1] ?? "0");
  await page.getByRole("button", { name: "Nộp lại kế hoạch 1018/KH-UBND" }).click();
  await expect(page.getByRole("alertdialog").getByText(/^Nộp lại Mẫu 1 gồm \d+ nội dung lên Kế hoạch 1018\/KH-UBND \(nơi nhận: Sở Nội vụ\)\?/)).toBeVisible();
  await confirmDialog(page, "Nộp lại");
  await expect(page.getByText(`Đã nộp lại Mẫu 1 của ${ORG} lên kế hoạch 1018/KH-UBND (phiên bản ${before + 1}).`)).toBeVisible();
  await expect(status).toContainText("Đã nộp");
  await expect(page.locator(`[data-forward-row="${ids[1]}"]`)).toContainText("Đang chờ tiếp nhận");
  await expect(page.getByRole("button", { name: /^Rút khỏi danh sách gửi lên/ })).toHaveCount(0);
});
