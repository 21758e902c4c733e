// `npm start`: on PostgreSQL, apply pending migrations first (and demo data when SEED_DEMO=1), then serve.
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
if (process.env.DATABASE_URL) {
  execFileSync(process.execPath, [tsx, path.join(root, "scripts", "db-migrate.ts")], { stdio: "inherit", cwd: root });
  if (process.env.SEED_DEMO === "1" || process.env.SEED_DEMO === "true") {
    execFileSync(process.execPath, [tsx, "--conditions=react-server", path.join(root, "scripts", "seed-demo.ts")], { stdio: "inherit", cwd: root });
  }
}
const args = [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", ...process.argv.slice(2)];
const child = spawn(process.execPath, args, { stdio: "inherit", cwd: root });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
