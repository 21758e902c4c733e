import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileTypeFromBuffer } from "file-type";
import { afterAll, describe, expect, it } from "vitest";
import { classifyUpload, detectFile, extensionOf, looksExecutable } from "@/lib/evidence/detect";
import { inspectZipBuffer, ooxmlTypeFromContentTypes, ZIP_LIMITS } from "@/lib/evidence/zip";
import { formatFileSize, MAX_EVIDENCE_BYTES, tooLargeMessage } from "@/lib/evidence/limits";
import { buildScanArgv, scanFile, splitCommand } from "@/lib/evidence/scan";
import {
  buildZip,
  cfbBytes,
  declaredHugeDocxBytes,
  docxBytes,
  docxEntries,
  elfBytes,
  exeBytes,
  jpegBytes,
  lyingSizeDocxBytes,
  manyEntriesDocxBytes,
  nestedDocxBytes,
  overlappingDocxBytes,
  pdfBytes,
  pngBytes,
  realDocxBytes,
  textBytes,
  xlsxBytes,
  zeroBombDocxBytes,
  zip64DocxBytes,
  zipBytes,
} from "../helpers/evidence-bytes";

async function classify(bytes: Buffer, name: string) {
  const detected = await fileTypeFromBuffer(bytes);
  return classifyUpload(detected ? { ext: detected.ext, mime: detected.mime } : undefined, bytes.subarray(0, 64), name);
}

describe("evidence type detection from the bytes", () => {
  it("accepts a PDF, a PNG, a JPEG, a .docx and a .xlsx under names that fit", async () => {
    expect(await classify(pdfBytes(), "Báo cáo.pdf")).toMatchObject({ ok: true, mime: "application/pdf" });
    expect(await classify(pngBytes(), "anh-chup.PNG")).toMatchObject({ ok: true, mime: "image/png" });
    expect(await classify(jpegBytes(), "hien-truong.jpeg")).toMatchObject({ ok: true, mime: "image/jpeg" });
    expect(await classify(docxBytes(), "de-cuong.docx")).toMatchObject({
      ok: true,
      mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    });
    expect(await classify(xlsxBytes(), "so-lieu.xlsx")).toMatchObject({ ok: true, mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  });

  it("refuses a Windows program named .pdf, saying it is a program", async () => {
    const res = await classify(exeBytes(), "bao-cao.pdf");
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.message).toContain("tệp chương trình");
  });

  it("refuses a Linux program (ELF) named .pdf and a bare MZ header even when file-type finds nothing", async () => {
    expect((await classify(elfBytes(), "ket-qua.pdf")).ok).toBe(false);
    const bare = Buffer.from("MZ this is not a real exe");
    expect(classifyUpload(undefined, bare, "x.pdf")).toMatchObject({ ok: false });
    expect(looksExecutable(Buffer.from("#!/bin/sh\nrm -rf /"))).toBe(true);
    expect(looksExecutable(pdfBytes())).toBe(false);
  });

  it("accepts an old Word/Excel container (CFB) only under a .doc or .xls name", async () => {
    expect(await classify(cfbBytes(), "to-trinh.doc")).toMatchObject({ ok: true, mime: "application/msword" });
    expect(await classify(cfbBytes(), "bang-tinh.XLS")).toMatchObject({ ok: true, mime: "application/vnd.ms-excel" });
    const asPdf = await classify(cfbBytes(), "to-trinh.pdf");
    expect(asPdf.ok).toBe(false);
    if (!asPdf.ok) expect(asPdf.message).toContain(".doc hoặc .xls");
    expect((await classify(cfbBytes(), "setup.msi")).ok).toBe(false);
  });

  it("refuses plain text, a plain ZIP archive and content whose name says another type", async () => {
    const txt = await classify(textBytes(), "danh-sach.csv");
    expect(txt.ok).toBe(false);
    if (!txt.ok) expect(txt.message).toContain("không phải loại được chấp nhận");
    const zip = await classify(zipBytes({ "a.txt": "xin chào" }), "ho-so.zip");
    expect(zip.ok).toBe(false);
    const mismatch = await classify(pngBytes(), "bao-cao.pdf");
    expect(mismatch.ok).toBe(false);
    if (!mismatch.ok) expect(mismatch.message).toContain("không khớp nội dung");
    expect((await classify(pdfBytes(), "bao-cao")).ok).toBe(false);
  });

  it("reads the extension case-insensitively and ignores directories in names", () => {
    expect(extensionOf("Ảnh.JPG")).toBe("jpg");
    expect(extensionOf("khong-duoi")).toBe("");
  });
});

describe("ZIP-based uploads (.docx, .xlsx): ZIP64, zip bombs, corrupt archives", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "evidence-zip-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  /** What the server decides for these bytes stored as the upload's temp file. */
  async function detect(bytes: Buffer, name: string) {
    const file = path.join(dir, `${n++}.part`);
    fs.writeFileSync(file, bytes);
    return detectFile(file, name);
  }
  const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  it("accepts a genuine .docx written as ZIP64 (deflated or stored), and a plain deflated one", async () => {
    expect(await detect(zip64DocxBytes(), "bao-cao-zip64.docx")).toMatchObject({ ok: true, mime: DOCX, kind: "docx" });
    expect(await detect(zip64DocxBytes(false), "bao-cao-zip64.docx")).toMatchObject({ ok: true, mime: DOCX });
    expect(await detect(realDocxBytes(), "bao-cao.docx")).toMatchObject({ ok: true, mime: DOCX });
    expect(await inspectZipBuffer(zip64DocxBytes())).toMatchObject({ ok: true, zip64: true, entries: 3, ooxml: { ext: "docx" } });
    // The name must still fit the content.
    const asXlsx = await detect(zip64DocxBytes(), "so-lieu.xlsx");
    expect(asXlsx).toMatchObject({ ok: false, message: expect.stringContaining("không khớp nội dung") });
  });

  it("still accepts the existing small .docx/.xlsx fixtures and a .docx embedding one document", async () => {
    expect(await detect(docxBytes(), "a.docx")).toMatchObject({ ok: true, kind: "docx" });
    expect(await detect(xlsxBytes(), "a.xlsx")).toMatchObject({ ok: true, kind: "xlsx" });
    expect(await detect(nestedDocxBytes(1), "co-nhung.docx")).toMatchObject({ ok: true, kind: "docx" });
  });

  it("refuses a macro-enabled package whatever its name, and a plain ZIP archive", async () => {
    const docm = buildZip(
      docxEntries().map((e) =>
        e.name === "[Content_Types].xml"
          ? { ...e, data: String(e.data).replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "application/vnd.ms-word.document.macroEnabled.main+xml") }
          : e,
      ),
      { zip64: true },
    );
    expect(await detect(docm, "macro.docx")).toMatchObject({ ok: false, message: expect.stringContaining("DOCM") });
    expect((await detect(zipBytes({ "a.txt": "xin chào" }), "ho-so.zip")).ok).toBe(false);
  });

  it("reads the package type only from an override whose part is in the archive", () => {
    const xml = '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
    expect(ooxmlTypeFromContentTypes(xml, ["[Content_Types].xml", "word/document.xml"])).toMatchObject({ ext: "docx" });
    expect(ooxmlTypeFromContentTypes(xml, ["[Content_Types].xml"])).toBeUndefined();
  });

  it("refuses a zip bomb that inflates ~1000:1, with the Vietnamese message, without keeping the inflated bytes", async () => {
    const bomb = zeroBombDocxBytes(64);
    expect(bomb.length).toBeLessThan(100 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    const res = await detect(bomb, "bom.docx");
    expect(res).toMatchObject({ ok: false, message: expect.stringContaining("tệp nén có cấu trúc bất thường") });
    if (!res.ok) expect(res.message).toContain("tỉ lệ nén quá cao");
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * 1024 * 1024);
  });

  it("refuses an archive declaring a 4 GB part (ZIP64) from its headers, and one whose part inflates past what it declares", async () => {
    const huge = await detect(declaredHugeDocxBytes(), "lon.docx");
    expect(huge).toMatchObject({ ok: false, message: expect.stringContaining("dung lượng giải nén quá lớn") });
    expect(await inspectZipBuffer(lyingSizeDocxBytes())).toMatchObject({ ok: false, problem: "too-large" });
    const lying = await detect(lyingSizeDocxBytes(), "noi-doi.docx");
    expect(lying).toMatchObject({ ok: false, message: expect.stringContaining("dung lượng giải nén quá lớn") });
  });

  it("refuses an enormous number of entries, overlapping entries and archives nested too deep", async () => {
    const many = await detect(manyEntriesDocxBytes(ZIP_LIMITS.maxEntries + 10), "nhieu.docx");
    expect(many).toMatchObject({ ok: false, message: expect.stringContaining("quá nhiều tệp con") });
    const overlap = await detect(overlappingDocxBytes(), "chong.docx");
    expect(overlap).toMatchObject({ ok: false, message: expect.stringContaining("chồng lên nhau") });
    const nested = await detect(nestedDocxBytes(ZIP_LIMITS.maxDepth + 1), "long.docx");
    expect(nested).toMatchObject({ ok: false, message: expect.stringContaining("lồng nhau") });
    expect(await detect(nestedDocxBytes(ZIP_LIMITS.maxDepth), "long-vua.docx")).toMatchObject({ ok: true });
  });

  it("refuses a truncated or corrupted .docx cleanly (never throws)", async () => {
    const good = zip64DocxBytes();
    for (const cut of [30, Math.floor(good.length / 2), good.length - 10]) {
      const res = await detect(good.subarray(0, cut), "cut.docx");
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.message).toMatch(/bị hỏng|không phải loại|có nội dung loại/);
    }
    const flipped = Buffer.from(realDocxBytes());
    flipped[60] ^= 0xff; // inside the first entry's deflated data
    expect(await detect(flipped, "hong.docx")).toMatchObject({ ok: false, message: expect.stringContaining("bị hỏng") });
    // Random damage anywhere: always a verdict, never an exception.
    for (let i = 0; i < 200; i++) {
      const b = Buffer.from(i % 2 ? good : realDocxBytes());
      for (let k = 0; k < 3; k++) b[(i * 7919 + k * 104729) % b.length] ^= 0xff;
      const res = await detect(b, "x.docx");
      expect(typeof res.ok).toBe("boolean");
    }
  });
});

describe("evidence limits", () => {
  it("states the 20 MB limit in Vietnamese and formats sizes", () => {
    expect(MAX_EVIDENCE_BYTES).toBe(20 * 1024 * 1024);
    expect(tooLargeMessage("lon.pdf")).toContain("lớn hơn 20 MB");
    expect(formatFileSize(512)).toBe("512 B");
    expect(formatFileSize(1536 * 1024)).toBe("1,5 MB");
  });
});

describe("virus-scan hook", () => {
  it("splits the command, keeps quoted words and puts the file where {file} stands (or at the end)", () => {
    expect(splitCommand('clamdscan --no-summary "--config-file=/etc/a b.conf" {file}')).toEqual(["clamdscan", "--no-summary", "--config-file=/etc/a b.conf", "{file}"]);
    expect(buildScanArgv("clamdscan --no-summary {file}", "/tmp/x.part")).toEqual(["clamdscan", "--no-summary", "/tmp/x.part"]);
    expect(buildScanArgv("clamdscan --fdpass", "/tmp/x.part")).toEqual(["clamdscan", "--fdpass", "/tmp/x.part"]);
  });

  it("accepts everything without a command; refuses on a non-zero exit, marking exit 1 as infected", async () => {
    expect(await scanFile("/tmp/x", "")).toEqual({ ok: true });
    expect(await scanFile("/tmp/x", `${process.execPath} -e process.exit(0)`)).toEqual({ ok: true });
    expect(await scanFile("/tmp/x", `${process.execPath} -e process.exit(1)`)).toMatchObject({ ok: false, infected: true });
    expect(await scanFile("/tmp/x", `${process.execPath} -e process.exit(2)`)).toMatchObject({ ok: false, infected: false });
    expect(await scanFile("/tmp/x", "/khong/co/chuong-trinh-nay {file}")).toMatchObject({ ok: false, infected: false });
  });
});
