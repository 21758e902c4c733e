import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET as decisionDocumentGET } from "../../app/(portal)/awards/decisions/[id]/document/route";
import { GET as certificateGET } from "../../app/api/awards/certificates/[proposalId]/route";
import { GET as decisionCertificatesGET } from "../../app/api/awards/decisions/[id]/certificates/route";
import { loadSessionUser } from "../../lib/auth/session";
import { recordDecisionAction } from "../../lib/awards/decisions/actions";
import { getDecision, getDecisionFormPage, listDecisions } from "../../lib/awards/decisions/queries";
import { forwardProposalsAction } from "../../lib/awards/forward/actions";
import { getAwardForwardPage } from "../../lib/awards/forward/queries";
import { getMyAwards, getUnitAwards } from "../../lib/awards/history/queries";
import { vnDayOf } from "../../lib/time/vn";
import { makeAwardOrganisation, makeProposal, makeSession, type AwardOrg } from "../helpers/award-decision-fixtures";
import { actAs, db, makeCampaign } from "../helpers/factories";

const session = async (u: { id: string }) => (await loadSessionUser(u.id))!;
const today = () => vnDayOf(new Date());

/**
 * Office A proposed itself (collective) and its staff member (individual) for the Sở's Giấy khen, office
 * B proposed itself for the City's Bằng khen (beyond the Sở's authority) and its head for Giấy khen.
 * The council approved the first three and rejected the last, in a closed session.
 */
async function setup() {
  const org = await makeAwardOrganisation();
  const collective = await makeProposal({ campaign: org.campaign, unit: org.officeA, form: org.formGK, status: "APPROVED", nominee: { type: "COLLECTIVE", unit: org.officeA } });
  const individual = await makeProposal({
    campaign: org.campaign,
    unit: org.officeA,
    form: org.formGK,
    status: "APPROVED",
    nominee: { type: "INDIVIDUAL", user: { id: org.staffA.id, fullName: "Võ Thị Mai" }, detail: "Chuyên viên" },
  });
  const city = await makeProposal({ campaign: org.campaign, unit: org.officeB, form: org.formBK, status: "APPROVED", nominee: { type: "COLLECTIVE", unit: org.officeB } });
  const rejected = await makeProposal({
    campaign: org.campaign,
    unit: org.officeB,
    form: org.formGK,
    status: "REJECTED",
    nominee: { type: "INDIVIDUAL", user: { id: org.headB.id, fullName: org.headB.fullName } },
  });
  const members = [
    { user: org.leader, position: "CHAIR" as const, present: true },
    { user: org.secretary, position: "SECRETARY" as const, present: true },
    { user: org.council, position: "MEMBER" as const, present: true },
  ];
  const agree = members.map((m) => ({ user: m.user, choice: "AGREE" as const }));
  const closed = await makeSession({
    org,
    members,
    items: [
      { proposal: collective, votes: agree, outcome: "APPROVED" },
      { proposal: individual, votes: agree, outcome: "APPROVED" },
      { proposal: city, votes: agree, outcome: "APPROVED" },
      { proposal: rejected, votes: members.map((m) => ({ user: m.user, choice: "DISAGREE" as const })), outcome: "REJECTED" },
    ],
  });
  return { org, collective, individual, city, rejected, closed };
}

function decisionInput(org: AwardOrg, proposalIds: string[], extra: Record<string, unknown> = {}) {
  return {
    campaignId: org.campaign.id,
    number: "125/QĐ-SQHKT",
    signedOn: today(),
    signerName: "Nguyễn Thanh Nhã",
    signerTitle: "Giám đốc",
    summary: "Về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc",
    proposalIds,
    ...extra,
  };
}

async function decide(user: { id: string }, input: ReturnType<typeof decisionInput>) {
  await actAs(user);
  return recordDecisionAction(input);
}

describe("recording an award decision", () => {
  it("the director records the decision for the approved proposals within authority: awarded with certificate numbers 1..n, audited, the units and the nominee notified", async () => {
    const { org, collective, individual, closed } = await setup();
    const form = await getDecisionFormPage(await session(org.leader), org.campaign.id);
    expect(form?.canDecide).toBe(true);
    // Only approved proposals within the Sở's authority are offered; the City's Bằng khen is counted apart.
    expect(form?.candidates.map((c) => c.id)).toEqual([collective.id, individual.id]);
    expect(form?.beyondAuthority).toBe(1);
    expect(form?.defaults).toMatchObject({ signerName: "Nguyễn Thanh Nhã", signerTitle: "Giám đốc Sở", sessionId: closed.id });

    const res = await decide(org.leader, decisionInput(org, [individual.id, collective.id], { sessionId: closed.id }));
    expect(res).toMatchObject({ ok: true, data: { count: 2 } });
    if (!res.ok) return;

    const decision = await db().awardDecision.findUniqueOrThrow({ where: { id: res.data.decisionId } });
    expect(decision).toMatchObject({ organisationUnitId: org.dept.id, campaignId: org.campaign.id, sessionId: closed.id, number: "125/QĐ-SQHKT", createdById: org.leader.id });
    const awarded = await db().awardProposal.findMany({ where: { decisionId: decision.id }, orderBy: { certificateNo: "asc" } });
    // Collectives before individuals.
    expect(awarded.map((p) => [p.id, p.status, p.certificateNo])).toEqual([
      [collective.id, "AWARDED", 1],
      [individual.id, "AWARDED", 2],
    ]);
    const audit = await db().auditLog.findMany({ where: { OR: [{ entityId: decision.id }, { entityId: { in: [collective.id, individual.id] } }] } });
    expect(audit.map((a) => a.action).sort()).toEqual(["award-decision.create", "award.decide", "award.decide"]);

    const notes = await db().notification.findMany({ where: { title: { contains: "125/QĐ-SQHKT" } } });
    const byUser = new Map(notes.map((n) => [n.userId, n]));
    expect(byUser.get(org.headA.id)?.link).toBe(`/unit/awards?unit=${org.officeA.id}`);
    expect(byUser.get(org.staffA.id)?.link).toBe("/account/awards");
    expect(byUser.get(org.staffA.id)?.body).toContain("Võ Thị Mai: Giấy khen của Giám đốc Sở");
    expect(byUser.has(org.headB.id)).toBe(false);
    expect(byUser.has(org.leader.id)).toBe(false);

    const page = await getDecision(await session(org.leader), decision.id);
    expect(page?.decision.proposals.map((p) => p.certificateNo)).toEqual([1, 2]);
    expect((await listDecisions(await session(org.emulation), 1)).rows.map((r) => r.id)).toEqual([decision.id]);
  });

  it("refuses a number already used by a decision of the organisation, next to the number field", async () => {
    const { org, collective, individual } = await setup();
    expect((await decide(org.leader, decisionInput(org, [collective.id]))).ok).toBe(true);
    const again = await decide(org.leader, decisionInput(org, [individual.id], { number: "125/qđ-sqhkt" }));
    expect(again).toMatchObject({ ok: false, code: "RULE" });
    if (!again.ok) expect(again.fieldErrors?.number).toContain("đã được dùng");
    expect((await db().awardProposal.findUniqueOrThrow({ where: { id: individual.id } })).status).toBe("APPROVED");
  });

  it("refuses a signing date in the future", async () => {
    const { org, collective } = await setup();
    const tomorrow = vnDayOf(new Date(Date.now() + 86_400_000));
    const res = await decide(org.leader, decisionInput(org, [collective.id], { signedOn: tomorrow }));
    expect(res).toMatchObject({ ok: false, code: "RULE" });
    if (!res.ok) expect(res.fieldErrors?.signedOn).toContain("không được sau ngày hôm nay");
    expect(await db().awardDecision.count()).toBe(0);
  });

  it("refuses a rejected proposal and one beyond the organisation's authority as awardees, and an empty list", async () => {
    const { org, collective, city, rejected } = await setup();
    const r1 = await decide(org.leader, decisionInput(org, [collective.id, rejected.id]));
    expect(r1).toMatchObject({ ok: false, code: "RULE" });
    if (!r1.ok) expect(r1.fieldErrors?.proposalIds).toContain("chưa được Hội đồng tán thành");
    const r2 = await decide(org.leader, decisionInput(org, [city.id]));
    expect(r2).toMatchObject({ ok: false, code: "RULE" });
    if (!r2.ok) expect(r2.fieldErrors?.proposalIds).toContain("vượt thẩm quyền");
    const r3 = await decide(org.leader, decisionInput(org, []));
    expect(r3).toMatchObject({ ok: false, code: "VALIDATION" });
    if (!r3.ok) expect(r3.fieldErrors?.proposalIds).toBe("Chọn ít nhất một tập thể, cá nhân được khen thưởng.");
    expect(await db().awardDecision.count()).toBe(0);
    expect((await db().awardProposal.findUniqueOrThrow({ where: { id: collective.id } })).status).toBe("APPROVED");
  });

  it("another organisation's leadership cannot see or record the decision; the standing office reads but may not decide", async () => {
    const { org, collective } = await setup();
    expect(await decide(org.otherLeader, decisionInput(org, [collective.id]))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await getDecisionFormPage(await session(org.otherLeader), org.campaign.id)).toBeNull();
    expect(await decide(org.emulation, decisionInput(org, [collective.id]))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await decide(org.headA, decisionInput(org, [collective.id]))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().awardDecision.count()).toBe(0);
  });
});

describe("certificates (Giấy khen) as PDF", () => {
  async function awarded() {
    const s = await setup();
    const res = await decide(s.org.leader, decisionInput(s.org, [s.collective.id, s.individual.id]));
    if (!res.ok) throw new Error(res.error);
    return { ...s, decisionId: res.data.decisionId };
  }
  const get = async (user: { id: string } | null, proposalId: string) => {
    await actAs(user);
    return certificateGET(new Request(`http://localhost/api/awards/certificates/${proposalId}`), { params: Promise.resolve({ proposalId }) });
  };

  it("the nominee downloads their certificate: an A4 landscape PDF with DejaVu Serif embedded and a Vietnamese file name", async () => {
    const { org, individual } = await awarded();
    const res = await get(org.staffA, individual.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="Giay khen so 2[^"]*"; filename\*=UTF-8''Gi%E1%BA%A5y%20khen/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(5_000);
    const raw = bytes.toString("latin1");
    expect(raw.startsWith("%PDF-")).toBe(true);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSerif-Bold/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSerif\b/);
    expect(raw).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    expect(raw.match(/\/Type \/Page\b/g)).toHaveLength(1);
  });

  it("the proposing unit's head and the organisation's office download it; another unit's user, an outsider and a signed-out visitor get 404", async () => {
    const { org, collective, individual, rejected } = await awarded();
    expect((await get(org.headA, collective.id)).status).toBe(200);
    expect((await get(org.emulation, individual.id)).status).toBe(200);
    expect((await get(org.headB, individual.id)).status).toBe(404);
    expect((await get(org.staffB, collective.id)).status).toBe(404);
    expect((await get(org.otherLeader, collective.id)).status).toBe(404);
    expect((await get(null, collective.id)).status).toBe(404);
    // Not awarded: no certificate, whoever asks.
    expect((await get(org.leader, rejected.id)).status).toBe(404);
  });

  it("all certificates of a decision come in one PDF, a page each, for the organisation only", async () => {
    const { org, decisionId } = await awarded();
    const call = async (u: { id: string }) => {
      await actAs(u);
      return decisionCertificatesGET(new Request(`http://localhost/api/awards/decisions/${decisionId}/certificates`), { params: Promise.resolve({ id: decisionId }) });
    };
    const ok = await call(org.leader);
    expect(ok.status).toBe(200);
    const raw = Buffer.from(await ok.arrayBuffer()).toString("latin1");
    expect(raw.match(/\/Type \/Page\b/g)).toHaveLength(2);
    expect((await call(org.headA)).status).toBe(404);
    expect((await call(org.otherLeader)).status).toBe(404);
  });
});

describe("the award decision as a document (Word and PDF, Nghị định 30)", () => {
  const call = async (u: { id: string } | null, id: string, format = "") => {
    await actAs(u);
    return decisionDocumentGET(new Request(`http://localhost/awards/decisions/${id}/document${format}`), { params: Promise.resolve({ id }) });
  };

  it("the organisation downloads the decision with its annex: the number, the awardees, a Word file and the same as PDF", async () => {
    const s = await setup();
    const res = await decide(s.org.leader, decisionInput(s.org, [s.collective.id, s.individual.id]));
    if (!res.ok) throw new Error(res.error);
    const docx = await call(s.org.leader, res.data.decisionId);
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(docx.headers.get("content-disposition")).toContain("filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20125-Q%C4%90-SQHKT");
    expect(Buffer.from(await docx.arrayBuffer()).subarray(0, 2).toString()).toBe("PK");

    const pdf = await call(s.org.emulation, res.data.decisionId, "?format=pdf");
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "decision-"));
    fs.writeFileSync(path.join(dir, "d.pdf"), Buffer.from(await pdf.arrayBuffer()));
    const text = execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", path.join(dir, "d.pdf"), "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    fs.rmSync(dir, { recursive: true, force: true });
    expect(text).toContain("Số: 125/QĐ-SQHKT");
    expect(text).toContain("QUYẾT ĐỊNH");
    expect(text).toContain("Về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc");
    expect(text).toContain("Nguyễn Thanh Nhã");
    expect(text).toContain("DANH SÁCH");
    expect(text).toContain("Võ Thị Mai");
    expect(text).toContain(s.org.officeA.name);
  }, 180_000);

  it("a unit under the organisation, another organisation and a signed-out visitor get 404, whatever the format", async () => {
    const s = await setup();
    const res = await decide(s.org.leader, decisionInput(s.org, [s.collective.id]));
    if (!res.ok) throw new Error(res.error);
    for (const u of [s.org.headA, s.org.otherLeader, null]) {
      expect((await call(u, res.data.decisionId)).status).toBe(404);
      expect((await call(u, res.data.decisionId, "?format=pdf")).status).toBe(404);
    }
    expect((await call(s.org.leader, "no-such-decision")).status).toBe(404);
  });
});

describe("forwarding approved proposals beyond authority to the parent campaign", () => {
  const forward = async (user: { id: string }, campaignId: string, proposalIds: string[]) => {
    await actAs(user);
    return forwardProposalsAction({ campaignId, proposalIds });
  };

  it("the standing office sends the City's Bằng khen up: a submitted copy with lineage and version 1 in the parent, the original forwarded, both audited", async () => {
    const { org, city } = await setup();
    const page = await getAwardForwardPage(await session(org.emulation), org.campaign.id, 1);
    expect(page?.rows.map((r) => r.id)).toEqual([city.id]);
    expect(page?.canForward).toBe(true);

    const res = await forward(org.emulation, org.campaign.id, [city.id]);
    expect(res).toMatchObject({ ok: true, data: { count: 1, parentCampaignId: org.cityCampaign.id } });
    const copy = await db().awardProposal.findFirstOrThrow({ where: { forwardedFromId: city.id } });
    expect(copy).toMatchObject({
      campaignId: org.cityCampaign.id,
      unitId: org.dept.id,
      status: "SUBMITTED",
      submittedVersion: 1,
      awardFormId: org.formBK.id,
      nomineeType: "COLLECTIVE",
      nomineeUnitId: org.officeB.id,
      nomineeName: org.officeB.name,
      originProposalId: city.id,
      createdById: org.emulation.id,
    });
    expect(copy.forwardedAt).not.toBeNull();
    const v = await db().awardProposalVersion.findUniqueOrThrow({ where: { proposalId_versionNo: { proposalId: copy.id, versionNo: 1 } } });
    expect(v.snapshot).toMatchObject({ campaign: { id: org.cityCampaign.id }, unit: { id: org.dept.id }, awardForm: { id: org.formBK.id, withinAuthority: true } });
    expect(await db().awardProposalReview.count({ where: { proposalId: copy.id, action: "SUBMIT", versionNo: 1 } })).toBe(1);
    expect((await db().awardProposal.findUniqueOrThrow({ where: { id: city.id } })).status).toBe("FORWARDED");
    const audit = await db().auditLog.findMany({ where: { entityId: { in: [city.id, copy.id] } }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["award.forward", "award.forwarded-copy"]);

    // Sent again (the original is forwarded, the unique index would refuse the copy anyway).
    const twice = await forward(org.emulation, org.campaign.id, [city.id]);
    expect(twice).toMatchObject({ ok: false, code: "RULE" });
    if (!twice.ok) expect(twice.error).toContain("mỗi đề nghị chỉ trình một lần");
    expect(await db().awardProposal.count({ where: { forwardedFromId: city.id } })).toBe(1);
  });

  it("refuses without a parent campaign, a proposal within authority, and a user without forward:award", async () => {
    const { org, city, collective } = await setup();
    expect(await forward(org.leader, org.campaign.id, [city.id])).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await forward(org.headB, org.campaign.id, [city.id])).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const within = await forward(org.emulation, org.campaign.id, [collective.id]);
    expect(within).toMatchObject({ ok: false, code: "RULE" });
    if (!within.ok) expect(within.error).toContain("thuộc thẩm quyền");
    await db().campaign.update({ where: { id: org.campaign.id }, data: { parentCampaignId: null } });
    const none = await forward(org.emulation, org.campaign.id, [city.id]);
    expect(none).toMatchObject({ ok: false, code: "RULE" });
    if (!none.ok) expect(none.error).toContain("không thực hiện kế hoạch cấp trên");
    expect(await db().awardProposal.count({ where: { campaignId: org.cityCampaign.id } })).toBe(0);
    expect((await db().awardProposal.findUniqueOrThrow({ where: { id: city.id } })).status).toBe("APPROVED");
  });
});

describe("awards across years", () => {
  it("a unit sees its own and its people's awards of every year, grouped by year; a person sees theirs; another unit sees none of them", async () => {
    const { org, collective, individual } = await setup();
    expect((await decide(org.leader, decisionInput(org, [collective.id, individual.id]))).ok).toBe(true);
    // An older campaign of 2022 with a decision naming office A's staff member.
    const old = await makeCampaign({ issuingUnit: org.dept, units: [org.officeA, org.officeB], year: 2022 });
    const d2022 = await db().awardDecision.create({
      data: {
        organisationUnitId: org.dept.id,
        campaignId: old.id,
        number: "125/QĐ-SQHKT-2022",
        signedOn: new Date("2022-12-28T00:00:00Z"),
        signerName: "Nguyễn Thanh Nhã",
        signerTitle: "Giám đốc",
        createdById: org.leader.id,
      },
    });
    const p2022 = await makeProposal({ campaign: old, unit: org.officeA, form: org.formGK, status: "AWARDED", nominee: { type: "INDIVIDUAL", user: { id: org.staffA.id, fullName: "Võ Thị Mai" } } });
    await db().awardProposal.update({ where: { id: p2022.id }, data: { decisionId: d2022.id, certificateNo: 1 } });
    const b2022 = await makeProposal({ campaign: old, unit: org.officeB, form: org.formGK, status: "AWARDED", nominee: { type: "COLLECTIVE", unit: org.officeB } });
    await db().awardProposal.update({ where: { id: b2022.id }, data: { decisionId: d2022.id, certificateNo: 2 } });

    const unitA = await getUnitAwards(await session(org.headA), { year: null, page: 1 });
    const thisYear = org.campaign.year;
    expect(unitA?.unit?.id).toBe(org.officeA.id);
    expect(unitA?.list?.years).toEqual([thisYear, 2022]);
    expect(unitA?.list?.groups.map((g) => [g.year, g.rows.map((r) => r.id)])).toEqual([
      [thisYear, [collective.id, individual.id]],
      [2022, [p2022.id]],
    ]);
    const only2022 = await getUnitAwards(await session(org.headA), { year: 2022, page: 1 });
    expect(only2022?.list?.groups.flatMap((g) => g.rows.map((r) => r.id))).toEqual([p2022.id]);

    const mine = await getMyAwards(await session(org.staffA), { year: null, page: 1 });
    expect(mine.groups.flatMap((g) => g.rows.map((r) => [r.id, r.decision?.number]))).toEqual([
      [individual.id, "125/QĐ-SQHKT"],
      [p2022.id, "125/QĐ-SQHKT-2022"],
    ]);

    const unitB = await getUnitAwards(await session(org.headB), { year: null, page: 1 });
    expect(unitB?.list?.groups.flatMap((g) => g.rows.map((r) => r.id))).toEqual([b2022.id]);
    // Office B's head cannot open office A's list.
    expect(await getUnitAwards(await session(org.headB), { unitId: org.officeA.id, year: null, page: 1 })).toBeNull();
    expect((await getMyAwards(await session(org.headB), { year: null, page: 1 })).total).toBe(0);
  });
});
