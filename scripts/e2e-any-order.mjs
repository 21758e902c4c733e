// `npm run test:e2e:any-order [-- --shuffle[=SEED] | --reverse] [FILE…]`: proves that the end-to-end
// journeys do not depend on the order of their files. Playwright always runs the files of one
// invocation in alphabetical order, so this starts ONE server on a fresh database (scripts/e2e-server.mjs,
// as `npm run test:e2e` does), then runs each file by itself against it (E2E_BASE_URL) in the order asked:
// reversed (default) or shuffled (with a seed printed so that a failing order can be replayed).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const port = process.env.E2E_PORT ?? "3100";
const baseURL = `http://localhost:${port}`;

function parseArgs(argv) {
  let mode = "reverse";
  let seed = Date.now() % 100_000;
  const files = [];
  for (const a of argv) {
    if (a === "--reverse") mode = "reverse";
    else if (a === "--shuffle") mode = "shuffle";
    else if (a.startsWith("--shuffle=")) {
      mode = "shuffle";
      seed = Number(a.slice("--shuffle=".length));
    } else files.push(a);
  }
  return { mode, seed, files };
}

/** Small seeded generator (mulberry32), so that an order can be replayed. */
function random(seed) {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

function ordered({ mode, seed, files }) {
  const all = files.length
    ? files
    : fs
        .readdirSync(path.join(root, "tests", "e2e"))
        .filter((f) => f.endsWith(".spec.ts"))
        .sort()
        .map((f) => path.join("tests", "e2e", f));
  if (mode === "reverse") return [...all].reverse();
  const rnd = random(seed);
  const out = [...all];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

async function waitHealthy(server, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`the e2e server exited with ${server.exitCode}`);
    try {
      const res = await fetch(`${baseURL}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`no answer from ${baseURL}/api/health`);
}

function run(file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, "node_modules", "@playwright", "test", "cli.js"), "test", "--workers=1", file], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, E2E_BASE_URL: baseURL },
    });
    child.on("exit", (code) => resolve(code === 0));
  });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const files = ordered(args);
  console.log(`[e2e-any-order] ${args.mode === "shuffle" ? `shuffled with seed ${args.seed}` : "reversed"}:\n  ${files.join("\n  ")}`);

  const server = spawn(process.execPath, [path.join(root, "scripts", "e2e-server.mjs")], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, E2E_PORT: port },
  });
  const stop = () => {
    if (server.exitCode === null) server.kill("SIGTERM");
  };
  process.on("SIGINT", () => {
    stop();
    process.exit(130);
  });

  const failed = [];
  try {
    await waitHealthy(server, 20 * 60_000); // a build first may take long on a busy machine
    for (const file of files) {
      console.log(`\n[e2e-any-order] ${file}`);
      if (!(await run(file))) failed.push(file);
    }
  } finally {
    stop();
  }
  console.log(`\n[e2e-any-order] ${files.length - failed.length}/${files.length} files passed in this order.`);
  if (failed.length) {
    console.error(`[e2e-any-order] failed: ${failed.join(", ")}`);
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
