import ExcelJS from "exceljs";
import { confirmDialog, expect, login, test } from "./fixtures";

// The current-year demo campaign of Sở Quy hoạch - Kiến trúc (prisma/seed/demo-campaigns.ts): registration
// deadline two days ago; qhkv1 and vien drafting, qhkv2 and kt submitted on time, qhht late, qlqh and vp
// accepted, khtc returned, ttra and ttttdv missing.
const CAMPAIGN = "demo-campaign-sqhkt-current";

const chip = (page: import("@playwright/test").Page, status: string) => page.locator(`a[data-status="${status}"] [data-count]`).first();

test("the CCHC office follows the submissions, returns one form, accepts another and downloads the consolidated Mẫu 1", async ({ page }) => {
  await login(page, "vanphong");
  await page.goto(`/campaigns/${CAMPAIGN}/status`);
  await expect(page.getByRole("heading", { name: "Tình hình nộp biểu mẫu" })).toBeVisible();

  // counts per status above the table (the ones this journey does not change). unit-head.spec submits
  // qhkv1's draft late, in any order with this journey: only the sum of drafts and late forms is fixed.
  await expect(chip(page, "NOT_STARTED")).toHaveText("2");
  const drafts = Number(await chip(page, "DRAFT").innerText());
  const late = Number(await chip(page, "SUBMITTED_LATE").innerText());
  expect(drafts).toBeGreaterThanOrEqual(1); // Viện's draft
  expect(late).toBeGreaterThanOrEqual(1); // qhht
  expect(drafts + late).toBe(3);
  await expect(page.getByText(/quá hạn \d+ ngày/).first()).toBeVisible();

  // only the missing units
  await page.locator('a[data-status="NOT_STARTED"]').first().click();
  await expect(page).toHaveURL(/status=NOT_STARTED/);
  await expect(page.getByRole("rowheader")).toHaveText(["Thanh tra Sở", "Trung tâm Thông tin và Dịch vụ Quy hoạch"]);
  await page.getByRole("link", { name: "Bỏ lọc" }).click();

  // Phòng Kiến trúc: return with a comment (an empty comment is refused first)
  await page.getByRole("link", { name: "Xem Mẫu 1 của Phòng Kiến trúc" }).click();
  await expect(page.getByRole("heading", { name: "Mẫu 1 – Phòng Kiến trúc" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Mẫu 1 của Phòng Kiến trúc/ })).toContainText("Thư viện mẫu thiết kế nhà ở riêng lẻ");
  await page.getByRole("button", { name: "Trả lại để chỉnh sửa" }).click();
  await expect(page.locator("#comment-error")).toHaveText("Vui lòng nhập nội dung cần chỉnh sửa.");
  await page.getByLabel("Nội dung cần chỉnh sửa").fill("Đề nghị bổ sung dự kiến tiến độ cụ thể cho nội dung thuộc lĩnh vực cải cách chế độ công vụ.");
  await page.getByRole("button", { name: "Trả lại để chỉnh sửa" }).click();
  await expect(page.locator('[data-alert="success"]')).toContainText("Đã trả lại biểu mẫu");
  await expect(page.locator('[data-alert="warning"]')).toContainText("Đề nghị bổ sung dự kiến tiến độ");
  await expect(page.getByText("Trả lại để chỉnh sửa (phiên bản 1)")).toBeVisible();

  // Phòng Quy hoạch khu vực 2: accept
  await page.goto(`/campaigns/${CAMPAIGN}/status`);
  await page.getByRole("link", { name: "Xem Mẫu 1 của Phòng Quy hoạch khu vực 2" }).click();
  await expect(page.getByRole("heading", { name: "Mẫu 1 – Phòng Quy hoạch khu vực 2" })).toBeVisible();
  await page.getByRole("button", { name: "Tiếp nhận" }).click();
  await confirmDialog(page, "Tiếp nhận");
  await expect(page.locator('[data-alert="success"]')).toContainText("Đã tiếp nhận biểu mẫu");
  await expect(page.getByText("Tiếp nhận (phiên bản 1)")).toBeVisible();

  // consolidated Mẫu 1, filtered by a field, then exported with the same filter
  await page.getByRole("link", { name: "Tổng hợp Mẫu 1" }).click();
  await expect(page.getByRole("heading", { name: "Tổng hợp đăng ký Mẫu 1" })).toBeVisible();
  await expect(page.getByRole("table")).not.toContainText("Ứng dụng trí tuệ nhân tạo phân tích ảnh vệ tinh"); // Viện's draft
  await page.getByLabel("Lĩnh vực", { exact: true }).selectOption({ label: "6. Xây dựng và phát triển chính quyền điện tử, chính quyền số" });
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/field=/);
  const table = page.getByRole("table");
  await expect(table).toContainText("Trợ lý ảo trả lời câu hỏi thường gặp về thông tin quy hoạch");
  await expect(table).not.toContainText("Khoán chi văn phòng phẩm");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải Excel (XLSX)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^tong-hop-mau-1-.+-KH-SQHKT\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const ws = wb.worksheets[0];
  const values: string[] = [];
  ws.eachRow((row) => values.push(String((row.values as unknown[])[1] ?? "")));
  expect(values).toContain("TỔNG HỢP ĐĂNG KÝ MÔ HÌNH, GIẢI PHÁP, SÁNG KIẾN CẢI CÁCH HÀNH CHÍNH");
  expect(values).toContain("STT");
  expect(values.some((v) => v.startsWith("6. Xây dựng và phát triển chính quyền điện tử"))).toBe(true);
  expect(values.some((v) => v.startsWith("1. "))).toBe(false);
});
