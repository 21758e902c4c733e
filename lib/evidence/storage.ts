import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { MAX_EVIDENCE_BYTES } from "./limits";

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
 * Streams an upload into a temp file under EVIDENCE_DIR/tmp, counting and hashing it; stops and
 * removes the temp file as soon as it exceeds `limit` bytes (TooLargeError).
 */
export async function stageUpload(source: AsyncIterable<Uint8Array> | Uint8Array, limit = MAX_EVIDENCE_BYTES): Promise<StagedFile> {
  const tmpDir = path.join(evidenceDir(), "tmp");
  await mkdir(tmpDir, { recursive: true });
  const tmpPath = path.join(tmpDir, `${newId()}.part`);
  const hash = createHash("sha256");
  const handle = await open(tmpPath, "wx", 0o600);
  let size = 0;
  try {
    const chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array> = source instanceof Uint8Array ? [source] : source;
    for await (const chunk of chunks) {
      size += chunk.byteLength;
      if (size > limit) throw new TooLargeError();
      hash.update(chunk);
      await handle.write(chunk);
    }
    await handle.sync();
  } catch (err) {
    await handle.close().catch(() => {});
    await rm(tmpPath, { force: true });
    throw err;
  }
  await handle.close();
  return { tmpPath, sizeBytes: size, sha256: hash.digest("hex") };
}

/** Moves an accepted temp file to its storage key (same file system: an atomic rename). */
export async function commitStaged(staged: StagedFile, key: string): Promise<void> {
  const dest = pathOfKey(key);
  await mkdir(path.dirname(dest), { recursive: true });
  await rename(staged.tmpPath, dest);
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
