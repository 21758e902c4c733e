import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { saveUnitRegistrationAction, submitUnitRegistrationAction } from "../../lib/registrations/actions";
import { NO_ROWS_MESSAGE, submitUnitRegistration } from "../../lib/registrations/mutations";
import { getRegistrationVersion, getRegistrationView, getRegistrationWorkspace } from "../../lib/registrations/queries";
import type { RegistrationFormInput } from "../../lib/registrations/schemas";
import type { RegistrationSnapshot } from "../../lib/registrations/snapshot";
import { MESSAGES } from "../../lib/actions/result";
import { dueAtForBeforeDay } from "../../lib/time/vn";
import { actAs, db, makeCampaign, makeOrganisation } from "../helpers/factories";

type Org = Awaited<ReturnType<typeof makeOrganisation>>;

function row(org: Org, over: Partial<RegistrationFormInput["rows"][number]> = {}): RegistrationFormInput["rows"][number] {
  return {
    initiativeId: null,
    fieldId: org.campaign.fields[1].id,
    content: "Số hoá hồ sơ cấp giấy phép quy hoạch",
    type: "SOLUTION",
    ownerType: "UNIT",
    ownerNames: "",
    expectedCompletion: `${org.campaign.year}-09-30`,
    note: "",
    level: "DEPARTMENT",
    ...over,
  };
}

function form(org: Org, over: Partial<RegistrationFormInput> = {}): RegistrationFormInput {
  return { campaignId: org.campaign.id, unitId: org.officeA.id, registrationId: null, lockVersion: 0, rows: [row(org)], confirmed: false, ...over };
}

const sessionOf = async (u: { id: string }) => (await loadSessionUser(u.id))!;

/** Staff of office A saves a draft with the given rows; returns the saved result. */
async function staffDraft(org: Org, rows = [row(org)]) {
  await actAs(org.staffA);
  const res = await saveUnitRegistrationAction(form(org, { rows }));
  if (!res.ok) throw new Error(res.error);
  return res.data;
}

async function snapshotOfDb(registrationId: string) {
  const reg = await db().registration.findUniqueOrThrow({ where: { id: registrationId } });
  const rows = await db().initiative.findMany({ where: { registrationId }, orderBy: { id: "asc" } });
  const versions = await db().registrationVersion.count({ where: { registrationId } });
  return { status: reg.status, lockVersion: reg.lockVersion, submittedVersion: reg.submittedVersion, rows, versions };
}

describe("a unit's Mẫu 1", () => {
  it("staff saves a draft: the registration is created on first save with its rows and an audit row", async () => {
    const org = await makeOrganisation();
    await actAs(org.staffA);
    const res = await saveUnitRegistrationAction(
      form(org, { rows: [row(org), row(org, { fieldId: org.campaign.fields[0].id, content: "  Rà soát quy chế  ", ownerType: "INDIVIDUALS", ownerNames: "Võ Thị Mai" })] }),
    );
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const reg = await db().registration.findUniqueOrThrow({ where: { id: res.data.registrationId } });
    expect(reg).toMatchObject({ kind: "UNIT", ownerKey: "UNIT", unitId: org.officeA.id, status: "DRAFT", lockVersion: 1, ownerUserId: null });
    expect(res.data.lockVersion).toBe(1);
    const rows = await db().initiative.findMany({ where: { registrationId: reg.id } });
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.ownerType === "INDIVIDUALS")).toMatchObject({ content: "Rà soát quy chế", ownerNames: "Võ Thị Mai", campaignId: org.campaign.id, unitId: org.officeA.id });
    const audit = await db().auditLog.findMany({ where: { entityType: "Registration", entityId: reg.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0].actorId).toBe(org.staffA.id);

    // Second save: rows upserted by id, removed rows deleted.
    const [first, second] = res.data.rows;
    const res2 = await saveUnitRegistrationAction(
      form(org, { registrationId: reg.id, lockVersion: 1, rows: [{ ...first, content: "Nội dung đã sửa" }, row(org, { content: "Nội dung mới" })] }),
    );
    expect(res2.ok).toBe(true);
    const after = await db().initiative.findMany({ where: { registrationId: reg.id } });
    expect(after.map((r) => r.content).sort()).toEqual(["Nội dung mới", "Nội dung đã sửa"]);
    expect(after.some((r) => r.id === second.initiativeId)).toBe(false);
    expect(after.some((r) => r.id === first.initiativeId)).toBe(true);
  });

  it("head submits: status SUBMITTED, version 1 with a frozen snapshot, a SUBMIT review and an audit row", async () => {
    const org = await makeOrganisation();
    const saved = await staffDraft(org);
    await actAs(org.headA);
    const res = await submitUnitRegistrationAction(form(org, { registrationId: saved.registrationId, lockVersion: saved.lockVersion, rows: saved.rows, confirmed: true }));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data).toMatchObject({ versionNo: 1, isLate: false });
    const reg = await db().registration.findUniqueOrThrow({ where: { id: saved.registrationId } });
    expect(reg).toMatchObject({ status: "SUBMITTED", submittedVersion: 1, isLate: false });
    expect(reg.firstSubmittedAt).not.toBeNull();
    expect(reg.lastSubmittedAt?.getTime()).toBe(reg.firstSubmittedAt?.getTime());
    const version = await db().registrationVersion.findUniqueOrThrow({ where: { registrationId_versionNo: { registrationId: reg.id, versionNo: 1 } } });
    expect(version.submittedById).toBe(org.headA.id);
    const snap = version.snapshot as unknown as RegistrationSnapshot;
    expect(snap.unitName).toBe("Phòng A");
    expect(snap.rows).toHaveLength(1);
    expect(snap.rows[0]).toMatchObject({ fieldName: "Cải cách thủ tục hành chính", content: "Số hoá hồ sơ cấp giấy phép quy hoạch", expectedCompletion: `${org.campaign.year}-09-30` });
    expect(snap.fields).toHaveLength(6);
    const reviews = await db().registrationReview.findMany({ where: { registrationId: reg.id } });
    expect(reviews).toMatchObject([{ action: "SUBMIT", versionNo: 1, actorId: org.headA.id }]);
    expect(await db().auditLog.count({ where: { entityType: "Registration", entityId: reg.id, action: "registration.submit" } })).toBe(1);

    // The frozen form can no longer be edited.
    await actAs(org.staffA);
    const again = await saveUnitRegistrationAction(form(org, { registrationId: reg.id, lockVersion: reg.lockVersion, rows: saved.rows }));
    expect(again.ok).toBe(false);
  });

  it("head can submit a form never saved before: it is created and submitted in one go", async () => {
    const org = await makeOrganisation();
    await actAs(org.headA);
    const res = await submitUnitRegistrationAction(form(org, { confirmed: true }));
    expect(res.ok).toBe(true);
    expect(await db().registrationVersion.count()).toBe(1);
  });

  it("submission needs the head's confirmation tick and at least one row", async () => {
    const org = await makeOrganisation();
    await actAs(org.headA);
    const unticked = await submitUnitRegistrationAction(form(org));
    expect(unticked).toMatchObject({ ok: false, fieldErrors: { confirmed: expect.any(String) } });
    const empty = await submitUnitRegistrationAction(form(org, { rows: [], confirmed: true }));
    expect(empty).toMatchObject({ ok: false, code: "RULE", error: NO_ROWS_MESSAGE });
    expect(await db().registration.count()).toBe(0);
  });

  it("staff cannot submit: an error and nothing changes", async () => {
    const org = await makeOrganisation();
    const saved = await staffDraft(org);
    const before = await snapshotOfDb(saved.registrationId);
    await actAs(org.staffA);
    const res = await submitUnitRegistrationAction(
      form(org, { registrationId: saved.registrationId, lockVersion: saved.lockVersion, rows: [...saved.rows, row(org)], confirmed: true }),
    );
    expect(res).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await snapshotOfDb(saved.registrationId)).toEqual(before);
    expect(await db().registrationReview.count()).toBe(0);
  });

  it("head of unit B reading, saving or submitting unit A's registration by id gets not-found and nothing changes", async () => {
    const org = await makeOrganisation();
    const saved = await staffDraft(org);
    await actAs(org.headA);
    await submitUnitRegistrationAction(form(org, { registrationId: saved.registrationId, lockVersion: saved.lockVersion, rows: saved.rows, confirmed: true }));
    // Returned by the office so that it is editable again.
    await db().registration.update({ where: { id: saved.registrationId }, data: { status: "RETURNED", returnComment: "Bổ sung", lockVersion: { increment: 1 } } });
    const before = await snapshotOfDb(saved.registrationId);
    const headB = await sessionOf(org.headB);

    await expect(getRegistrationView(headB, saved.registrationId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getRegistrationVersion(headB, saved.registrationId, 1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getRegistrationWorkspace(headB, org.campaign.id, org.officeA.id, "UNIT")).rejects.toMatchObject({ code: "NOT_FOUND" });

    await actAs(org.headB);
    const attempts = [
      { unitId: org.officeA.id },
      { unitId: org.officeB.id }, // its own unit, but unit A's registration id
    ];
    for (const a of attempts) {
      const input = form(org, { ...a, registrationId: saved.registrationId, lockVersion: before.lockVersion, rows: [{ ...saved.rows[0], content: "Bị sửa" }], confirmed: true });
      expect(await saveUnitRegistrationAction(input)).toMatchObject({ ok: false, code: "NOT_FOUND", error: MESSAGES.NOT_FOUND });
      expect(await submitUnitRegistrationAction(input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    // A row id of unit A sent inside unit B's own form is not touched either.
    const own = await saveUnitRegistrationAction(form(org, { unitId: org.officeB.id, rows: [{ ...saved.rows[0], content: "Bị sửa" }] }));
    expect(own).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await snapshotOfDb(saved.registrationId)).toEqual(before);
    expect(await db().registration.count()).toBe(1);
  });

  it("council member and CCHC office cannot edit a unit's form", async () => {
    const org = await makeOrganisation();
    for (const u of [org.council, org.office, org.leader]) {
      await actAs(u);
      expect(await saveUnitRegistrationAction(form(org))).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(await submitUnitRegistrationAction(form(org, { confirmed: true }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await db().registration.count()).toBe(0);
    // The office may still read a unit's submitted form (read:registration on its subtree).
    const saved = await staffDraft(org);
    await expect(getRegistrationView(await sessionOf(org.office), saved.registrationId)).resolves.toMatchObject({ id: saved.registrationId, canConfirm: false, editHref: null });
    await expect(getRegistrationView(await sessionOf(org.council), saved.registrationId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a submission at 23:59:59 Vietnam time the day before the 'before' day is on time; at 00:00:00 it is late", async () => {
    const org = await makeOrganisation();
    await db().milestone.updateMany({ where: { campaignId: org.campaign.id }, data: { dueAt: dueAtForBeforeDay(`${org.campaign.year}-04-18`) } });
    const head = await sessionOf(org.headA);
    const onTime = await submitUnitRegistration(
      head,
      { ...form(org), confirmed: true, rows: [{ ...row(org), initiativeId: null }] } as never,
      new Date(`${org.campaign.year}-04-17T23:59:59+07:00`),
    );
    expect(onTime.isLate).toBe(false);

    // Unit B submits one second later.
    const headB = await sessionOf(org.headB);
    const late = await submitUnitRegistration(headB, { ...form(org, { unitId: org.officeB.id }), confirmed: true } as never, new Date(`${org.campaign.year}-04-18T00:00:00+07:00`));
    expect(late.isLate).toBe(true);
    const regB = await db().registration.findUniqueOrThrow({ where: { id: late.registrationId } });
    expect(regB.isLate).toBe(true);
    expect((await db().registrationVersion.findFirstOrThrow({ where: { registrationId: regB.id } })).isLate).toBe(true);
  });

  it("after a late resubmission the page header says late, like version 2 on the same page (one source of truth for lateness)", async () => {
    const org = await makeOrganisation();
    await db().milestone.updateMany({ where: { campaignId: org.campaign.id }, data: { dueAt: dueAtForBeforeDay(`${org.campaign.year}-04-18`) } });
    const head = await sessionOf(org.headA);
    const v1 = await submitUnitRegistration(head, { ...form(org), confirmed: true } as never, new Date(`${org.campaign.year}-04-10T09:00:00+07:00`));
    const reg1 = await db().registration.update({ where: { id: v1.registrationId }, data: { status: "RETURNED", returnComment: "Bổ sung", lockVersion: { increment: 1 } } });
    const before = await getRegistrationWorkspace(head, org.campaign.id, undefined, "UNIT");
    if (before.needsChoice) throw new Error("unexpected");
    await submitUnitRegistration(
      head,
      form(org, { registrationId: reg1.id, lockVersion: reg1.lockVersion, rows: before.rows, confirmed: true }) as never,
      new Date(`${org.campaign.year}-04-25T09:00:00+07:00`),
    );
    const ws = await getRegistrationWorkspace(head, org.campaign.id, undefined, "UNIT");
    if (ws.needsChoice) throw new Error("unexpected");
    expect(ws.history.versions.map((v) => [v.versionNo, v.isLate])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(ws.formStatus).toBe("SUBMITTED_LATE");
    const view = await getRegistrationView(head, reg1.id);
    expect(view.formStatus).toBe("SUBMITTED_LATE");
    expect(view.history.versions[0]).toMatchObject({ versionNo: 2, isLate: true });
  });

  it("a returned form resubmitted becomes version 2, version 1 is kept, and the registration's lateness follows the first submission", async () => {
    const org = await makeOrganisation();
    await db().milestone.updateMany({ where: { campaignId: org.campaign.id }, data: { dueAt: dueAtForBeforeDay(`${org.campaign.year}-04-18`) } });
    const head = await sessionOf(org.headA);
    const v1 = await submitUnitRegistration(head, { ...form(org), confirmed: true } as never, new Date(`${org.campaign.year}-04-10T09:00:00+07:00`));
    // The CCHC office returns it (done by lib/review; reproduced here at the database level).
    const reg1 = await db().registration.update({
      where: { id: v1.registrationId },
      data: { status: "RETURNED", returnComment: "Đề nghị ghi rõ tiến độ", lockVersion: { increment: 1 } },
    });
    await db().registrationReview.create({
      data: { registrationId: reg1.id, versionNo: 1, action: "RETURN", comment: "Đề nghị ghi rõ tiến độ", actorId: org.office.id, createdAt: new Date(`${org.campaign.year}-04-20T09:00:00+07:00`) },
    });

    const ws = await getRegistrationWorkspace(head, org.campaign.id, undefined, "UNIT");
    if (ws.needsChoice) throw new Error("unexpected");
    expect(ws.canEdit).toBe(true);
    expect(ws.registration?.returnComment).toBe("Đề nghị ghi rõ tiến độ");

    const v2 = await submitUnitRegistration(
      head,
      form(org, { registrationId: reg1.id, lockVersion: reg1.lockVersion, rows: [{ ...ws.rows[0], expectedCompletion: `${org.campaign.year}-10-31` }], confirmed: true }) as never,
      new Date(`${org.campaign.year}-04-25T09:00:00+07:00`),
    );
    expect(v2).toMatchObject({ versionNo: 2, isLate: true });
    const reg = await db().registration.findUniqueOrThrow({ where: { id: reg1.id }, include: { versions: { orderBy: { versionNo: "asc" } } } });
    expect(reg).toMatchObject({ status: "SUBMITTED", submittedVersion: 2, isLate: false, returnComment: null });
    expect(reg.firstSubmittedAt?.toISOString()).toBe(new Date(`${org.campaign.year}-04-10T09:00:00+07:00`).toISOString());
    expect(reg.lastSubmittedAt?.toISOString()).toBe(new Date(`${org.campaign.year}-04-25T09:00:00+07:00`).toISOString());
    expect(reg.versions.map((v) => [v.versionNo, v.isLate])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect((reg.versions[0].snapshot as unknown as RegistrationSnapshot).rows[0].expectedCompletion).toBe(`${org.campaign.year}-09-30`);
    expect((reg.versions[1].snapshot as unknown as RegistrationSnapshot).rows[0].expectedCompletion).toBe(`${org.campaign.year}-10-31`);
    const view = await getRegistrationView(head, reg.id);
    expect(view.history.versions.map((v) => v.versionNo)).toEqual([2, 1]);
    expect(view.history.reviews.map((r) => r.action)).toEqual(["SUBMIT", "RETURN", "SUBMIT"]);
  });

  it("a stale lockVersion gets CONFLICT and the saved rows are unchanged", async () => {
    const org = await makeOrganisation();
    const saved = await staffDraft(org);
    await actAs(org.headA);
    const headSave = await saveUnitRegistrationAction(
      form(org, { registrationId: saved.registrationId, lockVersion: saved.lockVersion, rows: [{ ...saved.rows[0], content: "Bản của trưởng phòng" }] }),
    );
    expect(headSave.ok).toBe(true);
    const before = await snapshotOfDb(saved.registrationId);

    await actAs(org.staffA);
    const stale = await saveUnitRegistrationAction(
      form(org, { registrationId: saved.registrationId, lockVersion: saved.lockVersion, rows: [{ ...saved.rows[0], content: "Bản cũ của cán bộ" }, row(org)] }),
    );
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", error: MESSAGES.CONFLICT });
    expect(await snapshotOfDb(saved.registrationId)).toEqual(before);
    expect(before.rows[0].content).toBe("Bản của trưởng phòng");

    // Someone created the form after this user opened the empty page.
    const late = await saveUnitRegistrationAction(form(org));
    expect(late).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  describe("validation, each with its Vietnamese field message", () => {
    const cases: [string, (org: Org) => Partial<RegistrationFormInput["rows"][number]>, string, string | ((org: Org) => string)][] = [
      ["empty content", () => ({ content: "   " }), "content", "Vui lòng nhập nội dung đăng ký."],
      ["2001-character content", () => ({ content: "a".repeat(2001) }), "content", "Tối đa 2.000 ký tự."],
      [
        "completion date outside the campaign",
        (org) => ({ expectedCompletion: `${org.campaign.year + 2}-01-01` }),
        "expectedCompletion",
        (org) => `Ngày dự kiến hoàn thành phải trong thời gian của kế hoạch (từ 01/01/${org.campaign.year} đến 31/12/${org.campaign.year + 1}).`,
      ],
      ["unknown field id", () => ({ fieldId: "khong-ton-tai" }), "fieldId", "Lĩnh vực này không thuộc kế hoạch thi đua."],
      ["individual owner without names", () => ({ ownerType: "INDIVIDUALS", ownerNames: " " }), "ownerNames", "Vui lòng nhập họ tên cá nhân chủ trì."],
    ];
    for (const [name, change, key, message] of cases) {
      it(`refuses ${name}`, async () => {
        const org = await makeOrganisation();
        await actAs(org.staffA);
        const res = await saveUnitRegistrationAction(form(org, { rows: [row(org), row(org, change(org))] }));
        expect(res).toMatchObject({ ok: false, code: "VALIDATION" });
        if (res.ok) return;
        expect(res.fieldErrors?.[`rows.1.${key}`]).toBe(typeof message === "string" ? message : message(org));
        expect(await db().registration.count()).toBe(0);
      });
    }

    it("refuses a field id of another campaign", async () => {
      const org = await makeOrganisation();
      const other = await makeCampaign({ issuingUnit: org.dept, units: [org.officeA] });
      await actAs(org.staffA);
      const res = await saveUnitRegistrationAction(form(org, { rows: [row(org, { fieldId: other.fields[0].id })] }));
      expect(res).toMatchObject({ ok: false, fieldErrors: { "rows.0.fieldId": "Lĩnh vực này không thuộc kế hoạch thi đua." } });
      expect(await db().initiative.count()).toBe(0);
    });

    it("refuses a level the campaign does not allow", async () => {
      const org = await makeOrganisation();
      await db().campaign.update({ where: { id: org.campaign.id }, data: { registrationLevels: ["DEPARTMENT"] } });
      await actAs(org.staffA);
      const res = await saveUnitRegistrationAction(form(org, { rows: [row(org, { level: "CITY" })] }));
      expect(res).toMatchObject({ ok: false, fieldErrors: { "rows.0.level": "Kế hoạch này chỉ nhận đăng ký cấp Sở." } });
      expect(await db().initiative.count()).toBe(0);
    });
  });

  it("a draft is refused on an unpublished campaign and for a unit that does not take part", async () => {
    const org = await makeOrganisation();
    const draftCampaign = await makeCampaign({ issuingUnit: org.dept, units: [org.officeA], status: "DRAFT" });
    const onlyB = await makeCampaign({ issuingUnit: org.dept, units: [org.officeB] });
    await actAs(org.staffA);
    const r1 = await saveUnitRegistrationAction({ ...form(org), campaignId: draftCampaign.id, rows: [row(org, { fieldId: draftCampaign.fields[0].id })] });
    expect(r1).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const r2 = await saveUnitRegistrationAction({ ...form(org), campaignId: onlyB.id, rows: [row(org, { fieldId: onlyB.fields[0].id })] });
    expect(r2).toMatchObject({ ok: false, code: "RULE", error: "Đơn vị không tham gia kế hoạch thi đua này." });
    expect(await db().registration.count()).toBe(0);
    await expect(getRegistrationWorkspace(await sessionOf(org.staffA), draftCampaign.id, undefined, "UNIT")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getRegistrationWorkspace(await sessionOf(org.staffA), onlyB.id, undefined, "UNIT")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("the workspace of a head knows it may submit; staff's does not", async () => {
    const org = await makeOrganisation();
    const head = await getRegistrationWorkspace(await sessionOf(org.headA), org.campaign.id, undefined, "UNIT");
    const staff = await getRegistrationWorkspace(await sessionOf(org.staffA), org.campaign.id, org.officeA.id, "UNIT");
    expect(head).toMatchObject({ needsChoice: false, canSubmit: true, canEdit: true, formStatus: "NOT_STARTED" });
    expect(staff).toMatchObject({ needsChoice: false, canSubmit: false, canEdit: true });
  });
});

describe("removing rows of a returned Mẫu 1 that have a life of their own", () => {
  const KEEP = "nên không thể xoá; hãy giữ lại và ghi chú thay đổi trong cột Ghi chú.";

  /** Office A's Mẫu 1 with six rows, submitted by the head then returned by the office. */
  async function returnedForm() {
    const org = await makeOrganisation();
    const head = await sessionOf(org.headA);
    const contents = ["Có minh chứng và số liệu", "Có số liệu kết quả", "Đã gửi lên Thành phố", "Có trong báo cáo sơ kết", "Trong phiên bản báo cáo đã nộp", "Chưa có gì"];
    const v1 = await submitUnitRegistration(head, { ...form(org, { rows: contents.map((content) => row(org, { content })) }), confirmed: true } as never);
    const reg = await db().registration.update({ where: { id: v1.registrationId }, data: { status: "RETURNED", returnComment: "Rút bớt nội dung.", lockVersion: { increment: 1 } } });
    const ws = await getRegistrationWorkspace(head, org.campaign.id, undefined, "UNIT");
    if (ws.needsChoice) throw new Error("unexpected");
    const id = (content: string) => ws.rows.find((r) => r.content === content)!.initiativeId;
    return { org, reg, rows: ws.rows, id };
  }

  it("refuses removing a row with evidence, figures, a forwarded copy or a part in a submitted report, with a message per row; nothing is saved", async () => {
    const { org, reg, rows, id } = await returnedForm();
    const [withEvidence, withFigures, forwarded, inReport, inVersion, plain] = rows.map((r) => r.initiativeId);
    await db().evidenceFile.create({
      data: { initiativeId: withEvidence, unitId: org.officeA.id, campaignId: org.campaign.id, fileName: "kq.pdf", mimeType: "application/pdf", sizeBytes: 10, sha256: "0".repeat(64), storageKey: "2026/01/khoa-thu", uploadedById: org.staffA.id, lockedAt: new Date() },
    });
    await db().initiativeResult.createMany({
      data: [
        { initiativeId: withEvidence, indicator: "Hồ sơ đúng hạn", unitOfMeasure: "%", valueAfter: 99 },
        { initiativeId: withFigures, indicator: "Thời gian giải quyết", unitOfMeasure: "ngày", valueBefore: 10, valueAfter: 7 },
      ],
    });
    const parent = await makeCampaign({ issuingUnit: org.city, units: [org.dept] });
    await db().campaign.update({ where: { id: parent.id }, data: { documentNumber: "1018/KH-UBND" } });
    const parentReg = await db().registration.create({ data: { campaignId: parent.id, unitId: org.dept.id, kind: "UNIT", ownerKey: "UNIT", status: "SUBMITTED", submittedVersion: 1 } });
    await db().initiative.create({
      data: {
        registrationId: parentReg.id,
        campaignId: parent.id,
        unitId: org.dept.id,
        fieldId: parent.fields[1].id,
        content: "Đã gửi lên Thành phố",
        type: "SOLUTION",
        expectedCompletion: new Date(`${org.campaign.year}-09-30T00:00:00Z`),
        level: "CITY",
        forwardedFromId: forwarded,
        originInitiativeId: forwarded,
        originUnitId: org.officeA.id,
        forwardedAt: new Date(),
      },
    });
    const report = await db().report.create({
      data: { campaignId: org.campaign.id, unitId: org.officeA.id, phase: "MIDTERM", status: "RETURNED", submittedVersion: 1, firstSubmittedAt: new Date() },
    });
    await db().reportInitiativePart.create({ data: { reportId: report.id, initiativeId: inReport, results: "Đã triển khai." } });
    await db().reportVersion.create({
      data: { reportId: report.id, versionNo: 1, submittedAt: new Date(), submittedById: org.headA.id, snapshot: { schema: 1, parts: [{ initiativeId: inVersion }], evidence: [] } },
    });

    await actAs(org.staffA);
    // The editor already knows: those rows show the reason instead of a "remove" button.
    const ws = await getRegistrationWorkspace(await sessionOf(org.staffA), org.campaign.id, org.officeA.id, "UNIT");
    if (ws.needsChoice) throw new Error("unexpected unit choice");
    expect(Object.keys(ws.removalBlocked).sort()).toEqual([withEvidence, withFigures, forwarded, inReport, inVersion].sort());
    expect(ws.removalBlocked[withFigures]).toBe(`Nội dung này đã có số liệu kết quả ${KEEP}`);

    const res = await saveUnitRegistrationAction(form(org, { registrationId: reg.id, lockVersion: reg.lockVersion, rows: rows.filter((r) => r.initiativeId === plain) }));
    expect(res).toMatchObject({ ok: false, code: "RULE" });
    if (res.ok) return;
    expect(res.fieldErrors).toEqual({
      [`removed.${withEvidence}`]: `Nội dung này đã có minh chứng và số liệu kết quả ${KEEP}`,
      [`removed.${withFigures}`]: `Nội dung này đã có số liệu kết quả ${KEEP}`,
      [`removed.${forwarded}`]: `Nội dung này đã được gửi lên kế hoạch 1018/KH-UBND ${KEEP}`,
      [`removed.${inReport}`]: `Nội dung này đã có trong báo cáo đã nộp ${KEEP}`,
      [`removed.${inVersion}`]: `Nội dung này đã có trong báo cáo đã nộp ${KEEP}`,
    });
    expect(res.error).toMatch(/^Chưa lưu được\. “Có minh chứng và số liệu”: Nội dung này đã có minh chứng và số liệu kết quả nên không thể xoá;/);
    expect(res.error).toContain("“Đã gửi lên Thành phố”: Nội dung này đã được gửi lên kế hoạch 1018/KH-UBND");
    expect(res.error).not.toContain("Chưa có gì");
    // nothing was saved: every row, its file row and the copy's link are still there
    const after = await snapshotOfDb(reg.id);
    expect(after).toMatchObject({ status: "RETURNED", lockVersion: reg.lockVersion });
    expect(after.rows).toHaveLength(6);
    expect(await db().evidenceFile.count({ where: { initiativeId: withEvidence } })).toBe(1);
    expect(await db().initiative.count({ where: { forwardedFromId: forwarded } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: "registration.save", entityId: reg.id } })).toBe(0);

    // a row without any of these is removed; the others are kept (their notes may change)
    const keep = rows.filter((r) => r.initiativeId !== plain).map((r) => (r.initiativeId === forwarded ? { ...r, note: "Điều chỉnh phạm vi áp dụng." } : r));
    const ok = await saveUnitRegistrationAction(form(org, { registrationId: reg.id, lockVersion: reg.lockVersion, rows: keep }));
    expect(ok).toMatchObject({ ok: true });
    expect(await db().initiative.count({ where: { id: plain } })).toBe(0);
    expect(await db().initiative.count({ where: { registrationId: reg.id } })).toBe(5);
    expect((await db().initiative.findUniqueOrThrow({ where: { id: id("Đã gửi lên Thành phố") } })).note).toBe("Điều chỉnh phạm vi áp dụng.");
  });

  it("a report part of a report never submitted does not hold a row back", async () => {
    const { org, reg, rows } = await returnedForm();
    const report = await db().report.create({ data: { campaignId: org.campaign.id, unitId: org.officeA.id, phase: "MIDTERM", status: "DRAFT" } });
    await db().reportInitiativePart.create({ data: { reportId: report.id, initiativeId: rows[3].initiativeId, summary: "Nháp" } });
    await actAs(org.headA);
    const res = await saveUnitRegistrationAction(form(org, { registrationId: reg.id, lockVersion: reg.lockVersion, rows: rows.filter((r) => r.initiativeId !== rows[3].initiativeId) }));
    expect(res).toMatchObject({ ok: true });
    expect(await db().initiative.count({ where: { registrationId: reg.id } })).toBe(5);
  });
});
