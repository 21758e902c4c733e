/**
 * `npm run bench`: the portal at city scale, over HTTP, on the production build, as `npm start` serves it.
 *
 * 1. Loads the scale data when the embedded directory (PGLITE_DATA_DIR, default .data/scale) does not
 *    exist yet (`npm run seed:scale`); with DATABASE_URL that database is used as it is (seed it first).
 *    Empties the write benchmark's campaign (prisma/seed/scale-writes.ts) so every run writes the same.
 * 2. Builds the app when .next has no current production build, starts `npm start` (scripts/start.mjs:
 *    one worker per core on PostgreSQL, one process on the embedded database) on a free port.
 * 3. Measures, printing tables:
 *    - first-load JavaScript (gzipped) of /login, /account and the Mẫu 1 page;
 *    - each heavy page alternated with two floors, `/account` (a signed-in page that reads almost
 *      nothing) and `/api/health`, at 1 and at 20 concurrent clients: p50/p95, the page's p95 over the
 *      `/account` p95, and the server's CPU per request (every process of the server, from /proc);
 *    - page views in Chromium (scripts/bench/views.ts): the requests that reach the server while an office
 *      user opens, scrolls and reads a page (link prefetches included);
 *    - the XLSX export of the consolidated list (20,000 rows) alone, then 5 at once: seconds and the
 *      server's peak memory over its memory before;
 *    - 100 unit heads saving, then submitting, their Mẫu 1 at once (scripts/bench/writes.ts), after a
 *      first round by 100 other heads of the campaign that warms the server up (shown apart), then
 *      BENCH_WRITE_ROUNDS (default 3) measured rounds, the campaign emptied between them.
 *
 * BENCH_ROUNDS (default 3) alternations per page and concurrency, after BENCH_WARMUP (default 120) requests of
 * the page and of `/account` at that concurrency; BENCH_CLIENTS (default 20);
 * BENCH_WRITERS (default 100); BENCH_ONLY=js,pages,views,exports,writes to run a part; BENCH_PAGES=consolidated,compliance
 * to time only the pages so named; WEB_CONCURRENCY as npm start.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { resetScaleWrites, scaleWriters } from "../prisma/seed/scale-writes";
import { firstLoadJsKb, get, percentile, postgresCpuMs, processTree, runLoad, serverCpuMs, signIn, withPeakRss, type CookieJar, type Sample } from "./bench/http";
import { benchViews } from "./bench/views";
import { benchWrites, type WriteResult } from "./bench/writes";
import { freePort } from "./free-port";
import { vacuumAnalyze } from "../lib/db/maintenance";
import { getDbStandalone } from "./standalone-db";
// @ts-expect-error -- plain ES module without type declarations
import { needsBuild } from "./e2e-server.mjs";

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 100);
/** Requests of the page (and of the `/account` floor) before its measured rounds, at the measured concurrency. */
const WARMUP = Math.max(1, Number(process.env.BENCH_WARMUP ?? 120));
const WRITE_ROUNDS = Math.max(1, Number(process.env.BENCH_WRITE_ROUNDS ?? 3));
const ONLY = new Set((process.env.BENCH_ONLY ?? "js,pages,views,exports,writes").split(","));
/** BENCH_PAGES=consolidated,compliance: only the pages whose name contains one of these words. */
const PAGE_FILTER = (process.env.BENCH_PAGES ?? "").split(",").filter(Boolean);
const C = "scale-campaign";

const log = (msg: string) => console.log(`[bench] ${msg}`);

function table(head: string[], rows: string[][]) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i === 0 ? ":" : "") + "-".repeat(w + 1) + (i === 0 ? "" : ":")).join("|")}|`);
  for (const r of rows) console.log(line(r));
  console.log("");
}
const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : "–");
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");

// ---------------------------------------------------------------- pages against the floors

interface PageRow {
  name: string;
  clients: number;
  p50: number;
  p95: number;
  accountP95: number;
  healthP95: number;
  cpuMs: number;
  /** The `/account` floor's app CPU per request, measured in the same rounds. */
  accountCpuMs: number;
  /** PostgreSQL's CPU per request of the page (0 on the embedded database). */
  dbCpuMs: number;
  /** PostgreSQL's CPU per request of the `/account` floor, in the same rounds. */
  accountDbCpuMs: number;
  errors: number;
  bytes: number;
}

async function pageAgainstFloors(base: string, pid: number, name: string, url: string, jar: CookieJar, floorJar: CookieJar, clients: number): Promise<PageRow> {
  const perBatch = clients === 1 ? 4 : clients * 2;
  const page: Sample[] = [];
  const account: Sample[] = [];
  const health: Sample[] = [];
  let cpu = 0;
  let db = 0;
  let accountCpu = 0;
  let accountDb = 0;
  // Warm-up at the measured concurrency, as much as the floors get from the pages before: every pooled
  // connection of every worker runs the page's statements past PostgreSQL's five custom plans of a prepared
  // statement (it then keeps a generic one), and V8 has optimised the page's code. A single warm-up request
  // measured the page cold against a warm floor: its first requests cost twice the steady state.
  await runLoad(clients, WARMUP, () => get(url, jar));
  await runLoad(clients, WARMUP, () => get(`${base}/account`, floorJar));
  for (let r = 0; r < ROUNDS; r++) {
    const c0 = serverCpuMs(pid);
    const d0 = postgresCpuMs();
    page.push(...(await runLoad(clients, perBatch, () => get(url, jar))));
    cpu += serverCpuMs(pid) - c0;
    db += postgresCpuMs() - d0;
    const a0 = serverCpuMs(pid);
    const ad0 = postgresCpuMs();
    account.push(...(await runLoad(clients, perBatch, () => get(`${base}/account`, floorJar))));
    accountCpu += serverCpuMs(pid) - a0;
    accountDb += postgresCpuMs() - ad0;
    health.push(...(await runLoad(clients, perBatch, () => get(`${base}/api/health`))));
  }
  const ms = (xs: Sample[]) => xs.map((x) => x.ms);
  const row = {
    name,
    clients,
    p50: percentile(ms(page), 50),
    p95: percentile(ms(page), 95),
    accountP95: percentile(ms(account), 95),
    healthP95: percentile(ms(health), 95),
    cpuMs: cpu / page.length,
    accountCpuMs: accountCpu / account.length,
    dbCpuMs: db / page.length,
    accountDbCpuMs: accountDb / account.length,
    errors: [...page, ...account, ...health].filter((x) => !x.ok).length,
    bytes: page.at(-1)?.bytes ?? 0,
  };
  log(`${name} ×${clients}: p95 ${f0(row.p95)} ms (/account ${f0(row.accountP95)} ms), ${f1(row.cpuMs)} ms CPU per request (/account ${f1(row.accountCpuMs)}), database ${f1(row.dbCpuMs)} ms`);
  return row;
}

// ---------------------------------------------------------------- exports

async function exportRun(url: string, jar: CookieJar): Promise<Sample> {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { cookie: jar.header() } });
  const body = await res.arrayBuffer();
  return { ms: performance.now() - t0, ok: res.status === 200 && body.byteLength > 100_000, bytes: body.byteLength };
}

async function benchExports(pid: number, url: string, jar: CookieJar): Promise<string[][]> {
  await exportRun(url, jar); // warm-up
  const rows: string[][] = [];
  for (const n of [1, 5]) {
    const runs = n === 1 ? 3 : 1;
    const times: number[] = [];
    let peakExtra = 0;
    let errors = 0;
    let bytes = 0;
    for (let r = 0; r < runs; r++) {
      const { result, before, peak } = await withPeakRss(pid, () => Promise.all(Array.from({ length: n }, () => exportRun(url, jar))));
      times.push(...result.map((x) => x.ms));
      errors += result.filter((x) => !x.ok).length;
      bytes = result[0].bytes;
      peakExtra = Math.max(peakExtra, peak - before);
    }
    rows.push([n === 1 ? "alone" : `${n} at once`, String(times.length), f1(percentile(times, 50) / 1000), f1(Math.max(...times) / 1000), String(peakExtra), String(errors), bytes.toLocaleString("en-US")]);
    log(`export ${n === 1 ? "alone" : `${n} at once`}: median ${f1(percentile(times, 50) / 1000)} s, slowest ${f1(Math.max(...times) / 1000)} s, +${peakExtra} MB`);
  }
  return rows;
}

// ---------------------------------------------------------------- server

async function waitHealthy(base: string, exited: () => boolean, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (exited()) throw new Error("The server exited");
    try {
      const body = (await (await fetch(`${base}/api/health`)).json()) as { status: string; db: string };
      if (body.status === "ok") return body;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The server did not become healthy within ${timeoutMs / 1000} s`);
}

async function main() {
  const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  if (!process.env.DATABASE_URL) {
    const dir = path.resolve(process.env.PGLITE_DATA_DIR ?? path.join(root, ".data", "scale"));
    env.PGLITE_DATA_DIR = process.env.PGLITE_DATA_DIR = dir;
    env.DATABASE_URL = "";
    if (!fs.existsSync(dir)) {
      log(`no scale data in ${dir}: loading it (npm run seed:scale)…`);
      execFileSync(process.execPath, [tsx, "--conditions=react-server", path.join(root, "scripts", "seed-scale.ts")], { cwd: root, env, stdio: "inherit" });
    }
  }
  // Before the server opens the database (the embedded one takes one process at a time).
  const { prisma, close } = await getDbStandalone();
  const removed = await resetScaleWrites(prisma);
  // As autovacuum would leave a server in service: the previous runs' deleted forms gone, statistics fresh
  // (this machine's PostgreSQL has autovacuum off; PGlite never runs it).
  await vacuumAnalyze(prisma);
  // Twice the writers when the campaign has them: the second half warms the write path up first.
  const allWriters = await scaleWriters(prisma, WRITERS * 2);
  const writers = allWriters.slice(0, WRITERS);
  const warmWriters = allWriters.slice(WRITERS);
  await close();
  log(`database: ${process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `embedded, ${env.PGLITE_DATA_DIR}`}; write campaign emptied (${removed} forms)`);

  if (needsBuild()) {
    log("building the app (next build)…");
    execFileSync(process.execPath, [path.join(root, "scripts", "prisma-generate.mjs")], { cwd: root, stdio: "inherit" });
    execFileSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], { cwd: root, env, stdio: "inherit" });
  }

  const port = await freePort(Number(process.env.BENCH_PORT ?? 3200));
  const base = `http://localhost:${port}`;
  const logFile = path.join(root, ".data", "bench-server.log");
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const out = fs.openSync(logFile, "w");
  const server = spawn(process.execPath, [path.join(root, "scripts", "start.mjs"), "-p", String(port)], {
    cwd: root,
    env: { ...env, NODE_ENV: "production", SEED_DEMO: "0", NEXTAUTH_URL: base, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret" },
    stdio: ["ignore", out, out],
  });
  const pid = server.pid!;
  const stop = async () => {
    if (server.exitCode !== null) return;
    server.kill("SIGTERM");
    await Promise.race([new Promise((r) => server.once("exit", r)), new Promise((r) => setTimeout(r, 10_000))]);
    if (server.exitCode === null) server.kill("SIGKILL");
  };
  process.on("SIGINT", () => void stop().then(() => process.exit(130)));

  try {
    const health = await waitHealthy(base, () => server.exitCode !== null, 180_000);
    await new Promise((r) => setTimeout(r, 1500)); // every worker listening
    log(`server up on ${base} (${health.db}), ${processTree(pid).length} processes; log: ${path.relative(root, logFile)}`);
    const office = await signIn(base, "scale.office");
    const member = await signIn(base, "scale.head.d1");
    const head = await signIn(base, writers[0].username);
    const c = `${base}/campaigns/${C}`;
    const mau1 = `/unit/campaigns/scale-writes`;

    if (ONLY.has("js")) {
      const rows: string[][] = [];
      for (const [name, p, jar] of [["/login", "/login", undefined], ["/account", "/account", office], ["Mẫu 1 page", mau1, head], ["consolidated list", `/campaigns/${C}/consolidated`, office]] as const) {
        const { kb, scripts } = await firstLoadJsKb(base, p, jar);
        rows.push([name, f1(kb), String(scripts)]);
      }
      console.log("\nFirst-load JavaScript (gzip)\n");
      table(["page", "kB", "scripts"], rows);
    }

    if (ONLY.has("pages")) {
      const pages: [string, string, CookieJar][] = [
        ["campaign page", c, office],
        ["status matrix", `${c}/status`, office],
        ["compliance", `${c}/compliance`, office],
        ["consolidated, page 1", `${c}/consolidated`, office],
        ["consolidated, filtered", `${c}/consolidated?field=${C}-f2&level=CITY&status=ACCEPTED`, office],
        ["consolidated, search", `${c}/consolidated?q=${encodeURIComponent("hồ sơ đất đai")}`, office],
        ["consolidated, page 200", `${c}/consolidated?page=200`, office],
        ["unit reports, mid-term", `${c}/reports?phase=so-ket`, office],
        ["office's report, mid-term", `${c}/summary/so-ket`, office],
        ["Mẫu 1 page (unit head)", `${base}${mau1}`, head],
        ["council: ballot, 200 items", `${base}/council/sessions/scale-council-voting`, member],
        ["council: results, 200 × 25", `${base}/council/sessions/scale-council-closed/results`, member],
      ];
      const rows: PageRow[] = [];
      const chosen = PAGE_FILTER.length ? pages.filter(([name]) => PAGE_FILTER.some((w) => name.includes(w))) : pages;
      for (const clients of [1, CLIENTS]) for (const [name, url, jar] of chosen) rows.push(await pageAgainstFloors(base, pid, name, url, jar, office, clients));
      console.log(`\nPages against the floors (${ROUNDS} rounds; p95 ratio = page p95 / \`/account\` p95; CPU = the app server's processes; DB CPU = PostgreSQL's, per request of the page; CPU ratio = the page's app + DB CPU over the floor's, steadier than the p95 ratio at 1 client)\n`);
      table(
        ["page", "clients", "p50 ms", "p95 ms", "/account p95", "/api/health p95", "ratio", "CPU ms/req", "/account CPU", "DB CPU ms/req", "CPU ratio", "errors", "bytes"],
        rows.map((r) => [
          r.name,
          String(r.clients),
          f0(r.p50),
          f0(r.p95),
          f0(r.accountP95),
          f0(r.healthP95),
          `${(r.p95 / r.accountP95).toFixed(1)}×`,
          f1(r.cpuMs),
          f1(r.accountCpuMs),
          f1(r.dbCpuMs),
          `${((r.cpuMs + r.dbCpuMs) / Math.max(0.1, r.accountCpuMs + r.accountDbCpuMs)).toFixed(1)}×`,
          String(r.errors),
          r.bytes.toLocaleString("en-US"),
        ]),
      );
    }

    if (ONLY.has("views")) {
      const views = await benchViews(base, "scale.office", [
        ["/account", "/account"],
        ["campaign page", `/campaigns/${C}`],
        ["status matrix", `/campaigns/${C}/status`],
        ["consolidated, page 1", `/campaigns/${C}/consolidated`],
      ]);
      console.log("\nPage views in Chromium (requests that reach the server while an office user opens, scrolls and reads a page; static files not counted)\n");
      table(
        ["page", "views", "requests/view", "of which prefetches"],
        views.map((v) => [v.name, String(v.views), f1(v.requestsPerView), f1(v.prefetchesPerView)]),
      );
    }

    if (ONLY.has("exports")) {
      const rows = await benchExports(pid, `${c}/consolidated/export`, office);
      console.log("\nXLSX export of the consolidated list (all rows)\n");
      table(["run", "exports", "median s", "slowest s", "peak extra MB", "errors", "bytes"], rows);
    }

    if (ONLY.has("writes")) {
      // The first requests after a start run the code unoptimised (V8 compiles it as it goes): a server in
      // service is warm. Other heads of the campaign save and submit once first; that round is shown apart.
      const warm: WriteResult[] = warmWriters.length ? await benchWrites(base, root, pid, warmWriters) : [];
      const results: WriteResult[] = warm.map((r) => ({ ...r, name: `${r.name}, first round after start (warm-up)` }));
      // Several measured rounds (the same heads, their forms emptied in between): the server keeps warming up
      // over the first few hundred writes, and one round alone varies with the machine's other load.
      for (let round = 1; round <= WRITE_ROUNDS; round++) {
        if (round > 1) {
          const { prisma, close } = await getDbStandalone();
          await resetScaleWrites(prisma);
          await close();
        }
        const measured = await benchWrites(base, root, pid, writers);
        results.push(...measured.map((r) => (WRITE_ROUNDS > 1 ? { ...r, name: `${r.name}, round ${round}` } : r)));
      }
      console.log(`\nWrites: ${writers.length} unit heads at once (campaign scale-writes)\n`);
      table(
        ["write", "clients", "done", "errors", "seconds", "per second", "p50 ms", "p95 ms", "CPU ms/write", "DB CPU ms/write", "bytes"],
        results.map((r) => [r.name, String(r.clients), String(r.n), String(r.errors), f1(r.seconds), f1(r.perSecond), f0(r.p50), f0(r.p95), f1(r.cpuMsPerWrite), f1(r.dbCpuMsPerWrite), r.bytes.toLocaleString("en-US")]),
      );
    }
  } catch (err) {
    console.error(err);
    const tail = fs.readFileSync(logFile, "utf8").split("\n").slice(-30).join("\n");
    console.error(`--- server log (last lines) ---\n${tail}`);
    process.exitCode = 1;
  } finally {
    await stop();
    fs.closeSync(out);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
