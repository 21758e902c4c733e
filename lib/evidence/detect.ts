import { open } from "node:fs/promises";
import { fileTypeFromFile } from "file-type";
import { inspectZipFile, looksLikeZip, zipProblemMessage } from "./zip";

/**
 * What an uploaded file really is, from its bytes (the `file-type` package), never from its name.
 * `classifyUpload` is pure (unit-tested on real byte headers); `detectFile` reads the stored bytes.
 */

export interface AllowedType {
  mime: string;
  /** Name endings that fit this content. */
  extensions: string[];
  label: string;
  /** Browsers may show it in the page (PDF and images); everything else is downloaded. */
  inline: boolean;
}

const ALLOWED: Record<string, AllowedType> = {
  pdf: { mime: "application/pdf", extensions: ["pdf"], label: "PDF", inline: true },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: ["docx"], label: "Word", inline: false },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensions: ["xlsx"], label: "Excel", inline: false },
  doc: { mime: "application/msword", extensions: ["doc"], label: "Word (.doc)", inline: false },
  xls: { mime: "application/vnd.ms-excel", extensions: ["xls"], label: "Excel (.xls)", inline: false },
  png: { mime: "image/png", extensions: ["png"], label: "ảnh PNG", inline: true },
  jpg: { mime: "image/jpeg", extensions: ["jpg", "jpeg", "jpe", "jfif"], label: "ảnh JPEG", inline: true },
  webp: { mime: "image/webp", extensions: ["webp"], label: "ảnh WEBP", inline: true },
  gif: { mime: "image/gif", extensions: ["gif"], label: "ảnh GIF", inline: true },
};

const INLINE_MIMES = new Set(Object.values(ALLOWED).filter((t) => t.inline).map((t) => t.mime));
export function isInlineMime(mime: string): boolean {
  return INLINE_MIMES.has(mime);
}

/** Detected kinds that are programs: refused whatever the name says. */
const EXECUTABLE_EXTS = new Set(["exe", "elf", "macho", "dll", "class", "wasm", "dex", "swf", "msi", "apk", "jar", "deb", "rpm", "lnk", "cab"]);

export type Classification = { ok: true; mime: string; kind: string; label: string } | { ok: false; message: string };

export function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(fileName.trim());
  return m ? m[1].toLowerCase() : "";
}

/** Program headers checked on the raw bytes as well (file-type may name some differently). */
export function looksExecutable(head: Uint8Array): boolean {
  if (head.length >= 2 && head[0] === 0x4d && head[1] === 0x5a) return true; // MZ: Windows .exe/.dll
  if (head.length >= 4 && head[0] === 0x7f && head[1] === 0x45 && head[2] === 0x4c && head[3] === 0x46) return true; // ELF
  if (head.length >= 4) {
    const be = ((head[0] << 24) | (head[1] << 16) | (head[2] << 8) | head[3]) >>> 0;
    if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(be)) return true; // Mach-O
  }
  if (head.length >= 2 && head[0] === 0x23 && head[1] === 0x21) return true; // "#!" script
  return false;
}

/**
 * The verdict on an upload: allowed content whose name fits it, or a Vietnamese message saying why
 * not. Old Word/Excel (.doc/.xls) are Compound File containers (CFB), accepted only under those names.
 */
export function classifyUpload(detected: { ext: string; mime: string } | undefined, head: Uint8Array, fileName: string): Classification {
  const name = fileName || "tệp";
  const ext = extensionOf(fileName);
  if (looksExecutable(head) || (detected && EXECUTABLE_EXTS.has(detected.ext))) {
    return {
      ok: false,
      message: `Tệp “${name}” là tệp chương trình (tệp thực thi), không phải tài liệu${ext ? ` .${ext}` : ""}: không được tải lên.`,
    };
  }
  if (!detected) {
    return { ok: false, message: `Tệp “${name}” không phải loại được chấp nhận. Chỉ nhận PDF, Word, Excel và ảnh (PNG, JPEG, WEBP, GIF).` };
  }
  let kind: string | undefined;
  if (detected.ext === "cfb") {
    if (ext === "doc" || ext === "xls") kind = ext;
    else {
      return {
        ok: false,
        message: `Tệp “${name}” là tệp Office cũ nhưng không mang tên .doc hoặc .xls. Chỉ nhận tài liệu Word (.doc, .docx) và Excel (.xls, .xlsx).`,
      };
    }
  } else if (ALLOWED[detected.ext]) {
    kind = detected.ext;
  }
  if (!kind) {
    return {
      ok: false,
      message: `Tệp “${name}” có nội dung loại ${detected.ext.toUpperCase()}, không được chấp nhận. Chỉ nhận PDF, Word, Excel và ảnh (PNG, JPEG, WEBP, GIF).`,
    };
  }
  const type = ALLOWED[kind];
  if (!type.extensions.includes(ext)) {
    return {
      ok: false,
      message: `Tên tệp “${name}” không khớp nội dung (nội dung là ${type.label}). Vui lòng đặt tên tệp có đuôi .${type.extensions[0]}.`,
    };
  }
  return { ok: true, mime: type.mime, kind, label: type.label };
}

/** Types `file-type` may give a ZIP whose central directory says it is an Office Open XML package. */
const ZIP_OR_OOXML = new Set(["zip", "docx", "xlsx", "pptx", "docm", "dotx", "dotm", "xlsm", "xltx", "xltm", "pptm", "ppsx", "potx"]);

/**
 * Reads the stored bytes and classifies them (server side). A ZIP-based file (.docx, .xlsx) is
 * first checked from its central directory (`./zip.ts`: ZIP64, zip bombs, corrupt archives) and its
 * Office type read from `[Content_Types].xml` when `file-type` could not tell (ZIP64 packages).
 */
export async function detectFile(path: string, fileName: string): Promise<Classification> {
  const handle = await open(path, "r");
  let head: Uint8Array;
  try {
    const buf = Buffer.alloc(64);
    const { bytesRead } = await handle.read(buf, 0, 64, 0);
    head = buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const found = await fileTypeFromFile(path);
  let detected = found ? { ext: found.ext, mime: found.mime } : undefined;
  if (looksLikeZip(head) && !looksExecutable(head) && (!detected || ZIP_OR_OOXML.has(detected.ext))) {
    const zip = await inspectZipFile(path);
    if (!zip.ok) {
      console.warn(`Evidence upload “${fileName}” refused: ZIP ${zip.problem} (${zip.detail})`);
      return { ok: false, message: zipProblemMessage(zip.problem, fileName) };
    }
    if (zip.ooxml) detected = zip.ooxml;
  }
  return classifyUpload(detected, head, fileName);
}
