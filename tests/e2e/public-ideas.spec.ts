import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { confirmDialog, expect, login, test } from "./fixtures";

/**
 * Issue 14 journeys at phone width, on the demo data (prisma/seed/demo-issue14.ts):
 * - a citizen reads the public pages without signing in (each checked with axe-core: no serious or critical
 *   violation), sends an idea, confirms the e-mail from the mail in the outbox, and follows it with the code;
 * - the Sở's office (vanphong) accepts it into the campaign; the citizen sees the answer;
 * - the head of Phòng QHKV1 assesses the idea forwarded to the unit, from "Việc cần làm";
 * - a campaign not marked public answers 404.
 * The citizen's idea has a title of its own; the forwarded demo idea is read by no other journey.
 */

test.use({ viewport: { width: 390, height: 844 } });

const CAMPAIGN = "demo-campaign-sqhkt-current";

async function expectAccessible(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const dmy = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000);
  return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
};

test("a citizen reads the public pages, sends an idea, confirms it, and reads the office's answer under the code", async ({ page, browser }) => {
  const run = Date.now();
  const title = `Đặt lịch hẹn nộp hồ sơ quy hoạch qua Zalo ${run}`;
  const email = `lan.${run}@example.com`; // a new address each run: 3 ideas per address a day
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Phong trào thi đua cải cách hành chính");
  await expect(page.getByRole("link", { name: "Đăng nhập cán bộ" })).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/public/campaigns/${CAMPAIGN}`);
  await expect(page.getByRole("heading", { name: "Tiêu chí thi đua đối với người dân và doanh nghiệp" })).toBeVisible();
  await expect(page.getByText("dịch vụ công trực tuyến").first()).toBeVisible();
  await expectAccessible(page);
  for (const path of ["/public/library", "/public/awards", "/public/ideas/track", "/public/privacy"]) {
    await page.goto(path);
    await expectAccessible(page);
  }
  await page.goto("/public/awards");
  await expect(page.getByText(/Quyết định số/).first()).toBeVisible();

  await page.goto(`/public/campaigns/${CAMPAIGN}`);
  await page.getByRole("link", { name: "Gửi hiến kế" }).first().click();
  await expect(page).toHaveURL(/\/ideas\/new$/);
  await page.waitForLoadState("networkidle");
  await expectAccessible(page);
  const opened = Date.now();

  // Sent empty: the errors stand at their fields, the first is focused.
  await page.getByRole("button", { name: "Gửi hiến kế" }).click();
  await expect(page.locator("#idea-submitterName")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Họ và tên").fill("Nguyễn Thị <b>Lan</b>");
  await page.getByLabel("Thư điện tử").fill(email);
  await page.getByLabel("Lĩnh vực").selectOption({ label: "Cải cách thủ tục hành chính" });
  await page.getByLabel("Tên hiến kế, giải pháp").fill(title);
  await page.locator("#idea-content").fill("Người dân đặt lịch nộp hồ sơ qua Zalo của Sở để không phải xếp hàng.");
  await page.getByLabel(/Tôi đã đọc và đồng ý/).check();
  await page.waitForTimeout(Math.max(0, 5_000 - (Date.now() - opened))); // a person takes longer than the minimum fill time
  await page.getByRole("button", { name: "Gửi hiến kế" }).click();
  const code = (await page.getByTestId("tracking-code").innerText()).trim();
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);

  // The confirmation mail (read by the administrator in the local outbox: no SMTP in the demo).
  const admin = await browser.newPage();
  await login(admin, "quantri");
  await admin.goto("/admin/outbox");
  await admin.getByRole("row").filter({ hasText: email }).getByRole("link", { name: /Xác nhận địa chỉ thư điện tử/ }).click();
  const body = await admin.locator("pre").innerText();
  expect(body).toContain(code);
  const link = /\/public\/ideas\/confirm\?token=[A-Za-z0-9_-]+/.exec(body)![0];
  await admin.close();

  await page.goto(link);
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Xác nhận thư điện tử" }).click();
  await expect(page.getByText("Đã xác nhận thư điện tử")).toBeVisible();

  // The office accepts it.
  const office = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await login(office, "vanphong");
  await office.goto(`/campaigns/${CAMPAIGN}/ideas`);
  await office.getByRole("link", { name: title }).click();
  await expect(office.getByText(email)).toBeVisible();
  await expect(office.getByText("Nguyễn Thị <b>Lan</b>")).toBeVisible(); // HTML shown as text
  await office.waitForLoadState("networkidle");
  await office.getByLabel("Thời gian dự kiến hoàn thành").fill(dmy(90));
  await office.getByRole("button", { name: "Ghi nhận vào phong trào" }).click();
  await confirmDialog(office, "Ghi nhận");
  await expect(office.getByText("Đã ghi nhận là sáng kiến")).toBeVisible();
  await office.close();

  await page.goto(`/public/ideas/track?code=${encodeURIComponent(code)}`);
  await expect(page.getByText("Được ghi nhận vào phong trào", { exact: true })).toBeVisible();
  await expect(page.getByText("Trả lời của cơ quan")).toBeVisible();
  await expectAccessible(page);
});

test("the head of the unit an idea was forwarded to assesses it from Việc cần làm, without the sender's contact", async ({ page }) => {
  await login(page, "truongphong.qhkv1");
  await page.goto("/todo");
  await page.getByRole("link", { name: /^Đánh giá – Đánh giá hiến kế/ }).first().click();
  await expect(page).toHaveURL(/\/unit\/ideas\//);
  await expect(page.getByText("nam.le@example.com")).toHaveCount(0);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Đề xuất").selectOption("ACCEPT");
  await page.getByRole("textbox", { name: "Ý kiến đánh giá" }).fill("Khả thi: phòng đã có danh bạ người nộp hồ sơ, nhắn tin qua tổng đài của Sở.");
  await page.getByRole("button", { name: "Gửi ý kiến đánh giá" }).click();
  await expect(page.getByText("Đã gửi ý kiến đánh giá cho Bộ phận CCHC.")).toBeVisible();
});

test("a campaign not marked public, a wrong tracking code and a forged confirmation link tell nothing", async ({ page }) => {
  const res = await page.goto("/public/campaigns/demo-campaign-1018-2022");
  expect(res?.status()).toBe(404);
  const form = await page.goto("/public/campaigns/demo-campaign-city-current/ideas/new"); // public, takes no ideas
  expect(form?.status()).toBe(404);
  await page.goto("/public/ideas/track?code=ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ");
  await expect(page.getByText(/Không tìm thấy hiến kế với mã theo dõi này/)).toBeVisible();
  await page.goto("/public/ideas/confirm?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Xác nhận thư điện tử" }).click();
  await expect(page.getByText("Liên kết xác nhận không đúng")).toBeVisible();
});
