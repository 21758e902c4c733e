import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { forwardInitiativesAction, resubmitForwardAction, withdrawForwardAction } from "../../lib/cascade/actions";
import { forwardsOf, getForwardPage, getLineage } from "../../lib/cascade/queries";
import { outcomeOf } from "../../lib/cascade/rules";
import { getCampaignCompliance } from "../../lib/compliance/queries";
import { loadObligations } from "../../lib/obligations/queries";
import { setTypicalAction } from "../../lib/consolidation/actions";
import { getTypicalList } from "../../lib/consolidation/queries";
import { acceptRegistrationAction, returnRegistrationAction } from "../../lib/review/actions";
import { dueAtForBeforeDay } from "../../lib/time/vn";
import { actAs, db, makeCampaign, makeOrganisation, makeUnit, makeUser } from "../helpers/factories";
import { makeRegistration } from "../helpers/registration-fixtures";

const session = async (u: { id: string }) => (await loadSessionUser(u.id))!;
const day = (d: string) => new Date(`${d}T00:00:00.000Z`);

/**
 * The organisation's Sở answers the City's plan "1018/KH-UBND" (received by Sở Nội vụ, City level
 * only, period 2026-01-01 → 2026-06-30): its plan "1128/KH-SQHKT" has office A's accepted Mẫu 1
 * with two typical initiatives (the first with two figures and completed) and a plain one.
 */
async function setup() {
  const org = await makeOrganisation();
  const home = await makeUnit({ name: "Sở Nội vụ", parent: org.city, kind: "DEPARTMENT" });
  const cityOffice = await makeUser({ unit: home, roles: [{ role: "CCHC_OFFICE", unit: org.city }], username: "city-office" });
  const cityLeader = await makeUser({ unit: org.city, roles: [{ role: "LEADERSHIP" }], username: "city-leader" });
  const parent = await makeCampaign({
    issuingUnit: org.city,
    units: [org.dept, org.otherDept],
  });
  // The City's plan lists its fields in capitals and without accents on one of them: matched by name.
  const pf = parent.fields;
  await db().reformField.update({ where: { id: pf[1].id }, data: { name: "CẢI CÁCH THỦ TỤC HÀNH CHÍNH" } });
  await db().reformField.update({ where: { id: pf[5].id }, data: { name: "Xay dung va phat trien chinh quyen dien tu, chinh quyen so" } });
  await db().campaign.update({
    where: { id: parent.id },
    data: { documentNumber: "1018/KH-UBND", receivingUnitId: home.id, registrationLevels: ["CITY"], startsOn: day("2026-01-01"), endsOn: day("2026-06-30") },
  });
  await db().campaign.update({ where: { id: org.campaign.id }, data: { documentNumber: "1128/KH-SQHKT", parentCampaignId: parent.id } });
  const a = await makeRegistration({
    campaign: org.campaign,
    unit: org.officeA,
    status: "ACCEPTED",
    submittedBy: org.headA,
    rows: [
      { field: 1, content: "Một cửa điện tử cho hồ sơ cấp phép quy hoạch", isTypical: true, type: "MODEL", note: "Áp dụng từ quý II" },
      { field: 5, content: "Số hóa hồ sơ thông tin quy hoạch", isTypical: true, level: "CITY", ownerNames: "Nguyễn Văn An" },
      { field: 0, content: "Rà soát thủ tục nội bộ" },
    ],
  });
  const [first, second, plain] = a.initiatives;
  await db().initiative.update({ where: { id: first.id }, data: { progress: "COMPLETED", completedOn: day("2026-05-15"), progressNote: "Đã vận hành" } });
  await db().initiativeResult.createMany({
    data: [
      { initiativeId: first.id, indicator: "Tỷ lệ hồ sơ đúng hạn", unitOfMeasure: "%", valueBefore: 92, valueAfter: 99, source: "Phần mềm một cửa", sortOrder: 1 },
      { initiativeId: first.id, indicator: "Thời gian giải quyết trung bình", unitOfMeasure: "ngày", valueBefore: null, valueAfter: 7, source: null, sortOrder: 2 },
    ],
  });
  return { org, home, cityOffice, cityLeader, parent: { ...parent, documentNumber: "1018/KH-UBND" }, first, second, plain };
}

async function forward(user: { id: string }, campaignId: string, initiativeIds: string[]) {
  await actAs(user);
  return forwardInitiativesAction({ campaignId, initiativeIds });
}

const orgRegistration = (parentId: string, unitId: string) =>
  db().registration.findUniqueOrThrow({ where: { campaignId_unitId_ownerKey: { campaignId: parentId, unitId, ownerKey: "UNIT" } } });

describe("forwarding typical initiatives to the parent campaign", () => {
  it("forwarding the typical initiatives satisfies the Sở's milestone of registering them with Sở Nội vụ (compliance and to-do list)", async () => {
    const { org, first } = await setup();
    const m = await db().milestone.create({
      data: {
        campaignId: org.campaign.id,
        kind: "CONSOLIDATION",
        name: "Tổng hợp nội dung đăng ký, gửi đăng ký về Sở Nội vụ",
        deliverable: "Danh sách đăng ký gửi Sở Nội vụ",
        responsibleRole: "CCHC_OFFICE",
        dueAt: new Date(Date.now() + 10 * 86_400_000),
        sortOrder: 2,
      },
    });
    const before = (await getCampaignCompliance(await session(org.office), org.campaign.id))!.milestones.find((x) => x.id === m.id)!;
    expect(before).toMatchObject({ tracked: true, scope: "OFFICE" });
    expect(before.units).toEqual([expect.objectContaining({ unitId: org.dept.id, recordStatus: null, standing: { status: "PENDING", daysLate: 0 } })]);
    const todo = (await loadObligations(await session(org.office))).find((o) => o.milestoneId === m.id)!;
    expect(todo).toMatchObject({ tracking: "FORWARD", status: "NOT_STARTED", done: false, href: `/campaigns/${org.campaign.id}/forward` });

    expect(await forward(org.leader, org.campaign.id, [first.id])).toMatchObject({ ok: true });
    const after = (await getCampaignCompliance(await session(org.office), org.campaign.id))!.milestones.find((x) => x.id === m.id)!;
    expect(after.units).toEqual([expect.objectContaining({ unitId: org.dept.id, recordStatus: "SUBMITTED", standing: { status: "ON_TIME", daysLate: 0 } })]);
    expect(after.summary).toMatchObject({ onTime: 1 });
    const done = (await loadObligations(await session(org.office))).find((o) => o.milestoneId === m.id)!;
    expect(done).toMatchObject({ tracking: "FORWARD", status: "SUBMITTED_ON_TIME", done: true, overdue: false });
  });

  it("forwards two typical initiatives as the Sở's registration in the parent: lineage, mapped fields, copied figures and a submitted version", async () => {
    const { org, parent, first, second } = await setup();
    const res = await forward(org.leader, org.campaign.id, [second.id, first.id]);
    expect(res).toMatchObject({ ok: true, data: { count: 2, versionNo: 1, parentCampaignId: parent.id } });
    if (res.ok) expect(res.message).toContain("1018/KH-UBND");

    const reg = await orgRegistration(parent.id, org.dept.id);
    expect(reg).toMatchObject({ kind: "UNIT", ownerKey: "UNIT", status: "SUBMITTED", submittedVersion: 1, isLate: false, createdById: org.leader.id });
    const copies = await db().initiative.findMany({ where: { registrationId: reg.id }, include: { results: { orderBy: { sortOrder: "asc" } }, field: true } });
    expect(copies).toHaveLength(2);
    const c1 = copies.find((c) => c.forwardedFromId === first.id)!;
    const c2 = copies.find((c) => c.forwardedFromId === second.id)!;
    expect(c1).toMatchObject({
      campaignId: parent.id,
      unitId: org.dept.id,
      originInitiativeId: first.id,
      originUnitId: org.officeA.id,
      forwardedById: org.leader.id,
      content: "Một cửa điện tử cho hồ sơ cấp phép quy hoạch",
      type: "MODEL",
      note: "Áp dụng từ quý II",
      level: "CITY", // the parent allows City level only
      progress: "COMPLETED",
      progressNote: "Đã vận hành",
      isTypical: false,
    });
    expect(c1.forwardedAt).toBeInstanceOf(Date);
    expect(c1.completedOn?.toISOString().slice(0, 10)).toBe("2026-05-15");
    // expected completion 31/10/2026 clamped into the parent's period (ends 30/06/2026)
    expect(c1.expectedCompletion.toISOString().slice(0, 10)).toBe("2026-06-30");
    // fields matched by name, ignoring case and accents
    expect(c1.field.name).toBe("CẢI CÁCH THỦ TỤC HÀNH CHÍNH");
    expect(c2.field.name).toBe("Xay dung va phat trien chinh quyen dien tu, chinh quyen so");
    expect(c2).toMatchObject({ ownerType: "INDIVIDUALS", ownerNames: "Nguyễn Văn An", originUnitId: org.officeA.id });
    expect(c1.results.map((r) => [r.indicator, r.unitOfMeasure, r.valueBefore, r.valueAfter, r.source])).toEqual([
      ["Tỷ lệ hồ sơ đúng hạn", "%", 92, 99, "Phần mềm một cửa"],
      ["Thời gian giải quyết trung bình", "ngày", null, 7, null],
    ]);
    // the originals are untouched
    expect(await db().initiativeResult.count({ where: { initiativeId: first.id } })).toBe(2);

    const versions = await db().registrationVersion.findMany({ where: { registrationId: reg.id } });
    expect(versions).toHaveLength(1);
    const snap = versions[0].snapshot as { unitName: string; rows: { initiativeId: string; fieldName: string }[] };
    expect(snap.unitName).toBe("Sở Thử nghiệm");
    expect(snap.rows.map((r) => r.initiativeId).sort()).toEqual([c1.id, c2.id].sort());
    expect(await db().registrationReview.count({ where: { registrationId: reg.id, action: "SUBMIT", versionNo: 1 } })).toBe(1);

    const audit = await db().auditLog.findMany({ orderBy: { at: "asc" } });
    expect(audit.filter((a) => a.action === "initiative.forward").map((a) => a.entityId).sort()).toEqual([first.id, second.id].sort());
    expect(audit.find((a) => a.action === "initiative.forward")).toMatchObject({ campaignId: org.campaign.id, unitId: org.officeA.id });
    expect(audit.filter((a) => a.action === "initiative.forwarded").map((a) => a.entityId).sort()).toEqual([c1.id, c2.id].sort());
    expect(audit.find((a) => a.action === "initiative.forwarded")).toMatchObject({ campaignId: parent.id, unitId: org.dept.id });
    expect(audit.find((a) => a.action === "registration.forward")).toMatchObject({ entityId: reg.id, campaignId: parent.id, unitId: org.dept.id });
    expect(audit.find((a) => a.action === "registration.submit")).toMatchObject({ entityId: reg.id, campaignId: parent.id });
  });

  it("lets the CCHC office of the Sở forward too, and marks the parent registration late after the parent's deadline", async () => {
    const { org, parent, first } = await setup();
    await db().milestone.updateMany({ where: { campaignId: parent.id, kind: "REGISTRATION" }, data: { dueAt: dueAtForBeforeDay("2026-01-20") } });
    const res = await forward(org.office, org.campaign.id, [first.id]);
    expect(res).toMatchObject({ ok: true });
    if (res.ok) expect(res.message).toContain("trễ hạn");
    const reg = await orgRegistration(parent.id, org.dept.id);
    expect(reg.isLate).toBe(true);
    expect((await db().registrationVersion.findFirstOrThrow({ where: { registrationId: reg.id } })).isLate).toBe(true);
  });

  it("refuses after the parent's hard cut-off, and nothing is written", async () => {
    const { org, parent, first } = await setup();
    await db().milestone.updateMany({
      where: { campaignId: parent.id, kind: "REGISTRATION" },
      data: { dueAt: dueAtForBeforeDay("2026-01-20"), hardCutoffAt: dueAtForBeforeDay("2026-01-25") },
    });
    const res = await forward(org.office, org.campaign.id, [first.id]);
    expect(res).toMatchObject({ ok: false, code: "RULE" });
    if (!res.ok) expect(res.error).toContain("Đã quá hạn cuối cùng");
    expect(await db().registration.count({ where: { campaignId: parent.id } })).toBe(0);
    expect(await db().initiative.count({ where: { campaignId: parent.id } })).toBe(0);
  });

  it("refuses to forward the same initiative twice to the same parent", async () => {
    const { org, parent, first, second } = await setup();
    expect(await forward(org.leader, org.campaign.id, [first.id])).toMatchObject({ ok: true });
    const again = await forward(org.office, org.campaign.id, [second.id, first.id]);
    expect(again).toMatchObject({ ok: false, code: "RULE" });
    if (!again.ok) expect(again.error).toMatch(/^“Một cửa điện tử cho hồ sơ cấp phép quy hoạch” đã được gửi lên kế hoạch 1018\/KH-UBND ngày \d\d\/\d\d\/\d{4}/);
    // nothing of the refused request was written
    expect(await db().initiative.count({ where: { campaignId: parent.id } })).toBe(1);
    expect((await orgRegistration(parent.id, org.dept.id)).submittedVersion).toBe(1);
  });

  it("two requests racing to forward the same initiative: one succeeds, the other is told it was already forwarded", async () => {
    const { org, parent, first } = await setup();
    const leader = await session(org.leader);
    const office = await session(org.office);
    const { forwardInitiatives } = await import("../../lib/cascade/mutations");
    const results = await Promise.allSettled([
      forwardInitiatives(leader, { campaignId: org.campaign.id, initiativeIds: [first.id] }),
      forwardInitiatives(office, { campaignId: org.campaign.id, initiativeIds: [first.id] }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(String(rejected.reason.message)).toContain("đã được gửi lên kế hoạch 1018/KH-UBND");
    expect(await db().initiative.count({ where: { campaignId: parent.id, forwardedFromId: first.id } })).toBe(1);
    expect(await db().registration.count({ where: { campaignId: parent.id } })).toBe(1);
  });

  it("two requests forwarding different initiatives at once both land in the one registration, as two versions", async () => {
    const { org, parent, first, second } = await setup();
    const { forwardInitiatives } = await import("../../lib/cascade/mutations");
    const results = await Promise.allSettled([
      forwardInitiatives(await session(org.leader), { campaignId: org.campaign.id, initiativeIds: [first.id] }),
      forwardInitiatives(await session(org.office), { campaignId: org.campaign.id, initiativeIds: [second.id] }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    const reg = await orgRegistration(parent.id, org.dept.id);
    expect(reg.submittedVersion).toBe(2);
    expect(await db().initiative.count({ where: { registrationId: reg.id } })).toBe(2);
  });

  it("refuses an initiative that is not typical, and an empty selection", async () => {
    const { org, parent, plain } = await setup();
    const res = await forward(org.leader, org.campaign.id, [plain.id]);
    expect(res).toMatchObject({ ok: false, code: "RULE", error: "“Rà soát thủ tục nội bộ” chưa được Lãnh đạo chọn là tiêu biểu nên không gửi lên cấp trên được." });
    const none = await forward(org.leader, org.campaign.id, []);
    expect(none).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { initiativeIds: "Chưa chọn mô hình, giải pháp, sáng kiến nào để gửi lên cấp trên." } });
    expect(await db().registration.count({ where: { campaignId: parent.id } })).toBe(0);
  });

  it("refuses a typical initiative whose form was returned to its unit", async () => {
    const { org, first } = await setup();
    await db().registration.update({ where: { id: first.registrationId }, data: { status: "RETURNED" } });
    const res = await forward(org.leader, org.campaign.id, [first.id]);
    expect(res).toMatchObject({ ok: false, code: "RULE" });
    if (!res.ok) expect(res.error).toContain("đang trả lại cho đơn vị");
  });

  it("refuses unit heads, another Sở's office and users without the permission; an initiative of another campaign is not found", async () => {
    const { org, parent, first } = await setup();
    expect(await forward(org.headA, org.campaign.id, [first.id])).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await forward(org.staffA, org.campaign.id, [first.id])).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await forward(org.otherOffice, org.campaign.id, [first.id])).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await forward(org.council, org.campaign.id, [first.id])).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const steering = await makeUser({ unit: org.dept, roles: [{ role: "STEERING_COMMITTEE" }] });
    expect(await forward(steering, org.campaign.id, [first.id])).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      error: "Chỉ Bộ phận CCHC và Lãnh đạo của Sở Thử nghiệm được gửi mô hình, giải pháp, sáng kiến lên kế hoạch cấp trên.",
    });
    // the other Sở's own campaign cannot smuggle this Sở's initiative
    const otherCampaign = await makeCampaign({ issuingUnit: org.otherDept, units: [] });
    await db().campaign.update({ where: { id: otherCampaign.id }, data: { parentCampaignId: parent.id } });
    expect(await forward(org.otherOffice, otherCampaign.id, [first.id])).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs(null);
    expect(await forwardInitiativesAction({ campaignId: org.campaign.id, initiativeIds: [first.id] })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await db().initiative.count({ where: { campaignId: parent.id } })).toBe(0);
    expect(await getForwardPage(await session(org.headA), org.campaign.id)).toBeNull();
    expect(await getForwardPage(await session(org.otherOffice), org.campaign.id)).toBeNull();
  });

  it("refuses a campaign without a parent, an unpublished or closed parent, and a Sở that does not take part in the parent", async () => {
    const { org, parent, first } = await setup();
    await db().campaign.update({ where: { id: org.campaign.id }, data: { parentCampaignId: null } });
    const r1 = await forward(org.leader, org.campaign.id, [first.id]);
    expect(r1).toMatchObject({ ok: false, code: "RULE" });
    if (!r1.ok) expect(r1.error).toContain("không thực hiện kế hoạch cấp trên nào");
    await db().campaign.update({ where: { id: org.campaign.id }, data: { parentCampaignId: parent.id } });

    await db().campaign.update({ where: { id: parent.id }, data: { status: "DRAFT" } });
    expect(await forward(org.leader, org.campaign.id, [first.id])).toMatchObject({
      ok: false,
      error: "Kế hoạch cấp trên 1018/KH-UBND chưa ban hành nên chưa gửi được.",
    });
    await db().campaign.update({ where: { id: parent.id }, data: { status: "CLOSED" } });
    expect(await forward(org.leader, org.campaign.id, [first.id])).toMatchObject({
      ok: false,
      error: "Kế hoạch cấp trên 1018/KH-UBND đã kết thúc nên không nhận thêm nội dung.",
    });
    await db().campaign.update({ where: { id: parent.id }, data: { status: "PUBLISHED" } });
    await db().campaignUnit.delete({ where: { campaignId_unitId: { campaignId: parent.id, unitId: org.dept.id } } });
    expect(await forward(org.leader, org.campaign.id, [first.id])).toMatchObject({
      ok: false,
      code: "RULE",
      error: "Sở Thử nghiệm không có trong danh sách đơn vị tham gia kế hoạch 1018/KH-UBND.",
    });
    expect(await db().initiative.count({ where: { campaignId: parent.id } })).toBe(0);
    const page = (await getForwardPage(await session(org.office), org.campaign.id))!;
    expect(page.blocker).toBe("Sở Thử nghiệm không có trong danh sách đơn vị tham gia kế hoạch 1018/KH-UBND.");
  });

  it("a returned parent registration shows as “Bị trả lại” with the comment at the origin; forwarding another initiative resubmits it as a new version", async () => {
    const { org, parent, cityOffice, first, second } = await setup();
    expect(await forward(org.leader, org.campaign.id, [first.id])).toMatchObject({ ok: true });
    const reg = await orgRegistration(parent.id, org.dept.id);
    await actAs(cityOffice);
    expect(
      await returnRegistrationAction({ campaignId: parent.id, registrationId: reg.id, lockVersion: reg.lockVersion, comment: "Bổ sung số liệu minh chứng." }),
    ).toMatchObject({ ok: true });

    const page = (await getForwardPage(await session(org.office), org.campaign.id))!;
    const row = page.rows.find((r) => r.id === first.id)!;
    expect(row.forwardToParent).toMatchObject({ documentNumber: "1018/KH-UBND", registrationStatus: "RETURNED", returnComment: "Bổ sung số liệu minh chứng." });
    expect(outcomeOf(row.forwardToParent!).label).toBe("Bị trả lại: Bổ sung số liệu minh chứng.");
    expect(row.selectable).toBe(false);
    expect(page.rows.find((r) => r.id === second.id)!.selectable).toBe(true);
    expect(page.rows.map((r) => r.id)).not.toContain(undefined);
    expect(page.parentRegistration).toMatchObject({ status: "RETURNED", submittedVersion: 1 });

    expect(await forward(org.office, org.campaign.id, [second.id])).toMatchObject({ ok: true, data: { versionNo: 2 } });
    const after = await orgRegistration(parent.id, org.dept.id);
    expect(after).toMatchObject({ status: "SUBMITTED", submittedVersion: 2, returnComment: null });
  });

  it("accepted and recognised at the parent: the origin shows “Đã tiếp nhận”, then “Được cấp trên chọn tiêu biểu”; an accepted registration takes a new version", async () => {
    const { org, parent, cityOffice, cityLeader, first, second } = await setup();
    expect(await forward(org.leader, org.campaign.id, [first.id])).toMatchObject({ ok: true });
    const reg = await orgRegistration(parent.id, org.dept.id);
    await actAs(cityOffice);
    expect(await acceptRegistrationAction({ campaignId: parent.id, registrationId: reg.id, lockVersion: reg.lockVersion })).toMatchObject({ ok: true });

    let outcomes = await forwardsOf([first.id, second.id]);
    expect(outcomes.has(second.id)).toBe(false);
    expect(outcomeOf(outcomes.get(first.id)![0])).toEqual({ kind: "ACCEPTED", label: "Đã tiếp nhận" });

    const copy = await db().initiative.findFirstOrThrow({ where: { forwardedFromId: first.id } });
    await actAs(cityLeader);
    expect(await setTypicalAction({ initiativeId: copy.id, typical: true })).toMatchObject({ ok: true });
    outcomes = await forwardsOf([first.id]);
    expect(outcomeOf(outcomes.get(first.id)![0])).toEqual({ kind: "TYPICAL", label: "Được cấp trên chọn tiêu biểu" });

    // the typical list of the origin carries the same outcome (one query for the list)
    const list = (await getTypicalList(await session(org.leader), org.campaign.id))!;
    const byId = await forwardsOf(list.rows.map((r) => r.id));
    expect(outcomeOf(byId.get(first.id)![0]).label).toBe("Được cấp trên chọn tiêu biểu");

    // forwarding more after acceptance: a new submitted version of the same registration
    expect(await forward(org.leader, org.campaign.id, [second.id])).toMatchObject({ ok: true, data: { versionNo: 2 } });
    expect((await orgRegistration(parent.id, org.dept.id)).status).toBe("SUBMITTED");
  });

  it("shows the parent's receiving unit as the addressee of the forward page", async () => {
    const { org } = await setup();
    const page = (await getForwardPage(await session(org.leader), org.campaign.id))!;
    expect(page.parent).toMatchObject({ documentNumber: "1018/KH-UBND", addressee: "Sở Nội vụ", issuingUnitName: "UBND Thành phố" });
    expect(page.canForward).toBe(true);
    expect(page.blocker).toBeNull();
    expect(page.rows.map((r) => r.content)).toEqual(["Một cửa điện tử cho hồ sơ cấp phép quy hoạch", "Số hóa hồ sơ thông tin quy hoạch"]);
    expect(page.rows[0]).toMatchObject({ unitName: "Phòng A", progress: "COMPLETED", figures: 2, selectable: true, forwardToParent: null });
    expect(page.mappings.map((m) => [m.from.name, m.to.name, m.match])).toEqual([
      ["Cải cách thủ tục hành chính", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "name"],
      ["Xây dựng và phát triển chính quyền điện tử, chính quyền số", "Xay dung va phat trien chinh quyen dien tu, chinh quyen so", "name"],
    ]);
    // the steering committee reads the page but may not forward
    const steering = await makeUser({ unit: org.dept, roles: [{ role: "STEERING_COMMITTEE" }] });
    expect((await getForwardPage(await session(steering), org.campaign.id))!.canForward).toBe(false);
  });
});

/** Forwards `ids`, then the City's office returns the Sở's registration with a comment. */
async function forwardedAndReturned(s: Awaited<ReturnType<typeof setup>>, ids: string[]) {
  expect(await forward(s.org.leader, s.org.campaign.id, ids)).toMatchObject({ ok: true });
  const reg = await orgRegistration(s.parent.id, s.org.dept.id);
  await actAs(s.cityOffice);
  expect(
    await returnRegistrationAction({ campaignId: s.parent.id, registrationId: reg.id, lockVersion: reg.lockVersion, comment: "Chỉ giữ nội dung đã có kết quả." }),
  ).toMatchObject({ ok: true });
  const copies = await db().initiative.findMany({ where: { registrationId: reg.id } });
  const copyOf = (originId: string) => copies.find((c) => c.forwardedFromId === originId)!;
  return { reg: await orgRegistration(s.parent.id, s.org.dept.id), copyOf };
}

async function withdraw(user: { id: string }, campaignId: string, copyId: string) {
  await actAs(user);
  return withdrawForwardAction({ campaignId, copyId });
}

async function resubmit(user: { id: string }, campaignId: string, registrationId: string, lockVersion: number) {
  await actAs(user);
  return resubmitForwardAction({ campaignId, registrationId, lockVersion });
}

describe("a forwarded registration returned by the parent", () => {
  it("the director withdraws one copy (the origin shows “chưa gửi” again, versions keep it) and the office resubmits the rest as a new version", async () => {
    const s = await setup();
    const { org, parent, first, second } = s;
    const { reg, copyOf } = await forwardedAndReturned(s, [first.id, second.id]);
    const c1 = copyOf(first.id);

    let page = (await getForwardPage(await session(org.leader), org.campaign.id))!;
    expect(page.parentRegistration).toMatchObject({ status: "RETURNED", returnComment: "Chỉ giữ nội dung đã có kết quả.", initiativeCount: 2 });
    expect(page.rows.map((r) => [r.id, r.withdrawable])).toEqual([
      [first.id, true],
      [second.id, true],
    ]);

    const res = await withdraw(org.leader, org.campaign.id, c1.id);
    expect(res).toMatchObject({ ok: true, data: { remaining: 1 } });
    if (res.ok) expect(res.message).toContain("1018/KH-UBND");
    expect(await db().initiative.count({ where: { id: c1.id } })).toBe(0);
    expect(await db().initiativeResult.count({ where: { initiativeId: first.id } })).toBe(2); // the origin keeps its figures
    const afterWithdraw = await orgRegistration(parent.id, org.dept.id);
    expect(afterWithdraw).toMatchObject({ status: "RETURNED", submittedVersion: 1, returnComment: "Chỉ giữ nội dung đã có kết quả." });
    expect(afterWithdraw.lockVersion).toBe(reg.lockVersion + 1);
    // the frozen version 1 still cites the withdrawn copy
    const v1 = await db().registrationVersion.findFirstOrThrow({ where: { registrationId: reg.id, versionNo: 1 } });
    expect((v1.snapshot as { rows: { initiativeId: string }[] }).rows.map((r) => r.initiativeId)).toContain(c1.id);

    // the origin is "not sent" again, and may be forwarded later
    page = (await getForwardPage(await session(org.leader), org.campaign.id))!;
    const row1 = page.rows.find((r) => r.id === first.id)!;
    expect(row1).toMatchObject({ forwards: [], forwardToParent: null, selectable: true, withdrawable: false });
    expect(page.parentRegistration).toMatchObject({ status: "RETURNED", initiativeCount: 1 });

    const audit = await db().auditLog.findMany({ where: { action: { in: ["registration.forward-withdraw", "initiative.forward-withdraw"] } } });
    expect(audit.find((a) => a.action === "registration.forward-withdraw")).toMatchObject({ entityId: reg.id, campaignId: parent.id, unitId: org.dept.id, actorId: org.leader.id });
    expect(audit.find((a) => a.action === "initiative.forward-withdraw")).toMatchObject({ entityId: first.id, campaignId: org.campaign.id, unitId: org.officeA.id });

    // "Nộp lại kế hoạch 1018/KH-UBND": version 2 with the remaining copy only
    const again = await resubmit(org.office, org.campaign.id, reg.id, afterWithdraw.lockVersion);
    expect(again).toMatchObject({ ok: true, data: { versionNo: 2 } });
    if (again.ok) expect(again.message).toBe("Đã nộp lại Mẫu 1 lên kế hoạch 1018/KH-UBND (phiên bản 2, 1 nội dung).");
    const submitted = await orgRegistration(parent.id, org.dept.id);
    expect(submitted).toMatchObject({ status: "SUBMITTED", submittedVersion: 2, returnComment: null, isLate: false });
    const v2 = await db().registrationVersion.findFirstOrThrow({ where: { registrationId: reg.id, versionNo: 2 } });
    expect((v2.snapshot as { rows: { initiativeId: string }[] }).rows.map((r) => r.initiativeId)).toEqual([copyOf(second.id).id]);
    expect(await db().registrationReview.count({ where: { registrationId: reg.id, action: "SUBMIT", versionNo: 2 } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: "registration.forward-resubmit", entityId: reg.id, actorId: org.office.id } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: "registration.submit", entityId: reg.id } })).toBe(2);

    // the withdrawn origin is forwarded again later: a new copy, version 3
    expect(await forward(org.leader, org.campaign.id, [first.id])).toMatchObject({ ok: true, data: { versionNo: 3 } });
  });

  it("refuses to withdraw or resubmit while the parent registration is submitted or accepted, and nothing changes", async () => {
    const s = await setup();
    const { org, parent, cityOffice, first } = s;
    expect(await forward(org.leader, org.campaign.id, [first.id])).toMatchObject({ ok: true });
    const reg = await orgRegistration(parent.id, org.dept.id);
    const copy = await db().initiative.findFirstOrThrow({ where: { forwardedFromId: first.id } });
    const message = "Mẫu 1 của Sở Thử nghiệm ở kế hoạch 1018/KH-UBND không ở trạng thái bị trả lại: chỉ rút bớt nội dung hoặc nộp lại được khi cấp trên trả lại.";
    expect(await withdraw(org.leader, org.campaign.id, copy.id)).toMatchObject({ ok: false, code: "RULE", error: message });
    expect(await resubmit(org.leader, org.campaign.id, reg.id, reg.lockVersion)).toMatchObject({ ok: false, code: "RULE", error: message });
    expect((await getForwardPage(await session(org.leader), org.campaign.id))!.rows.find((r) => r.id === first.id)!.withdrawable).toBe(false);

    await actAs(cityOffice);
    expect(await acceptRegistrationAction({ campaignId: parent.id, registrationId: reg.id, lockVersion: reg.lockVersion })).toMatchObject({ ok: true });
    const accepted = await orgRegistration(parent.id, org.dept.id);
    expect(await withdraw(org.office, org.campaign.id, copy.id)).toMatchObject({ ok: false, code: "RULE", error: message });
    expect(await resubmit(org.office, org.campaign.id, reg.id, accepted.lockVersion)).toMatchObject({ ok: false, code: "RULE", error: message });
    expect(await db().initiative.count({ where: { id: copy.id } })).toBe(1);
    expect(await orgRegistration(parent.id, org.dept.id)).toMatchObject({ status: "ACCEPTED", submittedVersion: 1, lockVersion: accepted.lockVersion });
  });

  it("refuses unit heads, another Sở's office, readers without the permission and signed-out users; ids of other records are not found", async () => {
    const s = await setup();
    const { org, parent, first, second, plain } = s;
    const { reg, copyOf } = await forwardedAndReturned(s, [first.id]);
    const copy = copyOf(first.id);
    for (const u of [org.headA, org.staffA, org.otherOffice, org.council]) {
      expect(await withdraw(u, org.campaign.id, copy.id), u.username).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(await resubmit(u, org.campaign.id, reg.id, reg.lockVersion), u.username).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    const steering = await makeUser({ unit: org.dept, roles: [{ role: "STEERING_COMMITTEE" }] });
    const forbidden = { ok: false, code: "FORBIDDEN", error: "Chỉ Bộ phận CCHC và Lãnh đạo của Sở Thử nghiệm được gửi mô hình, giải pháp, sáng kiến lên kế hoạch cấp trên." };
    expect(await withdraw(steering, org.campaign.id, copy.id)).toMatchObject(forbidden);
    expect(await resubmit(steering, org.campaign.id, reg.id, reg.lockVersion)).toMatchObject(forbidden);
    // the origin itself, another initiative of the campaign, or a copy sent by another campaign are not copies of this page
    for (const id of [first.id, second.id, plain.id, "khong-co"]) {
      expect(await withdraw(org.leader, org.campaign.id, id), id).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    const otherCampaign = await makeCampaign({ issuingUnit: org.otherDept, units: [] });
    await db().campaign.update({ where: { id: otherCampaign.id }, data: { parentCampaignId: parent.id } });
    expect(await withdraw(org.otherOffice, otherCampaign.id, copy.id)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await resubmit(org.otherOffice, otherCampaign.id, reg.id, reg.lockVersion)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // a registration id that is not the Sở's own in the parent
    const foreign = await makeRegistration({ campaign: parent, unit: org.otherDept, status: "RETURNED", submittedBy: org.otherOffice });
    expect(await resubmit(org.leader, org.campaign.id, foreign.registration.id, 0)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs(null);
    expect(await withdrawForwardAction({ campaignId: org.campaign.id, copyId: copy.id })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await withdrawForwardAction({ campaignId: org.campaign.id })).toMatchObject({ ok: false });
    expect(await db().initiative.count({ where: { id: copy.id } })).toBe(1);
    expect(await orgRegistration(parent.id, org.dept.id)).toMatchObject({ status: "RETURNED", submittedVersion: 1, lockVersion: reg.lockVersion });
  });

  it("resubmitting: a stale page gets a conflict, an emptied registration is refused, lateness and the hard cut-off follow the parent's milestone", async () => {
    const s = await setup();
    const { org, parent, first, second } = s;
    const { reg, copyOf } = await forwardedAndReturned(s, [first.id, second.id]);
    expect(await withdraw(org.leader, org.campaign.id, copyOf(first.id).id)).toMatchObject({ ok: true });
    // the page was opened before the withdrawal
    expect(await resubmit(org.leader, org.campaign.id, reg.id, reg.lockVersion)).toMatchObject({ ok: false, code: "CONFLICT" });

    const current = await orgRegistration(parent.id, org.dept.id);
    await db().milestone.updateMany({
      where: { campaignId: parent.id, kind: "REGISTRATION" },
      data: { dueAt: dueAtForBeforeDay("2026-01-20"), hardCutoffAt: dueAtForBeforeDay("2026-01-25") },
    });
    const cut = await resubmit(org.leader, org.campaign.id, reg.id, current.lockVersion);
    expect(cut).toMatchObject({ ok: false, code: "RULE" });
    if (!cut.ok) expect(cut.error).toContain("Đã quá hạn cuối cùng");
    await db().milestone.updateMany({ where: { campaignId: parent.id, kind: "REGISTRATION" }, data: { hardCutoffAt: null } });
    const late = await resubmit(org.leader, org.campaign.id, reg.id, current.lockVersion);
    expect(late).toMatchObject({ ok: true, data: { versionNo: 2 } });
    if (late.ok) expect(late.message).toContain("trễ hạn");
    expect((await db().registrationVersion.findFirstOrThrow({ where: { registrationId: reg.id, versionNo: 2 } })).isLate).toBe(true);
    // the registration's own lateness follows its first submission (on time)
    expect((await orgRegistration(parent.id, org.dept.id)).isLate).toBe(false);

    // returned again, emptied: nothing to resubmit
    const r2 = await orgRegistration(parent.id, org.dept.id);
    await actAs(s.cityOffice);
    expect(await returnRegistrationAction({ campaignId: parent.id, registrationId: reg.id, lockVersion: r2.lockVersion, comment: "Chưa phù hợp." })).toMatchObject({ ok: true });
    expect(await withdraw(org.office, org.campaign.id, copyOf(second.id).id)).toMatchObject({ ok: true, data: { remaining: 0 } });
    const empty = await orgRegistration(parent.id, org.dept.id);
    const none = await resubmit(org.office, org.campaign.id, reg.id, empty.lockVersion);
    expect(none).toMatchObject({ ok: false, code: "RULE" });
    if (!none.ok) expect(none.error).toMatch(/^Mẫu 1 của Sở Thử nghiệm ở kế hoạch 1018\/KH-UBND không còn nội dung nào/);
    expect(await orgRegistration(parent.id, org.dept.id)).toMatchObject({ status: "RETURNED", submittedVersion: 2 });
  });
});

describe("the cascade over three levels: ward → district → City", () => {
  it("a forwarded copy recognised at the district is forwarded on to the City, keeping the ward office as its origin", async () => {
    const city = await makeUnit({ name: "UBND Thành phố", kind: "CITY" });
    const district = await makeUnit({ name: "UBND Quận 1", kind: "DISTRICT", parent: city });
    const ward = await makeUnit({ name: "UBND Phường Bến Nghé", kind: "WARD", parent: district });
    const wardOffice = await makeUnit({ name: "Bộ phận một cửa phường", parent: ward });
    const wardHead = await makeUser({ unit: wardOffice, roles: [{ role: "UNIT_HEAD" }] });
    const wardCchc = await makeUser({ unit: ward, roles: [{ role: "CCHC_OFFICE" }] });
    const districtCchc = await makeUser({ unit: district, roles: [{ role: "CCHC_OFFICE" }] });
    const districtLeader = await makeUser({ unit: district, roles: [{ role: "LEADERSHIP" }] });
    const cityCchc = await makeUser({ unit: city, roles: [{ role: "CCHC_OFFICE" }] });

    const cityPlan = await makeCampaign({ issuingUnit: city, units: [district] });
    const districtPlan = await makeCampaign({ issuingUnit: district, units: [ward] });
    const wardPlan = await makeCampaign({ issuingUnit: ward, units: [wardOffice] });
    await db().campaign.update({ where: { id: cityPlan.id }, data: { documentNumber: "100/KH-UBND" } });
    await db().campaign.update({ where: { id: districtPlan.id }, data: { documentNumber: "200/KH-UBND-Q1", parentCampaignId: cityPlan.id } });
    await db().campaign.update({ where: { id: wardPlan.id }, data: { documentNumber: "300/KH-UBND-BN", parentCampaignId: districtPlan.id } });

    const { initiatives } = await makeRegistration({
      campaign: wardPlan,
      unit: wardOffice,
      status: "ACCEPTED",
      submittedBy: wardHead,
      rows: [{ field: 1, content: "Trả kết quả tại nhà cho người cao tuổi", isTypical: true }],
    });
    const original = initiatives[0];
    await db().initiativeResult.create({ data: { initiativeId: original.id, indicator: "Hồ sơ trả tại nhà", unitOfMeasure: "hồ sơ", valueAfter: 120 } });

    // ward → district
    expect(await forward(wardCchc, wardPlan.id, [original.id])).toMatchObject({ ok: true });
    const atDistrict = await db().initiative.findFirstOrThrow({ where: { forwardedFromId: original.id } });
    expect(atDistrict).toMatchObject({ campaignId: districtPlan.id, unitId: ward.id, originInitiativeId: original.id, originUnitId: wardOffice.id });

    // the district cannot forward it before its leadership marks it typical
    expect(await forward(districtCchc, districtPlan.id, [atDistrict.id])).toMatchObject({ ok: false, code: "RULE" });
    await actAs(districtLeader);
    expect(await setTypicalAction({ initiativeId: atDistrict.id, typical: true })).toMatchObject({ ok: true });

    // district → City
    expect(await forward(districtLeader, districtPlan.id, [atDistrict.id])).toMatchObject({ ok: true });
    const atCity = await db().initiative.findFirstOrThrow({ where: { forwardedFromId: atDistrict.id }, include: { results: true } });
    expect(atCity).toMatchObject({ campaignId: cityPlan.id, unitId: district.id, originInitiativeId: original.id, originUnitId: wardOffice.id });
    expect(atCity.results.map((r) => [r.indicator, r.valueAfter])).toEqual([["Hồ sơ trả tại nhà", 120]]);

    // back at the ward: forwarded to the district, which sent it on to the City
    const wardPage = (await getForwardPage(await session(wardCchc), wardPlan.id))!;
    expect(outcomeOf(wardPage.rows[0].forwardToParent!).label).toBe("Đã gửi tiếp lên 100/KH-UBND");
    // at the district: the row is a copy whose origin is the ward office
    const districtPage = (await getForwardPage(await session(districtCchc), districtPlan.id))!;
    expect(districtPage.rows[0]).toMatchObject({ originUnitName: "Bộ phận một cửa phường", unitName: "UBND Phường Bến Nghé" });
    expect(outcomeOf(districtPage.rows[0].forwardToParent!).label).toBe("Đang chờ tiếp nhận");

    // the City returns it: visible at the district
    const cityReg = await orgRegistration(cityPlan.id, district.id);
    await actAs(cityCchc);
    expect(await returnRegistrationAction({ campaignId: cityPlan.id, registrationId: cityReg.id, lockVersion: cityReg.lockVersion, comment: "Làm rõ phạm vi áp dụng." })).toMatchObject({ ok: true });
    expect(outcomeOf((await forwardsOf([atDistrict.id])).get(atDistrict.id)![0]).label).toBe("Bị trả lại: Làm rõ phạm vi áp dụng.");

    // the district returns the ward's registration: the copy it already sent on to the City cannot be withdrawn
    const wardReg = await orgRegistration(districtPlan.id, ward.id);
    await actAs(districtCchc);
    expect(await returnRegistrationAction({ campaignId: districtPlan.id, registrationId: wardReg.id, lockVersion: wardReg.lockVersion, comment: "Bổ sung." })).toMatchObject({ ok: true });
    expect((await getForwardPage(await session(wardCchc), wardPlan.id))!.rows[0].withdrawable).toBe(false);
    expect(await withdraw(wardCchc, wardPlan.id, atDistrict.id)).toMatchObject({
      ok: false,
      code: "RULE",
      error: "“Trả kết quả tại nhà cho người cao tuổi” đã được gửi tiếp lên kế hoạch 100/KH-UBND nên không rút được.",
    });
    expect(await db().initiative.count({ where: { id: atDistrict.id } })).toBe(1);

    // the lineage of the middle copy: origin below, forward above
    const chain = await getLineage(atDistrict.id);
    expect(chain.map((n) => [n.depth, n.documentNumber, n.unitName])).toEqual([
      [-1, "300/KH-UBND-BN", "Bộ phận một cửa phường"],
      [0, "200/KH-UBND-Q1", "UBND Phường Bến Nghé"],
      [1, "100/KH-UBND", "UBND Quận 1"],
    ]);
    expect(chain[2]).toMatchObject({ registrationStatus: "RETURNED", returnComment: "Làm rõ phạm vi áp dụng.", forwardedFromId: atDistrict.id });
    const fromOrigin = await getLineage(original.id);
    expect(fromOrigin.map((n) => n.depth)).toEqual([0, 1, 2]);
  });
});
