import fs from "node:fs";
import ExcelJS from "exceljs";
import { chooseInCombobox, expect, login, test } from "./fixtures";

/**
 * The City's CCHC office (noivu) receives Sở Nội vụ's Mẫu 1 on paper for the City's current plan and
 * records it from the Excel template: the empty form is refused field by field, the recorded form is
 * listed with its number and day, and its review page says it came on paper. Demo data: Sở Nội vụ
 * takes part in demo-campaign-city-current and has not registered; no other journey touches that form.
 */

const CAMPAIGN = "demo-campaign-city-current";
const UNIT = "Sở Nội vụ";

function todayVN() {
  const d = new Date(Date.now() + 7 * 3600_000);
  return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
}

test("the City's office records a unit's Mẫu 1 received on paper and finds it marked as such", async ({ page }) => {
  const content = `Một cửa liên thông hồ sơ công vụ (${Date.now()})`;
  await login(page, "noivu");
  await page.goto(`/campaigns/${CAMPAIGN}/paper`);
  await expect(page.getByRole("heading", { name: "Nhận Mẫu 1 bản giấy" })).toBeVisible({ timeout: 60_000 });
  const recorded = page.locator("[data-paper-recorded]");

  // A retry after the recording went through finds it listed: only the checks below are repeated.
  if ((await recorded.count()) === 0 || !(await recorded.getByRole("link", { name: UNIT }).count())) {
    const submit = page.getByRole("button", { name: "Ghi nhận bản giấy" });
    await expect(async () => {
      await submit.click();
      await expect(page.getByText("Vui lòng chọn đơn vị.")).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await expect(page.getByText("Vui lòng nhập người ký bản giấy.")).toBeVisible();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải tệp mẫu Mẫu 1 của kế hoạch (.xlsx)" }).click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
    const firstField = String(wb.getWorksheet("Danh mục")!.getCell("A1").value);
    wb.getWorksheet("Mẫu 1")!.getRow(5).values = [firstField, content, "Giải pháp", "", "Cấp Thành phố", `30/11/${new Date().getFullYear() + 1}`, "Theo văn bản giấy"];
    const file = Buffer.from(await wb.xlsx.writeBuffer());

    await chooseInCombobox(page, "Đơn vị gửi bản giấy", "noi vu", UNIT);
    await page.getByLabel("Số, ký hiệu văn bản").fill("45/ĐK-SNV");
    await page.getByLabel("Ngày Bộ phận CCHC nhận").fill(todayVN());
    await page.getByLabel("Người ký bản giấy").fill("Phạm Thị Hoa, Giám đốc Sở");
    await page.getByLabel("Tệp Mẫu 1 đã nhập từ bản giấy (.xlsx)").setInputFiles({ name: "mau-1-snv.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: file });
    await submit.click();
    await expect(page.getByText(`Đã ghi nhận Mẫu 1 bản giấy của ${UNIT}: phiên bản 1, 1 nội dung, đúng hạn.`)).toBeVisible({ timeout: 30_000 });
  }

  await expect(recorded.getByRole("row").filter({ hasText: UNIT })).toContainText("45/ĐK-SNV");
  await recorded.getByRole("link", { name: UNIT }).click();
  await expect(page.getByRole("heading", { name: `Mẫu 1 – ${UNIT}` })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText("Nộp bằng bản giấy (Bộ phận CCHC ghi nhận)")).toBeVisible();
  await expect(page.getByText(/^“Bản giấy số 45\/ĐK-SNV, nhận ngày/)).toBeVisible();
  await expect(page.getByText(/Người nhập:/)).toBeVisible();
});
