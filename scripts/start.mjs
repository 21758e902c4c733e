// `npm start`: serves the production build.
//
// On PostgreSQL (DATABASE_URL): applies pending migrations first (and demo data when SEED_DEMO=1), then
// serves from one `next start` worker per core (WEB_CONCURRENCY to choose, 1 for a single process) with
// Node's cluster module: the workers share the port and the primary hands connections out in turn. The
// portal keeps nothing in a process that another must see (sessions, sign-in throttling, locks, jobs and
// their schedule live in the database), so any worker can answer any request. A worker that dies is
// replaced.
//
// On the embedded database (no DATABASE_URL) there is one process: PGlite's data directory belongs to
// one process at a time (README, "Embedded database").
import cluster from "node:cluster";
import { execFileSync, spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const args = ["start", ...process.argv.slice(2)];

/** Workers to run: WEB_CONCURRENCY, else one per core the process may use; always 1 on the embedded database. */
function workerCount(env = process.env) {
  if (!env.DATABASE_URL) return 1;
  const asked = Number(env.WEB_CONCURRENCY);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, 64);
  return os.availableParallelism();
}

function prepareDatabase() {
  if (!process.env.DATABASE_URL) return;
  execFileSync(process.execPath, [tsx, path.join(root, "scripts", "db-migrate.ts")], { stdio: "inherit", cwd: root });
  if (process.env.SEED_DEMO === "1" || process.env.SEED_DEMO === "true") {
    execFileSync(process.execPath, [tsx, "--conditions=react-server", path.join(root, "scripts", "seed-demo.ts")], { stdio: "inherit", cwd: root });
  }
}

function single() {
  const child = spawn(process.execPath, [nextBin, ...args], { stdio: "inherit", cwd: root });
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
  child.on("exit", (code) => process.exit(code ?? 0));
}

function workers(n) {
  cluster.setupPrimary({ exec: nextBin, args, cwd: root });
  let stopping = false;
  const recentDeaths = [];
  for (let i = 0; i < n; i++) cluster.fork();
  console.log(`[start] ${n} workers (WEB_CONCURRENCY to change), primary ${process.pid}`);
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // A worker that keeps dying at start (a bad build, the port taken) stops everything instead of looping.
    const now = Date.now();
    recentDeaths.push(now);
    while (recentDeaths.length && now - recentDeaths[0] > 60_000) recentDeaths.shift();
    if (recentDeaths.length > n * 3) {
      console.error(`[start] workers keep exiting (last: code ${code}, signal ${signal}); stopping`);
      process.exit(1);
    }
    console.error(`[start] worker ${worker.process.pid} exited (code ${code}, signal ${signal}); starting another`);
    cluster.fork();
  });
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, () => {
      stopping = true;
      const alive = Object.values(cluster.workers ?? {});
      if (!alive.length) process.exit(0);
      for (const w of alive) w?.process.kill(sig);
      setTimeout(() => process.exit(0), 10_000).unref();
    });
  }
}

if (cluster.isPrimary) {
  prepareDatabase();
  const n = workerCount();
  if (n > 1) workers(n);
  else single();
}
