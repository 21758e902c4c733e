/**
 * The browser part of `npm run bench`: what a page view costs the server when a real browser (Debian's
 * Chromium, through Playwright) shows it — the page itself and everything the browser asks after it
 * (link prefetches, refreshes, client requests), while the user reads and scrolls.
 *
 * Counted per page view: the requests that reach the server (the build's static files, cached by the
 * browser after the first view, are not counted) and how many of them are router prefetches. What each
 * request costs is measured over HTTP (the "pages" table; a prefetch of a route's tree cost 6.5 ms of app
 * CPU). The server's CPU over a view is not reported: it mostly measures the pause. Ten views of /account
 * with a 3 s pause after each cost 107 ms of app CPU per view, back to back 42 ms, for the same requests:
 * the idle server's timer takes 12 ms over 3 s, and V8 collects garbage once the server goes idle (with
 * --no-memory-reducer the paused views cost 74 ms), work a busy server does not do per view.
 */
import { chromium } from "@playwright/test";
import { PASSWORD } from "./http";

export interface ViewResult {
  name: string;
  views: number;
  requestsPerView: number;
  prefetchesPerView: number;
}

/** How long a view lasts after the page has loaded: Next.js prefetches the links in view once the page is idle. */
const READ_MS = 2500;

const isStatic = (url: URL) => url.pathname.startsWith("/_next/static/") || /\.(?:ico|svg|png|woff2?|css|js)$/.test(url.pathname);

export async function benchViews(base: string, username: string, pages: readonly (readonly [string, string])[], views = 5): Promise<ViewResult[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "vi-VN" })).newPage();
    await page.goto(`${base}/login`);
    await page.getByLabel("Tên đăng nhập hoặc e-mail").fill(username);
    await page.getByLabel("Mật khẩu").fill(PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));

    let requests = 0;
    let prefetches = 0;
    page.on("request", (r) => {
      const url = new URL(r.url());
      if (url.origin !== new URL(base).origin || isStatic(url)) return;
      requests++;
      if (r.headers()["next-router-prefetch"]) prefetches++;
    });

    const results: ViewResult[] = [];
    for (const [name, path] of pages) {
      const view = async () => {
        await page.goto(`${base}${path}`, { waitUntil: "load" });
        await page.mouse.wheel(0, 20_000);
        await page.waitForTimeout(READ_MS);
      };
      await view(); // the page's scripts into the browser's cache
      requests = 0;
      prefetches = 0;
      for (let i = 0; i < views; i++) await view();
      results.push({ name, views, requestsPerView: requests / views, prefetchesPerView: prefetches / views });
    }
    return results;
  } finally {
    await browser.close();
  }
}
