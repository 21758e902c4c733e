import { expect, login, test } from "./fixtures";

const CAMPAIGN = "demo-campaign-sqhkt-current";
// Initiatives of forms no other journey changes (office-review.spec returns Phòng Kiến trúc's, unit-head.spec
// submits Phòng QHKV1's); nothing else marks typical initiatives in this plan.
const PICKS = [
  "Trợ lý ảo trả lời câu hỏi thường gặp về thông tin quy hoạch", // Phòng Quản lý quy hoạch - kiến trúc (accepted)
  "Đánh giá, xếp loại công chức theo kết quả công việc hằng tháng trên phần mềm", // Văn phòng Sở (accepted)
];

test("the director marks two initiatives as typical and sees them in the list sent up", async ({ page }) => {
  await login(page, "giamdoc");
  await page.goto(`/campaigns/${CAMPAIGN}/typical`);
  await expect(page.getByRole("heading", { level: 1, name: "Mô hình, giải pháp, sáng kiến tiêu biểu" })).toBeVisible();
  const sendUp = page.locator("[data-typical-list]");

  for (const content of PICKS) {
    const box = page.getByRole("checkbox", { name: `Tiêu biểu: ${content}` });
    await box.check();
    await expect(box).toBeChecked();
    await expect(box).toBeEnabled(); // saved
  }
  await page.reload();
  for (const content of PICKS) {
    await expect(page.getByRole("checkbox", { name: `Tiêu biểu: ${content}` })).toBeChecked();
    await expect(sendUp).toContainText(content);
  }
  // the current plan answers the City's plan: its list goes to Sở Nội vụ (on screen, and in the printed
  // official document, which is in the page but shown only in print)
  await expect(page.getByText("Kính gửi: Sở Nội vụ").first()).toBeVisible();
  await page.emulateMedia({ media: "print" });
  const printed = page.locator("article.nd30");
  await expect(printed).toBeVisible();
  await expect(printed).toContainText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  await expect(printed).toContainText("Kính gửi: Sở Nội vụ");
  await expect(printed).toContainText("/BC-SQHKT");
  for (const content of PICKS) await expect(printed).toContainText(content);
  await page.emulateMedia({ media: "screen" });

  // the list can be filtered to the typical ones only
  await page.getByLabel("Chỉ mô hình, giải pháp, sáng kiến tiêu biểu").check();
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/typical=1/);
  await expect(page.getByRole("checkbox", { name: /^Tiêu biểu: / })).toHaveCount(PICKS.length);

  // the export of the list
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải Excel (XLSX)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^danh-sach-tieu-bieu-.+\.xlsx$/);
});
