import { confirmDialog, expect, login, test } from "./fixtures";

// Demo data (prisma/seed/demo-awards.ts): in the Sở's current campaign, `demo-proposal-submitted`
// (Trần Thị Thanh Tâm, qhkv2, meets every criterion) and `demo-proposal-hard` (Phòng Kiến trúc,
// declared "Hoàn thành nhiệm vụ": fails a hard criterion) wait for the standing office. This journey
// admits both and puts them on a new session; it leaves `demo-proposal-admitted-1/-2` alone.
const CAMPAIGN = "demo-campaign-sqhkt-current";
const JUSTIFICATION = "Phòng đã khắc phục các hồ sơ chậm trong quý IV; Thường trực đề nghị Hội đồng xem xét do có mô hình thư viện mẫu thiết kế được Thành phố ghi nhận.";

test("the emulation standing office admits dossiers (a hard-criterion failure only with a justification) and prepares a council session up to the vote", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "thuongtruc.tdkt");

  // the campaign's proposals: counts per status, and the hard-criterion filter
  await page.goto(`/campaigns/${CAMPAIGN}/awards`);
  await expect(page.getByRole("heading", { name: "Đề nghị khen thưởng", level: 1 })).toBeVisible();
  // the two demo dossiers at least (award-unit-head.spec may have submitted another one, in any order)
  await expect(page.locator('a[data-status="SUBMITTED"] [data-count]')).toHaveText(/^[2-9]$/);
  await page.getByLabel("Không đạt tiêu chuẩn bắt buộc").check();
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/hard=1/);
  await expect(page.getByRole("rowheader").filter({ hasText: "Phòng Kiến trúc" })).toHaveCount(1);
  await expect(page.getByRole("rowheader").filter({ hasText: "Trần Thị Thanh Tâm" })).toHaveCount(0);

  // a dossier that meets every criterion: admitted at once
  await page.goto(`/campaigns/${CAMPAIGN}/awards/demo-proposal-submitted`);
  await expect(page.getByRole("heading", { name: "Hồ sơ đề nghị khen thưởng – Trần Thị Thanh Tâm" })).toBeVisible();
  await expect(page.getByTestId("proposal-dossier")).toContainText("Giấy khen của Giám đốc Sở");
  await page.getByRole("button", { name: "Tiếp nhận" }).click();
  await confirmDialog(page, "Tiếp nhận hồ sơ");
  await expect(page.locator('[data-alert="success"]')).toContainText("Đã tiếp nhận hồ sơ");
  await expect(page.getByTestId("proposal-status")).toContainText("Đủ điều kiện trình Hội đồng");

  // a hard-criterion failure: refused without a justification, admitted with one
  await page.goto(`/campaigns/${CAMPAIGN}/awards/demo-proposal-hard`);
  await expect(page.getByRole("heading", { name: "Hồ sơ đề nghị khen thưởng – Phòng Kiến trúc" })).toBeVisible();
  await expect(page.getByText("Hồ sơ không đạt tiêu chuẩn bắt buộc", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Tiếp nhận" }).click();
  await expect(page.locator("#justification-error")).toContainText("vui lòng ghi rõ lý do vẫn tiếp nhận");
  await expect(page.getByLabel("Giải trình lý do tiếp nhận")).toBeFocused();
  await page.getByLabel("Giải trình lý do tiếp nhận").fill(JUSTIFICATION);
  await page.getByRole("button", { name: "Tiếp nhận" }).click();
  await confirmDialog(page, "Tiếp nhận hồ sơ");
  await expect(page.locator('[data-alert="success"]')).toContainText("Đã tiếp nhận hồ sơ");
  await expect(page.getByTestId("admission-justification")).toHaveText(JUSTIFICATION);

  // a new session for the campaign
  await page.goto(`/campaigns/${CAMPAIGN}/council`);
  await expect(page.getByRole("heading", { name: "Phiên họp Hội đồng Thi đua - Khen thưởng" })).toBeVisible();
  await page.getByLabel("Tên phiên họp").fill("Phiên họp xét khen thưởng (đợt 3)");
  await page.getByLabel("Ngày họp").fill("18/12/2026");
  await page.getByLabel("Giờ họp (giờ Việt Nam)").fill("14:30");
  await page.getByLabel("Địa điểm").fill("Phòng họp số 2");
  await page.getByRole("button", { name: "Tạo phiên họp" }).click();
  await page.waitForURL(/\/council\/sessions\/[^/]+\/manage$/);
  await expect(page.getByRole("heading", { name: "Phiên họp xét khen thưởng (đợt 3)", level: 1 })).toBeVisible();
  await expect(page.getByText("18/12/2026 14:30").first()).toBeVisible();
  // every council member convened by default, the council's chair chairs
  await expect(page.getByText("Thành viên được triệu tập (7/7)")).toBeVisible();
  await expect(page.getByLabel("Chủ trì phiên họp")).toHaveValue(/.+/);
  await expect(page.getByRole("button", { name: "Mở biểu quyết" })).toBeDisabled();
  await expect(page.getByText("Chương trình phiên họp chưa có hồ sơ nào.")).toBeVisible();

  // add the two proposals admitted above
  await page.getByLabel(/Trần Thị Thanh Tâm/).check();
  await page.getByLabel(/Phòng Kiến trúc/).check();
  await page.getByRole("button", { name: /Đưa 2 hồ sơ đã chọn vào chương trình/ }).click();
  await expect(page.locator('[data-alert="success"]').first()).toContainText("Đã đưa 2 hồ sơ vào chương trình");
  const agenda = page.getByRole("list", { name: "Các hồ sơ trong chương trình phiên họp" });
  await expect(agenda.getByRole("listitem")).toHaveCount(2);
  const kt = agenda.getByRole("listitem").filter({ hasText: "Phòng Kiến trúc" });
  await expect(kt).toContainText("Được tiếp nhận có giải trình");
  await expect(kt).toContainText("tổng số thành viên Hội đồng tán thành");
  // order: Phòng Kiến trúc first
  await page.getByRole("button", { name: "Chuyển hồ sơ của Phòng Kiến trúc lên trên" }).click();
  await expect(agenda.getByRole("listitem").first()).toContainText("Phòng Kiến trúc");

  // open the vote: members are told; members and agenda are fixed from then on
  await page.getByRole("button", { name: "Mở biểu quyết" }).click();
  await confirmDialog(page, "Mở biểu quyết");
  await expect(page.getByText("Phiên họp đang biểu quyết")).toBeVisible();
  await expect(page.getByRole("button", { name: "Chuyển hồ sơ của Phòng Kiến trúc lên trên" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Lưu thành phần" })).toHaveCount(0);
  await expect(page.getByText("Đã mở biểu quyết: không đổi được hình thức biểu quyết.")).toBeVisible();

  // the list of sessions shows it voting, with its two proposals
  await page.goto(`/campaigns/${CAMPAIGN}/council`);
  const row = page.getByRole("row").filter({ hasText: "Phiên họp xét khen thưởng (đợt 3)" });
  await expect(row).toContainText("Đang biểu quyết");
  await expect(row).toContainText("7 được triệu tập");
});
