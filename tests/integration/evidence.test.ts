import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getRecordHistory } from "../../lib/audit/queries";
import { loadSessionUser } from "../../lib/auth/session";
import { canReadEvidence } from "../../lib/evidence/access";
import { deleteEvidenceAction } from "../../lib/evidence/actions";
import { handleDownload, handleUpload } from "../../lib/evidence/http";
import { MAX_EVIDENCE_BYTES } from "../../lib/evidence/limits";
import { LOCKED_DELETE_MESSAGE, uploadEvidence } from "../../lib/evidence/mutations";
import { listEvidence } from "../../lib/evidence/queries";
import { evidenceDir } from "../../lib/evidence/storage";
import { returnReportAction, saveReportDraftAction, submitReportAction } from "../../lib/reports/actions";
import { actAs, db, makeCampaign, makeOrganisation, makeUnit, makeUser } from "../helpers/factories";
import { addReportMilestones } from "../helpers/milestone-fixtures";
import {
  cfbBytes,
  declaredHugeDocxBytes,
  elfBytes,
  exeBytes,
  lyingSizeDocxBytes,
  manyEntriesDocxBytes,
  overlappingDocxBytes,
  pdfBytes,
  pngBytes,
  textBytes,
  zeroBombDocxBytes,
  zip64DocxBytes,
} from "../helpers/evidence-bytes";
import { makeRegistration } from "../helpers/registration-fixtures";

let dir: string;
const savedEnv = { dir: process.env.EVIDENCE_DIR, scan: process.env.EVIDENCE_SCAN_COMMAND };
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "evidence-test-"));
  process.env.EVIDENCE_DIR = dir;
});
afterEach(() => {
  delete process.env.EVIDENCE_SCAN_COMMAND;
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (savedEnv.dir === undefined) delete process.env.EVIDENCE_DIR;
  else process.env.EVIDENCE_DIR = savedEnv.dir;
  if (savedEnv.scan !== undefined) process.env.EVIDENCE_SCAN_COMMAND = savedEnv.scan;
});

async function setup() {
  const org = await makeOrganisation();
  const { initiatives } = await makeRegistration({
    campaign: org.campaign,
    unit: org.officeA,
    status: "ACCEPTED",
    submittedBy: org.headA,
    rows: [{ field: 5, content: "Bản đồ số quy hoạch trên nền GIS" }],
  });
  return { org, initiative: initiatives[0] };
}

const user = async (u: { id: string }) => (await loadSessionUser(u.id))!;
const tmpLeftovers = () => (fs.existsSync(path.join(dir, "tmp")) ? fs.readdirSync(path.join(dir, "tmp")) : []);

function uploadRequest(target: { kind: string; id: string }, body: Buffer, name: string, headers: Record<string, string> = {}, replaces?: string) {
  const q = new URLSearchParams({ target: target.kind, id: target.id });
  if (replaces) q.set("replaces", replaces);
  return new Request(`http://localhost:3000/api/evidence?${q}`, {
    method: "POST",
    body: new Uint8Array(body),
    headers: { "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(name), origin: "http://localhost:3000", host: "localhost:3000", ...headers },
  });
}

const download = (id: string, query = "") => handleDownload(new Request(`http://localhost:3000/api/evidence/${id}${query}`), id);

describe("uploading evidence files", () => {
  it("stores a PDF under EVIDENCE_DIR with a generated key and its sha256, and writes an audit row", async () => {
    const { org, initiative } = await setup();
    await actAs(org.headA);
    const bytes = pdfBytes();
    const res = await handleUpload(uploadRequest({ kind: "initiative", id: initiative.id }, bytes, "Báo cáo kết quả quý III.pdf"));
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ ok: true, data: { fileName: "Báo cáo kết quả quý III.pdf", mimeType: "application/pdf", sizeBytes: bytes.length } });

    const row = await db().evidenceFile.findUniqueOrThrow({ where: { id: body.data.id } });
    expect(row).toMatchObject({ initiativeId: initiative.id, unitId: org.officeA.id, campaignId: org.campaign.id, uploadedById: org.headA.id, lockedAt: null });
    expect(row.storageKey).toMatch(/^\d{4}\/\d{2}\/[a-z0-9]+$/);
    expect(row.storageKey).not.toContain("Báo");
    expect(evidenceDir()).toBe(dir);
    expect(fs.readFileSync(path.join(dir, row.storageKey))).toEqual(bytes);
    expect(row.sha256).toBe((await import("node:crypto")).createHash("sha256").update(bytes).digest("hex"));
    expect(tmpLeftovers()).toEqual([]);
    expect(await db().auditLog.count({ where: { entityType: "EvidenceFile", entityId: row.id, action: "evidence.upload" } })).toBe(1);
  });

  it("shows the upload and the deletion of a file in the initiative's own history", async () => {
    const { org, initiative } = await setup();
    await actAs(org.headA);
    const res = await handleUpload(uploadRequest({ kind: "initiative", id: initiative.id }, pdfBytes(), "Minh chứng.pdf"));
    expect(res.status).toBe(201);
    const { data } = await res.json();
    expect((await deleteEvidenceAction({ fileId: data.id })).ok).toBe(true);
    const history = await getRecordHistory("Initiative", initiative.id);
    expect(history.map((r) => r.action).slice(0, 2)).toEqual(["evidence.delete", "evidence.upload"]);
    expect(history[1].summary).toContain("Minh chứng.pdf");
  });

  it("refuses a file over 20 MB with the Vietnamese message, keeping nothing (declared size or streamed size)", async () => {
    const { org, initiative } = await setup();
    await actAs(org.headA);
    const big = Buffer.concat([pdfBytes(), Buffer.alloc(MAX_EVIDENCE_BYTES)]);
    const declared = await handleUpload(uploadRequest({ kind: "initiative", id: initiative.id }, big, "lon.pdf", { "content-length": String(big.length) }));
    expect(declared.status).toBe(413);
    expect((await declared.json()).error).toContain("lớn hơn 20 MB");

    const streamed = uploadEvidence(await user(org.headA), { target: { kind: "initiative", id: initiative.id }, fileName: "lon.pdf", body: big });
    await expect(streamed).rejects.toMatchObject({ code: "RULE", message: expect.stringContaining("lớn hơn 20 MB") });
    expect(await db().evidenceFile.count()).toBe(0);
    expect(tmpLeftovers()).toEqual([]);

    // Exactly 20 MB goes through.
    const limit = Buffer.concat([pdfBytes(), Buffer.alloc(MAX_EVIDENCE_BYTES - pdfBytes().length)]);
    const ok = await handleUpload(uploadRequest({ kind: "initiative", id: initiative.id }, limit, "vua-du.pdf"));
    expect(ok.status).toBe(201);
  });

  it("refuses forbidden types and a program named .pdf, with a clear message", async () => {
    const { org, initiative } = await setup();
    await actAs(org.headA);
    const target = { kind: "initiative", id: initiative.id };
    const exe = await handleUpload(uploadRequest(target, exeBytes(), "bao-cao.pdf"));
    expect(exe.status).toBe(422);
    expect((await exe.json()).error).toBe("Tệp “bao-cao.pdf” là tệp chương trình (tệp thực thi), không phải tài liệu .pdf: không được tải lên.");
    const elf = await handleUpload(uploadRequest(target, elfBytes(), "ket-qua.pdf"));
    expect((await elf.json()).error).toContain("tệp chương trình");
    const txt = await handleUpload(uploadRequest(target, textBytes(), "danh-sach.csv"));
    expect((await txt.json()).error).toContain("không phải loại được chấp nhận");
    const cfbAsPdf = await handleUpload(uploadRequest(target, cfbBytes(), "to-trinh.pdf"));
    expect((await cfbAsPdf.json()).error).toContain(".doc hoặc .xls");
    expect(await db().evidenceFile.count()).toBe(0);
    expect(tmpLeftovers()).toEqual([]);

    const doc = await handleUpload(uploadRequest(target, cfbBytes(), "to-trinh.doc"));
    expect(doc.status).toBe(201);
    expect((await doc.json()).data.mimeType).toBe("application/msword");
  });

  it("accepts a genuine .docx written as ZIP64 (stored with the Word type)", async () => {
    const { org, initiative } = await setup();
    await actAs(org.headA);
    const bytes = zip64DocxBytes();
    const res = await handleUpload(uploadRequest({ kind: "initiative", id: initiative.id }, bytes, "Đề cương (ZIP64).docx"));
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.data).toMatchObject({ mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", sizeBytes: bytes.length });
    const row = await db().evidenceFile.findUniqueOrThrow({ where: { id: body.data.id } });
    expect(fs.readFileSync(path.join(dir, row.storageKey))).toEqual(bytes);
  });

  it("refuses zip bombs (huge ratio, huge declared size, lying sizes, too many or overlapping entries) with a 422 and the message at the file field, keeping nothing", async () => {
    const { org, initiative } = await setup();
    await actAs(org.headA);
    const target = { kind: "initiative", id: initiative.id };
    vi.spyOn(console, "warn").mockImplementation(() => {});
    for (const [bytes, why] of [
      [zeroBombDocxBytes(64), "tỉ lệ nén quá cao"],
      [declaredHugeDocxBytes(), "dung lượng giải nén quá lớn"],
      [lyingSizeDocxBytes(), "dung lượng giải nén quá lớn"],
      [manyEntriesDocxBytes(), "quá nhiều tệp con"],
      [overlappingDocxBytes(), "chồng lên nhau"],
    ] as const) {
      const res = await handleUpload(uploadRequest(target, bytes, "bao-cao.docx"));
      expect(res.status, why).toBe(422);
      const body = await res.json();
      expect(body.error).toContain("Tệp “bao-cao.docx” là tệp nén có cấu trúc bất thường");
      expect(body.error).toContain(why);
      expect(body.fieldErrors).toEqual({ file: body.error });
    }
    const cut = await handleUpload(uploadRequest(target, zip64DocxBytes().subarray(0, 400), "cat-do.docx"));
    expect(cut.status).toBe(422);
    expect((await cut.json()).error).toContain("bị hỏng hoặc không đọc được");
    expect(await db().evidenceFile.count()).toBe(0);
    expect(tmpLeftovers()).toEqual([]);
    vi.restoreAllMocks();
  });

  it("runs the virus-scan hook: a scanner exiting non-zero refuses the file", async () => {
    const { org, initiative } = await setup();
    await actAs(org.headA);
    process.env.EVIDENCE_SCAN_COMMAND = `${process.execPath} -e process.exit(1) {file}`;
    const res = await handleUpload(uploadRequest({ kind: "initiative", id: initiative.id }, pdfBytes(), "nhiem.pdf"));
    expect(res.status).toBe(422);
    expect((await res.json()).error).toContain("mã độc");
    process.env.EVIDENCE_SCAN_COMMAND = `${process.execPath} -e process.exit(0) {file}`;
    expect((await handleUpload(uploadRequest({ kind: "initiative", id: initiative.id }, pdfBytes(), "sach.pdf"))).status).toBe(201);
    expect(await db().evidenceFile.count()).toBe(1);
    expect(tmpLeftovers()).toEqual([]);
  });

  it("refuses another unit's head (not found) and a reader without edit rights (forbidden); refuses a cross-site post", async () => {
    const { org, initiative } = await setup();
    const target = { kind: "initiative", id: initiative.id };
    await actAs(org.headB);
    expect((await handleUpload(uploadRequest(target, pdfBytes(), "a.pdf"))).status).toBe(404);
    await actAs(org.office);
    expect((await handleUpload(uploadRequest(target, pdfBytes(), "a.pdf"))).status).toBe(403);
    await actAs(org.headA);
    expect((await handleUpload(uploadRequest(target, pdfBytes(), "a.pdf", { origin: "https://evil.example" }))).status).toBe(403);
    await actAs(null);
    expect((await handleUpload(uploadRequest(target, pdfBytes(), "a.pdf"))).status).toBe(401);
    expect(await db().evidenceFile.count()).toBe(0);
  });
});

describe("downloading evidence files", () => {
  async function withFile() {
    const s = await setup();
    await actAs(s.org.headA);
    const res = await handleUpload(uploadRequest({ kind: "initiative", id: s.initiative.id }, pdfBytes(), "Kết quả.pdf"));
    return { ...s, fileId: (await res.json()).data.id as string };
  }

  it("streams the file to the unit with the original name (RFC 5987), nosniff, inline for a PDF unless download=1", async () => {
    const { org, fileId } = await withFile();
    await actAs(org.staffA);
    const res = await download(fileId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-disposition")).toBe(`inline; filename="Ket qua.pdf"; filename*=UTF-8''K%E1%BA%BFt%20qu%E1%BA%A3.pdf`);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(pdfBytes());
    const attachment = await download(fileId, "?download=1");
    expect(attachment.headers.get("content-disposition")).toMatch(/^attachment;/);
  });

  it("answers 404 to another unit's user, another Sở's office, a council member and anyone signed out", async () => {
    const { org, fileId } = await withFile();
    for (const u of [org.headB, org.staffB, org.otherOffice, org.council]) {
      await actAs(u);
      expect((await download(fileId)).status, u.username).toBe(404);
      expect(await canReadEvidence(await user(u), fileId), u.username).toBeNull();
    }
    await actAs(null);
    expect((await download(fileId)).status).toBe(404);
    await actAs(org.headB);
    expect((await download("khong-co-tep-nay")).status).toBe(404);
  });

  it("lets the campaign's CCHC office and leadership download", async () => {
    const { org, fileId } = await withFile();
    for (const u of [org.office, org.leader]) {
      await actAs(u);
      expect((await download(fileId)).status, u.username).toBe(200);
    }
  });

  it("lets the parent campaign's office read the origin's files through the forwarded copy, which lists them read-only", async () => {
    const { org, initiative, fileId } = await withFile();
    // The parent campaign's office sits outside the Sở's subtree: it reads only through the copy.
    const parentIssuer = await makeUnit({ name: "Sở Nội vụ", kind: "DEPARTMENT", parent: org.city });
    const receivingOffice = await makeUser({ unit: parentIssuer, roles: [{ role: "CCHC_OFFICE" }] });
    const parent = await makeCampaign({ issuingUnit: parentIssuer, units: [org.dept] });
    const reg = await db().registration.create({
      data: { campaignId: parent.id, unitId: org.dept.id, kind: "UNIT", ownerKey: "UNIT", status: "SUBMITTED", submittedVersion: 1, firstSubmittedAt: new Date() },
    });
    const copy = await db().initiative.create({
      data: {
        registrationId: reg.id,
        campaignId: parent.id,
        unitId: org.dept.id,
        fieldId: parent.fields[5].id,
        content: initiative.content,
        type: initiative.type,
        expectedCompletion: initiative.expectedCompletion,
        level: "CITY",
        forwardedFromId: initiative.id,
        originInitiativeId: initiative.id,
        originUnitId: org.officeA.id,
      },
    });
    await actAs(receivingOffice);
    expect((await download(fileId)).status).toBe(200);
    const list = await listEvidence(await user(receivingOffice), { kind: "initiative", id: copy.id });
    expect(list?.inherited).toBe(true);
    expect(list?.access.canEdit).toBe(false);
    expect(list?.current.map((f) => f.id)).toEqual([fileId]);
    expect(list?.origin?.unitName).toBe("Phòng A");
    // The receiving office reads the copy but may not add files to it.
    expect((await handleUpload(uploadRequest({ kind: "initiative", id: copy.id }, pdfBytes(), "x.pdf"))).status).toBe(403);
  });
});

describe("deleting and replacing evidence files", () => {
  it("refuses to delete a locked file (cited by a submitted report); deletes an unlocked one from the disk", async () => {
    const { org, initiative } = await setup();
    await actAs(org.headA);
    const a = (await (await handleUpload(uploadRequest({ kind: "initiative", id: initiative.id }, pdfBytes("a"), "a.pdf"))).json()).data.id;
    const b = (await (await handleUpload(uploadRequest({ kind: "initiative", id: initiative.id }, pngBytes(), "b.png"))).json()).data.id;
    await db().evidenceFile.update({ where: { id: a }, data: { lockedAt: new Date() } });

    const locked = await deleteEvidenceAction({ fileId: a });
    expect(locked.ok === false && locked.error).toBe(LOCKED_DELETE_MESSAGE);
    expect(await db().evidenceFile.count({ where: { id: a } })).toBe(1);

    const keyB = (await db().evidenceFile.findUniqueOrThrow({ where: { id: b } })).storageKey;
    await actAs(org.headB);
    expect((await deleteEvidenceAction({ fileId: b })).ok === false).toBe(true);
    await actAs(org.staffA);
    const ok = await deleteEvidenceAction({ fileId: b });
    expect(ok.ok).toBe(true);
    expect(await db().evidenceFile.count({ where: { id: b } })).toBe(0);
    expect(fs.existsSync(path.join(dir, keyB))).toBe(false);
    expect(await db().auditLog.count({ where: { action: "evidence.delete", entityId: b } })).toBe(1);
  });

  it("replaces a locked file with a new one: the old row is superseded, kept on disk and still downloadable", async () => {
    const { org, initiative } = await setup();
    await actAs(org.headA);
    const target = { kind: "initiative", id: initiative.id };
    const oldId = (await (await handleUpload(uploadRequest(target, pdfBytes("v1"), "so-lieu.pdf"))).json()).data.id;
    await db().evidenceFile.update({ where: { id: oldId }, data: { lockedAt: new Date() } });

    const res = await handleUpload(uploadRequest(target, pdfBytes("v2"), "so-lieu-moi.pdf", {}, oldId));
    expect(res.status).toBe(201);
    const newId = (await res.json()).data.id;
    const old = await db().evidenceFile.findUniqueOrThrow({ where: { id: oldId } });
    expect(old.supersededById).toBe(newId);
    expect(old.supersededAt).toBeInstanceOf(Date);
    expect((await download(oldId)).status).toBe(200);

    const list = await listEvidence(await user(org.headA), { kind: "initiative", id: initiative.id });
    expect(list?.current.map((f) => f.id)).toEqual([newId]);
    expect(list?.superseded.map((f) => f.id)).toEqual([oldId]);
    // An old version cannot be replaced again.
    const again = await handleUpload(uploadRequest(target, pdfBytes("v3"), "x.pdf", {}, oldId));
    expect(again.status).toBe(422);
    expect(await db().auditLog.count({ where: { action: "evidence.replace", entityId: newId } })).toBe(1);

    // Deleting the (unlocked) replacement makes the old file current again.
    expect((await deleteEvidenceAction({ fileId: newId })).ok).toBe(true);
    const back = await db().evidenceFile.findUniqueOrThrow({ where: { id: oldId } });
    expect(back.supersededAt).toBeNull();
  });

  it("evidence of a report: the unit uploads while the report is a draft, not once submitted", async () => {
    const { org } = await setup();
    const report = await db().report.create({ data: { campaignId: org.campaign.id, unitId: org.officeA.id, phase: "MIDTERM", status: "DRAFT" } });
    await actAs(org.staffA);
    const res = await handleUpload(uploadRequest({ kind: "report", id: report.id }, pdfBytes(), "de-cuong.pdf"));
    expect(res.status).toBe(201);
    const fileId = (await res.json()).data.id;
    expect((await db().evidenceFile.findUniqueOrThrow({ where: { id: fileId } })).reportId).toBe(report.id);

    // submitted (as lib/reports does: the version cites the file, which is locked)
    await db().report.update({ where: { id: report.id }, data: { status: "SUBMITTED", firstSubmittedAt: new Date() } });
    await db().evidenceFile.update({ where: { id: fileId }, data: { lockedAt: new Date() } });
    const refused = await handleUpload(uploadRequest({ kind: "report", id: report.id }, pdfBytes(), "them.pdf"));
    expect(refused.status).toBe(422);
    await actAs(org.office);
    expect((await download(fileId)).status).toBe(200);
    await actAs(org.headB);
    expect((await download(fileId)).status).toBe(404);
  });
});

describe("evidence of a unit's Mẫu 2 report: the office never sees a draft", () => {
  const DAY = 86_400_000;
  const dayFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

  /** A campaign whose mid-term report is open, office A's accepted Mẫu 1, and its draft report saved by staff. */
  async function draftReport() {
    const org = await makeOrganisation();
    const campaign = await makeCampaign({ issuingUnit: org.dept, units: [org.officeA, org.officeB], registrationBeforeDay: dayFromNow(-10) });
    await addReportMilestones(campaign);
    await makeRegistration({ campaign, unit: org.officeA, status: "ACCEPTED", submittedBy: org.headA, rows: [{ field: 1, content: "Một cửa điện tử" }] });
    const form = {
      campaignId: campaign.id,
      unitId: org.officeA.id,
      phase: "MIDTERM" as const,
      reportId: null as string | null,
      lockVersion: 0,
      situation: "Phòng có 12 công chức.",
      currentState: "Ổn định.",
      strengths: "Chủ động.",
      limitations: "Thiếu nhân lực.",
      lessons: "Phối hợp sớm.",
      fieldRows: [],
      parts: [],
      confirmed: false,
    };
    await actAs(org.staffA);
    const saved = await saveReportDraftAction(form);
    if (!saved.ok) throw new Error(saved.error);
    return { org, campaign, form: { ...form, reportId: saved.data.reportId, lockVersion: saved.data.lockVersion }, reportId: saved.data.reportId };
  }

  async function attach(u: { id: string }, reportId: string, name: string) {
    await actAs(u);
    const res = await handleUpload(uploadRequest({ kind: "report", id: reportId }, pdfBytes(name), name));
    expect(res.status).toBe(201);
    return (await res.json()).data.id as string;
  }

  async function status(u: { id: string }, fileId: string) {
    await actAs(u);
    return (await download(fileId)).status;
  }

  it("refuses the office and leadership a draft report's attachment (404, not listed); allows them once the head submits; the unit's head and staff always", async () => {
    const { org, form, reportId } = await draftReport();
    const fileId = await attach(org.staffA, reportId, "bien-ban-nhap.pdf");

    for (const u of [org.office, org.leader]) {
      expect(await status(u, fileId), u.username).toBe(404);
      expect(await canReadEvidence(await user(u), fileId), u.username).toBeNull();
      expect(await listEvidence(await user(u), { kind: "report", id: reportId }), u.username).toBeNull();
    }
    for (const u of [org.headA, org.staffA]) {
      expect(await status(u, fileId), u.username).toBe(200);
      expect((await listEvidence(await user(u), { kind: "report", id: reportId }))?.current.map((f) => f.id)).toEqual([fileId]);
    }
    expect(await status(org.headB, fileId)).toBe(404);

    // the head confirms and submits: the version cites the file, which is locked
    await actAs(org.headA);
    const submitted = await submitReportAction({ ...form, confirmed: true });
    expect(submitted).toMatchObject({ ok: true });
    expect((await db().evidenceFile.findUniqueOrThrow({ where: { id: fileId } })).lockedAt).toBeInstanceOf(Date);
    for (const u of [org.office, org.leader, org.headA]) {
      expect(await status(u, fileId), u.username).toBe(200);
      expect((await listEvidence(await user(u), { kind: "report", id: reportId }))?.current.map((f) => f.id), u.username).toEqual([fileId]);
    }
    expect(await status(org.headB, fileId)).toBe(404);
  });

  it("a returned report being edited: the office sees the files of the submitted version, not the ones added since, until it is resubmitted", async () => {
    const { org, form, reportId } = await draftReport();
    const cited = await attach(org.staffA, reportId, "bao-cao-v1.pdf");
    await actAs(org.headA);
    const v1 = await submitReportAction({ ...form, confirmed: true });
    if (!v1.ok) throw new Error(v1.error);
    await actAs(org.office);
    expect(await returnReportAction({ campaignId: form.campaignId, reportId, lockVersion: v1.data.lockVersion, comment: "Bổ sung biên bản." })).toMatchObject({ ok: true });

    const added = await attach(org.staffA, reportId, "bien-ban-bo-sung.pdf");
    expect(await status(org.office, cited)).toBe(200);
    expect(await status(org.office, added)).toBe(404);
    expect(await status(org.leader, added)).toBe(404);
    expect((await listEvidence(await user(org.office), { kind: "report", id: reportId }))?.current.map((f) => f.id)).toEqual([cited]);
    expect(await status(org.headA, added)).toBe(200);
    expect((await listEvidence(await user(org.staffA), { kind: "report", id: reportId }))?.current.map((f) => f.id).sort()).toEqual([cited, added].sort());

    const returned = (await db().report.findUniqueOrThrow({ where: { id: reportId } })).lockVersion;
    await actAs(org.headA);
    expect(await submitReportAction({ ...form, lockVersion: returned, confirmed: true })).toMatchObject({ ok: true });
    expect(await status(org.office, added)).toBe(200);
  });
});
