import fs from "node:fs";
import ExcelJS from "exceljs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveProposalDraftAction } from "../../lib/awards/proposals/actions";
import { evaluateCriteria } from "../../lib/awards/criteria";
import { declarationsOf } from "../../lib/awards/proposals/queries";
import { loadSessionUser } from "../../lib/auth/session";
import { setModelPublicAction } from "../../lib/library/actions";
import { acceptIdeaAction, assessIdeaAction, declineIdeaAction, forwardIdeaAction, setCampaignPublicityAction } from "../../lib/public-ideas/actions";
import { signFormStamp } from "../../lib/public-ideas/codes";
import { handleIdeaFileDownload, handleIdeaSubmit } from "../../lib/public-ideas/http";
import { confirmIdeaEmailAction, withdrawIdeaAction } from "../../lib/public-ideas/public-actions";
import { purgePublicIdeas } from "../../lib/public-ideas/purge";
import { getIdeaForOffice, getIdeaForUnit, listIdeaQueue } from "../../lib/public-ideas/queries";
import { TOO_FAST, TOO_MANY_FROM_ADDRESS } from "../../lib/public-ideas/submit";
import { findIdeaByCode, TOO_MANY_WRONG_CODES, WRONG_CODE } from "../../lib/public-ideas/track";
import { getPublicCampaign, getPublicModel, listPublicAwards, listPublicCampaigns } from "../../lib/public-site/queries";
import { DomainError } from "../../lib/actions/result";
import { consolidatedExportResponse } from "../../lib/consolidation/export";
import { vnDayOf } from "../../lib/time/vn";
import { exeBytes, pdfBytes } from "../helpers/evidence-bytes";
import { actAs, db, makeOrganisation } from "../helpers/factories";

let dir: string;
const savedDir = process.env.EVIDENCE_DIR;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "public-ideas-test-"));
  process.env.EVIDENCE_DIR = dir;
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (savedDir === undefined) delete process.env.EVIDENCE_DIR;
  else process.env.EVIDENCE_DIR = savedDir;
});

const json = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? String(x) : x));
const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)> =HYPERLINK("http://evil")`;
let ipCounter = 0;
const freshIp = () => `203.0.113.${++ipCounter % 250}`;

async function setup() {
  const org = await makeOrganisation();
  await db().campaign.update({ where: { id: org.campaign.id }, data: { isPublic: true, acceptsPublicIdeas: true } });
  return org;
}
type Org = Awaited<ReturnType<typeof setup>>;

function fields(org: Org, o: Record<string, string> = {}): Record<string, string> {
  return {
    campaignId: org.campaign.id,
    formStamp: signFormStamp(Date.now() - 30_000),
    website: "",
    submitterKind: "PERSON",
    submitterName: "Nguyễn Văn Bình",
    email: "binh@example.com",
    phone: "",
    ward: "Phường Tân Định",
    fieldId: org.campaign.fields[1].id,
    title: "Tra cứu quy hoạch bằng mã QR tại phường",
    content: "Dán mã QR tại bộ phận một cửa để người dân tra cứu quy hoạch.",
    expectedBenefit: "Giảm số lượt đến Sở.",
    consent: "yes",
    ...o,
  };
}

async function post(f: Record<string, string>, opts: { files?: { name: string; bytes: Buffer }[]; ip?: string; headers?: Record<string, string> } = {}) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(f)) fd.append(k, v);
  for (const file of opts.files ?? []) fd.append("files", new File([new Uint8Array(file.bytes)], file.name));
  const encoded = new Response(fd);
  const body = Buffer.from(await encoded.arrayBuffer());
  const res = await handleIdeaSubmit(
    new Request("http://localhost:3000/api/public/ideas", {
      method: "POST",
      body,
      headers: {
        "content-type": encoded.headers.get("content-type")!,
        "content-length": String(body.length),
        origin: "http://localhost:3000",
        host: "localhost:3000",
        "x-forwarded-for": opts.ip ?? freshIp(),
        ...opts.headers,
      },
    }),
  );
  return { status: res.status, body: (await res.json()) as { ok: boolean; trackingCode?: string; needsConfirmation?: boolean; error?: string; fieldErrors?: Record<string, string> } };
}

const tokenOf = async (ideaId: string) => {
  const mail = await db().emailMessage.findFirstOrThrow({ where: { publicIdeaId: ideaId } });
  return /token=([A-Za-z0-9_-]+)/.exec(mail.textBody)![1];
};

describe("a citizen sends an idea without an account", () => {
  it("stores the idea with its file, gives an unguessable tracking code, mails a confirmation link, and audits without personal data", async () => {
    const org = await setup();
    const res = await post(fields(org, { phone: "0912 345 678" }), { files: [{ name: "Đề xuất.pdf", bytes: pdfBytes() }] });
    expect(res.status).toBe(200);
    expect(res.body.trackingCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    expect(res.body.needsConfirmation).toBe(true);
    const idea = await db().publicIdea.findFirstOrThrow({ include: { attachments: true } });
    expect(idea).toMatchObject({ status: "RECEIVED", submitterName: "Nguyễn Văn Bình", phone: "0912345678", email: "binh@example.com", emailConfirmedAt: null });
    expect(idea.trackingCodeHash).not.toContain(res.body.trackingCode!.replace(/-/g, ""));
    expect(idea.attachments).toHaveLength(1);
    expect(idea.attachments[0].mimeType).toBe("application/pdf");
    const mail = await db().emailMessage.findFirstOrThrow({ where: { publicIdeaId: idea.id } });
    expect(mail.toAddress).toBe("binh@example.com");
    expect(mail.textBody).toContain(res.body.trackingCode!);
    const audit = await db().auditLog.findMany({ where: { entityId: idea.id } });
    expect(audit).toHaveLength(1);
    const auditText = json(audit);
    for (const personal of ["Nguyễn Văn Bình", "binh@example.com", "0912345678", "Tân Định"]) expect(auditText).not.toContain(personal);
  });

  it("confirms the e-mail once; the link used twice says so, an expired or forged link confirms nothing", async () => {
    const org = await setup();
    await post(fields(org));
    const idea = await db().publicIdea.findFirstOrThrow();
    const token = await tokenOf(idea.id);
    expect(await confirmIdeaEmailAction({ token })).toMatchObject({ ok: true, data: { status: "confirmed" } });
    expect(await confirmIdeaEmailAction({ token })).toMatchObject({ ok: true, data: { status: "already" } });
    expect(await confirmIdeaEmailAction({ token: "A".repeat(43) })).toMatchObject({ ok: true, data: { status: "invalid" } });

    await post(fields(org, { email: "late@example.com", title: "Ý tưởng khác hẳn" }));
    const late = await db().publicIdea.findFirstOrThrow({ where: { email: "late@example.com" } });
    const lateToken = await tokenOf(late.id);
    await db().publicIdea.update({ where: { id: late.id }, data: { confirmExpiresAt: new Date(Date.now() - 1000) } });
    expect(await confirmIdeaEmailAction({ token: lateToken })).toMatchObject({ ok: true, data: { status: "expired" } });
    expect((await db().publicIdea.findUniqueOrThrow({ where: { id: late.id } })).emailConfirmedAt).toBeNull();
  });

  it("refuses a filled honeypot, a form sent faster than a person can, and a forged stamp, storing nothing", async () => {
    const org = await setup();
    expect((await post(fields(org, { website: "http://spam.example" }))).status).toBe(422);
    const fast = await post(fields(org, { formStamp: signFormStamp(Date.now() - 500) }));
    expect(fast.body.error).toBe(TOO_FAST);
    const forged = await post(fields(org, { formStamp: `${Date.now() - 60_000}.${"A".repeat(32)}` }));
    expect(forged.status).toBe(422);
    expect(await db().publicIdea.count()).toBe(0);
  });

  it("lets one address send 5 ideas an hour: the 50 a bot sends in a minute stop at 5 with a clear message", async () => {
    const org = await setup();
    const results = [];
    for (let i = 0; i < 50; i++) results.push(await post(fields(org, { email: "", phone: `09031234${String(i).padStart(2, "0")}`, title: `Hiến kế số ${i}` }), { ip: "198.51.100.7" }));
    expect(results.filter((r) => r.body.ok)).toHaveLength(5);
    expect(results[5].body.error).toBe(TOO_MANY_FROM_ADDRESS);
    expect(await db().publicIdea.count()).toBe(5);
    // Another address is not held back.
    expect((await post(fields(org, { email: "", phone: "0987654321" }), { ip: "198.51.100.8" })).body.ok).toBe(true);
  });

  it("limits one e-mail address to 3 ideas a day, whatever network it comes from", async () => {
    const org = await setup();
    for (let i = 0; i < 3; i++) expect((await post(fields(org, { title: `Ý ${i}` }))).body.ok).toBe(true);
    const fourth = await post(fields(org, { title: "Ý 4" }));
    expect(fourth.body.ok).toBe(false);
    expect(fourth.body.fieldErrors?.email).toContain("3 hiến kế trong 24 giờ");
  });

  it("answers a 1 MB text with the field's limit, a body over the request limit with 413, and a missing contact at its field", async () => {
    const org = await setup();
    const big = await post(fields(org, { content: "a".repeat(1024 * 1024) }));
    expect(big.status).toBe(422);
    expect(big.body.fieldErrors?.content).toBe("Tối đa 10.000 ký tự.");
    const huge = await handleIdeaSubmit(
      new Request("http://localhost:3000/api/public/ideas", {
        method: "POST",
        body: "x",
        headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(200 * 1024 * 1024), origin: "http://localhost:3000", host: "localhost:3000" },
      }),
    );
    expect(huge.status).toBe(413);
    const noContact = await post(fields(org, { email: "", phone: "" }));
    expect(noContact.body.fieldErrors?.email).toContain("thư điện tử hoặc số điện thoại");
    const business = await post(fields(org, { submitterKind: "ORGANISATION", taxCode: "12ab" }));
    expect(business.body.fieldErrors?.taxCode).toContain("10 chữ số");
    const nul = await post(fields(org, { title: "Có ký tự \u0000 lạ" }));
    expect(nul.body.fieldErrors?.title).toContain("ký tự không hợp lệ");
    expect(await db().publicIdea.count()).toBe(0);
  });

  it("refuses a program renamed .pdf and keeps no file of it", async () => {
    const org = await setup();
    const res = await post(fields(org), { files: [{ name: "ho-so.pdf", bytes: exeBytes() }] });
    expect(res.status).toBe(422);
    expect(res.body.fieldErrors?.files).toBeTruthy();
    expect(await db().publicIdea.count()).toBe(0);
    const stored = fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).filter((f) => !String(f).startsWith("tmp")) : [];
    expect(stored.filter((f) => /\.(part)?$/.test(String(f)) && fs.statSync(path.join(dir, String(f))).isFile())).toEqual([]);
  });

  it("keeps HTML and script as text: stored verbatim, escaped in the e-mail", async () => {
    const org = await setup();
    const res = await post(fields(org, { submitterName: HOSTILE.slice(0, 200), title: HOSTILE.slice(0, 250), content: HOSTILE, expectedBenefit: HOSTILE, ward: HOSTILE.slice(0, 200) }));
    expect(res.body.ok).toBe(true);
    const idea = await db().publicIdea.findFirstOrThrow();
    expect(idea.content).toBe(HOSTILE);
    const mail = await db().emailMessage.findFirstOrThrow({ where: { publicIdeaId: idea.id } });
    expect(mail.htmlBody).not.toContain("<script>");
    expect(mail.htmlBody).toContain("&lt;script&gt;");
  });

  it("refuses ideas for a campaign that is not public or does not take ideas, as not found", async () => {
    const org = await setup();
    await db().campaign.update({ where: { id: org.campaign.id }, data: { acceptsPublicIdeas: false } });
    expect((await post(fields(org))).status).toBe(404);
    await db().campaign.update({ where: { id: org.campaign.id }, data: { acceptsPublicIdeas: true, isPublic: false } });
    expect((await post(fields(org))).status).toBe(404);
    expect(await db().publicIdea.count()).toBe(0);
  });
});

describe("tracking and withdrawing with the code", () => {
  it("shows the status to the right code; wrong codes are counted per address and then even the right code waits", async () => {
    const org = await setup();
    const { body } = await post(fields(org));
    const code = body.trackingCode!;
    expect((await findIdeaByCode(code.toLowerCase().replace(/-/g, " "), "192.0.2.1")).status).toBe("RECEIVED");
    for (let i = 0; i < 10; i++) {
      await expect(findIdeaByCode(`ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZ${String(i).padStart(2, "0")}`, "192.0.2.9")).rejects.toThrow(WRONG_CODE);
    }
    await expect(findIdeaByCode(code, "192.0.2.9")).rejects.toThrow(TOO_MANY_WRONG_CODES);
    expect((await findIdeaByCode(code, "192.0.2.10")).title).toContain("mã QR");
  });

  it("withdrawal erases the personal data, the text, the files and the mail, and keeps an anonymous audit row", async () => {
    const org = await setup();
    const { body } = await post(fields(org, { phone: "0912345678" }), { files: [{ name: "a.pdf", bytes: pdfBytes() }] });
    const idea = await db().publicIdea.findFirstOrThrow({ include: { attachments: true } });
    const filePath = path.join(dir, idea.attachments[0].storageKey);
    expect(fs.existsSync(filePath)).toBe(true);
    expect(await withdrawIdeaAction({ code: body.trackingCode })).toMatchObject({ ok: true });
    const after = await db().publicIdea.findUniqueOrThrow({ where: { id: idea.id }, include: { attachments: true } });
    expect(after).toMatchObject({ status: "WITHDRAWN", submitterName: null, email: null, phone: null, ward: null, taxCode: null, content: "", attachments: [] });
    expect(after.erasedAt).not.toBeNull();
    expect(fs.existsSync(filePath)).toBe(false);
    expect(await db().emailMessage.count({ where: { publicIdeaId: idea.id } })).toBe(0);
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: idea.id, action: "public-idea.withdraw" } });
    expect(audit.actorId).toBeNull();
    expect(json(audit)).not.toContain("binh@example.com");
    expect(await withdrawIdeaAction({ code: body.trackingCode })).toMatchObject({ ok: false });
  });

  it("deletes ideas never confirmed after 30 days, with their files; a second run finds nothing", async () => {
    const org = await setup();
    await post(fields(org), { files: [{ name: "a.pdf", bytes: pdfBytes() }] });
    await post(fields(org, { email: "", phone: "0912345678", title: "Chỉ có điện thoại" }));
    const old = new Date(Date.now() - 31 * 86_400_000);
    await db().publicIdea.updateMany({ data: { createdAt: old } });
    expect(await purgePublicIdeas()).toMatchObject({ deleted: 1 });
    expect(await db().publicIdea.count()).toBe(1); // the phone-only idea has nothing to confirm
    expect(await db().publicIdeaAttachment.count()).toBe(0);
    expect(await purgePublicIdeas()).toMatchObject({ deleted: 0 });
    const audit = await db().auditLog.findMany({ where: { action: "public-idea.purge-unconfirmed" } });
    expect(audit).toHaveLength(1);
    expect(json(audit)).not.toMatch(/binh@example.com|Nguyễn Văn Bình/);
  });
});

describe("the office moderates, the unit assesses", () => {
  async function confirmedIdea(org: Org, o: Record<string, string> = {}) {
    const { body } = await post(fields(org, o));
    const idea = await db().publicIdea.findFirstOrThrow({ where: { title: o.title ?? fields(org).title }, orderBy: { createdAt: "desc" } });
    await confirmIdeaEmailAction({ token: await tokenOf(idea.id) });
    return { ...(await db().publicIdea.findUniqueOrThrow({ where: { id: idea.id } })), code: body.trackingCode! };
  }
  const user = async (u: { id: string }) => (await loadSessionUser(u.id))!;

  it("shows the queue with duplicates to the campaign's office only; another Sở's office gets not found", async () => {
    const org = await setup();
    await confirmedIdea(org);
    await confirmedIdea(org, { email: "other@example.com", title: "Tra cứu quy hoạch bằng mã QR ở phường" });
    const queue = await listIdeaQueue(await user(org.office), org.campaign.id, { status: null, page: 1 });
    expect(queue.total).toBe(2);
    expect(queue.rows.every((r) => r.duplicates.length === 1)).toBe(true);
    await expect(listIdeaQueue(await user(org.otherOffice), org.campaign.id, { status: null, page: 1 })).rejects.toBeInstanceOf(DomainError);
    await expect(listIdeaQueue(await user(org.headA), org.campaign.id, { status: null, page: 1 })).rejects.toBeInstanceOf(DomainError);
  });

  it("forwards to a unit, which assesses without seeing the contact; another unit can neither read nor assess it", async () => {
    const org = await setup();
    const idea = await confirmedIdea(org, { phone: "0912345678" });
    await actAs(org.otherOffice);
    expect(await forwardIdeaAction({ ideaId: idea.id, lockVersion: idea.lockVersion, unitId: org.officeA.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs(org.office);
    expect(await forwardIdeaAction({ ideaId: idea.id, lockVersion: idea.lockVersion, unitId: org.otherDept.id })).toMatchObject({ ok: false, code: "RULE" });
    expect(await forwardIdeaAction({ ideaId: idea.id, lockVersion: idea.lockVersion, unitId: org.officeA.id, note: "Xem giúp" })).toMatchObject({ ok: true });
    const seen = await getIdeaForUnit(await user(org.staffA), idea.id);
    expect(JSON.stringify(seen)).not.toMatch(/binh@example.com|0912345678|Nguyễn Văn Bình|Tân Định/);
    await expect(getIdeaForUnit(await user(org.headB), idea.id)).rejects.toBeInstanceOf(DomainError);
    await actAs(org.headB);
    expect(await assessIdeaAction({ ideaId: idea.id, lockVersion: idea.lockVersion + 1, recommendation: "ACCEPT", assessment: "Tốt" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs(org.headA);
    expect(await assessIdeaAction({ ideaId: idea.id, lockVersion: idea.lockVersion + 1, recommendation: "ACCEPT", assessment: "Khả thi, phòng chủ trì." })).toMatchObject({ ok: true });
    const office = await getIdeaForOffice(await user(org.office), idea.id);
    expect(office).toMatchObject({ unitRecommendsAccept: true, unitAssessment: "Khả thi, phòng chủ trì.", email: "binh@example.com" });
    // The attachment route: the office and unit A, not unit B.
    const req = new Request("http://localhost:3000/x");
    expect((await handleIdeaFileDownload(req, "missing")).status).toBe(404);
    const forwarded = await db().notification.count({ where: { userId: org.headA.id, link: `/unit/ideas/${idea.id}` } });
    expect(forwarded).toBe(1);
    const auditText = json(await db().auditLog.findMany({ where: { entityId: idea.id } }));
    expect(auditText).not.toMatch(/binh@example.com|0912345678/);
  });

  it("accepts the idea as an initiative of the citizen, followed by the unit it was forwarded to, and answers the submitter", async () => {
    const org = await setup();
    const idea = await confirmedIdea(org, { submitterKind: "ORGANISATION", submitterName: "Công ty TNHH Xanh", taxCode: "0312345678", content: `=HYPERLINK("http://evil") ${HOSTILE}` });
    await actAs(org.office);
    await forwardIdeaAction({ ideaId: idea.id, lockVersion: idea.lockVersion, unitId: org.officeA.id });
    const accepted = await acceptIdeaAction({
      ideaId: idea.id,
      lockVersion: idea.lockVersion + 1,
      type: "SOLUTION",
      level: "DEPARTMENT",
      fieldId: org.campaign.fields[1].id,
      content: '=HYPERLINK("http://evil","Mẫu hồ sơ điện tử điền sẵn")',
      expectedCompletion: vnDayOf(new Date(Date.now() + 60 * 86_400_000)).split("-").reverse().join("/"),
      answer: "Cảm ơn Công ty, hiến kế được ghi nhận.",
    });
    expect(accepted).toMatchObject({ ok: true });
    const initiative = await db().initiative.findUniqueOrThrow({ where: { id: (accepted as { data: { initiativeId: string } }).data.initiativeId }, include: { registration: true } });
    expect(initiative).toMatchObject({ unitId: org.officeA.id, ownerType: "BUSINESS", ownerNames: "Công ty TNHH Xanh", campaignId: org.campaign.id });
    expect(initiative.registration).toMatchObject({ kind: "PUBLIC", status: "ACCEPTED", ownerKey: "PUBLIC" });
    const tracked = await findIdeaByCode(idea.code, "192.0.2.50");
    expect(tracked).toMatchObject({ status: "ACCEPTED", answer: "Cảm ơn Công ty, hiến kế được ghi nhận." });
    expect(await db().emailMessage.count({ where: { publicIdeaId: idea.id } })).toBe(3); // confirmation, forwarded, accepted
    // The consolidated Mẫu 1 export names the business as the owner; typed text stays text (no formula).
    await actAs(org.office);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await consolidatedExportResponse(org.campaign.id, new URLSearchParams())).arrayBuffer());
    const cells: ExcelJS.Cell[] = [];
    wb.worksheets[0].eachRow((row) => row.eachCell((c) => void cells.push(c)));
    const owner = cells.find((c) => c.value === "Công ty TNHH Xanh (doanh nghiệp)");
    expect(owner).toBeTruthy();
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
    expect(cells.find((c) => String(c.value).startsWith("=HYPERLINK"))?.type).toBe(ExcelJS.ValueType.String);
    expect(json(cells.map((c) => c.value))).not.toMatch(/binh@example.com|0312345678/);
    // Decided: no second decision, no withdrawal.
    expect(await declineIdeaAction({ ideaId: idea.id, lockVersion: idea.lockVersion + 2, answer: "Không" })).toMatchObject({ ok: false, code: "RULE" });
    expect(await withdrawIdeaAction({ code: idea.code })).toMatchObject({ ok: false });

    // The unit proposes the business for an award: the accepted idea meets the portal-checked criterion.
    const form = await db().awardForm.create({
      data: {
        organisationUnitId: org.dept.id,
        name: "Giấy khen",
        recipientTypes: ["CITIZEN"],
        criteria: { create: [{ content: "Có hiến kế được ghi nhận", kind: "PUBLIC_IDEA_ACCEPTED", sortOrder: 1 }] },
      },
      include: { criteria: true },
    });
    await actAs(org.headA);
    const base = {
      proposalId: null,
      lockVersion: 0,
      campaignId: org.campaign.id,
      unitId: org.officeA.id,
      nomineeType: "CITIZEN" as const,
      nomineeUnitId: null,
      nomineeUserId: null,
      nomineeName: "",
      nomineeDetail: "",
      nomineeIsBusiness: false,
      awardFormId: form.id,
      achievements: "Hiến kế mẫu hồ sơ điện tử.",
      declaredRating: "GOOD" as const,
      declaredNoDiscipline: true,
      answers: {},
      confirmed: false,
    };
    const saved = await saveProposalDraftAction({ ...base, publicIdeaId: idea.id });
    expect(saved).toMatchObject({ ok: true });
    const p = await db().awardProposal.findFirstOrThrow({ include: { publicIdea: { select: { title: true, status: true, campaign: { select: { documentNumber: true } } } } } });
    expect(p).toMatchObject({ nomineeName: "Công ty TNHH Xanh", nomineeIsBusiness: true, publicIdeaId: idea.id, declaredRating: null, declaredNoDiscipline: null });
    const [result] = evaluateCriteria([{ id: form.criteria[0].id, content: "x", kind: "PUBLIC_IDEA_ACCEPTED", hard: false }], null, declarationsOf(p));
    expect(result.met).toBe(true);
    // Unit B cannot name unit A's idea.
    await actAs(org.headB);
    expect(await saveProposalDraftAction({ ...base, unitId: org.officeB.id, nomineeName: "X", publicIdeaId: idea.id })).toMatchObject({ ok: false, code: "RULE" });
  });
});

describe("attachments of an idea", () => {
  it("are served to the moderating office and the unit it was forwarded to, and to no one else", async () => {
    const org = await setup();
    await post(fields(org), { files: [{ name: "Sơ đồ.pdf", bytes: pdfBytes() }] });
    const idea = await db().publicIdea.findFirstOrThrow({ include: { attachments: true } });
    await confirmIdeaEmailAction({ token: await tokenOf(idea.id) });
    const fileId = idea.attachments[0].id;
    const get = () => handleIdeaFileDownload(new Request(`http://localhost:3000/api/public/ideas/files/${fileId}`), fileId);
    await actAs(null);
    expect((await get()).status).toBe(404);
    await actAs(org.office);
    expect((await get()).status).toBe(200);
    await actAs(org.headA);
    expect((await get()).status).toBe(404);
    await actAs(org.office);
    await forwardIdeaAction({ ideaId: idea.id, lockVersion: idea.lockVersion + 1, unitId: org.officeA.id });
    await actAs(org.staffA);
    expect((await get()).status).toBe(200);
    await actAs(org.headB);
    expect((await get()).status).toBe(404);
    await actAs(org.otherOffice);
    expect((await get()).status).toBe(404);
  });
});

describe("public pages read only what is public", () => {
  it("lists public campaigns only; a draft or a campaign not marked public is not found", async () => {
    const org = await setup();
    expect((await listPublicCampaigns()).rows.map((c) => c.id)).toEqual([org.campaign.id]);
    expect(await getPublicCampaign(org.campaign.id)).toMatchObject({ takesIdeas: true });
    await db().campaign.update({ where: { id: org.campaign.id }, data: { status: "DRAFT" } });
    expect(await getPublicCampaign(org.campaign.id)).toBeNull();
    await db().campaign.update({ where: { id: org.campaign.id }, data: { status: "PUBLISHED", isPublic: false } });
    expect(await getPublicCampaign(org.campaign.id)).toBeNull();
    expect((await listPublicCampaigns()).total).toBe(0);
  });

  it("shows the campaign's office its publicity setting; other offices cannot change it", async () => {
    const org = await setup();
    const c = await db().campaign.findUniqueOrThrow({ where: { id: org.campaign.id } });
    await actAs(org.otherOffice);
    expect(await setCampaignPublicityAction({ campaignId: c.id, lockVersion: c.lockVersion, isPublic: "false", acceptsPublicIdeas: "false" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs(org.office);
    expect(await setCampaignPublicityAction({ campaignId: c.id, lockVersion: c.lockVersion, isPublic: "false", acceptsPublicIdeas: "true" })).toMatchObject({ ok: true, data: { isPublic: false, acceptsPublicIdeas: false } });
  });

  it("shows a model only when marked public, by its owner unit or the office; an undecided award is not listed", async () => {
    const org = await setup();
    const model = await db().recognisedModel.findFirst();
    expect(model).toBeNull(); // no recognition in this organisation: nothing to show
    expect(await getPublicModel("nope")).toBeNull();
    expect((await listPublicAwards()).total).toBe(0);
    await actAs(org.headB);
    expect(await setModelPublicAction({ modelId: "nope", isPublic: "true" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
