import { open, type FileHandle } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createInflateRaw } from "node:zlib";
import { MAX_EVIDENCE_BYTES } from "./limits";

/**
 * Structural check of ZIP-based uploads (.docx, .xlsx) from their central directory, ZIP64
 * included, before they are accepted:
 *
 * - zip bombs are refused without ever holding the inflated data in memory: the declared sizes,
 *   the entry count and the compression ratios are checked from the headers first, then every
 *   entry is inflated as a stream (counted and thrown away) and must inflate to exactly the size
 *   it declares, with one inflation budget for the whole upload;
 * - entries whose data overlap (many entries sharing one compressed block), a truncated or corrupt
 *   archive, encrypted entries, unknown compression methods and archives nested deeper than
 *   `ZIP_LIMITS.maxDepth` (a .docx may embed an .xlsx, which is a ZIP too) are refused;
 * - the Office Open XML type (docx, xlsx…) is read from `[Content_Types].xml`, for archives the
 *   `file-type` package does not follow (it reads local headers only and gives up on ZIP64 ones).
 *
 * Never throws on bad content (a `problem` comes back); only I/O errors on the file itself propagate.
 */

export const ZIP_LIMITS = {
  /** Entries in one archive (a large real workbook has a few thousand). */
  maxEntries: 10_000,
  /** Bytes inflated for one upload, every level together. */
  maxTotalUncompressed: 512 * 1024 * 1024,
  /** Inflated ÷ compressed of one entry (XML rarely passes 30:1; zeros reach 1000:1)… */
  maxRatio: 200,
  /** …checked for entries inflating to more than this. */
  ratioFloorBytes: 1024 * 1024,
  /** Archives inside archives: the upload is depth 0, an embedded workbook depth 1. */
  maxDepth: 2,
  /** A nested archive is read into memory to be checked: at most this big. */
  maxNestedBytes: 2 * MAX_EVIDENCE_BYTES,
  /** `[Content_Types].xml` read for the type. */
  maxContentTypesBytes: 1024 * 1024,
} as const;

export type ZipProblem = "corrupt" | "too-large" | "ratio" | "entries" | "overlap" | "nested" | "encrypted" | "method";

export type ZipInspection =
  | { ok: true; entries: number; uncompressedBytes: number; zip64: boolean; ooxml?: { ext: string; mime: string } }
  | { ok: false; problem: ZipProblem; detail: string };

class Refusal extends Error {
  constructor(
    public problem: ZipProblem,
    detail: string,
  ) {
    super(detail);
  }
}

/** Random access to the archive's bytes (the temp file, or a nested archive in memory). */
interface Source {
  size: number;
  read(position: number, length: number): Promise<Buffer>;
}

function bufferSource(buf: Buffer): Source {
  return {
    size: buf.length,
    async read(position, length) {
      if (position < 0 || position + length > buf.length) throw new Refusal("corrupt", `read past the end (${position}+${length} > ${buf.length})`);
      return buf.subarray(position, position + length);
    },
  };
}

function fileSource(handle: FileHandle, size: number): Source {
  return {
    size,
    async read(position, length) {
      if (position < 0 || position + length > size) throw new Refusal("corrupt", `read past the end (${position}+${length} > ${size})`);
      const buf = Buffer.alloc(length);
      let done = 0;
      while (done < length) {
        const { bytesRead } = await handle.read(buf, done, length - done, position + done);
        if (bytesRead === 0) throw new Refusal("corrupt", "file shorter than its size");
        done += bytesRead;
      }
      return buf;
    },
  };
}

const SIG = { local: 0x04034b50, central: 0x02014b50, eocd: 0x06054b50, zip64Eocd: 0x06064b50, zip64Locator: 0x07064b50 } as const;

interface Entry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

function u64(buf: Buffer, at: number): number {
  const v = buf.readBigUInt64LE(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new Refusal("too-large", `64-bit field too large (${v})`);
  return Number(v);
}

/** The end of central directory (and its ZIP64 version): where the directory is and how many entries it has. */
async function readDirectoryLocation(src: Source): Promise<{ count: number; cdOffset: number; cdSize: number; zip64: boolean; eocdAt: number }> {
  if (src.size < 22) throw new Refusal("corrupt", "too short for a ZIP archive");
  const tailLength = Math.min(src.size, 22 + 0xffff);
  const tailStart = src.size - tailLength;
  const tail = await src.read(tailStart, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    // The comment length must reach exactly the end of the file.
    if (tail.readUInt32LE(i) === SIG.eocd && i + 22 + tail.readUInt16LE(i + 20) === tail.length) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new Refusal("corrupt", "no end of central directory (truncated?)");
  const eocdAt = tailStart + at;
  const disk = tail.readUInt16LE(at + 4);
  const cdDisk = tail.readUInt16LE(at + 6);
  let count = tail.readUInt16LE(at + 10);
  let cdSize = tail.readUInt32LE(at + 12);
  let cdOffset = tail.readUInt32LE(at + 16);
  let zip64 = false;
  if (eocdAt >= 20) {
    const locator = await src.read(eocdAt - 20, 20);
    if (locator.readUInt32LE(0) === SIG.zip64Locator) {
      zip64 = true;
      const recordAt = u64(locator, 8);
      if (recordAt + 56 > eocdAt - 20) throw new Refusal("corrupt", "ZIP64 end record outside the file");
      const record = await src.read(recordAt, 56);
      if (record.readUInt32LE(0) !== SIG.zip64Eocd) throw new Refusal("corrupt", "bad ZIP64 end record");
      if (record.readUInt32LE(16) !== 0 || record.readUInt32LE(20) !== 0) throw new Refusal("corrupt", "multi-disk archive");
      const total = u64(record, 32);
      if (total > ZIP_LIMITS.maxEntries) throw new Refusal("entries", `${total} entries`);
      count = total;
      cdSize = u64(record, 40);
      cdOffset = u64(record, 48);
      if (cdOffset + cdSize > recordAt) throw new Refusal("corrupt", "central directory outside the file");
      return { count, cdOffset, cdSize, zip64, eocdAt: recordAt };
    }
  }
  if (disk !== 0 || cdDisk !== 0) throw new Refusal("corrupt", "multi-disk archive");
  if (cdOffset + cdSize > eocdAt) throw new Refusal("corrupt", "central directory outside the file");
  return { count, cdOffset, cdSize, zip64, eocdAt };
}

function readEntries(cd: Buffer, count: number): Entry[] {
  const entries: Entry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (entries.length >= ZIP_LIMITS.maxEntries) throw new Refusal("entries", `more than ${ZIP_LIMITS.maxEntries} entries`);
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== SIG.central) throw new Refusal("corrupt", `bad central directory entry ${n}`);
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    let compressedSize = cd.readUInt32LE(p + 20);
    let uncompressedSize = cd.readUInt32LE(p + 24);
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    const diskStart = cd.readUInt16LE(p + 34);
    let localOffset = cd.readUInt32LE(p + 42);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > cd.length) throw new Refusal("corrupt", `central directory entry ${n} runs past the directory`);
    const name = cd.toString("utf8", p + 46, p + 46 + nameLength);
    // ZIP64 extended information: the 64-bit values of the fields set to 0xFFFFFFFF, in this order.
    const extra = cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength);
    const needs = [uncompressedSize === 0xffffffff, compressedSize === 0xffffffff, localOffset === 0xffffffff];
    if (needs.some(Boolean)) {
      let found = false;
      for (let q = 0; q + 4 <= extra.length; ) {
        const id = extra.readUInt16LE(q);
        const len = extra.readUInt16LE(q + 2);
        if (q + 4 + len > extra.length) break;
        if (id === 0x0001) {
          found = true;
          let r = q + 4;
          const next = () => {
            if (r + 8 > q + 4 + len) throw new Refusal("corrupt", `short ZIP64 field in entry ${n}`);
            const v = u64(extra, r);
            r += 8;
            return v;
          };
          if (needs[0]) uncompressedSize = next();
          if (needs[1]) compressedSize = next();
          if (needs[2]) localOffset = next();
          break;
        }
        q += 4 + len;
      }
      if (!found) throw new Refusal("corrupt", `missing ZIP64 field in entry ${n}`);
    }
    if (diskStart !== 0 && diskStart !== 0xffff) throw new Refusal("corrupt", "multi-disk archive");
    entries.push({ name, flags, method, compressedSize, uncompressedSize, localOffset });
    p = end;
  }
  return entries;
}

interface Budget {
  inflated: number;
}

function spend(budget: Budget, bytes: number) {
  budget.inflated += bytes;
  if (budget.inflated > ZIP_LIMITS.maxTotalUncompressed) throw new Refusal("too-large", `more than ${ZIP_LIMITS.maxTotalUncompressed} bytes once inflated`);
}

async function* chunksOf(src: Source, start: number, length: number) {
  const step = 64 * 1024;
  for (let at = 0; at < length; at += step) yield await src.read(start + at, Math.min(step, length - at));
}

const PK_LOCAL = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Inflates one entry as a stream, counting the output against its declared size and the budget;
 * keeps the bytes only when the entry is small enough and wanted (`keepUpTo`) or is a nested archive.
 */
async function inflateEntry(src: Source, e: Entry, dataStart: number, budget: Budget, keepUpTo: number): Promise<{ kept: Buffer | null; nested: boolean }> {
  const kept: Buffer[] = [];
  let produced = 0;
  let head: Buffer | null = null;
  let keeping = keepUpTo > 0 && e.uncompressedSize <= keepUpTo;
  const consume = (chunk: Buffer) => {
    produced += chunk.length;
    if (produced > e.uncompressedSize) throw new Refusal("too-large", `entry “${e.name}” inflates past its declared ${e.uncompressedSize} bytes`);
    spend(budget, chunk.length);
    if (head === null || head.length < 4) {
      head = Buffer.concat([head ?? Buffer.alloc(0), chunk.subarray(0, 4)]).subarray(0, 4);
      if (head.length === 4 && head.equals(PK_LOCAL) && !keeping) {
        if (e.uncompressedSize > ZIP_LIMITS.maxNestedBytes) throw new Refusal("nested", `nested archive “${e.name}” of ${e.uncompressedSize} bytes`);
        keeping = true;
      }
    }
    if (keeping) kept.push(chunk);
  };
  if (e.method === 0) {
    if (e.compressedSize !== e.uncompressedSize) throw new Refusal("corrupt", `stored entry “${e.name}” with two sizes`);
    for await (const chunk of chunksOf(src, dataStart, e.compressedSize)) consume(chunk);
  } else {
    let refusal: unknown = null;
    try {
      await pipeline(Readable.from(chunksOf(src, dataStart, e.compressedSize)), createInflateRaw(), async (inflated: AsyncIterable<Buffer>) => {
        for await (const chunk of inflated) {
          try {
            consume(chunk);
          } catch (err) {
            refusal = err;
            throw err;
          }
        }
      });
    } catch (err) {
      // Stopping the pipeline early may surface as an AbortError: the reason is ours.
      if (refusal) throw refusal;
      if (err instanceof Refusal) throw err;
      const code = (err as { code?: string }).code ?? "";
      if (code.startsWith("Z_") || code.startsWith("ERR_")) throw new Refusal("corrupt", `entry “${e.name}” does not inflate (${code})`);
      throw err;
    }
  }
  if (produced !== e.uncompressedSize) throw new Refusal("corrupt", `entry “${e.name}” inflates to ${produced} bytes, not ${e.uncompressedSize}`);
  const nested = head !== null && (head as Buffer).equals(PK_LOCAL);
  return { kept: keeping ? Buffer.concat(kept) : null, nested };
}

const OOXML_MAIN: Record<string, { ext: string; mime: string }> = {
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": {
    ext: "docx",
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": {
    ext: "dotx",
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
  },
  "application/vnd.ms-word.document.macroenabled.main+xml": { ext: "docm", mime: "application/vnd.ms-word.document.macroenabled.12" },
  "application/vnd.ms-word.template.macroenabledtemplate.main+xml": { ext: "dotm", mime: "application/vnd.ms-word.template.macroenabled.12" },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": {
    ext: "xlsx",
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": {
    ext: "xltx",
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.template",
  },
  "application/vnd.ms-excel.sheet.macroenabled.main+xml": { ext: "xlsm", mime: "application/vnd.ms-excel.sheet.macroenabled.12" },
  "application/vnd.ms-excel.template.macroenabled.main+xml": { ext: "xltm", mime: "application/vnd.ms-excel.template.macroenabled.12" },
  "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": {
    ext: "pptx",
    mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  },
  "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml": {
    ext: "ppsx",
    mime: "application/vnd.openxmlformats-officedocument.presentationml.slideshow",
  },
  "application/vnd.ms-powerpoint.presentation.macroenabled.main+xml": { ext: "pptm", mime: "application/vnd.ms-powerpoint.presentation.macroenabled.12" },
};

/** The package type: the `…main+xml` override of `[Content_Types].xml` whose part is in the archive. */
export function ooxmlTypeFromContentTypes(xml: string, entryNames: Iterable<string>): { ext: string; mime: string } | undefined {
  const names = new Set(Array.from(entryNames, (n) => n.toLowerCase()));
  for (const m of xml.matchAll(/<Override\b[^>]*>/g)) {
    const tag = m[0];
    const contentType = /\bContentType\s*=\s*"([^"]*)"/.exec(tag)?.[1]?.toLowerCase();
    const partName = /\bPartName\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    if (!contentType || !partName || !contentType.endsWith(".main+xml")) continue;
    const type = OOXML_MAIN[contentType];
    if (!type) continue;
    let part = partName.replace(/^\//, "");
    try {
      part = decodeURIComponent(part);
    } catch {
      /* keep as written */
    }
    if (names.has(part.toLowerCase())) return type;
  }
  return undefined;
}

async function inspectSource(src: Source, depth: number, budget: Budget): Promise<Omit<Extract<ZipInspection, { ok: true }>, "ok">> {
  const loc = await readDirectoryLocation(src);
  if (loc.count > ZIP_LIMITS.maxEntries) throw new Refusal("entries", `${loc.count} entries`);
  const cd = await src.read(loc.cdOffset, loc.cdSize);
  const entries = readEntries(cd, loc.count);

  // From the headers alone, before inflating anything.
  let declared = 0;
  for (const e of entries) {
    if (e.flags & 0x0001) throw new Refusal("encrypted", `entry “${e.name}” is encrypted`);
    if (e.method !== 0 && e.method !== 8) throw new Refusal("method", `entry “${e.name}” uses compression method ${e.method}`);
    declared += e.uncompressedSize;
    if (budget.inflated + declared > ZIP_LIMITS.maxTotalUncompressed) throw new Refusal("too-large", `declares ${declared} bytes once inflated`);
    if (e.uncompressedSize > ZIP_LIMITS.ratioFloorBytes && e.uncompressedSize > ZIP_LIMITS.maxRatio * Math.max(1, e.compressedSize)) {
      throw new Refusal("ratio", `entry “${e.name}”: ${e.compressedSize} → ${e.uncompressedSize} bytes`);
    }
  }

  // Each entry's local header and data, in file order: inside the archive and never overlapping.
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  const dataStarts = new Map<Entry, number>();
  let previousEnd = 0;
  for (const e of byOffset) {
    if (e.localOffset < previousEnd) throw new Refusal("overlap", `entry “${e.name}” overlaps the previous one`);
    if (e.localOffset + 30 > loc.cdOffset) throw new Refusal("corrupt", `entry “${e.name}” starts outside the data`);
    const header = await src.read(e.localOffset, 30);
    if (header.readUInt32LE(0) !== SIG.local) throw new Refusal("corrupt", `no local header for “${e.name}”`);
    if (header.readUInt16LE(8) !== e.method) throw new Refusal("corrupt", `local header of “${e.name}” disagrees with the directory`);
    const dataStart = e.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const dataEnd = dataStart + e.compressedSize;
    if (dataEnd > loc.cdOffset) throw new Refusal("corrupt", `data of “${e.name}” runs past the archive`);
    dataStarts.set(e, dataStart);
    previousEnd = dataEnd;
  }

  // Inflate everything (streamed, counted, thrown away): a bomb whose headers lie is caught here.
  let contentTypes: Buffer | null = null;
  for (const e of byOffset) {
    const isContentTypes = depth === 0 && e.name === "[Content_Types].xml";
    const { kept, nested } = await inflateEntry(src, e, dataStarts.get(e)!, budget, isContentTypes ? ZIP_LIMITS.maxContentTypesBytes : 0);
    if (isContentTypes) contentTypes = kept;
    if (nested && kept) {
      if (depth + 1 > ZIP_LIMITS.maxDepth) throw new Refusal("nested", `archive nested ${depth + 1} levels deep (“${e.name}”)`);
      await inspectSource(bufferSource(kept), depth + 1, budget);
    }
  }
  const ooxml = contentTypes ? ooxmlTypeFromContentTypes(contentTypes.toString("utf8"), entries.map((e) => e.name)) : undefined;
  return { entries: entries.length, uncompressedBytes: budget.inflated, zip64: loc.zip64, ...(ooxml ? { ooxml } : {}) };
}

export function looksLikeZip(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 0x03 && head[3] === 0x04) || (head[2] === 0x05 && head[3] === 0x06));
}

async function guarded(run: () => Promise<Omit<Extract<ZipInspection, { ok: true }>, "ok">>): Promise<ZipInspection> {
  try {
    return { ok: true, ...(await run()) };
  } catch (err) {
    if (err instanceof Refusal) return { ok: false, problem: err.problem, detail: err.message };
    // Malformed numbers in the headers (a read out of range, a bad length) mean a corrupt archive.
    if (err instanceof RangeError) return { ok: false, problem: "corrupt", detail: err.message };
    throw err;
  }
}

/** Checks an archive held in memory (tests, nested archives). */
export function inspectZipBuffer(buf: Buffer): Promise<ZipInspection> {
  return guarded(() => inspectSource(bufferSource(buf), 0, { inflated: 0 }));
}

/** Checks the archive stored at `path` (the upload's temp file), reading it piece by piece. */
export async function inspectZipFile(path: string): Promise<ZipInspection> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    return await guarded(() => inspectSource(fileSource(handle, size), 0, { inflated: 0 }));
  } finally {
    await handle.close();
  }
}

/** The Vietnamese verdict shown at the file field. */
export function zipProblemMessage(problem: ZipProblem, fileName: string): string {
  const name = fileName || "tệp";
  const unusual = (why: string) =>
    `Tệp “${name}” là tệp nén có cấu trúc bất thường (${why}): không được tải lên. Nếu đây là tài liệu thật, vui lòng mở bằng Word/Excel, lưu lại (hoặc xuất ra PDF) rồi tải lên lần nữa.`;
  switch (problem) {
    case "too-large":
      return unusual("dung lượng giải nén quá lớn");
    case "ratio":
      return unusual("tỉ lệ nén quá cao, dấu hiệu của “bom nén”");
    case "entries":
      return unusual(`quá nhiều tệp con, tối đa ${ZIP_LIMITS.maxEntries.toLocaleString("vi-VN")}`);
    case "overlap":
      return unusual("các tệp con chồng lên nhau");
    case "nested":
      return unusual("tệp nén lồng nhau quá nhiều lớp");
    case "encrypted":
      return unusual("có phần được đặt mật khẩu");
    case "method":
      return unusual("dùng kiểu nén không được hỗ trợ");
    case "corrupt":
      return `Tệp “${name}” bị hỏng hoặc không đọc được (tệp nén không toàn vẹn, có thể tải xuống chưa hết). Vui lòng mở tài liệu bằng Word/Excel, lưu lại rồi tải lên lần nữa.`;
  }
}
