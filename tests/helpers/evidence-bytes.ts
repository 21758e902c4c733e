/**
 * Small files with real byte headers for the evidence tests: what a browser would send for a PDF,
 * an image, an old Office document, a .docx, or a program renamed to look like a PDF.
 */

import { deflateRawSync } from "node:zlib";

export const pdfBytes = (body = "Báo cáo kết quả") =>
  Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% ${body}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`, "utf8");

export const pngBytes = () =>
  Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06,
    0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0a, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0d,
    0x0a, 0x2d, 0xb4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
  ]);

export const jpegBytes = () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]), Buffer.alloc(100), Buffer.from([0xff, 0xd9])]);

/** A Windows program: "MZ" then a DOS header. */
export const exeBytes = () => {
  const b = Buffer.alloc(1024);
  b.write("MZ", 0, "latin1");
  b.writeUInt32LE(0x80, 0x3c);
  b.write("PE\0\0", 0x80, "latin1");
  return b;
};

/** A Linux program (ELF header). */
export const elfBytes = () => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(120)]);

/** An OLE2 Compound File (the container of .doc and .xls). */
export const cfbBytes = () => {
  const b = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
  return b;
};

export const textBytes = () => Buffer.from("Họ và tên,Đơn vị\nNguyễn Văn A,Phòng A\n", "utf8");

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A ZIP archive with stored (uncompressed) entries. */
export function zipBytes(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, "utf8");
    const nameBuf = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    locals.push(local, nameBuf, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const centralBuf = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(centralBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralBuf, end]);
}

const contentTypes = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/main.xml" ContentType="${main}"/></Types>`;

export const docxBytes = () =>
  zipBytes({
    "[Content_Types].xml": contentTypes("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
    "word/document.xml": "<w:document/>",
  });

export const xlsxBytes = () =>
  zipBytes({
    "[Content_Types].xml": contentTypes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
    "xl/workbook.xml": "<workbook/>",
  });

// ---------------------------------------------------------------------------------------------
// Hand-built archives for the ZIP checks: ZIP64 (what Python's zipfile writes with
// force_zip64=True, or any tool writing a large package), deflated entries, and zip bombs.

export interface ZipEntrySpec {
  name: string;
  data: Buffer | string;
  /** Deflate (method 8) instead of storing. */
  deflate?: boolean;
  /** Lie about the uncompressed size in the headers (a bomb that understates what it inflates to). */
  declaredSize?: number;
}

interface BuiltEntry {
  name: Buffer;
  method: number;
  crc: number;
  compressed: Buffer;
  uncompressedSize: number;
}

function buildEntry(e: ZipEntrySpec): BuiltEntry {
  const data = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : e.data;
  const compressed = e.deflate ? deflateRawSync(data, { level: 9 }) : data;
  return { name: Buffer.from(e.name, "utf8"), method: e.deflate ? 8 : 0, crc: crc32(data), compressed, uncompressedSize: e.declaredSize ?? data.length };
}

function zip64Extra(values: bigint[]): Buffer {
  const b = Buffer.alloc(4 + 8 * values.length);
  b.writeUInt16LE(0x0001, 0);
  b.writeUInt16LE(8 * values.length, 2);
  values.forEach((v, i) => b.writeBigUInt64LE(v, 4 + 8 * i));
  return b;
}

function localHeader(e: BuiltEntry, zip64: boolean): Buffer {
  const extra = zip64 ? zip64Extra([BigInt(e.uncompressedSize), BigInt(e.compressed.length)]) : Buffer.alloc(0);
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(zip64 ? 45 : 20, 4);
  h.writeUInt16LE(0x0800, 6); // UTF-8 names
  h.writeUInt16LE(e.method, 8);
  h.writeUInt32LE(e.crc, 14);
  h.writeUInt32LE(zip64 ? 0xffffffff : e.compressed.length, 18);
  h.writeUInt32LE(zip64 ? 0xffffffff : e.uncompressedSize, 22);
  h.writeUInt16LE(e.name.length, 26);
  h.writeUInt16LE(extra.length, 28);
  return Buffer.concat([h, e.name, extra]);
}

function centralHeader(e: BuiltEntry, offset: number, zip64: boolean, name = e.name): Buffer {
  const extra = zip64 ? zip64Extra([BigInt(e.uncompressedSize), BigInt(e.compressed.length), BigInt(offset)]) : Buffer.alloc(0);
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(zip64 ? 45 : 20, 4);
  h.writeUInt16LE(zip64 ? 45 : 20, 6);
  h.writeUInt16LE(0x0800, 8);
  h.writeUInt16LE(e.method, 10);
  h.writeUInt32LE(e.crc, 16);
  h.writeUInt32LE(zip64 ? 0xffffffff : e.compressed.length, 20);
  h.writeUInt32LE(zip64 ? 0xffffffff : e.uncompressedSize, 24);
  h.writeUInt16LE(name.length, 28);
  h.writeUInt16LE(extra.length, 30);
  h.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);
  return Buffer.concat([h, name, extra]);
}

function endRecords(count: number, cdOffset: number, cdSize: number, zip64: boolean): Buffer {
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(zip64 ? 0xffff : count, 8);
  eocd.writeUInt16LE(zip64 ? 0xffff : count, 10);
  eocd.writeUInt32LE(zip64 ? 0xffffffff : cdSize, 12);
  eocd.writeUInt32LE(zip64 ? 0xffffffff : cdOffset, 16);
  if (!zip64) return eocd;
  const rec = Buffer.alloc(56);
  rec.writeUInt32LE(0x06064b50, 0);
  rec.writeBigUInt64LE(44n, 4);
  rec.writeUInt16LE(45, 12);
  rec.writeUInt16LE(45, 14);
  rec.writeBigUInt64LE(BigInt(count), 24);
  rec.writeBigUInt64LE(BigInt(count), 32);
  rec.writeBigUInt64LE(BigInt(cdSize), 40);
  rec.writeBigUInt64LE(BigInt(cdOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([rec, locator, eocd]);
}

/** A ZIP archive, optionally ZIP64 throughout (local and central sizes and offsets in the ZIP64 extra field, ZIP64 end records). */
export function buildZip(specs: ZipEntrySpec[], opts: { zip64?: boolean } = {}): Buffer {
  const zip64 = !!opts.zip64;
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const spec of specs) {
    const e = buildEntry(spec);
    const local = localHeader(e, zip64);
    parts.push(local, e.compressed);
    centrals.push(centralHeader(e, offset, zip64));
    offset += local.length + e.compressed.length;
  }
  const cd = Buffer.concat(centrals);
  return Buffer.concat([...parts, cd, endRecords(specs.length, offset, cd.length, zip64)]);
}

const DOCX_CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const DOCX_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOCX_DOCUMENT =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Báo cáo kết quả thực hiện sáng kiến</w:t></w:r></w:p></w:body></w:document>';

/** The parts of a minimal genuine .docx (opens in Word), optionally with more entries. */
export const docxEntries = (extra: ZipEntrySpec[] = [], deflate = true): ZipEntrySpec[] => [
  { name: "[Content_Types].xml", data: DOCX_CONTENT_TYPES, deflate },
  { name: "_rels/.rels", data: DOCX_RELS, deflate },
  { name: "word/document.xml", data: DOCX_DOCUMENT, deflate },
  ...extra,
];

/** A genuine .docx written as ZIP64 (as Python's zipfile does with force_zip64=True). */
export const zip64DocxBytes = (deflate = true) => buildZip(docxEntries([], deflate), { zip64: true });

/** A genuine .docx written as a plain (deflated) ZIP. */
export const realDocxBytes = () => buildZip(docxEntries());

/** A .docx-looking zip bomb: one part inflates to `mb` MB of zeros (≈ 1000:1). */
export const zeroBombDocxBytes = (mb = 64) => buildZip(docxEntries([{ name: "word/media/image1.bin", data: Buffer.alloc(mb * 1024 * 1024), deflate: true }]));

/** Declares (ZIP64) a 4 GB part: refused from the headers alone, nothing to inflate. */
export const declaredHugeDocxBytes = () =>
  buildZip(docxEntries([{ name: "word/media/big.bin", data: Buffer.alloc(1000), deflate: true, declaredSize: 4 * 1024 * 1024 * 1024 }]), { zip64: true });

/** Headers say 1 KB, the data inflates to 8 MB: a lie found while inflating (and stopped there). */
export const lyingSizeDocxBytes = () => buildZip(docxEntries([{ name: "word/media/small.bin", data: Buffer.alloc(8 * 1024 * 1024), deflate: true, declaredSize: 1024 }]));

/** A .docx with an enormous number of (empty) entries. */
export const manyEntriesDocxBytes = (n = 20_000) => buildZip(docxEntries(Array.from({ length: n }, (_, i) => ({ name: `word/x/${i}.xml`, data: "" }))));

/** "Better zip bomb" shape: many central-directory entries all pointing at the same compressed data. */
export function overlappingDocxBytes(copies = 50): Buffer {
  const base = docxEntries();
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const spec of base) {
    const e = buildEntry(spec);
    const local = localHeader(e, false);
    parts.push(local, e.compressed);
    centrals.push(centralHeader(e, offset, false));
    offset += local.length + e.compressed.length;
  }
  const kernel = buildEntry({ name: "word/media/k0.bin", data: Buffer.alloc(1024 * 1024, 0x41), deflate: true });
  const kernelOffset = offset;
  const local = localHeader(kernel, false);
  parts.push(local, kernel.compressed);
  offset += local.length + kernel.compressed.length;
  for (let i = 0; i < copies; i++) centrals.push(centralHeader(kernel, kernelOffset, false, Buffer.from(`word/media/k${i}.bin`)));
  const cd = Buffer.concat(centrals);
  return Buffer.concat([...parts, cd, endRecords(base.length + copies, offset, cd.length, false)]);
}

/** A .docx embedding an archive nested `depth` levels deep (a real .docx may embed one .xlsx). */
export function nestedDocxBytes(depth: number): Buffer {
  let inner = realDocxBytes();
  for (let i = 1; i < depth; i++) inner = buildZip([{ name: `lop-${i}.zip`, data: inner }]);
  return buildZip(docxEntries([{ name: "word/embeddings/Microsoft_Word_Document.docx", data: inner }]));
}
