// The server of the end-to-end journeys (started by playwright.config.ts):
// a FRESH embedded database in .data/e2e (deleted and recreated, demo data loaded on first request),
// a production build (built here when missing or older than the sources, unless E2E_SKIP_BUILD is set),
// and `next start` on port 3100 (E2E_PORT).
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const SOURCES = ["app", "components", "lib", "prisma", "public", "next.config.js", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];
const SKIP_DIRS = new Set(["generated", "node_modules"]);

function newestMtime(p) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of fs.readdirSync(p)) {
    if (SKIP_DIRS.has(entry)) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

/** True when .next holds no production build, or one older than a source file. */
export function needsBuild() {
  if (process.env.E2E_SKIP_BUILD) return false;
  if (process.env.E2E_FORCE_BUILD) return true;
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(root, s)) > built);
}

function main() {
  const port = process.env.E2E_PORT ?? "3100";
  const dataDir = path.join(root, ".data", "e2e");
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(`${dataDir}.lock`, { force: true });
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });

  if (needsBuild()) {
    console.log("[e2e-server] building the app (next build)…");
    execFileSync(process.execPath, [path.join(root, "scripts", "prisma-generate.mjs")], { cwd: root, stdio: "inherit" });
    execFileSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
  }

  const env = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    // Always the embedded database: the journeys expect the demo data on a fresh database.
    DATABASE_URL: "",
    SEED_DEMO: "1",
    PGLITE_DATA_DIR: dataDir,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: "e2e-secret",
  };
  const child = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", port], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(sig, () => {
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5000).unref();
    });
  }
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
