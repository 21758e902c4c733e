// First step of `npm test` and `npm run test:e2e`: the system packages the suite needs, from Debian.
//
// Each dependency is an executable at a known path and the Debian package that provides it. When one
// is missing:
//   - as root (a fresh CI machine or container): `apt-get update` and `apt-get install -y <package>`,
//     then the path must exist;
//   - otherwise: stop at once with the exact command to run, before any test has started.
//
// Chromium drives the end-to-end journeys (`playwright install` is never needed). LibreOffice prints
// the official documents to PDF (the portal's PDF downloads and the render test), pdftotext reads the
// PDFs back, and the Liberation fonts stand in for Times New Roman with the same metrics (without
// them LibreOffice falls back to a wider serif and the header lines would wrap).
//
// Plain Node, no dependencies: .ci/run calls it before `npm ci` as well.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const DEFAULT_CHROMIUM = "/usr/bin/chromium";

/** @returns {{ name: string, path: string, pkg: string, why: string, envVar: string, custom: boolean, file?: boolean }[]} */
export function systemDeps(env = process.env) {
  return [
    {
      name: "Chromium",
      path: env.CHROMIUM_PATH || DEFAULT_CHROMIUM,
      pkg: "chromium",
      why: "the end-to-end journeys (Playwright)",
      envVar: "CHROMIUM_PATH",
      custom: Boolean(env.CHROMIUM_PATH) && env.CHROMIUM_PATH !== DEFAULT_CHROMIUM,
    },
    { name: "LibreOffice", path: "/usr/bin/soffice", pkg: "libreoffice-writer-nogui", why: "PDF of the official documents and their render test", envVar: "", custom: false },
    { name: "pdftotext", path: "/usr/bin/pdftotext", pkg: "poppler-utils", why: "the render test of the official documents", envVar: "", custom: false },
    {
      name: "Liberation fonts",
      path: "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
      pkg: "fonts-liberation2",
      why: "Times New Roman's metrics when LibreOffice prints a document",
      envVar: "",
      custom: false,
      file: true,
    },
  ];
}

function isFile(p) {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

const present = (d) => (d.file ? isFile(d.path) : isExecutable(d.path));

function isExecutable(p) {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function run(cmd, args) {
  console.log(`[system-deps] ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited with ${r.status ?? r.signal}`);
}

function fail(lines) {
  console.error(["", ...lines.map((l) => `[system-deps] ${l}`), ""].join("\n"));
  process.exit(1);
}

function main() {
  const missing = systemDeps().filter((d) => !present(d));
  if (missing.length === 0) return;

  const list = missing.map((d) => `${d.name} (${d.path}), needed by ${d.why}`);
  const pkgs = [...new Set(missing.map((d) => d.pkg))];
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = isExecutable("/usr/bin/apt-get");
  const custom = missing.filter((d) => d.custom);
  if (!isRoot || !hasApt) {
    fail([
      `Missing: ${list.join("; ")}.`,
      hasApt ? "Install it, then run the tests again:" : "This is not a Debian/Ubuntu machine (no apt-get): install the equivalent package, e.g. on Debian:",
      "",
      `    sudo apt-get install -y ${pkgs.join(" ")}`,
      ...custom.map((d) => `(or unset ${d.envVar}, which points ${d.name} at ${d.path})`),
    ]);
  }
  if (custom.length > 0) {
    // Installing the Debian package would not create a path chosen by hand.
    fail([
      ...custom.map((d) => `${d.name} is not at ${d.path} (set by ${d.envVar}).`),
      `Point it at an existing executable, or unset it to use Debian's package (installed here when missing).`,
    ]);
  }
  console.log(`[system-deps] missing: ${list.join("; ")} — installing ${pkgs.join(" ")} from Debian's packages`);
  try {
    run("apt-get", ["update"]);
    run("apt-get", ["install", "-y", "--no-install-recommends", ...pkgs]);
  } catch (err) {
    fail([`Installing ${pkgs.join(" ")} failed: ${err instanceof Error ? err.message : String(err)}`]);
  }
  const still = missing.filter((d) => !present(d));
  if (still.length > 0) fail(still.map((d) => `${d.name} is still missing at ${d.path} after installing ${d.pkg}.`));
  console.log(`[system-deps] installed ${pkgs.join(" ")}`);
}

main();
