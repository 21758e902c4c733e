import { chooseInCombobox, expect, login, test } from "./fixtures";

/**
 * A unit head proposes a person of the unit for an award: truongphong.qhkv1 opens the award proposals
 * of the Sở's current plan from the unit's campaign page, proposes an individual of Phòng QHKV1 for
 * "Giấy khen của Giám đốc Sở", saves the draft, has the portal draft the three dossier documents
 * (.docx), answers the declarations, confirms and submits; the proposal is listed as "Chờ Thường trực
 * kiểm tra". Also looked at 390 px wide.
 *
 * Demo data: plan demo-campaign-sqhkt-current, Phòng QHKV1 (Phạm Văn Hùng, head; Võ Thị Mai, staff),
 * award form demo-award-form-gk. The nominee is the first of the two without a Giấy khen proposal yet
 * (so that the journey also runs on a database where it ran before).
 */

const CAMPAIGN = "demo-campaign-sqhkt-current";
const FORM = "Giấy khen của Giám đốc Sở";
const PEOPLE = ["Võ Thị Mai", "Phạm Văn Hùng"];

test("a unit head proposes a person of the unit for Giấy khen, drafts the dossier, declares, confirms and submits", async ({ page }) => {
  test.setTimeout(300_000);
  await login(page, "truongphong.qhkv1");

  // From the unit's campaign page to its award proposals.
  await page.goto(`/unit/campaigns/${CAMPAIGN}`);
  await page.getByRole("link", { name: "Đề nghị khen thưởng", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Đề nghị khen thưởng" })).toBeVisible();
  await expect(page.getByTestId("award-deadline")).toContainText("trước ngày");

  const rows = await page.locator("[data-proposal]").evaluateAll((els) => els.map((e) => e.textContent ?? ""));
  const nominee = PEOPLE.find((name) => !rows.some((r) => r.includes(name) && r.includes(FORM)));
  // A fresh demo database always leaves one of the unit's people without a Giấy khen proposal.
  expect(nominee, "one person of Phòng QHKV1 has no Giấy khen proposal yet").toBeDefined();

  await page.getByRole("link", { name: "Đề nghị khen thưởng mới" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Đề nghị khen thưởng mới" })).toBeVisible();
  const editor = page.locator("form[data-testid=proposal-editor][data-ready]");
  await expect(editor).toBeVisible({ timeout: 30_000 });

  // Nominee: a person of the unit; form; achievements.
  await page.getByRole("radio", { name: "Cá nhân" }).check();
  // The person through the searchable picker, typed without diacritics.
  const folded = nominee!.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d");
  await chooseInCombobox(page, "Cá nhân", folded, nominee!);
  await expect(page.getByRole("combobox", { name: "Cá nhân" })).toHaveText(nominee!);
  await page.getByLabel(/^Hình thức/).selectOption({ label: FORM });
  await expect(page.getByTestId("form-rule")).toContainText("Thuộc thẩm quyền");
  await page.getByLabel(/Tóm tắt thành tích/).fill("Chủ trì số hóa 1.200 hồ sơ quy hoạch khu vực 1.\n- Rút ngắn thời gian thẩm định còn 15 ngày làm việc.");
  await page.getByRole("button", { name: "Lưu nháp" }).click();

  // The draft exists: its page, with the dossier.
  await page.waitForURL(/\/awards\/proposals\/[^/?]+\?moi=1/);
  await expect(page.getByText("Đã lưu nháp đề nghị khen thưởng")).toBeVisible();
  await expect(page.locator("form[data-testid=proposal-editor][data-ready]")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toContainText(nominee!);

  // The portal drafts the three documents.
  const documents = page.getByTestId("dossier-documents");
  for (const kind of ["PROPOSAL_LETTER", "MEETING_MINUTES", "ACHIEVEMENT_REPORT"]) {
    const slot = documents.locator(`[data-document-kind=${kind}]`);
    await slot.getByRole("button", { name: /^Tạo bản thảo/ }).click();
    await expect(slot.locator("[data-document-file]")).toHaveCount(1, { timeout: 30_000 });
    await expect(slot.getByText("Bản thảo do cổng tạo")).toBeVisible();
  }
  // The proposal letter downloads as a Word file.
  const letter = documents.locator("[data-document-kind=PROPOSAL_LETTER] [data-document-file] a").first();
  const [download] = await Promise.all([page.waitForEvent("download"), letter.click()]);
  expect(download.suggestedFilename()).toMatch(/^Tờ trình đề nghị khen thưởng - .+\.docx$/);

  // Declarations.
  await page.getByLabel("Xếp loại chất lượng trong năm").selectOption({ label: "Hoàn thành xuất sắc nhiệm vụ" });
  await page.getByRole("radio", { name: "Không bị xử lý kỷ luật" }).check();
  const declarations = page.locator("[data-declaration]");
  for (let i = 0; i < (await declarations.count()); i++) await declarations.nth(i).getByRole("radio", { name: "Đạt", exact: true }).check();
  const checklist = page.getByTestId("criteria-checklist");
  await expect(checklist.locator("[data-met=null]")).toHaveCount(0);
  await expect(checklist.getByText("Bắt buộc").first()).toBeVisible();

  // Confirm and submit.
  await page.getByRole("checkbox", { name: /Xác nhận của trưởng đơn vị/ }).check();
  await page.getByRole("button", { name: "Xác nhận và nộp" }).click();
  await page.waitForURL(/\/awards\/proposals\/[^/?]+\?nop=1/, { timeout: 60_000 });
  await expect(page.getByText("Đã nộp đề nghị khen thưởng (phiên bản 1)")).toBeVisible();
  await expect(page.getByTestId("proposal-dossier")).toContainText(FORM);
  await expect(page.getByTestId("proposal-status")).toContainText("Chờ Thường trực kiểm tra");
  await expect(page.getByTestId("dossier-documents").getByText("Đã nộp kèm hồ sơ")).toHaveCount(3);

  // Listed for the unit as waiting for the standing office.
  await page.getByRole("link", { name: "Đề nghị khen thưởng", exact: true }).click();
  const row = page.locator("[data-proposal]", { hasText: nominee! }).filter({ hasText: FORM });
  await expect(row).toContainText("Chờ Thường trực kiểm tra");

  // The list and the dossier read on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(row).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await page.screenshot({ path: "test-results/award-unit-head-list-390.png", fullPage: true });
  await row.getByRole("link").first().click();
  await expect(page.getByTestId("proposal-dossier")).toBeVisible();
  const overflow2 = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow2).toBeLessThanOrEqual(1);
  await page.screenshot({ path: "test-results/award-unit-head-dossier-390.png", fullPage: true });
});
