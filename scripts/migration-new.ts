/**
 * `npm run db:migration:new -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
 * with the SQL that takes the database from the existing migrations to prisma/schema.prisma.
 *
 * Prisma 7's native schema engine cannot be installed on this machine kind, so we use Prisma 6.19's
 * WASM schema engine (installed on demand under .cache/prisma-diff) against a throwaway PGlite
 * database that our own runner has migrated. No server is needed.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = process.cwd();
const name = (process.argv[2] ?? "").trim().replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("Usage: npm run db:migration:new -- <name>");
  process.exit(2);
}

const toolDir = path.join(root, ".cache", "prisma-diff");
fs.mkdirSync(toolDir, { recursive: true });
if (!fs.existsSync(path.join(toolDir, "node_modules", "prisma", "package.json"))) {
  fs.writeFileSync(
    path.join(toolDir, "package.json"),
    JSON.stringify({ name: "prisma-diff", private: true, allowScripts: { prisma: false, "@prisma/engines": false } }),
  );
  execFileSync(
    "npm",
    ["install", "--no-audit", "--no-fund", "prisma@6.19.3", "pglite-prisma-adapter@0.7.2", "@electric-sql/pglite@0.5.16"],
    { cwd: toolDir, stdio: "inherit" },
  );
}
// Prisma 6 wants the classic generator and a url line; the diff does not depend on either.
const schema = fs
  .readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8")
  .replace(/provider\s*=\s*"prisma-client"/, 'provider = "prisma-client-js"')
  .replace(/^\s*(output|moduleFormat)\s*=.*$/gm, "")
  .replace(/datasource db \{/, 'datasource db {\n  url = env("DIFF_DB_URL")');
fs.writeFileSync(path.join(toolDir, "schema.prisma"), schema);
fs.writeFileSync(
  path.join(toolDir, "prisma.config.ts"),
  `import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

// The shadow database receives each migration file as one script of many statements, which
// PGlite's prepared-statement path refuses: send parameterless statements through exec().
function scriptable(pg: PGlite) {
  const factory = new PrismaPGlite(pg);
  const connect = async () => {
    const adapter: any = await factory.connect();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (q: { sql: string; args: unknown[] }) => {
      if (q.args.length === 0) { await pg.exec(q.sql); return 0; }
      return executeRaw(q);
    };
    adapter.executeScript = async (script: string) => { await pg.exec(script); };
    return adapter;
  };
  return { provider: factory.provider, adapterName: factory.adapterName, connect,
    connectToShadowDb: async () => scriptable(new PGlite({ extensions: { pg_trgm } })).connect() };
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "schema.prisma",
  adapter: async () => scriptable(new PGlite({ extensions: { pg_trgm } })) as any,
});
`,
);
fs.writeFileSync(path.join(toolDir, "fake-query-engine.node"), "");

async function main() {
  const sql = execFileSync(
    path.join(toolDir, "node_modules", ".bin", "prisma"),
    ["migrate", "diff", "--from-migrations", path.join(root, "prisma", "migrations"), "--to-schema-datamodel", "schema.prisma", "--script"],
    {
      cwd: toolDir,
      env: {
        ...process.env,
        DIFF_DB_URL: "postgresql://unused",
        PRISMA_QUERY_ENGINE_LIBRARY: path.join(toolDir, "fake-query-engine.node"),
      },
      encoding: "utf8",
    },
  );
  if (!sql.trim() || /^-- This is an empty migration/m.test(sql)) {
    console.log("The schema matches the migrations: nothing to generate.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(root, "prisma", "migrations", `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`Wrote ${path.relative(root, dir)}/migration.sql; review it, then run npm test.`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
