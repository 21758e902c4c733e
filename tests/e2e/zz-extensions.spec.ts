import { chooseInCombobox, expect, login, logout, test } from "./fixtures";

/**
 * Extension journey (runs last: it changes Thanh tra Sở's deadline in the current-year plan of the Sở).
 * Demo data: Thanh tra Sở has no Mẫu 1 in plan 1045/KH-SQHKT; the registration deadline passed 2 days ago.
 * The CCHC office (vanphong) grants it a new date 10 days from now with a reason and sees it in the
 * history; the head of Thanh tra Sở (chanhthanhtra) then sees the new deadline on the unit page.
 */

const CAMPAIGN = "demo-campaign-sqhkt-current";

/** yyyy-MM-dd and dd/MM/yyyy of a Vietnam calendar day `days` from today. */
function vnDay(days: number) {
  const iso = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(Date.now() + days * 86_400_000),
  );
  const [y, m, d] = iso.split("-");
  return { iso, shown: `${d}/${m}/${y}` };
}

test("the office extends Thanh tra Sở's registration deadline; its head sees the new deadline", async ({ page }) => {
  const day = vnDay(10);
  const reason = `Thanh tra Sở đang kiện toàn nhân sự (${Date.now()})`;

  await login(page, "vanphong");
  await page.goto(`/campaigns/${CAMPAIGN}`);
  await page.getByRole("link", { name: "Gia hạn cho đơn vị" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gia hạn cho đơn vị" })).toBeVisible();
  await expect(page.getByLabel("Gia hạn đến: trước ngày")).toHaveAttribute("placeholder", "dd/mm/yyyy");

  const registration = await page.locator("#milestoneId option", { hasText: "Đăng ký" }).first().getAttribute("value");
  await page.locator("#milestoneId").selectOption(registration ?? "");
  await chooseInCombobox(page, "Đơn vị", "thanh tra so", "Thanh tra Sở");
  await page.locator("#beforeDay").fill(day.shown);
  await page.locator("#reason").fill(reason);
  await page.getByRole("button", { name: "Gia hạn", exact: true }).click();

  await expect(page.locator('[data-alert="success"]')).toContainText(`Đã gia hạn cho Thanh tra Sở đến trước ngày ${day.shown}.`);
  const row = page.locator("tr[data-extension-row]").filter({ hasText: reason });
  await expect(row).toContainText("Thanh tra Sở");
  await expect(row).toContainText(`trước ngày ${day.shown}`);
  await expect(row).toContainText("Đang áp dụng");

  // A date not later than the new one is refused next to the field, the input stays.
  await chooseInCombobox(page, "Đơn vị", "thanh tra so", "Thanh tra Sở");
  await page.locator("#beforeDay").fill(vnDay(3).shown);
  await page.locator("#reason").fill("Thử lại");
  await page.getByRole("button", { name: "Gia hạn", exact: true }).click();
  await expect(page.locator("[data-field-error]")).toContainText(`Ngày gia hạn phải sau hạn hiện tại (trước ngày ${day.shown})`);
  await expect(page.locator("#reason")).toHaveValue("Thử lại");

  await logout(page);
  await login(page, "chanhthanhtra");
  await page.goto("/unit");
  await expect(page.getByTestId("extension-note").first()).toContainText(`Đã gia hạn đến trước ngày ${day.shown}`);
  await expect(page.getByTestId("extension-note").first()).toContainText(reason);
});
