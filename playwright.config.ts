/**
 * End-to-end journeys (Playwright with Debian's Chromium; `playwright install` is never needed).
 *
 * The journeys share ONE database: a fresh embedded one (.data/e2e) created by scripts/e2e-server.mjs
 * with the demo data, served by `next start` on port 3100. Hence one worker and no parallelism.
 * No journey depends on the order of the files: each one creates the records it changes (a new unit,
 * campaign, award form, session…) or changes demo records that no other journey reads, and asserts
 * only what the others cannot change (e.g. office-review counts drafts and late forms together because
 * unit-head submits a draft late). Playwright runs the files of one invocation alphabetically, so
 * `npm run test:e2e:any-order [-- --shuffle[=SEED]]` (scripts/e2e-any-order.mjs) checks this: one server
 * on a fresh database, each file run by itself against it, in reverse or shuffled order.
 * Waiting for React to hydrate a page is done from the page's behaviour (retrying an action until the
 * page answers, see fixtures.ts), never by reading React internals.
 *
 * E2E_BASE_URL=http://host:port tests an already running server instead (no server is started).
 * E2E_SKIP_BUILD=1 reuses the existing production build in .next without checking it is current.
 */
import { defineConfig, devices } from "@playwright/test";
// @ts-expect-error -- plain ES module without type declarations
import { needsBuild } from "./scripts/e2e-server.mjs";

const external = process.env.E2E_BASE_URL;
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = external ?? `http://localhost:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: external
    ? undefined
    : {
        command: "node scripts/e2e-server.mjs",
        url: `${baseURL}/api/health`,
        // 180 s to start; a build (first run, or sources newer than .next) gets extra time.
        timeout: 180_000 + (needsBuild() ? 600_000 : 0),
        reuseExistingServer: false,
        stdout: "pipe",
        stderr: "pipe",
        env: { E2E_PORT: String(port) },
      },
});
