/**
 * Developer aid: `npx tsx scripts/screenshot.ts <url-path> <out.png> [username] [width]`
 * signs in as a demo user (password Demo@2026) and saves a full-page screenshot.
 */
import { chromium } from "@playwright/test";

async function main() {
  const [pathArg = "/", out = "/tmp/shot.png", username, width = "1280"] = process.argv.slice(2);
  const base = process.env.BASE_URL ?? "http://localhost:3000";
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  if (username) {
    await page.goto(`${base}/login`);
    await page.getByLabel("Tên đăng nhập hoặc e-mail").fill(username);
    await page.getByLabel("Mật khẩu").fill(process.env.DEMO_PASSWORD ?? "Demo@2026");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/login"), { timeout: 30_000 });
  }
  await page.goto(`${base}${pathArg}`, { waitUntil: "networkidle" });
  await page.screenshot({ path: out, fullPage: true });
  console.log(`saved ${out} (${page.url()})`);
  await browser.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
