import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { admitProposalAction, returnProposalAction } from "../../lib/awards/review/actions";
import { getProposalForReview, getProposalList } from "../../lib/awards/review/queries";
import { JUSTIFICATION_REQUIRED, parseProposalFilters } from "../../lib/awards/review/schemas";
import { loadProposalDossier } from "../../lib/awards/proposals/queries";
import type { AwardProposalStatus, ParticipantType } from "../../lib/generated/prisma/enums";
import { actAs, db, makeOrganisation, makeUser } from "../helpers/factories";

type Org = Awaited<ReturnType<typeof makeOrganisation>>;

/** An award form of the department with one hard criterion (rating at least "Hoàn thành tốt nhiệm vụ"). */
async function makeForm(org: Org, name = "Giấy khen của Giám đốc Sở") {
  return db().awardForm.create({
    data: {
      organisationUnitId: org.dept.id,
      name,
      recipientTypes: ["COLLECTIVE", "INDIVIDUAL"],
      criteria: {
        create: [
          { content: "Hoàn thành tốt nhiệm vụ trở lên", kind: "RATING_AT_LEAST_GOOD", hard: true, sortOrder: 1 },
          { content: "Không bị xử lý kỷ luật", kind: "NO_DISCIPLINE", hard: true, sortOrder: 2 },
        ],
      },
    },
    include: { criteria: true },
  });
}

let n = 0;

/** A proposal as the unit left it after submitting (one version, a SUBMIT review row, the criteria as checked). */
async function makeProposal(
  org: Org,
  form: Awaited<ReturnType<typeof makeForm>>,
  opts: { status?: AwardProposalStatus; failsHard?: boolean; unit?: { id: string }; name?: string; type?: ParticipantType; campaignId?: string } = {},
) {
  const status = opts.status ?? "SUBMITTED";
  const unit = opts.unit ?? org.officeA;
  const submitted = status !== "DRAFT";
  const failsHard = !!opts.failsHard;
  const check = form.criteria.map((c) => ({
    id: c.id,
    criterionId: c.id,
    content: c.content,
    kind: c.kind,
    hard: c.hard,
    met: c.kind === "RATING_AT_LEAST_GOOD" ? !failsHard : true,
    basis: c.kind === "RATING_AT_LEAST_GOOD" ? `Đơn vị kê khai: ${failsHard ? "Hoàn thành nhiệm vụ" : "Hoàn thành tốt nhiệm vụ"}.` : "Đơn vị kê khai: không bị xử lý kỷ luật trong năm.",
  }));
  const name = opts.name ?? `Nguyễn Văn ${++n}`;
  const p = await db().awardProposal.create({
    data: {
      campaignId: opts.campaignId ?? org.campaign.id,
      unitId: unit.id,
      awardFormId: form.id,
      nomineeType: opts.type ?? "INDIVIDUAL",
      nomineeUserId: (opts.type ?? "INDIVIDUAL") === "INDIVIDUAL" ? org.staffA.id : null,
      nomineeUnitId: opts.type === "COLLECTIVE" ? unit.id : null,
      nomineeName: name,
      nomineeDetail: "Chuyên viên",
      achievements: "Hoàn thành xuất sắc nhiệm vụ được giao.",
      declaredRating: failsHard ? "COMPLETED" : "GOOD",
      declaredNoDiscipline: true,
      ...(submitted ? { criteriaCheck: check } : {}),
      failsHardCriterion: submitted && failsHard,
      status,
      submittedVersion: submitted ? 1 : 0,
      firstSubmittedAt: submitted ? new Date() : null,
      lastSubmittedAt: submitted ? new Date() : null,
      createdById: org.headA.id,
    },
  });
  if (submitted) {
    await db().awardProposalVersion.create({ data: { proposalId: p.id, versionNo: 1, snapshot: { nominee: { name } }, submittedAt: new Date(), submittedById: org.headA.id } });
    await db().awardProposalReview.create({ data: { proposalId: p.id, versionNo: 1, action: "SUBMIT", actorId: org.headA.id } });
  }
  return p;
}

async function setup() {
  const org = await makeOrganisation();
  const emulation = await makeUser({ unit: org.dept, roles: [{ role: "EMULATION_OFFICE" }], username: "thuongtruc-t" });
  const otherEmulation = await makeUser({ unit: org.otherDept, roles: [{ role: "EMULATION_OFFICE" }], username: "thuongtruc-khac" });
  const form = await makeForm(org);
  return { org, emulation, otherEmulation, form };
}

const ref = (org: Org, p: { id: string; lockVersion: number }, extra: object = {}) => ({ campaignId: org.campaign.id, proposalId: p.id, lockVersion: p.lockVersion, ...extra });

describe("the emulation standing office checks award dossiers", () => {
  it("admits a submitted proposal: status ADMITTED, an ACCEPT review row, an audit row, and the unit's head and staff are told", async () => {
    const { org, emulation, form } = await setup();
    const p = await makeProposal(org, form);
    await actAs(emulation);
    const res = await admitProposalAction(ref(org, p));
    expect(res).toMatchObject({ ok: true, data: { status: "ADMITTED", lockVersion: p.lockVersion + 1 } });

    const after = await db().awardProposal.findUniqueOrThrow({ where: { id: p.id } });
    expect(after).toMatchObject({ status: "ADMITTED", admittedById: emulation.id, admissionJustification: null });
    expect(after.admittedAt).toBeInstanceOf(Date);
    expect(await db().awardProposalReview.count({ where: { proposalId: p.id, action: "ACCEPT", versionNo: 1, actorId: emulation.id } })).toBe(1);
    const audit = await db().auditLog.findMany({ where: { entityType: "AwardProposal", entityId: p.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "award-proposal.admit", actorId: emulation.id, unitId: org.officeA.id, campaignId: org.campaign.id });

    const told = await db().notification.findMany({ where: { campaignId: org.campaign.id }, select: { userId: true, title: true } });
    expect(told.map((t) => t.userId).sort()).toEqual([org.headA.id, org.staffA.id].sort());
    expect(told[0].title).toContain("đã tiếp nhận hồ sơ đề nghị khen thưởng");
    expect(await db().emailMessage.count({ where: { toUserId: { in: [org.headA.id, org.staffA.id] } } })).toBe(2);
  });

  it("returns a proposal with the comment required: none refused next to the field, then RETURNED with the comment kept", async () => {
    const { org, emulation, form } = await setup();
    const p = await makeProposal(org, form);
    await actAs(emulation);
    const empty = await returnProposalAction(ref(org, p, { comment: "   " }));
    expect(empty.ok === false && empty.fieldErrors?.comment).toBe("Vui lòng nhập nội dung cần chỉnh sửa.");
    expect((await db().awardProposal.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("SUBMITTED");

    const res = await returnProposalAction(ref(org, p, { comment: "  Bổ sung biên bản họp xét của đơn vị.  " }));
    expect(res).toMatchObject({ ok: true, data: { status: "RETURNED" } });
    const after = await db().awardProposal.findUniqueOrThrow({ where: { id: p.id } });
    expect(after).toMatchObject({ status: "RETURNED", returnComment: "Bổ sung biên bản họp xét của đơn vị." });
    expect(await db().awardProposalReview.findFirst({ where: { proposalId: p.id, action: "RETURN" } })).toMatchObject({ comment: "Bổ sung biên bản họp xét của đơn vị." });
    expect(await db().auditLog.count({ where: { entityId: p.id, action: "award-proposal.return" } })).toBe(1);
    const told = await db().notification.findMany({ where: { userId: org.headA.id } });
    expect(told).toHaveLength(1);
    expect(told[0].body).toContain("Bổ sung biên bản họp xét của đơn vị.");
  });

  it("refuses to admit a nominee failing a hard criterion without a written justification, and admits with one, shown in the dossier", async () => {
    const { org, emulation, form } = await setup();
    const p = await makeProposal(org, form, { failsHard: true });
    await actAs(emulation);
    for (const justification of [undefined, "", "Đồng ý"]) {
      const res = await admitProposalAction(ref(org, p, justification === undefined ? {} : { justification }));
      expect(res.ok).toBe(false);
      if (!res.ok) {
        expect(res.code).toBe("RULE");
        expect(res.fieldErrors?.justification).toBe(JUSTIFICATION_REQUIRED);
      }
    }
    const still = await db().awardProposal.findUniqueOrThrow({ where: { id: p.id } });
    expect(still).toMatchObject({ status: "SUBMITTED", lockVersion: p.lockVersion });
    expect(await db().awardProposalReview.count({ where: { proposalId: p.id, action: "ACCEPT" } })).toBe(0);

    const why = "Cá nhân có sáng kiến được Thành phố công nhận; xếp loại do chuyển công tác giữa năm.";
    const res = await admitProposalAction(ref(org, p, { justification: `  ${why} ` }));
    expect(res).toMatchObject({ ok: true, data: { status: "ADMITTED" } });
    expect(await db().awardProposal.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ status: "ADMITTED", admissionJustification: why });
    expect(await db().awardProposalReview.findFirst({ where: { proposalId: p.id, action: "ACCEPT" } })).toMatchObject({ comment: why });
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: p.id, action: "award-proposal.admit" } });
    expect(audit.after).toMatchObject({ admissionJustification: why });
    expect(audit.summary).toContain(why);

    // What the council reads: the dossier shows the justification next to the failed criterion.
    const user = await loadSessionUser(org.council.id);
    const dossier = await loadProposalDossier(user!, p.id);
    expect(dossier).toMatchObject({ status: "ADMITTED", failsHardCriterion: true, admissionJustification: why });
    const view = await getProposalForReview(user!, org.campaign.id, p.id);
    expect(view?.proposal.admissionJustification).toBe(why);
    expect(view?.proposal.failedHardCriteria).toEqual(["Hoàn thành tốt nhiệm vụ trở lên"]);
    expect(view?.canReviewNow).toBe(false);
  });

  it("ignores a justification for a nominee meeting every criterion", async () => {
    const { org, emulation, form } = await setup();
    const p = await makeProposal(org, form);
    await actAs(emulation);
    expect((await admitProposalAction(ref(org, p, { justification: "Không cần giải trình cho hồ sơ này đâu." }))).ok).toBe(true);
    expect((await db().awardProposal.findUniqueOrThrow({ where: { id: p.id } })).admissionJustification).toBeNull();
  });

  it("answers 'not found' to another organisation's standing office, and changes nothing", async () => {
    const { org, otherEmulation, form } = await setup();
    const p = await makeProposal(org, form);
    await actAs(otherEmulation);
    expect(await admitProposalAction(ref(org, p))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await returnProposalAction(ref(org, p, { comment: "Trả lại" }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const user = await loadSessionUser(otherEmulation.id);
    expect(await getProposalList(user!, org.campaign.id, { page: 1 })).toBeNull();
    expect(await getProposalForReview(user!, org.campaign.id, p.id)).toBeNull();
    expect((await db().awardProposal.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("SUBMITTED");
  });

  it("refuses the proposing unit's own head (who submitted it) and the CCHC office (read only)", async () => {
    const { org, form } = await setup();
    const p = await makeProposal(org, form);
    for (const who of [org.headA, org.office, org.council]) {
      await actAs(who);
      expect(await admitProposalAction(ref(org, p))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    // the unit head cannot list the campaign's proposals either (read:award on their own unit only)
    expect(await getProposalList((await loadSessionUser(org.headA.id))!, org.campaign.id, { page: 1 })).toBeNull();
    expect((await db().awardProposal.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("SUBMITTED");
  });

  it("refuses to check a draft (the unit's own work), an already admitted proposal, or with an older lockVersion", async () => {
    const { org, emulation, form } = await setup();
    const draft = await makeProposal(org, form, { status: "DRAFT" });
    const admitted = await makeProposal(org, form, { status: "ADMITTED" });
    const submitted = await makeProposal(org, form);
    await actAs(emulation);
    expect(await admitProposalAction(ref(org, draft))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await returnProposalAction(ref(org, draft, { comment: "Trả lại" }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const again = await admitProposalAction(ref(org, admitted));
    expect(again).toMatchObject({ ok: false, code: "RULE" });
    expect(again.ok === false && again.error).toContain("Đủ điều kiện trình Hội đồng");
    expect(await admitProposalAction({ ...ref(org, submitted), lockVersion: submitted.lockVersion + 3 })).toMatchObject({ ok: false, code: "CONFLICT" });
    // a proposal reached through another campaign's address
    const other = await db().campaign.create({
      data: {
        documentNumber: "9/KH-KHAC",
        issuedOn: new Date(),
        year: 2026,
        issuingUnitId: org.dept.id,
        signerName: "A",
        signerTitle: "B",
        title: "Kế hoạch khác",
        registrationLevels: ["DEPARTMENT"],
        startsOn: new Date(),
        endsOn: new Date(),
        status: "PUBLISHED",
      },
    });
    expect(await admitProposalAction({ ...ref(org, submitted), campaignId: other.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().auditLog.count({ where: { entityType: "AwardProposal" } })).toBe(0);
  });
});

describe("the campaign's list of proposals", () => {
  it("counts per status, filters by status, form, unit, nominee type, hard-criterion failures and name, never lists drafts, one page at a time", async () => {
    const { org, emulation, form } = await setup();
    const form2 = await makeForm(org, "Tập thể lao động xuất sắc");
    await makeProposal(org, form, { name: "Trần Thị Hồng" });
    await makeProposal(org, form, { name: "Lê Văn Đức", failsHard: true, unit: org.officeB });
    await makeProposal(org, form2, { name: "Phòng A", type: "COLLECTIVE", status: "ADMITTED" });
    await makeProposal(org, form, { name: "Bản nháp", status: "DRAFT" });
    await makeProposal(org, form, { name: "Phạm Minh Tâm", status: "RETURNED" });
    const user = (await loadSessionUser(emulation.id))!;

    const all = (await getProposalList(user, org.campaign.id, { page: 1 }))!;
    expect(all.totalAll).toBe(4);
    expect(all.counts).toMatchObject({ SUBMITTED: 2, ADMITTED: 1, RETURNED: 1, SCHEDULED: 0 });
    expect(all.failsHardCount).toBe(1);
    expect(all.rows.map((r) => r.nomineeName)).not.toContain("Bản nháp");
    expect(all.rows.slice(0, 2).every((r) => r.status === "SUBMITTED")).toBe(true); // waiting first
    expect(all.forms.map((f) => f.name).sort()).toEqual(["Giấy khen của Giám đốc Sở", "Tập thể lao động xuất sắc"]);
    expect(all.canReview).toBe(true);

    const list = (sp: Record<string, string>) => getProposalList(user, org.campaign.id, parseProposalFilters(sp)).then((l) => l!.rows.map((r) => r.nomineeName).sort());
    expect(await list({ status: "SUBMITTED" })).toEqual(["Lê Văn Đức", "Trần Thị Hồng"]);
    expect(await list({ form: form2.id })).toEqual(["Phòng A"]);
    expect(await list({ unit: org.officeB.id })).toEqual(["Lê Văn Đức"]);
    expect(await list({ type: "COLLECTIVE" })).toEqual(["Phòng A"]);
    expect(await list({ hard: "1" })).toEqual(["Lê Văn Đức"]);
    expect(await list({ q: "tran thi hong" })).toEqual(["Trần Thị Hồng"]);
    expect(await list({ q: "ĐỨC" })).toEqual(["Lê Văn Đức"]);
    expect(await list({ status: "bogus", form: "x'; drop" })).toHaveLength(4);

    const page2 = (await getProposalList(user, org.campaign.id, { page: 2 }, 3))!;
    expect(page2.total).toBe(4);
    expect(page2.rows).toHaveLength(1);
    // the counts are after the other filters
    const b = (await getProposalList(user, org.campaign.id, { page: 1, unitId: org.officeB.id }))!;
    expect(b.counts.SUBMITTED).toBe(1);
    expect(b.totalAll).toBe(1);
  });

  it("is readable by the organisation's leadership and council members, without the right to check", async () => {
    const { org, form } = await setup();
    await makeProposal(org, form);
    for (const who of [org.leader, org.council]) {
      const l = await getProposalList((await loadSessionUser(who.id))!, org.campaign.id, { page: 1 });
      expect(l?.totalAll).toBe(1);
      expect(l?.canReview).toBe(false);
    }
  });
});
