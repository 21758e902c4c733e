import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/db/health";
import { storageHealthFields } from "@/lib/evidence/storage-health";

export const dynamic = "force-dynamic";

/**
 * `{ status, db }`: 200 when the database is reachable and migrated, else 503 (unchanged). The
 * evidence storage is probed live too (write, fsync, delete a tiny file in EVIDENCE_DIR): when it
 * fails, or has failed since the server started, the body adds `storage: "ok" | "failing"`,
 * `storageError` (the current error code), `storageLastFailureAt` and `storageLastFailureCode`.
 * A storage failure does not change the status code: reading the portal still works, and taking
 * every server out of the load balancer over a full disk would make things worse.
 */
export async function GET() {
  const [health, storage] = await Promise.all([checkHealth(), storageHealthFields()]);
  return NextResponse.json({ ...health, ...storage }, { status: health.status === "ok" ? 200 : 503 });
}
