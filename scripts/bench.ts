/**
 * `npm run bench`: times the office's heavy pages on the city-scale data, over HTTP.
 *
 * 1. Loads the scale data first when the embedded directory (PGLITE_DATA_DIR, default .data/scale)
 *    does not exist yet (`npm run seed:scale`); with DATABASE_URL that database is used as it is.
 * 2. Builds the app when .next has no current production build (next build).
 * 3. Starts `next start` on a free port (from 3200, or BENCH_PORT), signs in as `scale.office`
 *    through next-auth's credentials endpoint, finds the scale campaign, and times: the campaign list
 *    and page (baseline), the status matrix, the compliance page,
 *    the consolidated list (page 1, a filtered page, page 200) and the XLSX export, the units' mid-term
 *    reports and the office's consolidated report of the mid-term phase; then, signed in as a council
 *    member (BENCH_COUNCIL_USER, default scale.head.d1) and as the chair (scale.leader), the council's
 *    pages of a session with 200 proposals and 25 members who have all voted (prisma/seed/scale-council.ts):
 *    the member's sessions, the member's ballot (secret: own votes recomputed from the key), the chair's
 *    view with ballots per item, and the results of the closed open-ballot session (200 × 25 votes).
 * 4. Prints a table and stops the server.
 *
 * BENCH_RUNS (default 5) timed runs per page after one untimed warm-up request.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "./free-port";
// @ts-expect-error -- plain ES module without type declarations
import { needsBuild } from "./e2e-server.mjs";

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const USERNAME = process.env.BENCH_USER ?? "scale.office";
const PASSWORD = process.env.BENCH_PASSWORD ?? "Demo@2026";
const SCALE_CAMPAIGN_ID = "scale-campaign";
const COUNCIL_USER = process.env.BENCH_COUNCIL_USER ?? "scale.head.d1";
const COUNCIL_CHAIR = "scale.leader";

function log(msg: string) {
  console.log(`[bench] ${msg}`);
}


// ---------------------------------------------------------------- cookies

class CookieJar {
  private jar = new Map<string, string>();
  store(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      if (value === "" || /max-age=0/i.test(c)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }
  header(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  has(pred: (name: string) => boolean) {
    return [...this.jar.keys()].some(pred);
  }
}

async function signIn(base: string, jar: CookieJar, username = USERNAME) {
  const csrfRes = await fetch(`${base}/api/auth/csrf`, { headers: { cookie: jar.header() } });
  jar.store(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, identifier: username, password: PASSWORD, json: "true", callbackUrl: `${base}/` }),
  });
  jar.store(res);
  await res.arrayBuffer();
  if (!jar.has((n) => n.endsWith("next-auth.session-token"))) {
    throw new Error(`Sign-in as ${username} failed (HTTP ${res.status}). Is the scale data loaded (npm run seed:scale)?`);
  }
}

// ---------------------------------------------------------------- timing

interface Result {
  name: string;
  status: number;
  firstMs: number;
  medianMs: number;
  maxMs: number;
  bytes: number;
}

async function timeOnce(url: string, jar: CookieJar): Promise<{ ms: number; status: number; bytes: number }> {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { cookie: jar.header() }, redirect: "manual" });
  const body = await res.arrayBuffer();
  return { ms: performance.now() - t0, status: res.status, bytes: body.byteLength };
}

async function bench(name: string, url: string, jar: CookieJar, runs = RUNS): Promise<Result> {
  const first = await timeOnce(url, jar); // warm-up (first compile/cache fill), reported separately
  const times: number[] = [];
  let last = first;
  for (let i = 0; i < runs; i++) {
    last = await timeOnce(url, jar);
    times.push(last.ms);
  }
  times.sort((a, b) => a - b);
  const r: Result = {
    name,
    status: last.status,
    firstMs: first.ms,
    medianMs: times[Math.floor(times.length / 2)],
    maxMs: times[times.length - 1],
    bytes: last.bytes,
  };
  log(`${name}: HTTP ${r.status}, median ${r.medianMs.toFixed(0)} ms, max ${r.maxMs.toFixed(0)} ms, ${r.bytes} bytes`);
  return r;
}

function printTable(rows: Result[]) {
  const head = ["page", "HTTP", "first ms", "median ms", "max ms", "bytes"];
  const data = rows.map((r) => [r.name, String(r.status), r.firstMs.toFixed(0), r.medianMs.toFixed(0), r.maxMs.toFixed(0), r.bytes.toLocaleString("en-US")]);
  const widths = head.map((h, i) => Math.max(h.length, ...data.map((d) => d[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i === 0 ? ":" : "") + "-".repeat(w + 1) + (i === 0 ? "" : ":")).join("|")}|`);
  for (const d of data) console.log(line(d));
}

// ---------------------------------------------------------------- server

async function waitHealthy(base: string, server: ChildProcess, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`The server exited with code ${server.exitCode}`);
    try {
      const res = await fetch(`${base}/api/health`);
      const body = (await res.json()) as { status: string; db: string };
      if (body.status === "ok") return body;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The server did not become healthy within ${timeoutMs / 1000} s`);
}

function rssMb(pid: number | undefined): string {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return `${Math.round(kb / 1024)} MB`;
  } catch {
    return "n/a";
  }
}

async function main() {
  const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  if (!process.env.DATABASE_URL) {
    const dir = path.resolve(process.env.PGLITE_DATA_DIR ?? path.join(root, ".data", "scale"));
    env.PGLITE_DATA_DIR = dir;
    env.DATABASE_URL = "";
    if (!fs.existsSync(dir)) {
      log(`no scale data in ${dir}: loading it (npm run seed:scale)…`);
      execFileSync(process.execPath, [tsx, "--conditions=react-server", path.join(root, "scripts", "seed-scale.ts")], { cwd: root, env, stdio: "inherit" });
    }
    log(`database: embedded, ${dir}`);
  } else {
    log("database: DATABASE_URL");
  }

  if (needsBuild()) {
    log("building the app (next build)…");
    const t0 = Date.now();
    execFileSync(process.execPath, [path.join(root, "scripts", "prisma-generate.mjs")], { cwd: root, stdio: "inherit" });
    execFileSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], { cwd: root, env, stdio: "inherit" });
    log(`built in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }

  const port = await freePort(Number(process.env.BENCH_PORT ?? 3200));
  const base = `http://localhost:${port}`;
  const logFile = path.join(root, ".data", "bench-server.log");
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const out = fs.openSync(logFile, "w");
  const server = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], {
    cwd: root,
    env: { ...env, NODE_ENV: "production", SEED_DEMO: "0", NEXTAUTH_URL: base, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret" },
    stdio: ["ignore", out, out],
  });
  const stop = async () => {
    if (server.exitCode !== null) return;
    server.kill("SIGTERM");
    await Promise.race([new Promise((r) => server.once("exit", r)), new Promise((r) => setTimeout(r, 10_000))]);
    if (server.exitCode === null) server.kill("SIGKILL");
  };
  process.on("SIGINT", () => void stop().then(() => process.exit(130)));

  try {
    const t0 = Date.now();
    const health = await waitHealthy(base, server, 120_000);
    log(`server up on ${base} (${health.db}) in ${((Date.now() - t0) / 1000).toFixed(1)} s; server log: ${path.relative(root, logFile)}`);

    const jar = new CookieJar();
    const signInStart = performance.now();
    await signIn(base, jar);
    log(`signed in as ${USERNAME} in ${(performance.now() - signInStart).toFixed(0)} ms`);

    const list = await fetch(`${base}/campaigns`, { headers: { cookie: jar.header() } });
    const html = await list.text();
    const ids = [...new Set([...html.matchAll(/href="\/campaigns\/([A-Za-z0-9_-]+)"/g)].map((m) => m[1]))].filter((id) => id !== "new");
    const id = ids.includes(SCALE_CAMPAIGN_ID) ? SCALE_CAMPAIGN_ID : (ids[0] ?? SCALE_CAMPAIGN_ID);
    log(`campaign: ${id}${ids.includes(id) ? "" : " (not linked from /campaigns: using the scale campaign's id)"}`);

    const c = `${base}/campaigns/${id}`;
    const results: Result[] = [];
    results.push(await bench("campaign list", `${base}/campaigns`, jar));
    results.push(await bench("campaign page", c, jar));
    results.push(await bench("status matrix", `${c}/status`, jar));
    results.push(await bench("compliance", `${c}/compliance`, jar));
    results.push(await bench("consolidated, page 1", `${c}/consolidated`, jar));
    results.push(await bench("consolidated, filtered", `${c}/consolidated?field=${id}-f2&level=CITY&status=ACCEPTED`, jar));
    results.push(await bench("consolidated, search", `${c}/consolidated?q=${encodeURIComponent("hồ sơ đất đai")}`, jar));
    results.push(await bench("consolidated, page 200", `${c}/consolidated?page=200`, jar));
    results.push(await bench("XLSX export (all)", `${c}/consolidated/export`, jar, Math.min(RUNS, 3)));
    // Issue 4: the units' mid-term reports and the office's consolidated report of the phase.
    results.push(await bench("unit reports, mid-term", `${c}/reports?phase=so-ket`, jar));
    results.push(await bench("consolidated report, mid-term", `${c}/summary/so-ket`, jar));
    // Issue 5: a council session of 200 proposals and 25 members who have all voted.
    const member = new CookieJar();
    await signIn(base, member, COUNCIL_USER);
    const chair = new CookieJar();
    await signIn(base, chair, COUNCIL_CHAIR);
    const ballot = `${base}/council/sessions/scale-council-voting`;
    const closedResults = `${base}/council/sessions/scale-council-closed/results`;
    results.push(await bench("council: member's sessions", `${base}/council`, member));
    results.push(await bench("council: ballot, 200 items (secret)", ballot, member));
    results.push(await bench("council: ballot, chair's counts", ballot, chair));
    results.push(await bench("council: ballot, closed (open)", `${base}/council/sessions/scale-council-closed`, member));
    results.push(await bench("council: results, 200 × 25 (open)", closedResults, member));
    results.push(await bench("council: results (office)", closedResults, jar));
    // The member's own 200 secret votes must be on the page (recomputed from the key in the cookie).
    const page = await (await fetch(ballot, { headers: { cookie: member.header() } })).text();
    const own = page.split('data-testid="my-vote">Bạn đã biểu quyết:').length - 1;
    log(`council ballot of ${COUNCIL_USER}: ${own} own votes shown${own === 200 ? "" : " (expected 200: is the council scale data loaded?)"}`);

    console.log(`\nBenchmark on ${base} — ${RUNS} timed runs per page after one warm-up (export: ${Math.min(RUNS, 3)}); server RSS ${rssMb(server.pid)}\n`);
    printTable(results);
    const bad = results.filter((r) => r.status !== 200);
    if (bad.length) console.log(`\nNote: ${bad.map((r) => `${r.name} answered HTTP ${r.status}`).join("; ")}.`);
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
