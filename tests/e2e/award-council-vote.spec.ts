import { confirmDialog, expect, login, logout, recordServerRequests, test } from "./fixtures";

/**
 * Council members vote from their browser (issue 5, item 4), on the demo sessions:
 * - demo-session-voting (open ballot, 7 convened; phogiamdoc, chanhvanphong and chanhthanhtra are
 *   present and agreed on all three proposals): hoidong and then giamdoc (the chair) mark present and
 *   vote, the chair closes the ballot, the results page shows each outcome and why.
 * - demo-session-secret (secret ballot): hoidong votes and changes the vote; their own vote is shown
 *   again after a reload (recomputed from the key of their sign-in).
 * This journey closes demo-session-voting: its three proposals end APPROVED, APPROVED and REJECTED.
 */

test("open ballot: two members mark present and vote, the chair closes it and the results show the outcomes", async ({ page }) => {
  await login(page, "hoidong");
  await page.goto("/council");
  await page.getByRole("link", { name: /\(đợt 2\)$/ }).click();
  await expect(page).toHaveURL(/\/council\/sessions\/demo-session-voting$/, { timeout: 30_000 });
  await expect(page.getByText("Biểu quyết công khai:", { exact: false })).toBeVisible();

  const items = page.getByTestId("ballot-item");
  await expect(items).toHaveCount(3);
  // Before attendance the choices cannot be used.
  await expect(items.first().getByRole("radio", { name: "Đồng ý", exact: true })).toBeDisabled();
  // The proposal admitted despite a failed hard criterion shows the office's justification.
  await expect(items.nth(2).getByText("Chưa đạt tiêu chí bắt buộc")).toBeVisible();
  await expect(items.nth(2).getByText(/Lý do Thường trực vẫn trình Hội đồng/)).toBeVisible();

  await page.getByRole("button", { name: "Tôi có mặt" }).click();
  await expect(page.getByTestId("present-note")).toBeVisible({ timeout: 30_000 });
  await items.nth(0).getByRole("radio", { name: "Đồng ý", exact: true }).check();
  await items.nth(1).getByRole("radio", { name: "Không đồng ý", exact: true }).check();
  await items.nth(2).getByRole("radio", { name: "Không biểu quyết", exact: true }).check();
  // The vote is one request: the action's answer carries the ballot re-rendered (no refresh after it).
  const recording = recordServerRequests(page);
  await page.getByRole("button", { name: "Ghi nhận biểu quyết" }).click();
  await expect(page.getByText(/Đã ghi nhận biểu quyết: 3 đề nghị mới/)).toBeVisible({ timeout: 30_000 });
  await expect(items.nth(0).getByTestId("my-vote")).toHaveText("Bạn đã biểu quyết: Đồng ý");
  await expect(items.nth(1).getByTestId("my-vote")).toHaveText("Bạn đã biểu quyết: Không đồng ý");
  await expect(items.nth(2).getByTestId("my-vote")).toHaveText("Bạn đã biểu quyết: Không biểu quyết");
  await page.waitForTimeout(500);
  expect(recording.stop()).toEqual(["POST action"]);
  // A member who is not the chair has no close button and sees no counts.
  await expect(page.getByRole("button", { name: /Kết thúc biểu quyết/ })).toHaveCount(0);
  await expect(page.getByTestId("ballots-cast")).toHaveCount(0);
  await logout(page);

  await login(page, "giamdoc");
  await page.goto("/council/sessions/demo-session-voting");
  await page.getByRole("button", { name: "Tôi có mặt" }).click();
  await expect(page.getByTestId("present-note")).toBeVisible({ timeout: 30_000 });
  await items.nth(0).getByRole("radio", { name: "Đồng ý", exact: true }).check();
  await items.nth(1).getByRole("radio", { name: "Đồng ý", exact: true }).check();
  await items.nth(2).getByRole("radio", { name: "Không đồng ý", exact: true }).check();
  await page.getByRole("button", { name: "Ghi nhận biểu quyết" }).click();
  await expect(page.getByText(/Đã ghi nhận biểu quyết/)).toBeVisible();

  // The chair sees attendance and how many ballots each item received, not their content.
  const panel = page.getByTestId("chair-panel");
  await expect(panel).toContainText("Có mặt 5/7 thành viên");
  await expect(items.nth(0).getByTestId("ballots-cast")).toHaveText("Đã nhận 5/5 phiếu của thành viên có mặt");
  await panel.getByRole("button", { name: "Kết thúc biểu quyết…" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("Có mặt 5/7 thành viên.");
  await confirmDialog(page, "Kết thúc biểu quyết");
  await expect(page.getByTestId("closed-summary")).toContainText("Kết quả: 2 tán thành, 1 không tán thành.", { timeout: 30_000 });
  await expect(page.getByTestId("session-status")).toContainText("Đã kết thúc biểu quyết");

  await page.getByRole("link", { name: "Xem kết quả biểu quyết" }).click();
  await expect(page).toHaveURL(/\/council\/sessions\/demo-session-voting\/results$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { name: "3 đề nghị: 2 tán thành, 1 không tán thành" })).toBeVisible();
  const results = page.getByTestId("result-item");
  await expect(results.nth(0).getByTestId("result-reason")).toHaveText("5/5 phiếu tán thành, cần ít nhất 2/3 số phiếu biểu quyết (tối thiểu 4)");
  await expect(results.nth(1).getByTestId("result-reason")).toHaveText("4/7 tán thành, cần trên 50% tổng số thành viên (tối thiểu 4)");
  await expect(results.nth(2).getByTestId("result-reason")).toHaveText("3/5 phiếu tán thành, cần ít nhất 2/3 số phiếu biểu quyết (tối thiểu 4)");
  await expect(results.nth(2)).toContainText("Không tán thành");
  // Open ballot: each member's vote is published.
  await expect(results.nth(1).getByTestId("member-votes")).toContainText("Không đồng ý (1): Tạ Thị Bích Ngọc");
});

test("secret ballot: a member votes, changes the vote, and sees their own choice again after a reload", async ({ page }) => {
  await login(page, "hoidong");
  await page.goto("/council/sessions/demo-session-secret");
  await expect(page.getByText(/Bỏ phiếu kín: phiếu của bạn được lưu dưới một mã/)).toBeVisible();
  await page.getByRole("button", { name: "Tôi có mặt" }).click();
  await expect(page.getByTestId("present-note")).toBeVisible({ timeout: 30_000 });

  const item = page.getByTestId("ballot-item").first();
  await expect(item.getByTestId("my-vote")).toHaveText("Bạn chưa biểu quyết đề nghị này.");
  await item.getByRole("radio", { name: "Đồng ý", exact: true }).check();
  await page.getByRole("button", { name: "Ghi nhận biểu quyết" }).click();
  await expect(page.getByText(/Đã ghi nhận biểu quyết: 1 đề nghị mới/)).toBeVisible();
  await expect(item.getByTestId("my-vote")).toHaveText("Bạn đã biểu quyết: Đồng ý");

  await item.getByRole("radio", { name: "Không đồng ý", exact: true }).check();
  await page.getByRole("button", { name: "Ghi nhận biểu quyết" }).click();
  await expect(page.getByText(/Đã ghi nhận biểu quyết: 1 đề nghị thay đổi/)).toBeVisible();
  await expect(item.getByTestId("my-vote")).toHaveText("Bạn đã biểu quyết: Không đồng ý");

  await page.reload();
  await expect(page.getByTestId("ballot-item").first().getByTestId("my-vote")).toHaveText("Bạn đã biểu quyết: Không đồng ý");
  await expect(page.getByTestId("ballot-item").first().getByRole("radio", { name: "Không đồng ý", exact: true })).toBeChecked();
});
