import { confirmDialog, expect, login, logout, test } from "./fixtures";

/**
 * After the council's closed session (demo `demo-session-closed`): the secretary writes and finalises
 * the minutes, the director records the decision for the two approved proposals within the Sở's
 * authority and downloads a certificate, the standing office sends the City's Bằng khen up to the
 * City's plan, and a staff member finds her 2022 award under "Khen thưởng của tôi".
 */

const CAMPAIGN = "demo-campaign-sqhkt-current";
const SESSION = "demo-session-closed";

test("minutes, decision, certificates, forwarding beyond authority and awards across years", async ({ page }, testInfo) => {
  test.setTimeout(240_000);

  // 1. The secretary generates the minutes from the frozen results, adds a line, and finalises them.
  await login(page, "chanhvanphong");
  await page.goto(`/council/sessions/${SESSION}/minutes`);
  await page.getByRole("button", { name: "Tạo dự thảo biên bản" }).click();
  await expect(page.getByText("Đã tạo dự thảo biên bản")).toBeVisible();
  const text = page.getByLabel("Nội dung biên bản");
  await expect(text).toHaveValue(/Số thành viên Hội đồng được triệu tập: 7; có mặt: 6; vắng mặt: 1\./);
  await expect(text).toHaveValue(/Đồng ý: 6; không đồng ý: 0; không biểu quyết: 0\./);
  await expect(text).toHaveValue(/Kết quả: Không tán thành\./);
  await text.fill(`${await text.inputValue()}\nÝ kiến khác của thành viên: không có.`);
  await page.getByRole("button", { name: "Lưu biên bản" }).click();
  await expect(page.getByText(/Đã lưu biên bản lúc/)).toBeVisible();
  await page.getByRole("button", { name: "Hoàn tất biên bản" }).click();
  await confirmDialog(page, "Hoàn tất biên bản");
  // The finalised page replaces the editor (and its transient message): wait for the lasting notice.
  await expect(page.getByText(/Biên bản đã hoàn tất lúc/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/Biên bản đã hoàn tất lúc/)).toBeVisible();
  await expect(page.getByLabel("Nội dung biên bản")).toHaveCount(0);
  await expect(page.getByRole("article", { name: "Biên bản họp Hội đồng Thi đua - Khen thưởng" })).toContainText("Ý kiến khác của thành viên: không có.");
  const docx = await page.request.get(`/council/sessions/${SESSION}/minutes/docx`);
  expect(docx.status()).toBe(200);
  expect(docx.headers()["content-type"]).toContain("wordprocessingml");
  expect((await docx.body()).subarray(0, 2).toString()).toBe("PK");
  await logout(page);

  // 2. The director records the decision for the two approved proposals and downloads a certificate.
  await login(page, "giamdoc");
  await page.goto(`/campaigns/${CAMPAIGN}/awards/decisions/new`);
  await page.getByLabel("Số, ký hiệu").fill("125/QĐ-SQHKT");
  // Earlier journeys may have approved more proposals (the open-ballot session): tick these two.
  for (const id of ["demo-proposal-approved-1", "demo-proposal-approved-2"]) await page.locator(`[data-awardee="${id}"] input`).check();
  await page.getByRole("button", { name: "Ghi nhận quyết định" }).click();
  // The 2022 decision already carries that number.
  await expect(page.locator("#number-error")).toContainText("đã được dùng");
  await page.getByLabel("Số, ký hiệu").fill("250/QĐ-SQHKT");
  await page.getByRole("button", { name: "Ghi nhận quyết định" }).click();
  await page.waitForURL(/\/awards\/decisions\/[^/?]+\?moi=1/);
  await expect(page.getByRole("heading", { name: "Quyết định số 250/QĐ-SQHKT" })).toBeVisible();
  await expect(page.locator("[data-awardee]")).toHaveCount(2);
  const href = await page.locator("[data-awardee]").first().getByRole("link", { name: /Tải Giấy khen/ }).getAttribute("href");
  const pdf = await page.request.get(href!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const bytes = await pdf.body();
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  expect(bytes.toString("latin1")).toContain("DejaVuSerif");
  const all = await page.request.get(await page.getByRole("link", { name: "Tải tất cả Giấy khen (PDF)" }).getAttribute("href").then((h) => h!));
  expect(all.status()).toBe(200);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath("decision-390.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await logout(page);

  // 3. The standing office sends the City's Bằng khen up to the City's plan.
  await login(page, "thuongtruc.tdkt");
  await page.goto(`/campaigns/${CAMPAIGN}/awards/forward`);
  await page.getByLabel("Chọn trình cấp trên: Phòng Quản lý quy hoạch - kiến trúc").check();
  await page.getByRole("button", { name: "Trình Hội đồng cấp trên" }).click();
  await confirmDialog(page, "Trình cấp trên");
  await expect(page.getByText(/Đã trình 1 đề nghị khen thưởng lên Kế hoạch/)).toBeVisible();
  await expect(page.locator('[data-forward-row="demo-proposal-approved-city"]')).toContainText("Đã trình lên Kế hoạch");
  await expect(page.getByLabel("Chọn trình cấp trên: Phòng Quản lý quy hoạch - kiến trúc")).toHaveCount(0);
  await logout(page);

  // 4. A staff member of Phòng QHKV1 finds her 2022 Giấy khen under her account, at phone width.
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, "canbo.qhkv1");
  await page.goto("/account");
  await page.getByRole("link", { name: "Khen thưởng của tôi" }).click();
  await expect(page.getByRole("heading", { name: "Năm 2022" })).toBeVisible();
  await expect(page.locator("[data-award-history]")).toContainText("Quyết định số 125/QĐ-SQHKT ngày 28/12/2022");
  const own = await page.locator("[data-award-history]").getByRole("link", { name: /Tải Giấy khen/ }).first().getAttribute("href");
  expect((await page.request.get(own!)).status()).toBe(200);
  await page.screenshot({ path: testInfo.outputPath("my-awards-390.png"), fullPage: true });
});
