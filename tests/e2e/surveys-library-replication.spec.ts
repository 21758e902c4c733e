import { confirmDialog, expect, login, test } from "./fixtures";

/**
 * Issue 13 journeys on the demo data (prisma/seed/demo-issue13.ts):
 * - Sở Nội vụ's officer (noivu) makes a survey plan, a round, a team, schedules a visit and announces it;
 * - the visited unit's head (truongphong.qhkv1) finds the report on "Việc cần làm", fills and sends it;
 * - a team member (bancd) records findings at that visit;
 * - a unit head assigned the GIS map's replication (truongphong.qhht) adopts it, records a figure, reports;
 * - a unit head (truongphong.qhkv2) finds the model in the library without diacritics and sees where it spread.
 * Each journey changes rows no other journey reads (its own plan; qhkv1's draft report of Đợt 2; qhht's
 * adoption), so they run in any order.
 */

const dmy = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000);
  return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
};

test("the office plans a survey, builds the team, schedules a visit and announces it", async ({ page }) => {
  await login(page, "noivu");
  await page.goto("/surveys/new");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Tên kế hoạch").fill("Kế hoạch khảo sát thử nghiệm e2e");
  await page.getByLabel("Từ ngày").fill(dmy(-1));
  await page.getByLabel("Đến ngày").fill(dmy(-3)); // end before start: refused at the field
  await page.getByRole("button", { name: "Lập kế hoạch" }).click();
  await expect(page.locator("[data-field-error]").first()).toContainText("Ngày kết thúc");
  await page.getByLabel("Đến ngày").fill(dmy(60));
  await page.getByRole("button", { name: "Lập kế hoạch" }).click();
  await expect(page).toHaveURL(/\/surveys\/(?!new)[^/]+$/);
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Tạo đợt khảo sát" }).click();
  await expect(page).toHaveURL(/\/surveys\/rounds\/[^/]+$/);
  const roundUrl = page.url();

  for (const [who, role] of [
    ["thanh tam", "Trưởng đoàn"],
    ["ngoc anh", "Thành viên"],
  ] as const) {
    await page.getByLabel(/Tìm người để thêm vào đoàn/).fill(who);
    await page.getByRole("button", { name: "Tìm", exact: true }).first().click();
    await page.waitForLoadState("networkidle");
    await page.getByRole("combobox", { name: "Người", exact: true }).selectOption({ index: 1 });
    await page.getByLabel("Vai trò trong đoàn").selectOption({ label: role });
    await page.getByRole("button", { name: "Thêm vào đoàn" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã thêm thành viên đoàn" })).toBeVisible();
  }
  await expect(page.getByTestId("team-member")).toHaveCount(2);

  await page.goto(`${roundUrl}?unit=demo-kt`);
  await page.waitForLoadState("networkidle");
  const visit = page.getByRole("form", { name: "Lên lịch khảo sát" });
  await visit.getByLabel("Ngày khảo sát").fill(dmy(90)); // outside the plan's period
  await visit.getByLabel("Địa điểm").fill("Phòng họp Phòng Kiến trúc");
  await visit.getByLabel("Người liên hệ").fill("Trưởng phòng Kiến trúc");
  await visit.getByRole("checkbox").first().check();
  await visit.getByRole("button", { name: "Lên lịch khảo sát" }).click();
  await expect(visit.locator("[data-field-error]").first()).toContainText("trong thời gian của kế hoạch");
  await visit.getByLabel("Ngày khảo sát").fill(dmy(20));
  await visit.getByRole("button", { name: "Lên lịch khảo sát" }).click();
  await expect(page.getByTestId("survey-visit")).toHaveCount(1);

  await page.getByRole("button", { name: "Thông báo đợt khảo sát" }).click();
  await confirmDialog(page, "Gửi thông báo");
  await expect(page.getByText("Đã thông báo", { exact: true }).first()).toBeVisible();
});

test("the visited unit's head fills the report from the to-do list and sends it", async ({ page }) => {
  await login(page, "truongphong.qhkv1");
  await page.goto("/todo");
  const task = page.locator('[data-portal-task="SURVEY_REPORT"]').first();
  await expect(task).toContainText("Báo cáo phục vụ khảo sát");
  await task.getByRole("link", { name: /Lập báo cáo/ }).click();
  await expect(page).toHaveURL(/\/unit\/surveys\/demo-survey-visit-qhkv1$/);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Kết quả đạt được").first().fill("Thời gian thẩm định giảm còn 20 ngày làm việc.");
  // Leaving with unsaved text asks first; staying keeps what was typed.
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Việc cần làm" }).click();
  const leave = page.getByRole("alertdialog");
  await expect(leave).toContainText("chưa lưu");
  await leave.getByRole("button", { name: "Ở lại" }).click();
  await expect(page.getByLabel("Kết quả đạt được").first()).toHaveValue("Thời gian thẩm định giảm còn 20 ngày làm việc.");
  await page.getByLabel("Tỷ lệ hài lòng (%), nếu có số liệu").first().fill("120");
  await page.getByRole("button", { name: "Lưu báo cáo" }).click();
  await expect(page.locator("[data-field-error]").first()).toContainText("từ 0 đến 100");
  await page.getByLabel("Tỷ lệ hài lòng (%), nếu có số liệu").first().fill("93,5");
  await page.getByLabel("Hạn chế").first().fill("Chưa liên thông dữ liệu với phường.");
  await page.getByRole("button", { name: "Lưu báo cáo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu báo cáo" })).toBeVisible();
  // The page has refreshed with the saved version (the demo draft was version 1) before it is sent.
  await expect(page.locator('input[name="lockVersion"]').last()).toHaveValue("2");
  await page.getByRole("button", { name: "Gửi báo cáo cho đoàn khảo sát" }).click();
  await confirmDialog(page, "Gửi báo cáo");
  await expect(page.getByText(/Đã gửi \d/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Lưu báo cáo" })).toHaveCount(0);
});

test("a team member records findings at a visit of the announced round", async ({ page }) => {
  await login(page, "bancd");
  await page.goto("/surveys");
  await page.getByTestId("my-survey-round").filter({ hasText: "Đợt 2" }).getByRole("link", { name: "Phòng Quy hoạch khu vực 2" }).click();
  await expect(page).toHaveURL(/\/visits\/demo-survey-visit-qhkv2$/);
  await page.waitForLoadState("networkidle");
  const form = page.getByRole("form", { name: "Kết quả khảo sát của tôi" }).first();
  await form.getByLabel("Kết quả đạt được").fill("Cơ sở dữ liệu đồ án đã dùng trong thẩm định.");
  await form.getByLabel("Tác động đến sự hài lòng của người dân, doanh nghiệp").selectOption({ label: "Có tác động" });
  await form.getByRole("button", { name: "Lưu kết quả khảo sát" }).click();
  await expect(form.getByRole("status")).toContainText("Đã lưu kết quả khảo sát");
});

test("an assigned unit adopts the model from its to-do list, records a figure and reports", async ({ page }) => {
  await login(page, "truongphong.qhht");
  await page.goto("/todo");
  const task = page.locator('[data-portal-task="REPLICATION"]').first();
  await expect(task).toContainText("Nhân rộng mô hình");
  await task.getByRole("link", { name: /Đăng ký nhân rộng/ }).click();
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Ngày bắt đầu áp dụng (nếu đã bắt đầu)").fill(dmy(0));
  await page.getByRole("button", { name: "Đăng ký nhân rộng" }).click();
  await expect(page).toHaveURL(/\/unit\/replication\/[^/]+$/);
  await page.waitForLoadState("networkidle");
  const result = page.getByRole("form", { name: "Thêm kết quả bằng số liệu" });
  await result.getByLabel("Chỉ tiêu").fill("Thời gian tra cứu một hồ sơ");
  await result.getByLabel("Đơn vị tính").fill("giờ");
  await result.getByLabel("Trước khi áp dụng").fill("8");
  await result.getByLabel("Sau khi áp dụng").fill("1,5");
  await result.getByRole("button", { name: "Thêm kết quả" }).click();
  await expect(page.getByText("Thời gian tra cứu một hồ sơ:")).toBeVisible();
  await page.getByRole("textbox", { name: "Báo cáo kết quả nhân rộng" }).fill("Phòng đã áp dụng bản đồ số cho 12 đồ án hạ tầng; thời gian tra cứu giảm còn 1,5 giờ.");
  await page.getByRole("button", { name: "Gửi báo cáo kết quả" }).click();
  await confirmDialog(page, "Gửi báo cáo");
  await expect(page.getByText("Đã báo cáo", { exact: true })).toBeVisible();
});

test("a unit head finds a model in the library without diacritics and sees where it spread", async ({ page }) => {
  await login(page, "truongphong.qhkv2");
  await page.goto("/library");
  await page.getByLabel("Từ khóa").fill("ban do so quy hoach");
  await page.getByRole("button", { name: "Tìm", exact: true }).click();
  await expect(page.getByTestId("library-model")).toHaveCount(1);
  await page.getByTestId("library-model").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("bản đồ số quy hoạch");
  await expect(page.getByTestId("spread-count")).toContainText("Đã nhân rộng tại");
  await expect(page.getByText("Phòng Quy hoạch khu vực 2").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "In trang" })).toBeVisible();
});
