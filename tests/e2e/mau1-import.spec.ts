import fs from "node:fs";
import ExcelJS from "exceljs";
import { expect, login, test } from "./fixtures";

/**
 * A unit head fills the Mẫu 1 template in Excel and uploads it: the rows land in the draft (the
 * editor shows them), a file with mistakes is refused with the errors by row and column, and the
 * form's Word document is one click away. Demo data: Viện Nghiên cứu Quy hoạch - Kiến trúc đô thị has a
 * draft Mẫu 1 in the current-year campaign; the content is unique per run.
 */

const CAMPAIGN = "demo-campaign-sqhkt-current";
const year = new Date().getFullYear();

test("the unit head imports the Mẫu 1 from Excel into the draft; a faulty file is refused cell by cell", async ({ page }) => {
  const content = `Tra cứu hồ sơ quy hoạch qua mã QR (${Date.now()})`;
  await login(page, "vientruong");
  await page.goto(`/unit/campaigns/${CAMPAIGN}`);
  const panel = page.locator("[data-import-panel]");
  await panel.getByText("Nhập từ Excel").click();

  const [download] = await Promise.all([page.waitForEvent("download"), panel.getByRole("link", { name: "Tải tệp mẫu Mẫu 1 (.xlsx)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^mau-1-.*\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("Mẫu 1")!;
  const firstField = String(wb.getWorksheet("Danh mục")!.getCell("A2").value);
  ws.getRow(5).values = [firstField, content, "Sáng kiến", "", "Cấp Sở", `30/11/${year}`, "Nhập từ Excel"];
  const good = Buffer.from(await wb.xlsx.writeBuffer());
  ws.getRow(6).values = ["Lĩnh vực không có", "Nội dung khác", "Sáng kiến", "", "Cấp Sở", "31/02/2026", ""];
  const bad = Buffer.from(await wb.xlsx.writeBuffer());

  // A faulty file: nothing is added, the errors are listed by row and column.
  await panel.getByLabel("Tệp Mẫu 1 đã điền (.xlsx)").setInputFiles({ name: "mau-1-loi.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: bad });
  await panel.getByRole("button", { name: "Nhập vào bản nháp" }).click();
  await expect(panel.getByText("chưa nhập dòng nào")).toBeVisible({ timeout: 30_000 });
  const issues = panel.locator("[data-import-issues]");
  const fieldError = issues.getByRole("row").filter({ hasText: "không thuộc kế hoạch" });
  await expect(fieldError.getByRole("cell").nth(0)).toHaveText("6");
  await expect(fieldError.getByRole("cell").nth(1)).toHaveText("Lĩnh vực");
  await expect(issues.getByRole("row").filter({ hasText: "Dự kiến tiến độ hoàn thành" }).getByRole("cell").nth(0)).toHaveText("6");

  // The good file: the row is in the draft.
  await panel.getByLabel("Tệp Mẫu 1 đã điền (.xlsx)").setInputFiles({ name: "mau-1.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: good });
  await panel.getByRole("button", { name: "Nhập vào bản nháp" }).click();
  await expect(panel.getByText("Đã thêm 1 nội dung vào bản nháp Mẫu 1.")).toBeVisible({ timeout: 30_000 });
  // The editor starts afresh from the saved draft, with the imported row in it.
  const contents = () => page.getByRole("textbox", { name: "Nội dung đăng ký" }).evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
  await expect.poll(contents, { timeout: 30_000 }).toContain(content);

  // The same file again adds nothing.
  await panel.getByLabel("Tệp Mẫu 1 đã điền (.xlsx)").setInputFiles({ name: "mau-1.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: good });
  await panel.getByRole("button", { name: "Nhập vào bản nháp" }).click();
  await expect(panel.getByText("Bỏ qua 1 dòng đã có trong biểu mẫu.")).toBeVisible({ timeout: 30_000 });
});
