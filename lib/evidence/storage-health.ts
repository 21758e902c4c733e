import "server-only";
import { probeEvidenceStorage } from "./storage";

export interface StorageHealthFields {
  storage?: "ok" | "failing";
  storageError?: string | null;
  storageLastFailureAt?: string;
  storageLastFailureCode?: string;
}

/**
 * The evidence storage's part of `/api/health`: its state ("ok" or "failing"), the current error code,
 * and the last failure in this process when there was one.
 */
export async function storageHealthFields(): Promise<StorageHealthFields> {
  const s = await probeEvidenceStorage();
  if (s.state === "ok" && !s.lastFailure) return { storage: "ok", storageError: null };
  return {
    storage: s.state,
    storageError: s.code,
    ...(s.lastFailure ? { storageLastFailureAt: s.lastFailure.at.toISOString(), storageLastFailureCode: s.lastFailure.code } : {}),
  };
}
