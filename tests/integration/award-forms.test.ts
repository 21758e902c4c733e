import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { createAwardFormAction, deleteAwardFormAction, setAwardFormActiveAction, updateAwardFormAction } from "../../lib/awards/forms/actions";
import { getAwardFormForEdit, listAwardForms, newAwardFormDefaults } from "../../lib/awards/forms/queries";
import type { AwardFormInput } from "../../lib/awards/forms/schemas";
import { actAs, db, makeOrganisation, makeUser } from "../helpers/factories";

async function setup() {
  const org = await makeOrganisation();
  const emulation = await makeUser({ unit: org.dept, roles: [{ role: "EMULATION_OFFICE" }], username: "tdkt-t" });
  const otherEmulation = await makeUser({ unit: org.otherDept, roles: [{ role: "EMULATION_OFFICE" }], username: "tdkt-other" });
  return { ...org, emulation, otherEmulation };
}

function giayKhen(orgId: string, over: Partial<AwardFormInput> = {}): AwardFormInput {
  return {
    ...newAwardFormDefaults(orgId),
    name: "Giấy khen của Giám đốc Sở",
    description: "Tặng tập thể, cá nhân có thành tích trong phong trào thi đua cải cách hành chính.",
    recipientTypes: ["COLLECTIVE", "INDIVIDUAL", "CITIZEN"],
    criteria: [
      { content: "Hoàn thành tốt nhiệm vụ trở lên.", recipientType: "", kind: "RATING_AT_LEAST_GOOD", hard: true },
      { content: "Có mô hình, giải pháp, sáng kiến đăng ký.", recipientType: "COLLECTIVE", kind: "INITIATIVE_REGISTERED", hard: true },
      { content: "Có đóng góp thiết thực cho cải cách hành chính.", recipientType: "CITIZEN", kind: "DECLARED", hard: false },
    ],
    ...over,
  };
}

async function create(user: { id: string }, input: AwardFormInput) {
  await actAs(user);
  const res = await createAwardFormAction(input);
  if (!res.ok) throw new Error(`${res.error} ${JSON.stringify(res.fieldErrors)}`);
  return res.data;
}

async function editValues(user: { id: string }, id: string) {
  const form = await getAwardFormForEdit((await loadSessionUser(user.id))!, id);
  if (!form) throw new Error("not found");
  return form.values;
}

describe("award forms", () => {
  it("lets the standing office create a form with criteria, dossier documents and its own voting rule, and audits it", async () => {
    const o = await setup();
    const { id } = await create(o.emulation, giayKhen(o.dept.id, { quorumShare: "2/3", quorumComparison: "AT_LEAST", thresholdShare: "90 %", thresholdComparison: "AT_LEAST", thresholdBase: "VOTES_CAST" }));
    const f = await db().awardForm.findUniqueOrThrow({ where: { id }, include: { criteria: { orderBy: { sortOrder: "asc" } }, documents: true } });
    expect(f.organisationUnitId).toBe(o.dept.id);
    expect(f.recipientTypes.sort()).toEqual(["CITIZEN", "COLLECTIVE", "INDIVIDUAL"]);
    expect([f.quorumNumerator, f.quorumDenominator, f.quorumStrict]).toEqual([2, 3, false]);
    expect([f.thresholdNumerator, f.thresholdDenominator, f.thresholdStrict, f.thresholdBase]).toEqual([9, 10, false, "VOTES_CAST"]);
    expect(f.criteria.map((c) => [c.kind, c.recipientType, c.hard])).toEqual([
      ["RATING_AT_LEAST_GOOD", null, true],
      ["INITIATIVE_REGISTERED", "COLLECTIVE", true],
      ["DECLARED", "CITIZEN", false],
    ]);
    expect(f.documents.map((d) => d.kind).sort()).toEqual(["ACHIEVEMENT_REPORT", "MEETING_MINUTES", "PROPOSAL_LETTER"]);
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityType: "AwardForm", entityId: id } });
    expect(audit.action).toBe("award-form.create");
    expect(audit.actorId).toBe(o.emulation.id);
    expect(audit.unitId).toBe(o.dept.id);
    expect(JSON.stringify(audit.after)).toContain("ít nhất 2/3");

    const list = await listAwardForms((await loadSessionUser(o.emulation.id))!, { org: "", page: 1 });
    expect(list.org?.id).toBe(o.dept.id);
    expect(list.rows.map((r) => [r.name, r.quorum, r.threshold, r.hardCount, r.usedCount])).toEqual([["Giấy khen của Giám đốc Sở", "2/3", "90%", 2, 0]]);
  });

  it("refuses an empty name, no recipient type and shares that are not a share, with Vietnamese messages next to the fields", async () => {
    const o = await setup();
    await actAs(o.emulation);
    const res = await createAwardFormAction(giayKhen(o.dept.id, { name: "  ", recipientTypes: [], criteria: [], quorumShare: "3/2", thresholdShare: "0%" }));
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.code).toBe("VALIDATION");
    expect(res.fieldErrors?.name).toBe("Vui lòng nhập tên hình thức khen thưởng.");
    expect(res.fieldErrors?.recipientTypes).toBe("Chọn ít nhất một đối tượng được khen thưởng.");
    expect(res.fieldErrors?.quorumShare).toMatch(/2\/3.*50%/);
    expect(res.fieldErrors?.thresholdShare).toMatch(/lớn hơn 0/);
    for (const bad of ["abc", "0/3", "101%", "", "2/0"]) {
      const r = await createAwardFormAction(giayKhen(o.dept.id, { thresholdShare: bad }));
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.fieldErrors?.thresholdShare, bad).toBeTruthy();
    }
    // "more than 100 %" can never be reached.
    const r100 = await createAwardFormAction(giayKhen(o.dept.id, { thresholdShare: "100%", thresholdComparison: "MORE_THAN" }));
    expect(r100.ok).toBe(false);
    if (!r100.ok) expect(r100.fieldErrors?.thresholdShare).toMatch(/trên 100%/);
    // A criterion for a recipient type the form does not have, and a portal criterion for citizens.
    const rType = await createAwardFormAction(
      giayKhen(o.dept.id, {
        recipientTypes: ["COLLECTIVE", "CITIZEN"],
        criteria: [
          { content: "Cá nhân hoàn thành tốt nhiệm vụ.", recipientType: "INDIVIDUAL", kind: "RATING_AT_LEAST_GOOD", hard: true },
          { content: "Gửi báo cáo đúng hạn.", recipientType: "CITIZEN", kind: "REPORTS_ON_TIME", hard: false },
          { content: "", recipientType: "", kind: "DECLARED", hard: false },
        ],
      }),
    );
    expect(rType.ok).toBe(false);
    if (!rType.ok) {
      expect(rType.fieldErrors?.["criteria.0.recipientType"]).toMatch(/không có trong các đối tượng/);
      expect(rType.fieldErrors?.["criteria.1.kind"]).toMatch(/người dân, doanh nghiệp/);
      expect(rType.fieldErrors?.["criteria.2.content"]).toBe("Vui lòng nhập nội dung tiêu chí hoặc xoá dòng này.");
    }
    expect(await db().awardForm.count()).toBe(0);
  });

  it("refuses a second form with the same name in the organisation", async () => {
    const o = await setup();
    await create(o.emulation, giayKhen(o.dept.id));
    const res = await createAwardFormAction(giayKhen(o.dept.id));
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.fieldErrors?.name).toMatch(/cùng tên/);
  });

  it("saves edits with optimistic concurrency, keeping the ids of kept criteria, and audits before and after", async () => {
    const o = await setup();
    const { id } = await create(o.emulation, giayKhen(o.dept.id));
    const values = await editValues(o.emulation, id);
    const keptId = values.criteria[0].id;
    const res = await updateAwardFormAction(id, {
      ...values,
      criteria: [values.criteria[0], { content: "Không bị xử lý kỷ luật trong năm.", recipientType: "", kind: "NO_DISCIPLINE", hard: true }],
      thresholdShare: "2/3",
      thresholdComparison: "AT_LEAST",
      thresholdBase: "VOTES_CAST",
    });
    expect(res.ok).toBe(true);
    const f = await db().awardForm.findUniqueOrThrow({ where: { id }, include: { criteria: { orderBy: { sortOrder: "asc" } } } });
    expect(f.lockVersion).toBe(1);
    expect(f.criteria.map((c) => c.kind)).toEqual(["RATING_AT_LEAST_GOOD", "NO_DISCIPLINE"]);
    expect(f.criteria[0].id).toBe(keptId);
    expect([f.thresholdNumerator, f.thresholdDenominator, f.thresholdStrict, f.thresholdBase]).toEqual([2, 3, false, "VOTES_CAST"]);
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: id, action: "award-form.update" } });
    expect(audit.summary).toContain("từ 2/3 trở lên số phiếu biểu quyết");
    expect(JSON.stringify(audit.before)).toContain("trên 50%");

    // The same stale version again: refused, nothing changed.
    const stale = await updateAwardFormAction(id, { ...values, name: "Tên khác" });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.code).toBe("CONFLICT");
    expect((await db().awardForm.findUniqueOrThrow({ where: { id } })).name).toBe("Giấy khen của Giám đốc Sở");
  });

  it("answers 404 to another organisation's office and refuses unit heads, staff and the council", async () => {
    const o = await setup();
    const { id } = await create(o.emulation, giayKhen(o.dept.id));
    const values = await editValues(o.emulation, id);

    await actAs(o.otherEmulation);
    const other = await updateAwardFormAction(id, { ...values, name: "Sửa trộm" });
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.code).toBe("NOT_FOUND");
    expect(await getAwardFormForEdit((await loadSessionUser(o.otherEmulation.id))!, id)).toBeNull();
    const otherCreate = await createAwardFormAction(giayKhen(o.dept.id, { name: "Giấy khen khác" }));
    expect(otherCreate.ok).toBe(false);
    if (!otherCreate.ok) expect(otherCreate.code).toBe("NOT_FOUND");
    const otherToggle = await setAwardFormActiveAction(id, false, 0);
    expect(!otherToggle.ok && otherToggle.code).toBe("NOT_FOUND");

    for (const user of [o.headA, o.staffA, o.council, o.office]) {
      await actAs(user);
      const upd = await updateAwardFormAction(id, { ...values, name: "Sửa trộm" });
      expect(!upd.ok && upd.code, user.username).toBe("NOT_FOUND");
      const crt = await createAwardFormAction(giayKhen(o.dept.id, { name: "Mới" }));
      expect(!crt.ok && crt.code, user.username).toBe("FORBIDDEN");
      expect(await getAwardFormForEdit((await loadSessionUser(user.id))!, id)).toBeNull();
    }
    expect((await db().awardForm.findUniqueOrThrow({ where: { id } })).name).toBe("Giấy khen của Giám đốc Sở");
    expect(await db().awardForm.count()).toBe(1);
  });

  it("deletes an unused form but only deactivates a used one, and keeps recipient types that proposals use", async () => {
    const o = await setup();
    const unused = await create(o.emulation, giayKhen(o.dept.id, { name: "Chưa dùng" }));
    expect((await deleteAwardFormAction(unused.id, 0)).ok).toBe(true);
    expect(await db().awardForm.count()).toBe(0);
    expect(await db().auditLog.count({ where: { action: "award-form.delete", entityId: unused.id } })).toBe(1);

    const { id } = await create(o.emulation, giayKhen(o.dept.id));
    await db().awardProposal.create({
      data: {
        campaignId: o.campaign.id,
        unitId: o.officeA.id,
        awardFormId: id,
        nomineeType: "INDIVIDUAL",
        nomineeUserId: o.staffA.id,
        nomineeName: "Người dùng staff-a",
        status: "SUBMITTED",
        submittedVersion: 1,
      },
    });
    await actAs(o.emulation);
    const del = await deleteAwardFormAction(id, 0);
    expect(del.ok).toBe(false);
    if (!del.ok) expect(del.error).toMatch(/chỉ có thể ngừng sử dụng/);

    const values = await editValues(o.emulation, id);
    const drop = await updateAwardFormAction(id, { ...values, recipientTypes: ["COLLECTIVE", "CITIZEN"], criteria: values.criteria.filter((c) => c.recipientType !== "INDIVIDUAL") });
    expect(drop.ok).toBe(false);
    if (!drop.ok) expect(drop.fieldErrors?.recipientTypes).toMatch(/cá nhân \(1 đề nghị\)/);

    const off = await setAwardFormActiveAction(id, false, 0);
    expect(off.ok).toBe(true);
    const f = await db().awardForm.findUniqueOrThrow({ where: { id } });
    expect([f.active, f.lockVersion]).toEqual([false, 1]);
    const list = await listAwardForms((await loadSessionUser(o.emulation.id))!, { org: "", page: 1 });
    expect(list.rows.map((r) => [r.active, r.usedCount])).toEqual([[false, 1]]);
  });

  it("refuses to change the voting rule while a session is voting on the form, but accepts other edits", async () => {
    const o = await setup();
    const { id } = await create(o.emulation, giayKhen(o.dept.id));
    const proposal = await db().awardProposal.create({
      data: { campaignId: o.campaign.id, unitId: o.officeA.id, awardFormId: id, nomineeType: "COLLECTIVE", nomineeUnitId: o.officeA.id, nomineeName: "Phòng A", status: "SCHEDULED" },
    });
    const session = await db().councilSession.create({
      data: { organisationUnitId: o.dept.id, campaignId: o.campaign.id, title: "Phiên họp", meetingAt: new Date(), chairUserId: o.leader.id, status: "VOTING" },
    });
    await db().councilAgendaItem.create({ data: { sessionId: session.id, proposalId: proposal.id } });
    const values = await editValues(o.emulation, id);
    await actAs(o.emulation);
    const res = await updateAwardFormAction(id, { ...values, thresholdShare: "2/3", thresholdComparison: "AT_LEAST" });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.fieldErrors?.quorumShare).toMatch(/sau khi Chủ tịch Hội đồng kết thúc biểu quyết/);
    const ok = await updateAwardFormAction(id, { ...values, description: "Mô tả mới." });
    expect(ok.ok).toBe(true);
  });
});
