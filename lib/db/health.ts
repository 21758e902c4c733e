import "server-only";
import { getDb } from "./client";
import { dbKind } from "./config";
import { readMigrations } from "./migrate";

/** Healthy = reachable and every migration file applied. */
export async function checkHealth(): Promise<{ status: "ok" | "error"; db: "pglite" | "postgresql"; detail?: string }> {
  const db = dbKind();
  try {
    const prisma = await getDb();
    const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = new Set(rows.map((r) => r.migration_name));
    const pending = readMigrations().filter((m) => !applied.has(m.name));
    if (pending.length) return { status: "error", db, detail: `pending migrations: ${pending.map((m) => m.name).join(", ")}` };
    return { status: "ok", db };
  } catch (err) {
    return { status: "error", db, detail: (err as Error).message.slice(0, 200) };
  }
}
