import { chooseInCombobox, confirmDialog, expect, login, test } from "./fixtures";

/**
 * The emulation standing office keeps its award forms and its council. The journey leaves the demo
 * data as it found it for the journeys after it: the form it creates is deleted again, the member it
 * adds leaves the council again.
 */

test("the standing office creates an award form and edits its voting rule with a live preview, then deletes it unused", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "thuongtruc.tdkt");
  await page.getByRole("link", { name: "Khen thưởng", exact: true }).first().click();
  await expect(page.getByRole("heading", { name: "Khen thưởng", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Hình thức khen thưởng" }).click();
  await expect(page.getByRole("heading", { name: "Hình thức khen thưởng", level: 1 })).toBeVisible();

  // The demo forms are listed with their rule; the voting rule of a form on a session being voted is
  // frozen (integration tests cover it: journeys before this one close the demo sessions).
  await expect(page.getByRole("row").filter({ hasText: "Giấy khen của Giám đốc Sở" })).toContainText("Tán thành trên 50% tổng số thành viên");

  // A new form of its own: bad shares are refused next to the fields, then the rule is typed and saved.
  const name = `Giấy khen đột xuất (kiểm thử ${Date.now()})`;
  await page.goto("/awards/forms");
  await page.getByRole("link", { name: "Thêm hình thức khen thưởng" }).click();
  await page.getByLabel("Tên hình thức khen thưởng").fill(name);
  await page.getByLabel("Tỷ lệ có mặt").fill("3/2");
  await page.getByLabel("Tỷ lệ tán thành").fill("0%");
  await page.getByRole("button", { name: "Tạo hình thức khen thưởng" }).click();
  await expect(page.locator("#quorumShare-error")).toContainText("dạng phân số (2/3) hoặc phần trăm (50%)");
  await expect(page.locator("#thresholdShare-error")).toContainText("lớn hơn 0");
  await page.getByLabel("Tỷ lệ có mặt").fill("3/4");
  await page.getByLabel("Tỷ lệ tán thành").fill("90%");
  await page.getByLabel("Số phiếu tán thành").selectOption("AT_LEAST");
  await page.getByLabel("Tính trên").selectOption("VOTES_CAST");
  const preview = page.getByTestId("rule-preview");
  // 3/4 is shown as the whole percent it is.
  await expect(preview).toContainText("ít nhất 75% số thành viên Hội đồng có mặt");
  await expect(preview).toContainText("từ 90% trở lên số phiếu biểu quyết của thành viên có mặt tán thành");
  // The council of Sở QH-KT has 7 members: 3/4 of 7 → 6 present; 90 % of 7 ballots → 7.
  await expect(preview).toContainText("cần ít nhất 6 thành viên có mặt");
  await expect(preview).toContainText("cần ít nhất 7 phiếu tán thành");
  await page.getByRole("button", { name: "Tạo hình thức khen thưởng" }).click();
  await page.waitForURL(/\/awards\/forms\?org=.*saved=created/);
  await expect(page.getByText("Đã tạo hình thức khen thưởng.")).toBeVisible();

  // Edit its rule: more than half of the members.
  await page.getByRole("link", { name: `Sửa ${name}` }).first().click();
  await expect(page.getByLabel("Tỷ lệ có mặt")).toHaveValue("75%");
  await page.getByLabel("Số thành viên có mặt").selectOption("AT_LEAST");
  await page.getByLabel("Tỷ lệ có mặt").fill("2/3");
  await page.getByLabel("Số phiếu tán thành").selectOption("MORE_THAN");
  await page.getByLabel("Tỷ lệ tán thành").fill("50 %");
  await page.getByLabel("Tính trên").selectOption("MEMBERS");
  await expect(page.getByTestId("rule-preview")).toContainText("trên 50% tổng số thành viên Hội đồng tán thành");
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await page.waitForURL(/saved=updated/);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("Có mặt ít nhất 2/3");
  await expect(row).toContainText("Tán thành trên 50% tổng số thành viên");

  // Unused: it can be deleted (a used form only deactivated).
  await row.getByRole("button", { name: `Xoá ${name}` }).click();
  await confirmDialog(page, "Xoá");
  await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);
});

test("the standing office adds a person to the council by a search without diacritics, then lets them go", async ({ page }) => {
  await login(page, "thuongtruc.tdkt");
  await page.goto("/awards/council");
  await expect(page.getByRole("heading", { name: "Thành viên (7)" })).toBeVisible();

  const add = page.getByRole("form", { name: "Thêm thành viên Hội đồng" });
  await chooseInCombobox(page, "Người được bổ sung", "ngoc anh", /^Phan Thị Ngọc Ánh\s*bancd/);
  await expect(add.getByRole("combobox", { name: "Người được bổ sung" })).toHaveText("Phan Thị Ngọc Ánh");
  // A second chair is refused next to the field.
  await add.getByLabel("Chức danh trong Hội đồng").selectOption("CHAIR");
  await add.getByRole("button", { name: "Thêm vào Hội đồng" }).click();
  await expect(page.locator("#position-error")).toContainText("Hội đồng đã có Chủ tịch (Nguyễn Thanh Nhã)");
  await add.getByLabel("Chức danh trong Hội đồng").selectOption("MEMBER");
  await add.getByRole("button", { name: "Thêm vào Hội đồng" }).click();
  await expect(add.getByText("Đã thêm Phan Thị Ngọc Ánh vào Hội đồng (Ủy viên).")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Thành viên (8)" })).toBeVisible();
  const list = page.getByRole("list", { name: "Danh sách thành viên Hội đồng" });
  await expect(list.getByRole("listitem").last()).toContainText("Phan Thị Ngọc Ánh");

  // Moved up one place, then let go: the council is back to its seven members.
  await page.getByRole("button", { name: "Đưa Phan Thị Ngọc Ánh lên trên" }).click();
  await expect(list.getByRole("listitem").nth(6)).toContainText("Phan Thị Ngọc Ánh");
  await page.getByRole("button", { name: "Cho thôi: Phan Thị Ngọc Ánh" }).click();
  await confirmDialog(page, "Cho thôi");
  await expect(page.getByRole("heading", { name: "Thành viên (7)" })).toBeVisible();
  await expect(list.getByRole("listitem").filter({ hasText: "Phan Thị Ngọc Ánh" })).toContainText("Đã thôi");
});
