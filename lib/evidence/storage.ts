import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, rename, rm, stat, statfs } from "node:fs/promises";
import path from "node:path";
import { DomainError } from "@/lib/actions/result";
import { MAX_EVIDENCE_BYTES } from "./limits";
import { recordStorageFailure, recordStorageSuccess, storageFailureMessage, storageHttpStatus, storageState, type StorageFailure } from "./storage-status";

/**
 * Evidence files on disk, outside the web root: `EVIDENCE_DIR` (default `.data/evidence`, resolved
 * from the working directory). A file's storage key is `yyyy/mm/<random id>` — never a name chosen
 * by the user. Uploads are written to `EVIDENCE_DIR/tmp/` first, hashed and counted while they
 * stream in, and renamed into place only once accepted.
 */
export function evidenceDir(): string {
  return path.resolve(process.cwd(), process.env.EVIDENCE_DIR || ".data/evidence");
}

function newId(): string {
  return `c${Date.now().toString(36)}${randomBytes(10).toString("hex")}`;
}

export function newStorageKey(now = new Date()): string {
  const y = String(now.getUTCFullYear());
  const m = String(now.getUTCMonth() + 1).padStart(2, "0");
  return `${y}/${m}/${newId()}`;
}

/** The absolute path of a storage key; throws on anything that would leave EVIDENCE_DIR. */
export function pathOfKey(key: string): string {
  if (!/^\d{4}\/\d{2}\/[a-z0-9]{8,64}$/.test(key)) throw new Error(`Invalid evidence storage key: ${key}`);
  const root = evidenceDir();
  const full = path.resolve(root, key);
  if (!full.startsWith(root + path.sep)) throw new Error(`Evidence key outside EVIDENCE_DIR: ${key}`);
  return full;
}

export class TooLargeError extends Error {
  constructor() {
    super("Evidence upload over the size limit");
  }
}

export interface StagedFile {
  tmpPath: string;
  sizeBytes: number;
  sha256: string;
}

/**
 * Writing to EVIDENCE_DIR failed (disk full, read-only, permissions, I/O error…). The user is told
 * the file could not be stored (507 when the disk is full, else 503), the failure is recorded for
 * the administrator (`/api/health`, `/admin/jobs`) and logged. A DomainError, so a server action
 * that uploads (award dossier drafts) shows the same message instead of a generic "try again".
 */
export class EvidenceStorageError extends DomainError {
  constructor(
    public fsCode: string,
    public op: string,
    fileName?: string,
  ) {
    super("RULE", storageFailureMessage(fileName), { file: storageFailureMessage(fileName) });
    this.name = "EvidenceStorageError";
  }

  get httpStatus(): 503 | 507 {
    return storageHttpStatus(this.fsCode);
  }

  /** The same failure, its message naming the file. */
  forFile(fileName: string): EvidenceStorageError {
    return new EvidenceStorageError(this.fsCode, this.op, fileName);
  }
}

/** Error codes of a file system that cannot store (as opposed to bad content or a client gone). */
const STORAGE_CODES = new Set(["ENOSPC", "EDQUOT", "EROFS", "EACCES", "EPERM", "EIO", "ENOTDIR", "EISDIR", "EEXIST", "ENOENT", "ESTALE", "EMFILE", "ENFILE", "EBUSY", "ETIMEDOUT", "ENXIO", "ENODEV"]);

export function isStorageFsError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && STORAGE_CODES.has(code);
}

/** Records and wraps a failed file-system step (any error of a write step is a storage failure). */
export function toStorageError(err: unknown, op: string): EvidenceStorageError {
  if (err instanceof EvidenceStorageError) return err;
  const raw = (err as { code?: unknown } | null)?.code;
  const code = typeof raw === "string" && raw ? raw : "EUNKNOWN";
  recordStorageFailure(code, op);
  console.error(`Evidence storage failure (${op}, ${code}) in ${evidenceDir()}: ${(err as Error)?.message ?? err}`);
  return new EvidenceStorageError(code, op);
}

async function step<T>(op: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw toStorageError(err, op);
  }
}

/**
 * Streams an upload into a temp file under EVIDENCE_DIR/tmp, counting and hashing it; stops and
 * removes the temp file as soon as it exceeds `limit` bytes (TooLargeError). A failed write
 * (EvidenceStorageError) removes the partial temp file as well.
 */
export async function stageUpload(source: AsyncIterable<Uint8Array> | Uint8Array, limit = MAX_EVIDENCE_BYTES): Promise<StagedFile> {
  const tmpDir = path.join(evidenceDir(), "tmp");
  await step("mkdir", () => mkdir(tmpDir, { recursive: true }));
  const tmpPath = path.join(tmpDir, `${newId()}.part`);
  const hash = createHash("sha256");
  const handle = await step("open", () => open(tmpPath, "wx", 0o600));
  let size = 0;
  let closed = false;
  try {
    const chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array> = source instanceof Uint8Array ? [source] : source;
    for await (const chunk of chunks) {
      size += chunk.byteLength;
      if (size > limit) throw new TooLargeError();
      hash.update(chunk);
      await step("write", () => handle.write(chunk));
    }
    await step("fsync", () => handle.sync());
    closed = true;
    await step("close", () => handle.close());
  } catch (err) {
    if (!closed) await handle.close().catch(() => {});
    await rm(tmpPath, { force: true }).catch(() => {});
    throw err;
  }
  return { tmpPath, sizeBytes: size, sha256: hash.digest("hex") };
}

/** Moves an accepted temp file to its storage key (same file system: an atomic rename). */
export async function commitStaged(staged: StagedFile, key: string): Promise<void> {
  const dest = pathOfKey(key);
  await step("mkdir", () => mkdir(path.dirname(dest), { recursive: true }));
  await step("rename", () => rename(staged.tmpPath, dest));
  recordStorageSuccess();
}

export async function discard(tmpOrStoredPath: string): Promise<void> {
  await rm(tmpOrStoredPath, { force: true }).catch(() => {});
}

export async function removeStored(key: string): Promise<void> {
  await discard(pathOfKey(key));
}

/** A read stream of a stored file with its size on disk, or null when the file is missing. */
export async function openStored(key: string): Promise<{ stream: NodeJS.ReadableStream; size: number } | null> {
  const full = pathOfKey(key);
  try {
    const s = await stat(full);
    if (!s.isFile()) return null;
    return { stream: createReadStream(full), size: s.size };
  } catch {
    return null;
  }
}

export interface EvidenceStorageStatus {
  state: "ok" | "failing";
  /** Why it is failing now (null when ok). */
  code: string | null;
  checkedAt: Date;
  dir: string;
  /** Free space for this process on EVIDENCE_DIR's file system, when known. */
  freeBytes: number | null;
  lastFailure: StorageFailure | null;
  lastSuccessAt: Date | null;
}

/** An upload failure this recent, with no successful upload since, still counts as failing. */
export const RECENT_FAILURE_MS = 15 * 60 * 1000;

let inFlight: Promise<EvidenceStorageStatus> | null = null;

/**
 * Live check of EVIDENCE_DIR: creates, writes, fsyncs and deletes a tiny file in its tmp/ (within
 * `timeoutMs`, default EVIDENCE_PROBE_TIMEOUT_MS or 2 s), and reads the free space (less than one
 * upload's worth counts as full). Failing also when an upload failed in the last 15 minutes with no
 * successful upload since (a nearly full disk takes the tiny file but not a 20 MB one). One probe
 * at a time: concurrent callers share it.
 */
export function probeEvidenceStorage(timeoutMs = Number(process.env.EVIDENCE_PROBE_TIMEOUT_MS) || 2000): Promise<EvidenceStorageStatus> {
  inFlight ??= runProbe(timeoutMs).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

async function runProbe(timeoutMs: number): Promise<EvidenceStorageStatus> {
  const dir = evidenceDir();
  let code: string | null = null;
  let freeBytes: number | null = null;
  let timer: NodeJS.Timeout | undefined;
  const write = async () => {
    const tmpDir = path.join(dir, "tmp");
    await step("probe", () => mkdir(tmpDir, { recursive: true }));
    const probe = path.join(tmpDir, `.probe-${newId()}`);
    const handle = await step("probe", () => open(probe, "wx", 0o600));
    try {
      await step("probe", () => handle.write("ok"));
      await step("probe", () => handle.sync());
    } finally {
      await handle.close().catch(() => {});
      await rm(probe, { force: true }).catch(() => {});
    }
    try {
      const fs = await statfs(dir);
      freeBytes = Number(fs.bavail) * Number(fs.bsize);
    } catch {
      freeBytes = null;
    }
  };
  try {
    await Promise.race([
      write(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error(`probe took more than ${timeoutMs} ms`), { code: "ETIMEDOUT" })), timeoutMs);
      }),
    ]);
    if (freeBytes !== null && freeBytes < MAX_EVIDENCE_BYTES) {
      code = "ENOSPC";
      recordStorageFailure(code, "probe");
    }
  } catch (err) {
    code = toStorageError(err, "probe").fsCode;
  } finally {
    clearTimeout(timer);
  }
  const { lastFailure, lastSuccessAt } = storageState();
  const now = new Date();
  if (!code && lastFailure && lastFailure.op !== "probe" && now.getTime() - lastFailure.at.getTime() < RECENT_FAILURE_MS && (!lastSuccessAt || lastSuccessAt < lastFailure.at)) {
    code = lastFailure.code;
  }
  return { state: code ? "failing" : "ok", code, checkedAt: now, dir, freeBytes, lastFailure, lastSuccessAt };
}
