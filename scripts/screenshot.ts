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
    // A dev server may still be compiling the form's script: retry until the sign-in goes through.
    for (let attempt = 1; ; attempt++) {
      await page.goto(`${base}/login`, { waitUntil: "networkidle" });
      await page.getByLabel("Tên đăng nhập hoặc e-mail").fill(username);
      await page.getByLabel("Mật khẩu").fill(process.env.DEMO_PASSWORD ?? "Demo@2026");
      await page.getByRole("button", { name: "Đăng nhập" }).click();
      try {
        await page.waitForURL((u) => !u.pathname.startsWith("/login"), { timeout: 20_000 });
        break;
      } catch (err) {
        if (attempt >= 3) throw err;
      }
    }
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
