import { chooseInCombobox, expect, login, logout, test } from "./fixtures";

/**
 * Extension journey. Demo data: Phòng Kế hoạch - Tài chính's Mẫu 1 of plan 1045/KH-SQHKT was returned
 * for corrections and the registration deadline passed 2 days ago; no other journey reads or changes
 * that unit's deadline (compliance.spec reads the two offices that sent nothing, Thanh tra Sở and the
 * Trung tâm), so this runs in any order. The CCHC office (vanphong) grants it a new date 10 days from now
 * with a reason and sees it in the history; its head (truongphong.khtc) then sees the new deadline.
 */

const CAMPAIGN = "demo-campaign-sqhkt-current";
const UNIT = "Phòng Kế hoạch - Tài chính";

/** yyyy-MM-dd and dd/MM/yyyy of a Vietnam calendar day `days` from today. */
function vnDay(days: number) {
  const iso = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(Date.now() + days * 86_400_000),
  );
  const [y, m, d] = iso.split("-");
  return { iso, shown: `${d}/${m}/${y}` };
}

test("the office extends Phòng Kế hoạch - Tài chính's registration deadline; its head sees the new deadline", async ({ page }) => {
  const day = vnDay(10);
  const reason = `Phòng Kế hoạch - Tài chính đang bổ sung nội dung bị trả lại (${Date.now()})`;

  await login(page, "vanphong");
  await page.goto(`/campaigns/${CAMPAIGN}`);
  await page.getByRole("link", { name: "Gia hạn cho đơn vị" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gia hạn cho đơn vị" })).toBeVisible();
  await expect(page.getByLabel("Gia hạn đến: trước ngày")).toHaveAttribute("placeholder", "dd/mm/yyyy");

  const registration = await page.locator("#milestoneId option", { hasText: "Đăng ký" }).first().getAttribute("value");
  await page.locator("#milestoneId").selectOption(registration ?? "");
  await chooseInCombobox(page, "Đơn vị", "ke hoach tai chinh", UNIT);
  await page.locator("#beforeDay").fill(day.shown);
  await page.locator("#reason").fill(reason);
  await page.getByRole("button", { name: "Gia hạn", exact: true }).click();

  await expect(page.locator('[data-alert="success"]')).toContainText(`Đã gia hạn cho ${UNIT} đến trước ngày ${day.shown}.`);
  const row = page.locator("tr[data-extension-row]").filter({ hasText: reason });
  await expect(row).toContainText(UNIT);
  await expect(row).toContainText(`trước ngày ${day.shown}`);
  await expect(row).toContainText("Đang áp dụng");

  // A date not later than the new one is refused next to the field, the input stays.
  await chooseInCombobox(page, "Đơn vị", "ke hoach tai chinh", UNIT);
  await page.locator("#beforeDay").fill(vnDay(3).shown);
  await page.locator("#reason").fill("Thử lại");
  await page.getByRole("button", { name: "Gia hạn", exact: true }).click();
  await expect(page.locator("[data-field-error]")).toContainText(`Ngày gia hạn phải sau hạn hiện tại (trước ngày ${day.shown})`);
  await expect(page.locator("#reason")).toHaveValue("Thử lại");

  await logout(page);
  await login(page, "truongphong.khtc");
  await page.goto("/unit");
  await expect(page.getByTestId("extension-note").first()).toContainText(`Đã gia hạn đến trước ngày ${day.shown}`);
  await expect(page.getByTestId("extension-note").first()).toContainText(reason);
});
