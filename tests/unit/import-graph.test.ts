// The database layer stays below the domain: opening the database (lib/db/open.ts, lib/db/client.ts)
// imports no domain module, and no import cycle runs through lib/db. The demo seed that a fresh embedded
// database loads lives in prisma/seed and is handed to the opener by instrumentation.ts.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const SOURCE_DIRS = ["lib", "app", "components", "prisma"];
const ROOT_FILES = ["instrumentation.ts", "proxy.ts"];
const EXTENSIONS = [".ts", ".tsx"];

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (rel !== "lib/generated" && entry.name !== "node_modules" && entry.name !== "migrations") walk(rel);
      } else if (EXTENSIONS.some((e) => entry.name.endsWith(e)) && !entry.name.endsWith(".d.ts")) out.push(rel);
    }
  };
  for (const d of SOURCE_DIRS) walk(d);
  return [...out, ...ROOT_FILES.filter((f) => fs.existsSync(path.join(root, f)))];
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g;

/** Project files a module imports (static, re-exported or dynamic), as paths relative to the root. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  const found = new Set<string>();
  for (const [, spec] of text.matchAll(SPECIFIER)) {
    let base: string;
    if (spec.startsWith("@/")) base = spec.slice(2);
    else if (spec.startsWith(".")) base = path.posix.join(path.posix.dirname(file), spec);
    else continue;
    const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => `${base}/index${e}`)];
    const hit = candidates.find((c) => fs.existsSync(path.join(root, c)) && fs.statSync(path.join(root, c)).isFile());
    if (hit) found.add(path.posix.normalize(hit));
  }
  return [...found];
}

function graph(): Map<string, string[]> {
  return new Map(sourceFiles().map((f) => [f, importsOf(f)]));
}

function reachable(g: Map<string, string[]>, from: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...from];
  while (stack.length > 0) {
    const f = stack.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    stack.push(...(g.get(f) ?? importsOf(f)));
  }
  return seen;
}

/** Strongly connected components of more than one file (Tarjan): the import cycles. */
function cycles(g: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of g.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of g.keys()) if (!idx.has(v)) visit(v);
  return out;
}

describe("import graph", () => {
  it("opening the database imports only the database layer and the generated client", () => {
    const g = graph();
    const opened = reachable(g, ["lib/db/open.ts", "lib/db/client.ts"]);
    expect([...opened].filter((f) => !f.startsWith("lib/db/") && !f.startsWith("lib/generated/"))).toEqual([]);
    // the guard sees the imports it is meant to see
    expect(opened).toContain("lib/db/migrate.ts");
  });

  it("no import cycle runs through lib/db", () => {
    const through = cycles(graph()).filter((scc) => scc.some((f) => f.startsWith("lib/db/")));
    expect(through).toEqual([]);
  });

  it("the demo seed lives outside lib/ and only the app's entry hands it to the database layer", () => {
    expect(fs.existsSync(path.join(root, "lib/seed"))).toBe(false);
    const g = graph();
    const importers = [...g].filter(([, deps]) => deps.includes("prisma/seed/demo.ts")).map(([f]) => f);
    expect(importers).toEqual(["instrumentation.ts"]);
  });
});
