import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { cloneCampaignAction, createCampaignAction, updateCampaignAction } from "../../lib/campaigns/actions";
import { DEFAULT_REFORM_FIELDS, PLAN_MILESTONES } from "../../lib/campaigns/defaults";
import { getCampaignDetail, getCampaignForEdit, getNewCampaignOptions } from "../../lib/campaigns/queries";
import type { CampaignFormInput } from "../../lib/campaigns/schemas";
import { dueAtForBeforeDay } from "../../lib/time/vn";
import { actAs, db, makeOrganisation, makeUnit, makeUser } from "../helpers/factories";

type Org = Awaited<ReturnType<typeof makeOrganisation>>;

const DAYS = ["2022-04-18", "2022-04-20", "2022-06-10", "2022-06-20", "2022-11-10", "2022-12-20", "2022-12-20"];

/** The City's plan 1018/KH-UBND, collected by Sở Nội vụ; the mid-term report opens on 01/06/2022. */
function cityPlan(org: Org, receivingUnitId: string): CampaignFormInput {
  return {
    documentNumber: "1018/KH-UBND",
    issuedOn: "2022-04-05",
    year: 2022,
    issuingUnitId: org.city.id,
    signerName: "Võ Văn Hoan",
    signerTitle: "Phó Chủ tịch",
    title: "Kế hoạch phát động phong trào thi đua về cải cách hành chính năm 2022",
    theme: "",
    legalBases: "",
    purpose: "",
    participantsText: "",
    criteria: { COLLECTIVE: [], INDIVIDUAL: [], CITIZEN: [] },
    fields: DEFAULT_REFORM_FIELDS.map((name) => ({ name })),
    registrationLevels: ["CITY"],
    startsOn: "2022-04-05",
    endsOn: "2022-12-31",
    unitIds: [org.dept.id, org.otherDept.id],
    parentCampaignId: "",
    receivingUnitId,
    milestones: PLAN_MILESTONES.map((m, i) => ({ ...m, beforeDay: DAYS[i], cutoffDay: "", opensDay: m.kind === "MIDTERM_REPORT" ? "2022-06-01" : "" })),
  };
}

async function cityOrg() {
  const org = await makeOrganisation();
  const home = await makeUnit({ name: "Sở Nội vụ", parent: org.city, kind: "DEPARTMENT" });
  const cityOffice = await makeUser({ unit: home, roles: [{ role: "CCHC_OFFICE", unit: org.city }], username: "city-office" });
  return { org, home, cityOffice };
}

async function create(user: { id: string }, input: CampaignFormInput) {
  await actAs(user);
  return createCampaignAction(input);
}

describe("campaign: receiving unit and milestone opening date", () => {
  it("stores the receiving unit and “Mở nhận từ ngày 01/06/2022” as 00:00 Vietnam time, shows them on the plan and in the edit form", async () => {
    const { org, home, cityOffice } = await cityOrg();
    const res = await create(cityOffice, cityPlan(org, home.id));
    expect(res).toMatchObject({ ok: true });
    if (!res.ok) return;
    const c = await db().campaign.findUniqueOrThrow({ where: { id: res.data.id }, include: { milestones: { orderBy: { sortOrder: "asc" } } } });
    expect(c.receivingUnitId).toBe(home.id);
    expect(c.milestones[2].kind).toBe("MIDTERM_REPORT");
    expect(c.milestones[2].opensAt?.toISOString()).toBe("2022-05-31T17:00:00.000Z");
    expect(c.milestones.filter((m) => m.opensAt)).toHaveLength(1);

    const user = (await loadSessionUser(cityOffice.id))!;
    const detail = (await getCampaignDetail(user, c.id))!;
    expect(detail.campaign.receivingUnit).toEqual({ id: home.id, name: "Sở Nội vụ" });
    const edit = await getCampaignForEdit(user, c.id);
    if (edit.kind !== "ok") throw new Error(edit.kind);
    expect(edit.values.receivingUnitId).toBe(home.id);
    expect(edit.values.milestones[2].opensDay).toBe("2022-06-01");
    expect(edit.issuing.receivingUnits.map((u) => u.name)).toEqual(expect.arrayContaining(["Sở Nội vụ", "Sở Thử nghiệm", "Sở Khác"]));

    // clearing both in the edit form
    const saved = await updateCampaignAction(c.id, {
      ...edit.values,
      receivingUnitId: "",
      milestones: edit.values.milestones.map((m) => ({ ...m, opensDay: "" })),
    });
    expect(saved).toMatchObject({ ok: true });
    const after = await db().campaign.findUniqueOrThrow({ where: { id: c.id }, include: { milestones: true } });
    expect(after.receivingUnitId).toBeNull();
    expect(after.milestones.every((m) => m.opensAt === null)).toBe(true);
  });

  it("refuses an opening date on or after the due date, with the message next to the field", async () => {
    const { org, home, cityOffice } = await cityOrg();
    const input = cityPlan(org, home.id);
    input.milestones[2].opensDay = "2022-06-10"; // due "trước ngày 10/06/2022"
    input.milestones[4].opensDay = "2022-13-01";
    const res = await create(cityOffice, input);
    expect(res).toMatchObject({ ok: false, code: "VALIDATION" });
    if (res.ok) return;
    expect(res.fieldErrors).toMatchObject({
      "milestones.2.opensDay": "Ngày mở nhận phải trước hạn của mốc.",
      "milestones.4.opensDay": "Ngày không hợp lệ (từ năm 2000 đến 2100).",
    });
    expect(await db().campaign.count({ where: { documentNumber: "1018/KH-UBND" } })).toBe(0);
  });

  it("ignores an opening date on a milestone that is not a report (registration opens with the plan)", async () => {
    const { org, home, cityOffice } = await cityOrg();
    const input = cityPlan(org, home.id);
    input.milestones[0].opensDay = "2022-04-10";
    const res = await create(cityOffice, input);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const reg = await db().milestone.findFirstOrThrow({ where: { campaignId: res.data.id, kind: "REGISTRATION" } });
    expect(reg.opensAt).toBeNull();
  });

  it("refuses a receiving unit outside the issuing unit, the issuing unit itself, an unknown or closed unit", async () => {
    const { org, home, cityOffice } = await cityOrg();
    const input = { ...cityPlan(org, home.id), issuingUnitId: org.dept.id, unitIds: [org.officeA.id], documentNumber: "1128/KH-SQHKT" };
    for (const receivingUnitId of [home.id, org.dept.id, "khong-co-don-vi"]) {
      const res = await create(org.office, { ...input, receivingUnitId });
      expect(!res.ok && res.fieldErrors?.receivingUnitId).toBe("Cơ quan nhận báo cáo, đăng ký phải là một đơn vị trực thuộc đơn vị ban hành.");
    }
    await db().unit.update({ where: { id: org.officeB.id }, data: { status: "CLOSED", closedAt: new Date() } });
    const closed = await create(org.office, { ...input, receivingUnitId: org.officeB.id });
    expect(!closed.ok && closed.fieldErrors?.receivingUnitId).toBe("Cơ quan nhận báo cáo, đăng ký đã ngừng hoạt động. Vui lòng chọn cơ quan khác.");
    const ok = await create(org.office, { ...input, receivingUnitId: org.officeA.id });
    expect(ok.ok).toBe(true);
    // the Sở's form offers the units directly below it
    const options = await getNewCampaignOptions((await loadSessionUser(org.office.id))!);
    expect(options[0].receivingUnits.map((u) => u.name)).toEqual(["Phòng A"]);
    // nothing leaks to a user of another Sở
    expect(await create(cityOffice, { ...input, receivingUnitId: org.officeA.id })).toMatchObject({ ok: false });
  });

  it("clone copies the receiving unit and shifts the opening date with the other dates", async () => {
    const { org, home, cityOffice } = await cityOrg();
    const res = await create(cityOffice, cityPlan(org, home.id));
    if (!res.ok) throw new Error(res.error);
    const clone = await cloneCampaignAction(res.data.id, { year: 2023, documentNumber: "1100/KH-UBND" });
    expect(clone.ok).toBe(true);
    if (!clone.ok) return;
    const copy = await db().campaign.findUniqueOrThrow({ where: { id: clone.data.id }, include: { milestones: { orderBy: { sortOrder: "asc" } } } });
    expect(copy.receivingUnitId).toBe(home.id);
    expect(copy.milestones[2].opensAt?.toISOString()).toBe(dueAtForBeforeDay("2023-06-01").toISOString());
    expect(copy.milestones[2].dueAt.toISOString()).toBe(dueAtForBeforeDay("2023-06-10").toISOString());
    // a receiving unit closed since is not carried into the new year
    await db().unit.update({ where: { id: home.id }, data: { status: "CLOSED", closedAt: new Date() } });
    const again = await cloneCampaignAction(res.data.id, { year: 2024, documentNumber: "1200/KH-UBND" });
    if (!again.ok) throw new Error(again.error);
    expect((await db().campaign.findUniqueOrThrow({ where: { id: again.data.id } })).receivingUnitId).toBeNull();
  });
});
