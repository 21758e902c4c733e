/**
 * `npm run bench:public`: the public pages under load (issue 14), over HTTP on the production build.
 *
 * 1. Prepares the database (DATABASE_URL, else an embedded one in PGLITE_DATA_DIR, default
 *    .data/bench-public): migrated, the demo data loaded if empty, then (once) 2,000 recognised models
 *    marked public and 300 ideas of citizens, so that the library's list and count have real work.
 * 2. Builds the app when .next has no current production build, starts `next start` on a free port.
 * 3. For each public page, and for /api/health (the floor), sends BENCH_REQUESTS requests (default 500)
 *    from BENCH_CLIENTS concurrent anonymous clients (default 50), alternating page and floor rounds so
 *    that both see the same machine; prints p50/p95/max and the p95 as a multiple of the floor's p95.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "./free-port";
import { librarySearchText } from "../lib/library/sync";
import { seedDemoIfEmpty } from "../prisma/seed/demo";
// @ts-expect-error -- plain ES module without type declarations
import { needsBuild } from "./e2e-server.mjs";
import { getDbStandalone } from "./standalone-db";

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
const MODELS = 2_000;
const log = (m: string) => console.log(`[bench:public] ${m}`);

async function prepare() {
  const { prisma, close } = await getDbStandalone();
  try {
    if (await seedDemoIfEmpty(prisma)) log("demo data loaded");
    if ((await prisma.recognisedModel.count({ where: { id: { startsWith: "bp-" } } })) === 0) {
      const campaign = await prisma.campaign.findUniqueOrThrow({ where: { id: "demo-campaign-1128-2022" }, select: { id: true, issuingUnitId: true } });
      const units = await prisma.unit.findMany({ where: { id: { startsWith: "demo-" } }, select: { id: true, name: true } });
      const field = await prisma.reformField.findFirstOrThrow({ where: { campaignId: campaign.id } });
      const user = await prisma.user.findFirstOrThrow({ where: { username: "vanphong" } });
      const reg = await prisma.registration.create({ data: { id: "bp-reg", campaignId: campaign.id, unitId: units[0].id, ownerKey: "BENCH", status: "ACCEPTED" } });
      const decision = await prisma.recognitionDecision.create({
        data: { id: "bp-decision", issuingUnitId: campaign.issuingUnitId, campaignId: campaign.id, level: "DEPARTMENT", number: "999/QĐ-BENCH", signedOn: new Date("2024-12-01T00:00:00Z"), signerName: "A", signerTitle: "Giám đốc", createdById: user.id },
      });
      const words = ["Một cửa điện tử", "Số hóa hồ sơ", "Bản đồ số quy hoạch", "Tiếp nhận trực tuyến", "Rút ngắn thời gian", "Chuyển đổi số"];
      const rows = Array.from({ length: MODELS }, (_, i) => ({ i, unit: units[i % units.length], title: `${words[i % words.length]} – mô hình đo tải số ${i + 1}` }));
      for (let k = 0; k < rows.length; k += 500) {
        const part = rows.slice(k, k + 500);
        await prisma.initiative.createMany({
          data: part.map((r) => ({ id: `bp-i${r.i}`, registrationId: reg.id, campaignId: campaign.id, unitId: r.unit.id, fieldId: field.id, content: r.title, type: "MODEL" as const, expectedCompletion: new Date("2024-10-01T00:00:00Z"), level: "DEPARTMENT" as const, sortOrder: r.i })),
        });
        await prisma.recognisedModel.createMany({
          data: part.map((r) => ({
            id: `bp-m${r.i}`,
            initiativeId: `bp-i${r.i}`,
            unitId: r.unit.id,
            title: r.title,
            fieldName: field.name,
            type: "MODEL" as const,
            level: "DEPARTMENT" as const,
            year: 2020 + (r.i % 5),
            decisionId: decision.id,
            recognisedOn: new Date(Date.UTC(2020 + (r.i % 5), r.i % 12, 1 + (r.i % 28))),
            searchText: librarySearchText({ title: r.title, fieldName: field.name, unitName: r.unit.name }),
            isPublic: r.i % 10 !== 0,
          })),
        });
      }
      const fields = await prisma.reformField.findMany({ where: { campaignId: "demo-campaign-sqhkt-current" }, select: { id: true } });
      await prisma.publicIdea.createMany({
        data: Array.from({ length: 300 }, (_, i) => ({
          id: `bp-idea${i}`,
          campaignId: "demo-campaign-sqhkt-current",
          trackingCodeHash: `bp${String(i).padStart(62, "0")}`,
          submitterKind: "PERSON" as const,
          submitterName: `Người dân ${i}`,
          phone: `09${String(10_000_000 + i)}`,
          fieldId: fields[i % fields.length].id,
          title: `Hiến kế đo tải số ${i}`,
          titleFolded: `hien ke do tai so ${i}`,
          content: "Nội dung hiến kế đo tải.",
          consentedAt: new Date(),
          consentVersion: "bench",
          status: i % 3 === 0 ? ("ACCEPTED" as const) : ("RECEIVED" as const),
        })),
      });
      await prisma.$executeRawUnsafe(`ANALYZE "RecognisedModel"`);
      await prisma.$executeRawUnsafe(`ANALYZE "PublicIdea"`);
      log(`${MODELS} recognised models (90 % public) and 300 ideas added`);
    }
  } finally {
    await close();
  }
}


/** REQUESTS requests to `url` from CLIENTS concurrent clients; latencies in ms and the statuses seen. */
async function load(url: string): Promise<{ times: number[]; statuses: Map<number, number> }> {
  const times: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const client = async () => {
    while (next < REQUESTS) {
      next++;
      const t0 = performance.now();
      const res = await fetch(url, { redirect: "manual" });
      await res.arrayBuffer();
      times.push(performance.now() - t0);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  times.sort((a, b) => a - b);
  return { times, statuses };
}
const pct = (t: number[], p: number) => t[Math.min(t.length - 1, Math.ceil(t.length * p) - 1)];

async function main() {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  if (!process.env.DATABASE_URL) {
    env.PGLITE_DATA_DIR = path.resolve(process.env.PGLITE_DATA_DIR ?? path.join(root, ".data", "bench-public"));
    process.env.PGLITE_DATA_DIR = env.PGLITE_DATA_DIR;
    env.DATABASE_URL = "";
  }
  log(`database: ${process.env.DATABASE_URL ? "DATABASE_URL" : `embedded, ${env.PGLITE_DATA_DIR}`}`);
  await prepare();
  if (needsBuild()) {
    log("building the app (next build)…");
    execFileSync(process.execPath, [path.join(root, "scripts", "prisma-generate.mjs")], { cwd: root, stdio: "inherit" });
    execFileSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], { cwd: root, env, stdio: "inherit" });
  }
  const port = await freePort(Number(process.env.BENCH_PORT ?? 3300));
  const base = `http://localhost:${port}`;
  const logFile = path.join(root, ".data", "bench-public-server.log");
  const out = fs.openSync(logFile, "w");
  const server = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], {
    cwd: root,
    env: { ...env, NODE_ENV: "production", SEED_DEMO: "0", NEXTAUTH_URL: base, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret" },
    stdio: ["ignore", out, out],
  });
  try {
    for (let i = 0; ; i++) {
      if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}); see ${logFile}`);
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        /* not up yet */
      }
      if (i > 240) throw new Error("the server did not start in 120 s");
      await new Promise((r) => setTimeout(r, 500));
    }
    const pages: [string, string][] = [
      ["home page /", "/"],
      ["public campaign page", "/public/campaigns/demo-campaign-sqhkt-current"],
      ["idea form", "/public/campaigns/demo-campaign-sqhkt-current/ideas/new"],
      ["library, page 1", "/public/library"],
      ["library, search 'so hoa'", `/public/library?q=${encodeURIComponent("so hoa")}`],
      ["library, page 50", "/public/library?page=50"],
      ["library, a model", "/public/library/bp-m1"],
      ["decided awards", "/public/awards"],
    ];
    for (const [, p] of pages) await fetch(base + p).then((r) => r.arrayBuffer()); // warm-up: first render compiles nothing, but fills caches
    const rows: string[][] = [];
    for (const [name, p] of pages) {
      const floor = await load(`${base}/api/health`);
      const page = await load(base + p);
      const floorP95 = pct(floor.times, 0.95);
      const p95 = pct(page.times, 0.95);
      const statuses = [...page.statuses].map(([s, n]) => `${s}×${n}`).join(" ");
      rows.push([name, statuses, pct(page.times, 0.5).toFixed(0), p95.toFixed(0), page.times[page.times.length - 1].toFixed(0), floorP95.toFixed(0), (p95 / floorP95).toFixed(1)]);
      log(`${name}: p95 ${p95.toFixed(0)} ms (health p95 ${floorP95.toFixed(0)} ms) → ${(p95 / floorP95).toFixed(1)}×`);
    }
    const head = ["page", "HTTP", "p50 ms", "p95 ms", "max ms", "health p95 ms", "p95 / health"];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (c: string[]) => `| ${c.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join(" | ")} |`;
    console.log(`\n${CLIENTS} concurrent anonymous clients, ${REQUESTS} requests per page and per floor round, production build, ${process.env.DATABASE_URL ? "PostgreSQL" : "embedded PGlite"}\n`);
    console.log(line(head));
    console.log(`|${widths.map((w, i) => (i === 0 ? ":" : "") + "-".repeat(w + 1) + (i === 0 ? "" : ":")).join("|")}|`);
    for (const r of rows) console.log(line(r));
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    if (server.exitCode === null) server.kill("SIGKILL");
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
