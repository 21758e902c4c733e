import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { loadPortalFacts } from "../../lib/awards/facts";
import { makeRecognitionDecision } from "../helpers/recognition-fixtures";
import { deleteProposalDraftAction, generateDossierDraftAction, saveProposalDraftAction, submitProposalAction } from "../../lib/awards/proposals/actions";
import { HEAD_ONLY_MESSAGE, NOMINEE_OTHER_UNIT_MESSAGE } from "../../lib/awards/proposals/context";
import { getProposalPage, loadProposalDossier } from "../../lib/awards/proposals/queries";
import type { ProposalFormInput } from "../../lib/awards/proposals/schemas";
import type { ProposalSnapshot } from "../../lib/awards/proposals/snapshot";
import { canReadEvidence } from "../../lib/evidence/access";
import { handleDownload, handleUpload } from "../../lib/evidence/http";
import { dueAtForBeforeDay } from "../../lib/time/vn";
import { actAs, db, makeCampaign, makeOrganisation, makeUnit, makeUser } from "../helpers/factories";
import { pdfBytes } from "../helpers/evidence-bytes";
import { addReportMilestones } from "../helpers/milestone-fixtures";
import { makeRegistration } from "../helpers/registration-fixtures";

let dir: string;
const savedDir = process.env.EVIDENCE_DIR;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "award-proposals-test-"));
  process.env.EVIDENCE_DIR = dir;
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (savedDir === undefined) delete process.env.EVIDENCE_DIR;
  else process.env.EVIDENCE_DIR = savedDir;
});

const DAY = 86_400_000;
const dayFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

async function makeForm(organisation: { id: string }, opts: { name?: string; recipientTypes?: ("COLLECTIVE" | "INDIVIDUAL" | "CITIZEN")[]; active?: boolean } = {}) {
  return db().awardForm.create({
    data: {
      organisationUnitId: organisation.id,
      name: opts.name ?? "Giấy khen của Giám đốc Sở",
      recipientTypes: opts.recipientTypes ?? ["COLLECTIVE", "INDIVIDUAL"],
      active: opts.active ?? true,
      criteria: {
        create: [
          { content: "Có mô hình, giải pháp, sáng kiến cải cách hành chính được đăng ký", kind: "INITIATIVE_REGISTERED", hard: false, sortOrder: 1 },
          { content: "Hoàn thành tốt nhiệm vụ trở lên", kind: "RATING_AT_LEAST_GOOD", hard: true, sortOrder: 2 },
          { content: "Không bị xử lý kỷ luật trong năm", kind: "NO_DISCIPLINE", hard: true, sortOrder: 3 },
          { content: "Gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước", kind: "DECLARED", hard: false, sortOrder: 4 },
        ],
      },
      documents: {
        create: [
          { kind: "PROPOSAL_LETTER", name: "Tờ trình đề nghị khen thưởng", required: true, sortOrder: 1 },
          { kind: "MEETING_MINUTES", name: "Biên bản họp xét khen thưởng của đơn vị", required: true, sortOrder: 2 },
          { kind: "ACHIEVEMENT_REPORT", name: "Báo cáo thành tích", required: true, sortOrder: 3 },
        ],
      },
    },
    include: { criteria: { orderBy: { sortOrder: "asc" } } },
  });
}

async function setup(opts: { dueInDays?: number; cutoffInDays?: number | null; milestone?: boolean } = {}) {
  const org = await makeOrganisation();
  const emulation = await makeUser({ unit: org.dept, roles: [{ role: "EMULATION_OFFICE" }], username: "thuongtruc-t" });
  if (opts.milestone !== false) {
    await db().milestone.create({
      data: {
        campaignId: org.campaign.id,
        kind: "AWARD_PROPOSAL",
        name: "Gửi hồ sơ đề nghị khen thưởng",
        responsibleRole: "UNIT_HEAD",
        dueAt: dueAtForBeforeDay(dayFromNow(opts.dueInDays ?? 20)),
        hardCutoffAt: opts.cutoffInDays == null ? null : new Date(Date.now() + opts.cutoffInDays * DAY),
        sortOrder: 8,
      },
    });
  }
  const form = await makeForm(org.dept);
  const declared = form.criteria.find((c) => c.kind === "DECLARED")!;
  return { org, emulation, form, declared };
}

type Setup = Awaited<ReturnType<typeof setup>>;

function proposal(s: Setup, o: Partial<ProposalFormInput> = {}): ProposalFormInput {
  return {
    proposalId: null,
    lockVersion: 0,
    campaignId: s.org.campaign.id,
    unitId: s.org.officeA.id,
    nomineeType: "INDIVIDUAL",
    nomineeUnitId: null,
    nomineeUserId: s.org.staffA.id,
    nomineeName: "",
    nomineeDetail: "",
    nomineeIsBusiness: false,
    awardFormId: s.form.id,
    achievements: "Chủ trì số hóa hồ sơ quy hoạch; rút ngắn thời gian giải quyết hồ sơ.",
    declaredRating: "GOOD",
    declaredNoDiscipline: true,
    answers: { [s.declared.id]: true },
    confirmed: false,
    ...o,
  };
}

function uploadRequest(proposalId: string, kind: string, name = "tai-lieu.pdf", body = pdfBytes()) {
  const q = new URLSearchParams({ target: "award", id: proposalId, kind });
  return new Request(`http://localhost:3000/api/evidence?${q}`, {
    method: "POST",
    body: new Uint8Array(body),
    headers: { "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(name), origin: "http://localhost:3000", host: "localhost:3000" },
  });
}
const download = (id: string) => handleDownload(new Request(`http://localhost:3000/api/evidence/${id}?download=1`), id);

async function uploadDossier(proposalId: string) {
  for (const kind of ["PROPOSAL_LETTER", "MEETING_MINUTES", "ACHIEVEMENT_REPORT"]) {
    const res = await handleUpload(uploadRequest(proposalId, kind, `${kind.toLowerCase()}.pdf`));
    expect(res.status).toBe(201);
  }
}

/** A draft by the unit's staff, its dossier uploaded; returns its id and lockVersion. */
async function draftWithDossier(s: Setup, o: Partial<ProposalFormInput> = {}) {
  await actAs(s.org.staffA);
  const saved = await saveProposalDraftAction(proposal(s, o));
  if (!saved.ok) throw new Error(saved.error);
  await uploadDossier(saved.data.proposalId);
  return saved.data;
}

const user = async (u: { id: string }) => (await loadSessionUser(u.id))!;

describe("award proposals: a unit proposes and submits", () => {
  it("the unit's staff drafts, the head confirms and submits: version frozen, criteria checked, documents locked, audit row", async () => {
    const s = await setup();
    const draft = await draftWithDossier(s);
    expect(draft.lockVersion).toBe(0);

    await actAs(s.org.headA);
    const res = await submitProposalAction(proposal(s, { proposalId: draft.proposalId, lockVersion: draft.lockVersion, confirmed: true }));
    expect(res).toMatchObject({ ok: true, data: { versionNo: 1, isLate: false, failsHardCriterion: false } });

    const p = await db().awardProposal.findUniqueOrThrow({ where: { id: draft.proposalId }, include: { versions: true, reviews: true, documents: true } });
    expect(p).toMatchObject({ status: "SUBMITTED", submittedVersion: 1, isLate: false, unitId: s.org.officeA.id, nomineeUserId: s.org.staffA.id, nomineeName: s.org.staffA.fullName });
    const criteria = p.criteriaCheck as { kind: string; met: boolean | null }[];
    expect(criteria.map((c) => [c.kind, c.met])).toEqual([
      ["INITIATIVE_REGISTERED", false],
      ["RATING_AT_LEAST_GOOD", true],
      ["NO_DISCIPLINE", true],
      ["DECLARED", true],
    ]);
    const snap = p.versions[0].snapshot as unknown as ProposalSnapshot;
    expect(snap.documents.map((d) => d.kind).sort()).toEqual(["ACHIEVEMENT_REPORT", "MEETING_MINUTES", "PROPOSAL_LETTER"]);
    expect(snap.confirmedBy.id).toBe(s.org.headA.id);
    expect(p.documents.every((d) => d.lockedAt !== null)).toBe(true);
    expect(p.reviews.map((r) => r.action)).toEqual(["SUBMIT"]);
    expect(await db().auditLog.count({ where: { entityId: p.id, action: "award-proposal.submit" } })).toBe(1);

    // Submitted: read-only for the unit, and no more uploads.
    const page = await getProposalPage(await user(s.org.headA), p.id);
    expect(page?.mode).toBe("view");
    const late = await handleUpload(uploadRequest(p.id, "OTHER"));
    expect(late.status).toBe(422);
  });

  it("a collective of the unit can be proposed; a nominee who fails a hard criterion is submitted and marked", async () => {
    const s = await setup();
    const draft = await draftWithDossier(s, { nomineeType: "COLLECTIVE", nomineeUnitId: s.org.officeA.id, nomineeUserId: null, declaredRating: "COMPLETED" });
    await actAs(s.org.headA);
    const res = await submitProposalAction(proposal(s, { proposalId: draft.proposalId, nomineeType: "COLLECTIVE", nomineeUnitId: s.org.officeA.id, nomineeUserId: null, declaredRating: "COMPLETED", confirmed: true }));
    expect(res).toMatchObject({ ok: true, data: { failsHardCriterion: true } });
    const p = await db().awardProposal.findUniqueOrThrow({ where: { id: draft.proposalId } });
    expect(p).toMatchObject({ nomineeType: "COLLECTIVE", nomineeUnitId: s.org.officeA.id, nomineeName: "Phòng A", failsHardCriterion: true });
  });

  it("refuses a person or a collective of another unit, and a unit above, with the message", async () => {
    const s = await setup();
    await actAs(s.org.headA);
    for (const o of [
      { nomineeUserId: s.org.staffB.id },
      { nomineeUserId: s.org.office.id },
      { nomineeType: "COLLECTIVE" as const, nomineeUnitId: s.org.officeB.id, nomineeUserId: null },
      { nomineeType: "COLLECTIVE" as const, nomineeUnitId: s.org.dept.id, nomineeUserId: null },
    ]) {
      const res = await saveProposalDraftAction(proposal(s, o));
      expect(res).toMatchObject({ ok: false, code: "RULE", error: NOMINEE_OTHER_UNIT_MESSAGE });
    }
    expect(await db().awardProposal.count()).toBe(0);
  });

  it("another unit's head can neither read nor edit a proposal by its id (not found); the unit's own pages also refuse them", async () => {
    const s = await setup();
    const draft = await draftWithDossier(s);
    await actAs(s.org.headA);
    await submitProposalAction(proposal(s, { proposalId: draft.proposalId, confirmed: true }));
    const headB = await user(s.org.headB);
    expect(await getProposalPage(headB, draft.proposalId)).toBeNull();
    expect(await loadProposalDossier(headB, draft.proposalId)).toBeNull();
    await actAs(s.org.headB);
    const asOwnUnit = await saveProposalDraftAction(proposal(s, { proposalId: draft.proposalId, lockVersion: 1, unitId: s.org.officeB.id, nomineeUserId: s.org.staffB.id }));
    expect(asOwnUnit).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const asTheirUnit = await saveProposalDraftAction(proposal(s, { proposalId: draft.proposalId, lockVersion: 1 }));
    expect(asTheirUnit).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // The standing office of the organisation, and a council member, read it once submitted.
    expect(await loadProposalDossier(await user(s.emulation), draft.proposalId)).not.toBeNull();
    expect(await loadProposalDossier(await user(s.org.council), draft.proposalId)).not.toBeNull();
    // The nominee reads their own dossier.
    expect(await loadProposalDossier(await user(s.org.staffA), draft.proposalId)).not.toBeNull();
    // Another Sở's office does not.
    expect(await loadProposalDossier(await user(s.org.otherOffice), draft.proposalId)).toBeNull();
  });

  it("a draft never submitted is the unit's own: the standing office does not see it", async () => {
    const s = await setup();
    const draft = await draftWithDossier(s);
    expect(await loadProposalDossier(await user(s.emulation), draft.proposalId)).toBeNull();
    expect(await loadProposalDossier(await user(s.org.headA), draft.proposalId)).not.toBeNull();
  });

  it("the unit's staff saves drafts but cannot submit", async () => {
    const s = await setup();
    const draft = await draftWithDossier(s);
    const res = await submitProposalAction(proposal(s, { proposalId: draft.proposalId, confirmed: true }));
    expect(res).toMatchObject({ ok: false, code: "FORBIDDEN", error: HEAD_ONLY_MESSAGE });
    expect((await db().awardProposal.findUniqueOrThrow({ where: { id: draft.proposalId } })).status).toBe("DRAFT");
  });

  it("says what is missing: the head's confirmation, declarations, achievements, required documents", async () => {
    const s = await setup();
    await actAs(s.org.headA);
    const saved = await saveProposalDraftAction(proposal(s, { achievements: "", declaredRating: null, declaredNoDiscipline: null, answers: {} }));
    expect(saved.ok).toBe(true);
    const id = saved.ok ? saved.data.proposalId : "";
    const unconfirmed = await submitProposalAction(proposal(s, { proposalId: id, achievements: "", declaredRating: null, declaredNoDiscipline: null, answers: {} }));
    expect(unconfirmed).toMatchObject({ ok: false, fieldErrors: { confirmed: expect.stringContaining("xác nhận của trưởng đơn vị") } });

    const res = await submitProposalAction(proposal(s, { proposalId: id, achievements: "", declaredRating: null, declaredNoDiscipline: null, answers: {}, confirmed: true }));
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error).toContain("Chưa nộp được đề nghị khen thưởng.");
    expect(res.error).toContain("Hồ sơ còn thiếu: Tờ trình đề nghị khen thưởng; Biên bản họp xét khen thưởng của đơn vị; Báo cáo thành tích.");
    expect(res.fieldErrors).toMatchObject({
      achievements: expect.stringContaining("thành tích"),
      declaredRating: "Vui lòng kê khai mức xếp loại.",
      declaredNoDiscipline: expect.stringContaining("kỷ luật"),
      [`answers.${s.declared.id}`]: "Vui lòng xác nhận đạt hoặc chưa đạt.",
      documents: expect.stringContaining("Hồ sơ còn thiếu"),
    });
    const p = await db().awardProposal.findUniqueOrThrow({ where: { id } });
    expect(p).toMatchObject({ status: "DRAFT", submittedVersion: 0 });
    expect(await db().awardProposalVersion.count()).toBe(0);
  });
});

describe("award proposals: deadline, duplicates, forms", () => {
  it("marks a submission after the due date late, refuses one after the hard cut-off, and refuses without a milestone", async () => {
    const late = await setup({ dueInDays: -3, cutoffInDays: 5 });
    const d1 = await draftWithDossier(late);
    await actAs(late.org.headA);
    const ok = await submitProposalAction(proposal(late, { proposalId: d1.proposalId, confirmed: true }));
    expect(ok).toMatchObject({ ok: true, data: { isLate: true } });
    expect((await db().awardProposal.findUniqueOrThrow({ where: { id: d1.proposalId } })).isLate).toBe(true);

    await db().milestone.updateMany({ where: { campaignId: late.org.campaign.id, kind: "AWARD_PROPOSAL" }, data: { hardCutoffAt: new Date(Date.now() - 60_000) } });
    const d2 = await draftWithDossier(late, { nomineeUserId: late.org.headA.id });
    await actAs(late.org.headA);
    const refused = await submitProposalAction(proposal(late, { proposalId: d2.proposalId, nomineeUserId: late.org.headA.id, confirmed: true }));
    expect(refused).toMatchObject({ ok: false, code: "RULE", error: expect.stringContaining("Đã quá hạn cuối cùng nhận đề nghị khen thưởng") });
    expect((await db().awardProposal.findUniqueOrThrow({ where: { id: d2.proposalId } })).status).toBe("DRAFT");
  });

  it("refuses to submit when the campaign has no award-proposal milestone", async () => {
    const s = await setup({ milestone: false });
    const d = await draftWithDossier(s);
    await actAs(s.org.headA);
    const res = await submitProposalAction(proposal(s, { proposalId: d.proposalId, confirmed: true }));
    expect(res).toMatchObject({ ok: false, code: "RULE", error: expect.stringContaining("chưa có mốc “Đề nghị khen thưởng”") });
  });

  it("refuses a second proposal of the same nominee for the same award form once one is submitted", async () => {
    const s = await setup();
    const d = await draftWithDossier(s);
    await actAs(s.org.headA);
    expect((await submitProposalAction(proposal(s, { proposalId: d.proposalId, confirmed: true }))).ok).toBe(true);
    const again = await saveProposalDraftAction(proposal(s));
    expect(again).toMatchObject({ ok: false, code: "RULE", error: expect.stringContaining("mỗi đối tượng chỉ được đề nghị một lần") });
    // Another form for the same person is fine.
    const other = await makeForm(s.org.dept, { name: "Chiến sĩ thi đua cơ sở", recipientTypes: ["INDIVIDUAL"] });
    const ok = await saveProposalDraftAction(proposal(s, { awardFormId: other.id, answers: {} }));
    expect(ok.ok).toBe(true);
  });

  it("refuses a form of another organisation or an inactive one, and a citizen on a form that does not take citizens; accepts a citizen on one that does; a form of the parent organisation is available", async () => {
    const s = await setup();
    await actAs(s.org.headA);
    const foreign = await makeForm(s.org.otherDept, { name: "Giấy khen Sở Khác" });
    const inactive = await makeForm(s.org.dept, { name: "Hình thức cũ", active: false });
    for (const f of [foreign, inactive]) {
      const res = await saveProposalDraftAction(proposal(s, { awardFormId: f.id }));
      expect(res).toMatchObject({ ok: false, code: "RULE", fieldErrors: { awardFormId: expect.stringContaining("không áp dụng trong kế hoạch") } });
    }
    const citizen = { nomineeType: "CITIZEN" as const, nomineeUserId: null, nomineeName: "Công ty TNHH Đô Thị Xanh", nomineeDetail: "Quận 3", nomineeIsBusiness: true, answers: {} };
    const noCitizens = await saveProposalDraftAction(proposal(s, citizen));
    expect(noCitizens).toMatchObject({ ok: false, error: "Hình thức “Giấy khen của Giám đốc Sở” không dành cho người dân, doanh nghiệp." });
    const withCitizens = await makeForm(s.org.dept, { name: "Giấy khen (người dân, doanh nghiệp)", recipientTypes: ["CITIZEN"] });
    const ok = await saveProposalDraftAction(proposal(s, { ...citizen, awardFormId: withCitizens.id }));
    expect(ok.ok).toBe(true);
    const city = await makeForm(s.org.city, { name: "Bằng khen của Chủ tịch UBND Thành phố" });
    const beyond = await saveProposalDraftAction(proposal(s, { awardFormId: city.id }));
    expect(beyond.ok).toBe(true);
  });

  it("refuses a save that names an older version (someone else saved first)", async () => {
    const s = await setup();
    await actAs(s.org.staffA);
    const first = await saveProposalDraftAction(proposal(s));
    const id = first.ok ? first.data.proposalId : "";
    await actAs(s.org.headA);
    expect((await saveProposalDraftAction(proposal(s, { proposalId: id, lockVersion: 0, achievements: "Bản của trưởng đơn vị." }))).ok).toBe(true);
    await actAs(s.org.staffA);
    expect(await saveProposalDraftAction(proposal(s, { proposalId: id, lockVersion: 0, achievements: "Bản cũ." }))).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("resubmits a returned proposal as version 2; deletes a draft never submitted with its documents", async () => {
    const s = await setup();
    const d = await draftWithDossier(s);
    await actAs(s.org.headA);
    await submitProposalAction(proposal(s, { proposalId: d.proposalId, confirmed: true }));
    const p = await db().awardProposal.findUniqueOrThrow({ where: { id: d.proposalId } });
    // The standing office returns it (lib/awards/review does this; written directly here).
    await db().awardProposal.update({ where: { id: p.id }, data: { status: "RETURNED", returnComment: "Bổ sung số liệu.", lockVersion: p.lockVersion + 1 } });
    const again = await submitProposalAction(proposal(s, { proposalId: p.id, lockVersion: p.lockVersion + 1, achievements: "Bổ sung số liệu năm 2026.", confirmed: true }));
    expect(again).toMatchObject({ ok: true, data: { versionNo: 2 } });
    expect(await db().awardProposalVersion.count({ where: { proposalId: p.id } })).toBe(2);

    const d2 = await draftWithDossier(s, { nomineeUserId: s.org.headA.id });
    const keys = (await db().evidenceFile.findMany({ where: { awardProposalId: d2.proposalId } })).map((f) => f.storageKey);
    expect(keys).toHaveLength(3);
    const del = await deleteProposalDraftAction({ proposalId: d2.proposalId, lockVersion: d2.lockVersion });
    expect(del.ok).toBe(true);
    expect(await db().awardProposal.count({ where: { id: d2.proposalId } })).toBe(0);
    for (const k of keys) expect(fs.existsSync(path.join(dir, k))).toBe(false);
    // A submitted one cannot be deleted.
    const now = await db().awardProposal.findUniqueOrThrow({ where: { id: p.id } });
    expect(await deleteProposalDraftAction({ proposalId: p.id, lockVersion: now.lockVersion })).toMatchObject({ ok: false, code: "RULE", error: "Chỉ xoá được đề nghị đang soạn, chưa nộp lần nào." });
  });
});

describe("dossier documents", () => {
  it("another unit's head gets 404 on a document through the download route; the office only once a submitted version cites it", async () => {
    const s = await setup();
    const d = await draftWithDossier(s);
    const file = (await db().evidenceFile.findFirstOrThrow({ where: { awardProposalId: d.proposalId, documentKind: "PROPOSAL_LETTER" } }))!;
    await actAs(s.org.headB);
    expect((await download(file.id)).status).toBe(404);
    await actAs(s.emulation);
    expect((await download(file.id)).status).toBe(404);
    await actAs(s.org.staffA);
    expect((await download(file.id)).status).toBe(200);

    await actAs(s.org.headA);
    await submitProposalAction(proposal(s, { proposalId: d.proposalId, confirmed: true }));
    await actAs(s.emulation);
    const res = await download(file.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("attachment");
    await actAs(s.org.headB);
    expect((await download(file.id)).status).toBe(404);
    await actAs(s.org.otherOffice);
    expect((await download(file.id)).status).toBe(404);
  });

  it("uploads only by the unit while editable: another unit’s head and a council member (who cannot see a draft) are not found", async () => {
    const s = await setup();
    const d = await draftWithDossier(s);
    await actAs(s.org.headB);
    expect((await handleUpload(uploadRequest(d.proposalId, "OTHER"))).status).toBe(404);
    await actAs(s.org.council);
    expect((await handleUpload(uploadRequest(d.proposalId, "OTHER"))).status).toBe(404);
  });

  it("generates .docx drafts; a new draft replaces the previous generated one; a signed upload replaces the draft; an uploaded file is kept when replaced", async () => {
    const s = await setup();
    await actAs(s.org.staffA);
    const saved = await saveProposalDraftAction(proposal(s));
    const id = saved.ok ? saved.data.proposalId : "";
    for (const kind of ["PROPOSAL_LETTER", "MEETING_MINUTES", "ACHIEVEMENT_REPORT"] as const) {
      const res = await generateDossierDraftAction({ proposalId: id, kind });
      expect(res.ok).toBe(true);
    }
    const files = await db().evidenceFile.findMany({ where: { awardProposalId: id } });
    expect(files).toHaveLength(3);
    for (const f of files) {
      expect(f.mimeType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(f.fileName).toMatch(/\.docx$/);
      const bytes = fs.readFileSync(path.join(dir, f.storageKey));
      expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    }
    const letter = files.find((f) => f.documentKind === "PROPOSAL_LETTER")!;
    expect(letter.fileName).toBe(`Tờ trình đề nghị khen thưởng - ${s.org.staffA.fullName}.docx`);

    // Again: the previous generated draft is replaced (deleted), not piled up.
    await generateDossierDraftAction({ proposalId: id, kind: "PROPOSAL_LETTER" });
    expect(await db().evidenceFile.count({ where: { awardProposalId: id, documentKind: "PROPOSAL_LETTER" } })).toBe(1);
    expect(fs.existsSync(path.join(dir, letter.storageKey))).toBe(false);

    // The signed version takes the draft's place.
    expect((await handleUpload(uploadRequest(id, "PROPOSAL_LETTER", "to-trinh-da-ky.pdf"))).status).toBe(201);
    const current = await db().evidenceFile.findMany({ where: { awardProposalId: id, documentKind: "PROPOSAL_LETTER" } });
    expect(current.map((f) => f.fileName)).toEqual(["to-trinh-da-ky.pdf"]);

    // Generating again over an uploaded file keeps the upload as a replaced version.
    await generateDossierDraftAction({ proposalId: id, kind: "PROPOSAL_LETTER" });
    const after = await db().evidenceFile.findMany({ where: { awardProposalId: id, documentKind: "PROPOSAL_LETTER" }, orderBy: { createdAt: "asc" } });
    expect(after.map((f) => [f.fileName.endsWith(".pdf"), f.supersededAt !== null])).toEqual([
      [true, true],
      [false, false],
    ]);

    // Another unit's head cannot generate.
    await actAs(s.org.headB);
    expect(await generateDossierDraftAction({ proposalId: id, kind: "MEETING_MINUTES" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("the parent organisation reads the origin's documents through the copy forwarded to its campaign", async () => {
    const s = await setup();
    const d = await draftWithDossier(s);
    await actAs(s.org.headA);
    await submitProposalAction(proposal(s, { proposalId: d.proposalId, confirmed: true }));
    const cityOffice = await makeUser({ unit: s.org.city, roles: [{ role: "EMULATION_OFFICE" }], username: "tdkt-tp" });
    const parent = await makeCampaign({ issuingUnit: s.org.city, units: [s.org.dept] });
    const cityForm = await makeForm(s.org.city, { name: "Bằng khen của Chủ tịch UBND Thành phố" });
    const origin = await db().awardProposal.findUniqueOrThrow({ where: { id: d.proposalId } });
    const copy = await db().awardProposal.create({
      data: {
        campaignId: parent.id,
        unitId: s.org.dept.id,
        awardFormId: cityForm.id,
        nomineeType: "INDIVIDUAL",
        nomineeUserId: origin.nomineeUserId,
        nomineeName: origin.nomineeName,
        status: "SUBMITTED",
        submittedVersion: 1,
        forwardedFromId: origin.id,
        originProposalId: origin.id,
      },
    });
    const file = await db().evidenceFile.findFirstOrThrow({ where: { awardProposalId: origin.id } });
    const office = await user(cityOffice);
    expect(await canReadEvidence(office, file.id)).not.toBeNull();
    const view = await loadProposalDossier(office, copy.id);
    expect(view?.documents.slots.flatMap((sl) => sl.files.map((f) => f.id))).toContain(file.id);
    expect(view?.forwardedFrom.map((f) => f.proposalId)).toEqual([origin.id]);
    // The origin itself is readable by the parent office through the copy.
    expect(await loadProposalDossier(office, origin.id)).not.toBeNull();
    // A stranger is not.
    expect(await canReadEvidence(await user(s.org.headB), file.id)).toBeNull();
  });
});

describe("portal facts of a nominee", () => {
  it("counts a collective's initiatives across its subtree, an individual's own and named ones, and the unit's late and missing reports", async () => {
    const org = await makeOrganisation();
    const team = await makeUnit({ name: "Tổ Một cửa", parent: org.officeA });
    const person = await makeUser({ unit: org.officeA, fullName: "Nguyễn Văn An" });
    await makeRegistration({
      campaign: org.campaign,
      unit: org.officeA,
      status: "ACCEPTED",
      submittedBy: org.headA,
      rows: [
        { field: 0, content: "Số hóa hồ sơ", ownerNames: "Nguyễn Văn An, Trần Thị Bình", isTypical: true },
        { field: 1, content: "Một cửa điện tử", ownerNames: "Nguyễn Văn Anh" },
        { field: 2, content: "Bản đồ số" },
      ],
    });
    await makeRegistration({ campaign: org.campaign, unit: team, status: "ACCEPTED", submittedBy: org.headA, rows: [{ field: 0, content: "Tổ tự quản" }] });
    await makeRegistration({ campaign: org.campaign, unit: org.officeB, status: "SUBMITTED", submittedBy: org.headB });
    await db().initiative.updateMany({ where: { content: "Số hóa hồ sơ" }, data: { progress: "COMPLETED" } });
    const ms = await addReportMilestones(org.campaign, { midtermInDays: -5, finalInDays: 30 });
    await db().report.create({ data: { campaignId: org.campaign.id, unitId: org.officeB.id, phase: "MIDTERM", status: "SUBMITTED", firstSubmittedAt: new Date(), isLate: true, submittedVersion: 1 } });
    expect(ms.MIDTERM_REPORT).toBeTruthy();

    const d = await db();
    // The typical tick is a proposal, not a recognition: a decision of the Sở recognises "Số hóa hồ sơ".
    expect((await loadPortalFacts(d, org.campaign.id, { type: "COLLECTIVE", unitId: org.officeA.id }))?.initiativesRecognised).toBe(0);
    const recognised = await d.initiative.findFirstOrThrow({ where: { content: "Số hóa hồ sơ" } });
    await makeRecognitionDecision({ issuingUnit: org.dept, campaign: org.campaign, createdBy: org.leader, level: "DEPARTMENT", number: "52/QĐ-TEST", signedOn: "2026-01-20", initiatives: [recognised] });
    expect(await loadPortalFacts(d, org.campaign.id, { type: "COLLECTIVE", unitId: org.officeA.id })).toEqual({
      initiativesRegistered: 4,
      initiativesCompleted: 1,
      initiativesRecognised: 1,
      recognition: { department: 1, city: 0, decisions: [{ level: "DEPARTMENT", number: "52/QĐ-TEST", signedOn: "20/01/2026", issuer: "Sở Thử nghiệm", count: 1 }] },
      reportsSubmitted: 0,
      reportsLate: 0,
      reportsMissing: 1,
    });
    expect(await loadPortalFacts(d, org.campaign.id, { type: "INDIVIDUAL", userId: person.id })).toMatchObject({
      initiativesRegistered: 1,
      initiativesCompleted: 1,
      initiativesRecognised: 1,
      reportsMissing: 1,
    });
    expect(await loadPortalFacts(d, org.campaign.id, { type: "COLLECTIVE", unitId: org.officeB.id })).toEqual({
      initiativesRegistered: 0,
      initiativesCompleted: 0,
      initiativesRecognised: 0,
      recognition: { department: 0, city: 0, decisions: [] },
      reportsSubmitted: 1,
      reportsLate: 1,
      reportsMissing: 0,
    });
    expect(await loadPortalFacts(d, org.campaign.id, { type: "CITIZEN" })).toBeNull();
  });
});
