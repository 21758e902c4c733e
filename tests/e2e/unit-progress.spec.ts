import type { Locator, Page } from "@playwright/test";
import { confirmDialog, expect, login, test } from "./fixtures";

/**
 * A unit head keeps an initiative's progress current: the head of Phòng Quy hoạch khu vực 1 opens
 * the progress page of plan 1128/KH-SQHKT (demo data: the unit's Mẫu 1 was accepted), records the
 * status and a result figure (a wrong figure is refused next to its box), uploads a small PDF as
 * evidence, downloads it, and finally removes the figure and the file again so that the demo data
 * stays as it was.
 */

const CAMPAIGN = "demo-campaign-1128-2022";
const stamp = Date.now();
const indicator = `Tỷ lệ hồ sơ giải quyết đúng hạn (${stamp})`;
const fileName = `Minh chứng kết quả ${stamp}.pdf`;
const pdf = Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% ${stamp}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`);

/** The figure row whose "Chỉ tiêu" box holds `text` (values live in the DOM, not in attributes). */
async function figureRow(page: Page, text: string): Promise<Locator> {
  const rows = page.locator("fieldset[data-result-row]");
  let index = -1;
  await expect
    .poll(async () => {
      const values = await rows.evaluateAll((els) => els.map((el) => (el.querySelector("input") as HTMLInputElement | null)?.value ?? ""));
      index = values.indexOf(text);
      return index;
    })
    .toBeGreaterThanOrEqual(0);
  return rows.nth(index);
}

test("a unit head records progress and a figure, uploads a PDF as evidence and downloads it", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "truongphong.qhkv1");

  // 1. The unit's initiatives of the campaign, grouped by reform field, with counts per status.
  await page.goto(`/unit/campaigns/${CAMPAIGN}/progress`);
  await expect(page.getByRole("heading", { level: 1, name: "Tiến độ, kết quả và minh chứng" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("progress-counts")).toContainText("Tất cả");
  const block = page.locator('section[data-field-block="Cải cách thủ tục hành chính"]');
  await block.locator("li[data-initiative-row]").first().getByRole("link", { name: /^Cập nhật/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Tiến độ và kết quả" })).toBeVisible({ timeout: 30_000 });
  const initiativeUrl = page.url();

  // What the demo data says now, to put it back at the end.
  const form = page.getByRole("form", { name: "Cập nhật tiến độ và kết quả" });
  const original = {
    status: (await form.locator('input[name="progress"]:checked').getAttribute("value")) ?? "NOT_STARTED",
    note: await form.getByLabel("Ghi chú tiến độ").inputValue(),
    date: "",
  };

  // 2. "Completed" needs a date: the message shows next to the field.
  await form.getByLabel("Đã hoàn thành").check();
  original.date = await form.getByLabel("Ngày hoàn thành").inputValue();
  await form.getByLabel("Ngày hoàn thành").fill("");
  await form.getByRole("button", { name: "Lưu tiến độ và kết quả" }).click();
  await expect(form.getByText("Vui lòng nhập ngày hoàn thành.")).toBeVisible();

  // 3. In progress, with a figure; a figure that is not a number is refused, the typed text stays.
  await form.getByLabel("Đang triển khai").check();
  await form.getByLabel("Ghi chú tiến độ").fill("Đã áp dụng thí điểm tại bộ phận một cửa.");
  await form.getByRole("button", { name: "+ Thêm chỉ tiêu" }).click();
  const row = form.locator("fieldset[data-result-row]").last();
  await row.getByRole("textbox", { name: "Chỉ tiêu", exact: true }).fill(indicator);
  await row.getByLabel("Đơn vị tính").fill("%");
  await row.getByLabel("Trước khi áp dụng").fill("92,5");
  await row.getByLabel("Sau khi áp dụng").fill("chín mươi chín");
  await form.getByRole("button", { name: "Lưu tiến độ và kết quả" }).click();
  await expect(row.getByText("Giá trị phải là số")).toBeVisible();
  await expect(row.getByLabel("Sau khi áp dụng")).toHaveValue("chín mươi chín");
  await row.getByLabel("Sau khi áp dụng").fill("99");
  await form.getByRole("button", { name: "Lưu tiến độ và kết quả" }).click();
  await expect(form.locator('[data-alert="success"]')).toContainText("Đã lưu tiến độ và kết quả", { timeout: 20_000 });

  // Saved: after a reload the figure is there, with its decimal comma.
  await page.reload();
  const saved = await figureRow(page, indicator);
  await expect(saved.getByLabel("Trước khi áp dụng")).toHaveValue("92,5");
  await expect(saved.getByLabel("Sau khi áp dụng")).toHaveValue("99");

  // 4. Evidence: a file over 20 MB is refused at once; a program named .pdf is refused by the server; a PDF goes through.
  const panel = page.getByTestId("evidence-panel");
  await expect(panel.getByText("Tối đa 20 MB mỗi tệp; PDF, Word, Excel, ảnh").first()).toBeVisible();
  const chooser = panel.getByLabel("Chọn tệp minh chứng");
  // 21 MB travel through the browser's protocol: on a busy machine that takes longer than one action's 15 s.
  await chooser.setInputFiles({ name: "qua-lon.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(21 * 1024 * 1024, 0x20) }, { timeout: 90_000 });
  await expect(panel.getByText("Tệp “qua-lon.pdf” lớn hơn 20 MB").first()).toBeVisible();
  const mz = Buffer.alloc(512);
  mz.write("MZ");
  await chooser.setInputFiles({ name: "bao-cao.pdf", mimeType: "application/pdf", buffer: mz });
  await panel.getByRole("button", { name: "Tải lên" }).click();
  await expect(panel.getByTestId("upload-outcomes")).toContainText("là tệp chương trình (tệp thực thi)", { timeout: 20_000 });

  await chooser.setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: pdf });
  await panel.getByRole("button", { name: "Tải lên" }).click();
  await expect(panel.getByTestId("upload-outcomes")).toContainText(`Đã tải lên “${fileName}”`, { timeout: 20_000 });
  const line = panel.locator(`li[data-evidence-file="${fileName}"]`);
  await expect(line).toBeVisible({ timeout: 20_000 });

  // 5. Download it: the original name, the same bytes.
  const [download] = await Promise.all([page.waitForEvent("download"), line.getByRole("link", { name: `Tải xuống “${fileName}”` }).click()]);
  expect(download.suggestedFilename()).toBe(fileName);
  const path = await download.path();
  const fs = await import("node:fs");
  expect(fs.readFileSync(path).equals(pdf)).toBe(true);

  // 6. Another unit's head cannot open the initiative (404).
  const other = await page.context().browser()!.newContext({ baseURL: new URL(initiativeUrl).origin });
  const otherPage = await other.newPage();
  await login(otherPage, "truongphong.qhkv2");
  const res = await otherPage.goto(initiativeUrl);
  expect(res?.status()).toBe(404);
  await other.close();

  // 7. Clean up: delete the (unlocked) file, remove the figure and put the status and note back.
  await line.getByRole("button", { name: `Xoá “${fileName}”` }).click();
  await confirmDialog(page, "Xoá tệp");
  await expect(panel.locator(`li[data-evidence-file="${fileName}"]`)).toHaveCount(0, { timeout: 20_000 });
  const figure = await figureRow(page, indicator);
  await figure.getByRole("button", { name: /^Xoá chỉ tiêu/ }).click();
  await form.locator(`input[name="progress"][value="${original.status}"]`).check();
  if (original.status === "COMPLETED") await form.getByLabel("Ngày hoàn thành").fill(original.date);
  await form.getByLabel("Ghi chú tiến độ").fill(original.note);
  await page.getByRole("button", { name: "Lưu tiến độ và kết quả" }).click();
  await expect(form.locator('[data-alert="success"]')).toContainText("Đã lưu tiến độ và kết quả", { timeout: 20_000 });
});
