import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { confirmDialog, expect, login, logout, test } from "./fixtures";

// Plan 1128/KH-SQHKT (2022) answers the City's plan 1018/KH-UBND, whose reports go to Sở Nội vụ
// (prisma/seed/demo-campaigns.ts). The mid-term summary milestone (before 20/06/2022) is open and past
// due. `noivu` is the City's CCHC office (works in Sở Nội vụ). The journey ends with the report
// RETURNED, so that it can run again on the same database (next time as version n+1).
const CHILD = "demo-campaign-1128-2022";
const PARENT = "demo-campaign-1018-2022";

/** The City's office opens the Sở's report under "Cấp dưới gửi lên" and returns it with a comment. */
async function returnAsCity(page: Page, comment: string, expectText?: string) {
  await login(page, "noivu");
  await page.goto(`/campaigns/${PARENT}/consolidated`);
  await page.getByRole("navigation", { name: "Các trang của kế hoạch" }).getByRole("link", { name: "Cấp dưới gửi lên" }).click();
  await expect(page.getByRole("heading", { name: "Cấp dưới gửi lên" })).toBeVisible({ timeout: 60_000 });
  await page.getByRole("link", { name: "Xem xét báo cáo sơ kết của Sở Quy hoạch - Kiến trúc" }).click();
  await expect(page.getByRole("heading", { name: "Báo cáo sơ kết – Sở Quy hoạch - Kiến trúc" })).toBeVisible({ timeout: 60_000 });
  if (expectText) await expect(page.locator("article.summary-document")).toContainText(expectText);
  await page.getByRole("button", { name: "Trả lại để chỉnh sửa" }).click();
  await expect(page.locator("#summary-comment-error")).toHaveText("Vui lòng nhập nội dung cần chỉnh sửa.");
  await page.getByLabel("Nội dung cần chỉnh sửa").fill(comment);
  await page.getByRole("button", { name: "Trả lại để chỉnh sửa" }).click();
  await expect(page.locator('[data-alert="success"]')).toContainText("Đã trả lại báo cáo");
  await logout(page);
}

test("the office drafts, edits and sends its mid-term report; the City's office sees it under 'Cấp dưới gửi lên' and returns it; the office sees the comment", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);

  await login(page, "vanphong");
  await page.goto(`/campaigns/${CHILD}/summary/so-ket`);
  if (await page.getByText("Đã gửi Sở Nội vụ").first().isVisible()) {
    // left waiting by an interrupted earlier run on this database: the City sends it back first
    await logout(page);
    await returnAsCity(page, `Trả lại để chạy lại hành trình (${stamp}).`);
    await login(page, "vanphong");
  }
  await page.goto(`/campaigns/${CHILD}/summary`);
  await expect(page.getByRole("heading", { name: "Báo cáo tổng hợp" })).toBeVisible();
  await page.getByRole("link", { name: "Báo cáo sơ kết" }).first().click();
  await expect(page.getByRole("heading", { name: "Báo cáo sơ kết", level: 1 })).toBeVisible();
  const fieldTable = page.locator("[data-summary-field-table]");
  await expect(fieldTable.getByRole("rowheader", { name: "Tổng cộng" })).toBeVisible();
  await expect(fieldTable).toContainText("Xây dựng và phát triển chính quyền điện tử, chính quyền số");
  await expect(page.getByRole("heading", { name: /Đơn vị chưa nộp báo cáo|Đơn vị nộp trễ hạn/ }).first()).toBeVisible();

  // the lists: dropped initiatives tab, then back
  await page.getByRole("link", { name: /^Dừng thực hiện \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/list=dropped/);
  await page.getByRole("link", { name: /^Đã hoàn thành \(\d+\)$/ }).click();
  await expect(page).not.toHaveURL(/list=dropped/);

  // the live tables as XLSX
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải Excel (XLSX)" }).click()]);
  expect(download.suggestedFilename()).toBe("bao-cao-so-ket-1128-KH-SQHKT.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Theo lĩnh vực", "Theo đơn vị", "Đã hoàn thành", "Dừng thực hiện", "Tình hình nộp báo cáo"]);
  expect(wb.getWorksheet("Theo lĩnh vực")!.getRow(7).getCell(2).value).toBe("Cải cách thể chế"); // header on row 6, no empty row above it

  await expect(page.getByRole("heading", { name: "5. Nội dung báo cáo" })).toBeVisible();
  const generate = page.getByRole("button", { name: "Tạo bản thảo từ báo cáo các đơn vị" });
  await expect(generate).toBeVisible();

  // draft from the units' submitted reports (confirm when sections already hold text)
  await generate.click();
  const drafted = page.locator('[data-alert="info"]').filter({ hasText: "bản thảo" });
  await expect(page.getByRole("alertdialog").or(drafted)).toBeVisible();
  if (await page.getByRole("alertdialog").isVisible()) await confirmDialog(page, "Thay bằng bản thảo");
  await expect(drafted).toBeVisible();
  await expect(page.getByLabel("II. Tình hình triển khai, thực trạng")).toHaveValue(/^Tổng số mô hình, giải pháp đăng ký: \d+; đã hoàn thành: \d+/);

  // edit a section, save
  const proposals = `Đề nghị Sở Nội vụ tổ chức tập huấn về chuyển đổi số cho các phòng (${stamp}).`;
  await page.getByLabel("VI. Kiến nghị, đề xuất").fill(proposals);
  await expect(page.getByText("Có thay đổi chưa lưu.")).toBeVisible();
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.locator('[data-alert="success"]')).toContainText("Đã lưu lúc");

  // send to Sở Nội vụ (the page asks for confirmation)
  await page.getByRole("button", { name: "Gửi Sở Nội vụ" }).click();
  await confirmDialog(page, "Gửi Sở Nội vụ");
  await expect(page.getByText("Đã gửi Sở Nội vụ")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Gửi trễ hạn").first()).toBeVisible(); // due before 20/06/2022
  await expect(page.getByRole("button", { name: "Lưu", exact: true })).toHaveCount(0);

  // the print view of the version sent, in the state format
  await page.getByRole("link", { name: "Xem bản in" }).click();
  await page.waitForURL(/\/summary\/so-ket\/print\?v=\d+/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { name: /Bản in báo cáo sơ kết – phiên bản \d+/ })).toBeVisible({ timeout: 60_000 });
  const doc = page.locator("article.summary-document");
  await expect(doc).toContainText("Cộng hòa xã hội chủ nghĩa Việt Nam");
  await expect(doc).toContainText("Độc lập - Tự do - Hạnh phúc");
  await expect(doc).toContainText("Kính gửi: Sở Nội vụ");
  await expect(doc).toContainText("/BC-SQHKT");
  await expect(doc).toContainText(proposals);
  await expect(doc).not.toContainText("Dự thảo");
  // The total is the table's last row, not a <tfoot> that print repeats at the foot of every page.
  await expect(doc.locator("[data-summary-field-table] tfoot")).toHaveCount(0);
  await expect(doc.locator("[data-summary-field-table] tbody tr").last()).toContainText("Tổng cộng");
  // The same report as a Word file, from the print view.
  const [wordFile] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải báo cáo (Word)" }).click()]);
  expect(wordFile.suggestedFilename()).toMatch(/^Báo cáo sơ kết - .*phiên bản \d+\.docx$/);
  await logout(page);

  // the City's office: the report is waiting under "Cấp dưới gửi lên"; it returns it with a comment
  const comment = `Đề nghị bổ sung số liệu lĩnh vực chính quyền số (${stamp}).`;
  await returnAsCity(page, comment, proposals);

  // back at the Sở: the comment, and the form is editable again (the next submission is a new version)
  await login(page, "vanphong");
  await page.goto(`/campaigns/${CHILD}/summary/so-ket`);
  await expect(page.locator('[data-alert="warning"]')).toContainText(comment);
  await expect(page.getByRole("button", { name: "Lưu", exact: true })).toBeVisible();
  await expect(page.getByText(comment).last()).toBeVisible();
});
