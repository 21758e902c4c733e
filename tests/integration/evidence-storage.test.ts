import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { EvidenceStorageBox } from "../../app/(portal)/admin/jobs/storage-status";
import { GET as health } from "../../app/api/health/route";
import { handleUpload } from "../../lib/evidence/http";
import { probeEvidenceStorage } from "../../lib/evidence/storage";
import { resetStorageStateForTests, storageState } from "../../lib/evidence/storage-status";
import { actAs, db, makeOrganisation } from "../helpers/factories";
import { pdfBytes } from "../helpers/evidence-bytes";
import { makeRegistration } from "../helpers/registration-fixtures";

/**
 * A full or read-only evidence disk: the upload says the file could not be stored (507/503), keeps
 * nothing, and the administrator sees it on /api/health and /admin/jobs. Failures are injected into
 * node:fs/promises for paths under EVIDENCE_DIR only (root ignores a read-only chmod, so a real
 * EROFS/ENOSPC cannot be produced in a test); ENOTDIR is real (EVIDENCE_DIR under a regular file).
 */
const inject = vi.hoisted(() => ({ root: "", fail: null as null | { op: "open" | "write" | "sync" | "rename" | "hang"; code: string } }));

vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  const simulated = (code: string) => Object.assign(new Error(`${code}: simulated failure`), { code, errno: -1, syscall: "write" });
  const inRoot = (p: unknown) => !!inject.root && String(p).startsWith(inject.root);
  const open: typeof actual.open = async (file, flags, mode) => {
    const fail = inRoot(file) ? inject.fail : null;
    if (fail?.op === "open") throw simulated(fail.code);
    if (fail?.op === "hang") return new Promise(() => {});
    const handle = await actual.open(file, flags, mode);
    if (fail?.op === "write") {
      const write = handle.write.bind(handle) as (...a: unknown[]) => Promise<unknown>;
      // Half the chunk reaches the disk, then the disk is full: a partial temp file exists.
      Object.assign(handle, {
        write: async (chunk: Uint8Array) => {
          await write(chunk.subarray(0, Math.floor(chunk.length / 2)));
          throw simulated(fail.code);
        },
      });
    }
    if (fail?.op === "sync") Object.assign(handle, { sync: async () => Promise.reject(simulated(fail.code)) });
    return handle;
  };
  const rename: typeof actual.rename = async (from, to) => {
    if (inRoot(to) && inject.fail?.op === "rename") throw simulated(inject.fail.code);
    return actual.rename(from, to);
  };
  return { ...actual, open, rename, default: { ...actual, open, rename } };
});

let base: string;
const savedDir = process.env.EVIDENCE_DIR;
beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), "evidence-storage-"));
});
beforeEach(() => {
  const dir = fs.mkdtempSync(path.join(base, "dir-"));
  process.env.EVIDENCE_DIR = dir;
  inject.root = dir;
  inject.fail = null;
  resetStorageStateForTests();
});
afterEach(() => {
  inject.fail = null;
  vi.restoreAllMocks();
});
afterAll(() => {
  fs.rmSync(base, { recursive: true, force: true });
  if (savedDir === undefined) delete process.env.EVIDENCE_DIR;
  else process.env.EVIDENCE_DIR = savedDir;
});

async function setup() {
  const org = await makeOrganisation();
  const { initiatives } = await makeRegistration({
    campaign: org.campaign,
    unit: org.officeA,
    status: "ACCEPTED",
    submittedBy: org.headA,
    rows: [{ field: 5, content: "Số hóa hồ sơ một cửa" }],
  });
  await actAs(org.headA);
  return { org, initiative: initiatives[0] };
}

function upload(initiativeId: string, body: Buffer, name: string) {
  const q = new URLSearchParams({ target: "initiative", id: initiativeId });
  return handleUpload(
    new Request(`http://localhost:3000/api/evidence?${q}`, {
      method: "POST",
      body: new Uint8Array(body),
      headers: { "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(name), origin: "http://localhost:3000", host: "localhost:3000" },
    }),
  );
}

/** Every file under EVIDENCE_DIR (temp files and stored files). */
function filesUnder(dir = process.env.EVIDENCE_DIR!): string[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => fs.statSync(path.join(dir, f)).isFile());
}

const STORAGE_MESSAGE = "Không lưu được tệp “bao-cao.pdf” lên máy chủ (bộ nhớ lưu trữ đầy hoặc không ghi được). Dữ liệu khác của bạn không bị ảnh hưởng; vui lòng báo quản trị hệ thống.";

describe("a full or read-only evidence disk", () => {
  it("disk full while writing (ENOSPC): 507 with the message at the file field, no row, the partial temp file removed", async () => {
    const { initiative } = await setup();
    vi.spyOn(console, "error").mockImplementation(() => {});
    inject.fail = { op: "write", code: "ENOSPC" };
    const res = await upload(initiative.id, pdfBytes(), "bao-cao.pdf");
    expect(res.status).toBe(507);
    const body = await res.json();
    expect(body).toMatchObject({ ok: false, code: "STORAGE", error: STORAGE_MESSAGE, fieldErrors: { file: STORAGE_MESSAGE } });
    expect(await db().evidenceFile.count()).toBe(0);
    expect(filesUnder()).toEqual([]);
    expect(storageState().lastFailure).toMatchObject({ code: "ENOSPC", op: "write" });
  });

  it("read-only disk (EROFS) at the temp file, quota (EDQUOT) at fsync, I/O error (EIO) at the final rename: 503/507, nothing kept", async () => {
    const { initiative } = await setup();
    vi.spyOn(console, "error").mockImplementation(() => {});
    for (const [fail, status] of [
      [{ op: "open", code: "EROFS" }, 503],
      [{ op: "sync", code: "EDQUOT" }, 507],
      [{ op: "rename", code: "EIO" }, 503],
      [{ op: "open", code: "EACCES" }, 503],
    ] as const) {
      inject.fail = fail;
      const res = await upload(initiative.id, pdfBytes(), "bao-cao.pdf");
      expect(res.status, `${fail.op} ${fail.code}`).toBe(status);
      expect((await res.json()).error).toBe(STORAGE_MESSAGE);
      expect(storageState().lastFailure).toMatchObject({ code: fail.code, op: fail.op === "sync" ? "fsync" : fail.op });
      expect(filesUnder()).toEqual([]);
    }
    expect(await db().evidenceFile.count()).toBe(0);
    expect(await db().auditLog.count({ where: { entityType: "EvidenceFile" } })).toBe(0);

    // The disk is back: the same upload goes through.
    inject.fail = null;
    const ok = await upload(initiative.id, pdfBytes(), "bao-cao.pdf");
    expect(ok.status).toBe(201);
    expect(await db().evidenceFile.count()).toBe(1);
  });

  it("EVIDENCE_DIR under a regular file (ENOTDIR, a real error): 503, and /api/health reports the storage failing with its code and time", async () => {
    const { initiative } = await setup();
    vi.spyOn(console, "error").mockImplementation(() => {});
    const file = path.join(base, `not-a-dir-${Date.now()}`);
    fs.writeFileSync(file, "x");
    process.env.EVIDENCE_DIR = path.join(file, "evidence");
    const res = await upload(initiative.id, pdfBytes(), "bao-cao.pdf");
    expect(res.status).toBe(503);
    expect((await res.json()).error).toBe(STORAGE_MESSAGE);
    expect(await db().evidenceFile.count()).toBe(0);

    const h = await health();
    expect(h.status).toBe(200); // the database decides the status code, as before
    const body = await h.json();
    expect(body).toMatchObject({ status: "ok", storage: "failing", storageError: "ENOTDIR", storageLastFailureCode: "ENOTDIR" });
    expect(Date.now() - Date.parse(body.storageLastFailureAt)).toBeLessThan(60_000);
  });

  it("/api/health: storage ok while it works; a recent failed upload keeps it failing until an upload succeeds", async () => {
    const { initiative } = await setup();
    vi.spyOn(console, "error").mockImplementation(() => {});
    const first = await health();
    expect(await first.json()).toEqual({ status: "ok", db: process.env.DATABASE_URL ? "postgresql" : "pglite", storage: "ok", storageError: null });
    expect(filesUnder()).toEqual([]); // the probe's file is deleted

    // Nearly full: the probe's tiny file fits, a 20 MB upload does not.
    inject.fail = { op: "write", code: "ENOSPC" };
    expect((await upload(initiative.id, pdfBytes(), "bao-cao.pdf")).status).toBe(507);
    inject.fail = null;
    expect(await (await health()).json()).toMatchObject({ storage: "failing", storageError: "ENOSPC", storageLastFailureCode: "ENOSPC" });

    expect((await upload(initiative.id, pdfBytes(), "bao-cao.pdf")).status).toBe(201);
    const after = await (await health()).json();
    expect(after).toMatchObject({ status: "ok", storage: "ok", storageError: null, storageLastFailureCode: "ENOSPC" });
  });

  it("the probe reports a storage that does not answer in time (ETIMEDOUT)", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    inject.fail = { op: "hang", code: "" };
    const status = await probeEvidenceStorage(50);
    expect(status).toMatchObject({ state: "failing", code: "ETIMEDOUT", lastFailure: { code: "ETIMEDOUT", op: "probe" } });
    inject.fail = { op: "open", code: "EROFS" };
    expect(await probeEvidenceStorage()).toMatchObject({ state: "failing", code: "EROFS" });
    inject.fail = null;
    expect(await probeEvidenceStorage()).toMatchObject({ state: "ok", code: null, lastFailure: { code: "EROFS" } });
  });

  it("/admin/jobs shows the “Lưu trữ tệp minh chứng” box: đang lỗi with the code and the time, or đang hoạt động", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    inject.fail = { op: "open", code: "ENOSPC" };
    const failing = renderToStaticMarkup(createElement(EvidenceStorageBox, { status: await probeEvidenceStorage() }));
    expect(failing).toContain("Lưu trữ tệp minh chứng");
    expect(failing).toContain("Đang lỗi");
    expect(failing).toContain("mã lỗi ENOSPC — ổ đĩa đầy");
    expect(failing).toMatch(/Lỗi gần nhất<\/dt><dd>\d{2}\/\d{2}\/\d{4}/);
    inject.fail = null;
    const ok = renderToStaticMarkup(createElement(EvidenceStorageBox, { status: await probeEvidenceStorage() }));
    expect(ok).toContain("Đang hoạt động");
    expect(ok).not.toContain("Đang lỗi");
  });
});
