import "server-only";
import { probeEvidenceStorage } from "./storage";

export interface StorageHealthFields {
  storage?: "ok" | "failing";
  storageError?: string | null;
  storageLastFailureAt?: string;
  storageLastFailureCode?: string;
}

/**
 * The evidence storage's part of `/api/health`. Nothing while the storage works and never failed
 * in this process (the body stays `{ status, db }`, which monitors and the e2e smoke test expect);
 * otherwise its state, the current error code and the last failure.
 */
export async function storageHealthFields(): Promise<StorageHealthFields> {
  const s = await probeEvidenceStorage();
  if (s.state === "ok" && !s.lastFailure) return {};
  return {
    storage: s.state,
    storageError: s.code,
    ...(s.lastFailure ? { storageLastFailureAt: s.lastFailure.at.toISOString(), storageLastFailureCode: s.lastFailure.code } : {}),
  };
}
