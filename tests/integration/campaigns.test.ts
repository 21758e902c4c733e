import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import {
  cloneCampaignAction,
  closeCampaignAction,
  createCampaignAction,
  publishCampaignAction,
  updateCampaignAction,
} from "../../lib/campaigns/actions";
import { DEFAULT_REFORM_FIELDS, PLAN_MILESTONES } from "../../lib/campaigns/defaults";
import { getCampaignDetail, getCampaignForEdit, listCampaigns } from "../../lib/campaigns/queries";
import type { CampaignFormInput } from "../../lib/campaigns/schemas";
import { dueAtForBeforeDay } from "../../lib/time/vn";
import { actAs, db, makeCampaign, makeOrganisation } from "../helpers/factories";

type Org = Awaited<ReturnType<typeof makeOrganisation>>;

const PLAN_DAYS = ["2022-04-18", "2022-04-20", "2022-06-10", "2022-06-20", "2022-11-10", "2022-12-20", "2022-12-20"];

/** The plan 1128/KH-SQHKT of file 000, issued by the organisation's department. */
function plan000(org: Org, parentCampaignId = ""): CampaignFormInput {
  return {
    documentNumber: "1128/KH-SQHKT",
    issuedOn: "2022-04-14",
    year: 2022,
    issuingUnitId: org.dept.id,
    signerName: "Nguyễn Thanh Nhã",
    signerTitle: "Giám đốc",
    title:
      "Kế hoạch phát động phong trào thi đua về cải cách hành chính, nhân rộng mô hình, giải pháp, sáng kiến tiêu biểu về cải cách hành chính tại Sở Quy hoạch - Kiến trúc năm 2022",
    theme:
      "Thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19, tiếp tục nâng cao chất lượng xây dựng chính quyền đô thị, cải thiện môi trường đầu tư, đồng hành cùng doanh nghiệp",
    legalBases:
      "Kế hoạch số 1018/KH-UBND ngày 05 tháng 4 năm 2022 của Ủy ban nhân dân Thành phố\nCông văn số 1448/SNV-CCHC ngày 08 tháng 4 năm 2022 của Sở Nội vụ",
    purpose: "1. Mục đích\n- Nâng cao nhận thức về vị trí, vai trò và ý nghĩa của công tác phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến.",
    participantsText: "Tập thể: Các phòng, ban, đơn vị thuộc Sở.\nCá nhân: Cán bộ, công chức, viên chức, người lao động thuộc Sở.",
    criteria: {
      COLLECTIVE: [
        { content: "Tổ chức, triển khai thực hiện cải cách hành chính năm 2022 và phát động phong trào thi đua." },
        { content: "Có đăng ký các mô hình sáng kiến, giải pháp, cách làm hay và triển khai, áp dụng có hiệu quả." },
        { content: "Người đứng đầu đơn vị không bị xử lý kỷ luật trong năm." },
      ],
      INDIVIDUAL: [{ content: "Có mô hình, sáng kiến, giải pháp, cách làm hay, hiệu quả theo chủ đề năm 2022 của Thành phố." }],
      CITIZEN: [],
    },
    fields: DEFAULT_REFORM_FIELDS.map((name) => ({ name })),
    registrationLevels: ["CITY", "DEPARTMENT"],
    startsOn: "2022-04-14",
    endsOn: "2022-12-31",
    unitIds: [org.officeA.id, org.officeB.id],
    parentCampaignId,
    milestones: PLAN_MILESTONES.map((m, i) => ({ ...m, beforeDay: PLAN_DAYS[i] })),
  };
}

async function cityPlan1018(org: Org) {
  return makeCampaign({ issuingUnit: org.city, units: [org.dept, org.otherDept], year: 2022, registrationBeforeDay: "2022-04-20" });
}

async function createAsOffice(org: Org, input: CampaignFormInput = plan000(org)) {
  await actAs(org.office);
  const res = await createCampaignAction(input);
  if (!res.ok) throw new Error(`${res.error} ${JSON.stringify(res.fieldErrors)}`);
  return res.data.id;
}

async function editValues(org: Org, id: string) {
  const user = await loadSessionUser(org.office.id);
  const load = await getCampaignForEdit(user!, id);
  if (load.kind !== "ok") throw new Error(load.kind);
  return load.values;
}

const snapshotOf = (id: string) =>
  db().campaign.findUniqueOrThrow({ where: { id }, include: { fields: true, milestones: true, units: true, criteria: true } });

describe("campaigns: create", () => {
  it("creates the plan of file 000 as a draft with its seven milestones, “trước ngày 18/4/2022” stored as 2022-04-17T17:00:00Z", async () => {
    const org = await makeOrganisation();
    const parent = await cityPlan1018(org);
    const id = await createAsOffice(org, plan000(org, parent.id));

    const c = await db().campaign.findUniqueOrThrow({
      where: { id },
      include: {
        fields: { orderBy: { sortOrder: "asc" } },
        milestones: { orderBy: { sortOrder: "asc" } },
        units: true,
        criteria: { orderBy: [{ participantType: "asc" }, { sortOrder: "asc" }] },
      },
    });
    expect(c.status).toBe("DRAFT");
    expect(c.documentNumber).toBe("1128/KH-SQHKT");
    expect(c.issuedOn.toISOString()).toBe("2022-04-14T00:00:00.000Z");
    expect(c.year).toBe(2022);
    expect(c.issuingUnitId).toBe(org.dept.id);
    expect(c.parentCampaignId).toBe(parent.id);
    expect(c.createdById).toBe(org.office.id);
    expect(c.fields.map((f) => f.name)).toEqual([...DEFAULT_REFORM_FIELDS]);
    expect(c.milestones).toHaveLength(7);
    expect(c.milestones[0]).toMatchObject({ kind: "REGISTRATION", responsibleRole: "UNIT_HEAD", deliverable: "Mẫu 1" });
    expect(c.milestones[0].dueAt.toISOString()).toBe("2022-04-17T17:00:00.000Z");
    expect(c.milestones[6]).toMatchObject({ kind: "COUNCIL_REVIEW", responsibleRole: "EMULATION_OFFICE" });
    expect(c.milestones[6].dueAt.toISOString()).toBe("2022-12-19T17:00:00.000Z");
    expect(c.units.map((u) => u.unitId).sort()).toEqual([org.officeA.id, org.officeB.id].sort());
    expect(c.criteria.filter((x) => x.participantType === "COLLECTIVE")).toHaveLength(3);
    expect(c.criteria.filter((x) => x.participantType === "INDIVIDUAL")).toHaveLength(1);
    expect(c.registrationLevels.sort()).toEqual(["CITY", "DEPARTMENT"]);
    expect(c.legalBases).toContain("1448/SNV-CCHC");
  });

  it("returns Vietnamese messages for an empty title, over-long text, end before start, a milestone without date and a second registration milestone", async () => {
    const org = await makeOrganisation();
    await actAs(org.office);
    const input = plan000(org);
    input.title = "   ";
    input.theme = "x".repeat(2001);
    input.endsOn = "2022-01-01";
    input.milestones[2].beforeDay = "";
    input.milestones[3].kind = "REGISTRATION";
    const res = await createCampaignAction(input);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.code).toBe("VALIDATION");
    expect(res.fieldErrors).toMatchObject({
      title: "Vui lòng nhập tên kế hoạch.",
      theme: "Tối đa 2.000 ký tự.",
      endsOn: "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.",
      "milestones.2.beforeDay": "Vui lòng chọn hạn (trước ngày).",
      "milestones.3.kind": "Mỗi kế hoạch chỉ có một mốc đăng ký (Mẫu 1).",
    });
    const tooLong = await createCampaignAction({ ...plan000(org), title: "T".repeat(1001) });
    expect(!tooLong.ok && tooLong.fieldErrors?.title).toBe("Tối đa 1.000 ký tự.");
    expect(await db().campaign.count({ where: { documentNumber: "1128/KH-SQHKT" } })).toBe(0);
  });

  it("refuses participating units outside the issuing unit's subtree, the issuing unit itself and unknown unit ids", async () => {
    const org = await makeOrganisation();
    await actAs(org.office);
    const outside = await createCampaignAction({ ...plan000(org), unitIds: [org.officeA.id, org.otherDept.id] });
    expect(!outside.ok && outside.fieldErrors?.unitIds).toContain("“Sở Khác” không thuộc phạm vi của đơn vị ban hành");
    const itself = await createCampaignAction({ ...plan000(org), unitIds: [org.dept.id] });
    expect(!itself.ok && itself.fieldErrors?.unitIds).toContain("không thuộc phạm vi");
    const unknown = await createCampaignAction({ ...plan000(org), unitIds: [org.officeA.id, "khong-co-don-vi-nay"] });
    expect(!unknown.ok && unknown.fieldErrors?.unitIds).toContain("Có đơn vị không tồn tại");
    expect(await db().campaign.count({ where: { issuingUnitId: org.dept.id, documentNumber: "1128/KH-SQHKT" } })).toBe(0);
  });

  it("refuses a parent campaign that is not a published campaign of an ancestor unit", async () => {
    const org = await makeOrganisation();
    const sibling = await makeCampaign({ issuingUnit: org.otherDept, units: [] });
    const cityDraft = await makeCampaign({ issuingUnit: org.city, units: [org.dept], status: "DRAFT" });
    await actAs(org.office);
    for (const parentId of [sibling.id, cityDraft.id, org.campaign.id, "khong-ton-tai"]) {
      const res = await createCampaignAction(plan000(org, parentId));
      expect(res.ok).toBe(false);
      expect(!res.ok && res.fieldErrors?.parentCampaignId).toContain("Kế hoạch cấp trên phải là kế hoạch đã ban hành");
    }
    const ok = await createCampaignAction(plan000(org, (await cityPlan1018(org)).id));
    expect(ok.ok).toBe(true);
  });

  it("does not let an office issue a campaign in the name of a unit where it is not the CCHC office", async () => {
    const org = await makeOrganisation();
    await actAs(org.office);
    const res = await createCampaignAction({ ...plan000(org), issuingUnitId: org.otherDept.id, unitIds: [] });
    expect(!res.ok && res.fieldErrors?.issuingUnitId).toBe("Chỉ được chọn đơn vị mà bạn là Bộ phận CCHC.");
    expect(await db().campaign.count({ where: { issuingUnitId: org.otherDept.id } })).toBe(0);
  });
});

describe("campaigns: who may do what", () => {
  it("the CCHC office of another Sở can neither read, edit, publish, close nor clone it (not-found) and nothing changes", async () => {
    const org = await makeOrganisation();
    const id = await createAsOffice(org);
    const values = await editValues(org, id);
    const before = await snapshotOf(id);
    const auditsBefore = await db().auditLog.count();

    const other = (await loadSessionUser(org.otherOffice.id))!;
    expect(await getCampaignDetail(other, id)).toBeNull();
    expect((await getCampaignForEdit(other, id)).kind).toBe("notFound");
    expect((await listCampaigns(other, { page: 1 })).rows.map((r) => r.id)).not.toContain(id);

    await actAs(org.otherOffice);
    for (const res of [
      await updateCampaignAction(id, { ...values, title: "Đã bị sửa" }),
      await publishCampaignAction(id, 0),
      await closeCampaignAction(id, 0),
      await cloneCampaignAction(id, { year: 2023, documentNumber: "1/KH-X" }),
    ]) {
      expect(res).toMatchObject({ ok: false, code: "NOT_FOUND", error: "Không tìm thấy hoặc bạn không có quyền truy cập." });
    }
    expect(await snapshotOf(id)).toEqual(before);
    expect(await db().auditLog.count()).toBe(auditsBefore);
    expect(await db().campaign.count()).toBe(2);
  });

  it("unit heads and council members cannot create or edit campaigns", async () => {
    const org = await makeOrganisation();
    const id = await createAsOffice(org);
    const values = await editValues(org, id);
    for (const user of [org.headA, org.council, org.staffA]) {
      await actAs(user);
      expect(await createCampaignAction(plan000(org))).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await updateCampaignAction(id, { ...values, title: "Sửa trái phép" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(await publishCampaignAction(id, values.lockVersion!)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    // Leadership reads the plan but does not manage it.
    await actAs(org.leader);
    expect(await updateCampaignAction(id, { ...values, title: "Sửa trái phép" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await db().campaign.findUniqueOrThrow({ where: { id } })).title).toBe(values.title);
    expect(await db().campaign.count()).toBe(2);
  });

  it("lists campaigns of the user's scope, newest year first, with unit count and next milestone", async () => {
    const org = await makeOrganisation();
    const old = await makeCampaign({ issuingUnit: org.dept, units: [org.officeA], year: 2022, registrationBeforeDay: "2022-04-18", status: "CLOSED" });
    await makeCampaign({ issuingUnit: org.otherDept, units: [], year: 2030 });
    const office = (await loadSessionUser(org.office.id))!;
    const all = await listCampaigns(office, { page: 1 });
    expect(all.total).toBe(2);
    expect(all.rows.map((r) => r.id)).toEqual([org.campaign.id, old.id]);
    expect(all.rows[0]).toMatchObject({ unitCount: 2, status: "PUBLISHED", nextMilestoneName: "Đăng ký mô hình, giải pháp, sáng kiến (Mẫu 1)" });
    expect(all.rows[0].nextMilestoneDueAt).toEqual(org.campaign.milestones[0].dueAt);
    expect(all.rows[1]).toMatchObject({ unitCount: 1, nextMilestoneName: null });
    expect((await listCampaigns(office, { page: 1, year: 2022 })).rows.map((r) => r.id)).toEqual([old.id]);
    expect((await listCampaigns(office, { page: 1, status: "CLOSED" })).rows.map((r) => r.id)).toEqual([old.id]);
    const head = (await loadSessionUser(org.headA.id))!;
    expect((await listCampaigns(head, { page: 1 })).total).toBe(0);
  });
});

describe("campaigns: publish, edit, clone", () => {
  it("refuses to publish an incomplete plan with the list of what is missing, and publishes it once complete", async () => {
    const org = await makeOrganisation();
    const incomplete = { ...plan000(org), unitIds: [], fields: [], milestones: plan000(org).milestones.slice(1) };
    const id = await createAsOffice(org, incomplete);

    const refused = await publishCampaignAction(id, 0);
    expect(refused).toMatchObject({ ok: false, code: "RULE" });
    const problems = Object.values((!refused.ok && refused.fieldErrors) || {});
    expect(problems).toEqual(["Chưa chọn đơn vị tham gia.", "Chưa có lĩnh vực đăng ký thi đua.", "Chưa có mốc đăng ký (Mẫu 1)."]);
    expect((await db().campaign.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");

    const values = await editValues(org, id);
    const saved = await updateCampaignAction(id, { ...plan000(org), lockVersion: values.lockVersion, milestones: plan000(org).milestones });
    expect(saved.ok).toBe(true);
    const published = await publishCampaignAction(id, 1);
    expect(published.ok).toBe(true);
    const c = await db().campaign.findUniqueOrThrow({ where: { id } });
    expect(c.status).toBe("PUBLISHED");
    expect(c.publishedAt).toBeInstanceOf(Date);

    // Still editable by the office after publishing, but it must stay complete; then closed.
    const gutted = await updateCampaignAction(id, { ...(await editValues(org, id)), unitIds: [], milestones: [] });
    expect(gutted).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(!gutted.ok && gutted.fieldErrors).toMatchObject({
      unitIds: "Kế hoạch đã ban hành phải có ít nhất một đơn vị tham gia.",
      milestones: "Kế hoạch đã ban hành phải có mốc đăng ký (Mẫu 1).",
    });
    const again = await updateCampaignAction(id, { ...(await editValues(org, id)), theme: "Chủ đề mới" });
    expect(again.ok).toBe(true);
    expect(await publishCampaignAction(id, 3)).toMatchObject({ ok: false, code: "RULE" });
    expect((await closeCampaignAction(id, 3)).ok).toBe(true);
    expect((await db().campaign.findUniqueOrThrow({ where: { id } })).status).toBe("CLOSED");
  });

  it("refuses a save made from a stale lockVersion with the conflict message and keeps the other person's change", async () => {
    const org = await makeOrganisation();
    const id = await createAsOffice(org);
    const loadedByA = await editValues(org, id);
    const loadedByB = await editValues(org, id);
    expect((await updateCampaignAction(id, { ...loadedByA, title: "Bản của người thứ nhất" })).ok).toBe(true);
    const stale = await updateCampaignAction(id, { ...loadedByB, title: "Bản của người thứ hai" });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(!stale.ok && stale.error).toContain("đã được người khác thay đổi");
    const c = await db().campaign.findUniqueOrThrow({ where: { id } });
    expect(c.title).toBe("Bản của người thứ nhất");
    expect(c.lockVersion).toBe(1);
  });

  it("refuses to remove a reform field already used by an initiative; renaming and reordering keep the field's id", async () => {
    const org = await makeOrganisation();
    const id = await createAsOffice(org);
    const fields = await db().reformField.findMany({ where: { campaignId: id }, orderBy: { sortOrder: "asc" } });
    const reg = await db().registration.create({ data: { campaignId: id, unitId: org.officeA.id, ownerKey: "UNIT" } });
    const initiative = await db().initiative.create({
      data: {
        registrationId: reg.id,
        campaignId: id,
        unitId: org.officeA.id,
        fieldId: fields[1].id,
        content: "Số hoá hồ sơ cấp giấy phép quy hoạch",
        type: "SOLUTION",
        expectedCompletion: new Date("2022-10-31T00:00:00Z"),
        level: "DEPARTMENT",
      },
    });

    const values = await editValues(org, id);
    const removed = await updateCampaignAction(id, { ...values, fields: values.fields.filter((f) => f.id !== fields[1].id) });
    expect(removed).toMatchObject({ ok: false, code: "RULE" });
    expect(!removed.ok && removed.fieldErrors?.fields).toBe(
      "Không thể xoá lĩnh vực “Cải cách thủ tục hành chính” vì đã có 1 mô hình, giải pháp, sáng kiến đăng ký trong lĩnh vực này.",
    );
    expect(await db().reformField.count({ where: { campaignId: id } })).toBe(6);
    expect((await db().campaign.findUniqueOrThrow({ where: { id } })).lockVersion).toBe(0);

    // Removing the participating unit that registered is refused as well.
    const noUnit = await updateCampaignAction(id, { ...values, unitIds: [org.officeB.id] });
    expect(!noUnit.ok && noUnit.fieldErrors?.unitIds).toContain("Phòng A");

    // Rename + move to the top + remove an unused field + add a new one.
    const reordered = [
      { id: fields[1].id, name: "Cải cách TTHC" },
      ...values.fields.filter((f) => f.id !== fields[1].id && f.id !== fields[5].id),
      { name: "Chuyển đổi số" },
    ];
    const saved = await updateCampaignAction(id, { ...values, fields: reordered });
    expect(saved.ok).toBe(true);
    const after = await db().reformField.findMany({ where: { campaignId: id }, orderBy: { sortOrder: "asc" } });
    expect(after.map((f) => f.name)).toEqual([
      "Cải cách TTHC",
      "Cải cách thể chế",
      "Cải cách tổ chức bộ máy hành chính nhà nước",
      "Cải cách chế độ công vụ",
      "Cải cách tài chính công",
      "Chuyển đổi số",
    ]);
    expect(after[0].id).toBe(fields[1].id);
    expect((await db().initiative.findUniqueOrThrow({ where: { id: initiative.id } })).fieldId).toBe(fields[1].id);
  });

  it("refuses a period that leaves registered initiatives' expected completion outside it", async () => {
    const org = await makeOrganisation();
    const id = await createAsOffice(org);
    const field = await db().reformField.findFirstOrThrow({ where: { campaignId: id } });
    const reg = await db().registration.create({ data: { campaignId: id, unitId: org.officeA.id, ownerKey: "UNIT" } });
    await db().initiative.create({
      data: {
        registrationId: reg.id,
        campaignId: id,
        unitId: org.officeA.id,
        fieldId: field.id,
        content: "Mô hình một cửa",
        type: "MODEL",
        expectedCompletion: new Date("2022-12-15T00:00:00Z"),
        level: "CITY",
      },
    });
    const res = await updateCampaignAction(id, { ...(await editValues(org, id)), endsOn: "2022-11-30" });
    expect(!res.ok && res.fieldErrors?.endsOn).toContain("nằm ngoài thời gian 14/04/2022 – 30/11/2022");
  });

  it("clones into the next year: milestones 18/4/2022 → 18/4/2023, only active units, parent not copied", async () => {
    const org = await makeOrganisation();
    const parent = await cityPlan1018(org);
    const id = await createAsOffice(org, plan000(org, parent.id));
    await db().unit.update({ where: { id: org.officeB.id }, data: { status: "CLOSED", closedAt: new Date() } });

    const res = await cloneCampaignAction(id, { year: 2023, documentNumber: "1200/KH-SQHKT" });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const copy = await db().campaign.findUniqueOrThrow({
      where: { id: res.data.id },
      include: { milestones: { orderBy: { sortOrder: "asc" } }, units: true, fields: { orderBy: { sortOrder: "asc" } }, criteria: true },
    });
    expect(copy).toMatchObject({ status: "DRAFT", year: 2023, documentNumber: "1200/KH-SQHKT", clonedFromId: id, parentCampaignId: null, publishedAt: null });
    expect(copy.title).toContain("năm 2023");
    expect(copy.milestones).toHaveLength(7);
    expect(copy.milestones[0].dueAt.toISOString()).toBe(dueAtForBeforeDay("2023-04-18").toISOString());
    expect(copy.milestones[0].dueAt.toISOString()).toBe("2023-04-17T17:00:00.000Z");
    expect(copy.startsOn.toISOString()).toBe("2023-04-14T00:00:00.000Z");
    expect(copy.endsOn.toISOString()).toBe("2023-12-31T00:00:00.000Z");
    expect(copy.units.map((u) => u.unitId)).toEqual([org.officeA.id]);
    expect(copy.fields.map((f) => f.name)).toEqual([...DEFAULT_REFORM_FIELDS]);
    expect(copy.criteria).toHaveLength(4);
    expect(copy.registrationLevels.sort()).toEqual(["CITY", "DEPARTMENT"]);
  });

  it("refuses a second plan of the same unit with the same number and year (create, edit, clone), next to the number field", async () => {
    const org = await makeOrganisation();
    const first = await createAsOffice(org);
    const again = await createCampaignAction({ ...plan000(org), documentNumber: "1128/kh-sqhkt" });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.fieldErrors?.documentNumber).toMatch(/^Đơn vị đã có kế hoạch số 1128\/KH-SQHKT năm 2022 \(“Kế hoạch phát động .*…”\)\. Vui lòng kiểm tra lại số, ký hiệu\.$/);

    // Another year, or the plan saved again under its own number, is fine.
    const nextYear = await createAsOffice(org, { ...plan000(org), year: 2023, issuedOn: "2023-04-14", startsOn: "2023-04-14", endsOn: "2023-12-31", milestones: [] });
    const resave = await updateCampaignAction(first, await editValues(org, first));
    expect(resave.ok).toBe(true);

    const renumbered = await updateCampaignAction(nextYear, { ...(await editValues(org, nextYear)), year: 2022 });
    expect(renumbered.ok).toBe(false);
    if (!renumbered.ok) expect(renumbered.fieldErrors?.documentNumber).toContain("1128/KH-SQHKT");

    const clone = await cloneCampaignAction(first, { year: 2023, documentNumber: "1128/KH-SQHKT" });
    expect(clone.ok).toBe(false);
    if (!clone.ok) expect(clone.fieldErrors?.documentNumber).toContain("năm 2023");
    expect(await db().campaign.count({ where: { issuingUnitId: org.dept.id, documentNumber: { equals: "1128/KH-SQHKT", mode: "insensitive" } } })).toBe(2);
  });

  it("writes one audit row (entity Campaign) for every mutation", async () => {
    const org = await makeOrganisation();
    const id = await createAsOffice(org);
    await updateCampaignAction(id, { ...(await editValues(org, id)), theme: "Chủ đề 2022" });
    await publishCampaignAction(id, 1);
    await closeCampaignAction(id, 2);
    const clone = await cloneCampaignAction(id, { year: 2023, documentNumber: "1200/KH-SQHKT" });
    const rows = await db().auditLog.findMany({ where: { entityType: "Campaign" }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.action)).toEqual(["campaign.create", "campaign.update", "campaign.publish", "campaign.close", "campaign.clone"]);
    expect(rows.every((r) => r.actorId === org.office.id && r.unitId === org.dept.id)).toBe(true);
    expect(rows.slice(0, 4).every((r) => r.entityId === id)).toBe(true);
    expect(rows[4].entityId).toBe(clone.ok ? clone.data.id : "");
    expect(rows[1].before).toMatchObject({ theme: expect.stringContaining("Thích ứng") });
    expect(rows[1].after).toMatchObject({ theme: "Chủ đề 2022" });
    expect(rows[0].summary).toBe("Tạo kế hoạch 1128/KH-SQHKT");
    expect(rows[2].summary).toBe("Ban hành kế hoạch 1128/KH-SQHKT cho 2 đơn vị");
  });
});
