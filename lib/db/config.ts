import path from "node:path";

export type DbKind = "pglite" | "postgresql";

/** Which database this process talks to: a PostgreSQL server when DATABASE_URL is set, else embedded PGlite. */
export function dbKind(): DbKind {
  return process.env.DATABASE_URL ? "postgresql" : "pglite";
}

export function pgliteDataDir(): string {
  return path.resolve(process.env.PGLITE_DATA_DIR ?? path.join(process.cwd(), ".data", "pglite"));
}

/** Demo data is loaded on the embedded database by default, on PostgreSQL only when asked (SEED_DEMO=1). */
export function demoMode(): boolean {
  const flag = process.env.SEED_DEMO;
  if (flag === "1" || flag === "true") return true;
  if (flag === "0" || flag === "false") return false;
  return dbKind() === "pglite";
}
