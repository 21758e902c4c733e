import { fileTypeFromBuffer } from "file-type";
import { describe, expect, it } from "vitest";
import { classifyUpload, extensionOf, looksExecutable } from "@/lib/evidence/detect";
import { formatFileSize, MAX_EVIDENCE_BYTES, tooLargeMessage } from "@/lib/evidence/limits";
import { buildScanArgv, scanFile, splitCommand } from "@/lib/evidence/scan";
import { cfbBytes, docxBytes, elfBytes, exeBytes, jpegBytes, pdfBytes, pngBytes, textBytes, xlsxBytes, zipBytes } from "../helpers/evidence-bytes";

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
