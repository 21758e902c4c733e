import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { evaluateCriteria } from "../../lib/awards/criteria";
import { getUnitRecord } from "../../lib/compliance/queries";
import { loadPortalFacts } from "../../lib/awards/facts";
import { criteriaFor } from "../../lib/awards/proposals/rules";
import { setTypicalAction } from "../../lib/consolidation/actions";
import { updateProgressAction } from "../../lib/progress/actions";
import { addRecognitionItemsAction, deleteRecognitionAction, recordRecognitionAction, removeRecognitionItemAction, updateRecognitionAction } from "../../lib/recognition/actions";
import { getRecognitionPage, recognitionsFor } from "../../lib/recognition/queries";
import { CITY_ONLY_MESSAGE } from "../../lib/recognition/rules";
import { saveUnitRegistrationAction } from "../../lib/registrations/actions";
import { calendarDateToInput, vnDayOf } from "../../lib/time/vn";
import { actAs, db, makeCampaign, makeOrganisation, makeUser } from "../helpers/factories";
import { makeAppraisalRound } from "../helpers/recognition-fixtures";
import { makeRegistration } from "../helpers/registration-fixtures";

const session = async (u: { id: string }) => (await loadSessionUser(u.id))!;
const today = () => vnDayOf(new Date());

/**
 * The Sở's plan (child of the City's plan) with office A's accepted Mẫu 1: the Steering Committee's
 * closed round proposed "Một cửa" and "Số hóa" for recognition, found "Rà soát" not passed, and never
 * appraised "Chưa thẩm định". The City has its leadership account.
 */
async function setup(status: "ACCEPTED" | "RETURNED" = "ACCEPTED") {
  const org = await makeOrganisation();
  await db().user.update({ where: { id: org.leader.id }, data: { fullName: "Nguyễn Thanh Nhã", jobTitle: "Giám đốc Sở" } });
  const cityLeader = await makeUser({ unit: org.city, roles: [{ role: "LEADERSHIP" }], username: "lanhdao-tp", fullName: "Phan Văn Mãi" });
  const steering = await makeUser({ unit: org.dept, roles: [{ role: "STEERING_COMMITTEE" }], username: "bancd-t" });
  const parent = await makeCampaign({ issuingUnit: org.city, units: [org.dept, org.otherDept] });
  await db().campaign.update({ where: { id: parent.id }, data: { documentNumber: "1018/KH-UBND" } });
  await db().campaign.update({ where: { id: org.campaign.id }, data: { documentNumber: "1128/KH-SQHKT", parentCampaignId: parent.id } });
  const reg = await makeRegistration({
    campaign: org.campaign,
    unit: org.officeA,
    status,
    submittedBy: org.headA,
    rows: [
      { field: 1, content: "Một cửa điện tử cho hồ sơ cấp phép quy hoạch", type: "MODEL" },
      { field: 5, content: "Số hóa hồ sơ thông tin quy hoạch" },
      { field: 0, content: "Rà soát thủ tục nội bộ" },
      { field: 2, content: "Chưa thẩm định" },
    ],
  });
  const [oneStop, digital, review, unappraised] = reg.initiatives;
  const round = await makeAppraisalRound({
    campaign: org.campaign,
    chair: steering,
    verdicts: [
      { initiative: oneStop, verdict: "RECOGNISE" },
      { initiative: digital, verdict: "RECOGNISE" },
      { initiative: review, verdict: "NOT_PASSED" },
    ],
  });
  return { org, cityLeader, steering, parent: { ...parent, documentNumber: "1018/KH-UBND" }, reg, oneStop, digital, review, unappraised, round };
}

type Setup = Awaited<ReturnType<typeof setup>>;

const decision = (s: Setup, initiativeIds: string[], extra: Record<string, unknown> = {}) => ({
  campaignId: s.org.campaign.id,
  number: "52/QĐ-SQHKT",
  signedOn: today(),
  signerName: "Nguyễn Thanh Nhã",
  signerTitle: "Giám đốc Sở",
  summary: "Về việc công nhận mô hình, giải pháp, sáng kiến tiêu biểu cấp Sở",
  level: "",
  initiativeIds,
  ...extra,
});

async function record(user: { id: string }, input: ReturnType<typeof decision>) {
  await actAs(user);
  return recordRecognitionAction(input);
}

/** The Sở forwarded `origin` to the City's plan: the copy in the Sở's registration there (as lib/cascade leaves it). */
async function forwardedCopy(s: Setup, origin: { id: string; content: string }) {
  const reg = await db().registration.create({
    data: { campaignId: s.parent.id, unitId: s.org.dept.id, kind: "UNIT", ownerKey: "UNIT", status: "ACCEPTED", submittedVersion: 1, acceptedAt: new Date() },
  });
  return db().initiative.create({
    data: {
      registrationId: reg.id,
      campaignId: s.parent.id,
      unitId: s.org.dept.id,
      fieldId: s.parent.fields[1].id,
      content: origin.content,
      type: "MODEL",
      expectedCompletion: new Date(`${s.org.campaign.year}-09-30T00:00:00Z`),
      level: "CITY",
      forwardedFromId: origin.id,
      originInitiativeId: origin.id,
      originUnitId: s.org.officeA.id,
      forwardedAt: new Date(),
    },
  });
}

describe("recording a recognition decision", () => {
  it("the Sở's director records a cấp Sở decision: items, an audit row in each initiative's history, the page's lists", async () => {
    const s = await setup();
    const before = await getRecognitionPage(await session(s.org.leader), s.org.campaign.id);
    expect(before?.canRecognise).toBe(true);
    expect(before?.form?.level).toBe("DEPARTMENT");
    expect(before?.form?.candidates.map((c) => c.id)).toEqual([s.oneStop.id, s.digital.id]);
    expect(before?.form?.defaults).toMatchObject({ signerName: "Nguyễn Thanh Nhã", signerTitle: "Giám đốc Sở" });

    const res = await record(s.org.leader, decision(s, [s.oneStop.id]));
    expect(res).toMatchObject({ ok: true, message: "Đã ghi nhận Quyết định số 52/QĐ-SQHKT: 1 nội dung được công nhận cấp Sở." });
    const d = await db().recognitionDecision.findFirstOrThrow({ where: { campaignId: s.org.campaign.id }, include: { items: true } });
    expect(d).toMatchObject({ issuingUnitId: s.org.dept.id, level: "DEPARTMENT", number: "52/QĐ-SQHKT", createdById: s.org.leader.id });
    expect(d.items).toMatchObject([{ initiativeId: s.oneStop.id, originInitiativeId: s.oneStop.id, level: "DEPARTMENT", appraisalItemId: s.round.items[0].id }]);
    const history = await db().auditLog.findMany({ where: { subjectType: "Initiative", subjectId: s.oneStop.id } });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: "initiative.recognise", actorId: s.org.leader.id });
    expect(history[0].summary).toContain("Công nhận cấp Sở “Một cửa điện tử cho hồ sơ cấp phép quy hoạch” theo Quyết định số 52/QĐ-SQHKT");
    expect(await db().auditLog.count({ where: { action: "recognition-decision.create", entityId: d.id } })).toBe(1);

    const page = await getRecognitionPage(await session(s.org.office), s.org.campaign.id);
    expect(page?.canRecognise).toBe(false);
    expect(page?.form).toBeNull();
    expect(page?.decisions).toMatchObject([{ number: "52/QĐ-SQHKT", level: "DEPARTMENT", count: 1, signerName: "Nguyễn Thanh Nhã" }]);
    expect(page?.items.map((i) => i.initiative.id)).toEqual([s.oneStop.id]);
    // Recognised once at a level: no longer offered for it.
    const after = await getRecognitionPage(await session(s.org.leader), s.org.campaign.id);
    expect(after?.form?.candidates.map((c) => c.id)).toEqual([s.digital.id]);
    const badges = await recognitionsFor(db(), [s.oneStop, s.digital]);
    expect(badges.get(s.oneStop.id)).toMatchObject({ level: "DEPARTMENT", number: "52/QĐ-SQHKT", issuer: "Sở Thử nghiệm" });
    expect(badges.has(s.digital.id)).toBe(false);
  });

  it("refuses a level above the authority: the Sở's director asking for cấp Thành phố; nothing is saved", async () => {
    const s = await setup();
    const res = await record(s.org.leader, decision(s, [s.oneStop.id], { level: "CITY" }));
    expect(res).toMatchObject({ ok: false, code: "FORBIDDEN", error: CITY_ONLY_MESSAGE });
    expect(await db().recognitionDecision.count()).toBe(0);
  });

  it("refuses the City's leader recording cấp Sở for the Sở's plan, a unit head, and the Sở's office", async () => {
    const s = await setup();
    const city = await record(s.cityLeader, decision(s, [s.oneStop.id], { level: "DEPARTMENT" }));
    expect(city).toMatchObject({ ok: false, code: "FORBIDDEN", error: "Chỉ Lãnh đạo của Sở Thử nghiệm được ghi nhận quyết định công nhận của đơn vị." });
    const cityAsCity = await record(s.cityLeader, decision(s, [s.oneStop.id], { level: "CITY" }));
    expect(cityAsCity).toMatchObject({ ok: false, code: "FORBIDDEN", error: CITY_ONLY_MESSAGE });
    expect(await record(s.org.headA, decision(s, [s.oneStop.id]))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await record(s.org.office, decision(s, [s.oneStop.id]))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await record(s.org.otherOffice, decision(s, [s.oneStop.id]))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().recognitionDecision.count()).toBe(0);
  });

  it("refuses an initiative without a RECOGNISE verdict, one of another campaign (forged id), and one in a draft round", async () => {
    const s = await setup();
    for (const ini of [s.review, s.unappraised]) {
      const res = await record(s.org.leader, decision(s, [s.oneStop.id, ini.id]));
      expect(res).toMatchObject({ ok: false, code: "RULE" });
      if (!res.ok) expect(res.fieldErrors?.initiativeIds).toMatch(/chưa được Ban Chỉ đạo thẩm định hoặc Đoàn khảo sát đề nghị công nhận/);
    }
    const other = await makeCampaign({ issuingUnit: s.org.dept, units: [s.org.officeA] });
    const foreign = await makeRegistration({ campaign: other, unit: s.org.officeA, status: "ACCEPTED", submittedBy: s.org.headA, rows: [{ field: 0, content: "Nội dung của kế hoạch khác" }] });
    await makeAppraisalRound({ campaign: other, chair: s.steering, verdicts: [{ initiative: foreign.initiatives[0], verdict: "RECOGNISE" }] });
    const forged = await record(s.org.leader, decision(s, [foreign.initiatives[0].id]));
    expect(forged).toMatchObject({ ok: false, code: "RULE" });
    if (!forged.ok) expect(forged.fieldErrors?.initiativeIds).toBe("Một số nội dung không thuộc kế hoạch này hoặc không còn tồn tại. Hãy tải lại trang.");
    await db().appraisalRound.update({ where: { id: s.round.id }, data: { status: "DRAFT" } });
    expect(await record(s.org.leader, decision(s, [s.oneStop.id]))).toMatchObject({ ok: false, code: "RULE" });
    expect(await db().recognitionDecision.count()).toBe(0);
  });

  it("a number already used by the same issuing unit is a field error naming the existing decision; another unit may use it", async () => {
    const s = await setup();
    expect(await record(s.org.leader, decision(s, [s.oneStop.id]))).toMatchObject({ ok: true });
    const dup = await record(s.org.leader, decision(s, [s.digital.id], { number: "52/qđ-sqhkt" }));
    expect(dup).toMatchObject({ ok: false, code: "RULE" });
    if (!dup.ok) {
      const day = today().split("-").reverse().join("/");
      expect(dup.fieldErrors?.number).toBe(`Số 52/qđ-sqhkt đã được dùng cho Quyết định công nhận số 52/qđ-sqhkt ngày ${day} (kế hoạch 1128/KH-SQHKT) của Sở Thử nghiệm. Kiểm tra lại số, ký hiệu.`);
    }
    // The same initiative twice at the same level: refused with the first decision.
    const again = await record(s.org.leader, decision(s, [s.oneStop.id], { number: "53/QĐ-SQHKT" }));
    expect(again).toMatchObject({ ok: false, code: "RULE" });
    if (!again.ok) expect(again.fieldErrors?.initiativeIds).toMatch(/đã được công nhận cấp Sở tại Quyết định số 52\/QĐ-SQHKT/);
    expect(await db().recognitionDecision.count()).toBe(1);
  });

  it("a date in the future is refused", async () => {
    const s = await setup();
    const res = await record(s.org.leader, decision(s, [s.oneStop.id], { signedOn: calendarDateToInput(new Date(Date.now() + 3 * 86_400_000)) }));
    expect(res).toMatchObject({ ok: false, code: "RULE" });
    if (!res.ok) expect(res.fieldErrors?.signedOn).toMatch(/^Ngày ký không được sau ngày hôm nay/);
  });

  it("removing an item and deleting a decision recorded by mistake are audited in the initiative's history", async () => {
    const s = await setup();
    const ok = await record(s.org.leader, decision(s, [s.oneStop.id, s.digital.id]));
    if (!ok.ok) throw new Error(ok.error);
    await actAs(s.org.leader);
    expect(await removeRecognitionItemAction({ decisionId: ok.data.decisionId, initiativeId: s.digital.id, reason: "Ghi nhầm nội dung" })).toMatchObject({ ok: true });
    expect(await db().recognitionItem.count({ where: { decisionId: ok.data.decisionId } })).toBe(1);
    const removal = await db().auditLog.findFirstOrThrow({ where: { subjectId: s.digital.id, action: "initiative.recognition-remove" } });
    expect(removal.summary).toContain("khỏi Quyết định công nhận số 52/QĐ-SQHKT: Ghi nhầm nội dung");
    // A head of office may not.
    await actAs(s.org.headA);
    expect(await deleteRecognitionAction({ decisionId: ok.data.decisionId, reason: "Nhầm" })).toMatchObject({ ok: false });
    await actAs(s.org.leader);
    expect(await deleteRecognitionAction({ decisionId: ok.data.decisionId, reason: "" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await deleteRecognitionAction({ decisionId: ok.data.decisionId, reason: "Ghi nhận nhầm kế hoạch" })).toMatchObject({ ok: true });
    expect(await db().recognitionDecision.count()).toBe(0);
    expect(await db().auditLog.count({ where: { subjectId: s.oneStop.id, action: "initiative.recognition-remove" } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: "recognition-decision.delete" } })).toBe(1);
  });
});

describe("correcting a decision", () => {
  it("its issuing unit's leadership corrects the number and signer (unique per unit, audited) and adds a forgotten initiative; others may not", async () => {
    const s = await setup();
    const first = await record(s.org.leader, decision(s, [s.oneStop.id]));
    const second = await record(s.org.leader, decision(s, [s.digital.id], { number: "60/QĐ-SQHKT" }));
    if (!first.ok || !second.ok) throw new Error("setup");
    const edit = { decisionId: second.data.decisionId, number: "61/QĐ-SQHKT", signedOn: today(), signerName: "Phan Thị Ngọc Ánh", signerTitle: "Phó Giám đốc Sở", summary: "Về việc công nhận (bổ sung)" };
    await actAs(s.cityLeader);
    expect(await updateRecognitionAction(edit)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await actAs(s.org.leader);
    const dup = await updateRecognitionAction({ ...edit, number: "52/QĐ-SQHKT" });
    expect(dup).toMatchObject({ ok: false, code: "RULE" });
    if (!dup.ok) expect(dup.fieldErrors?.number).toMatch(/^Số 52\/QĐ-SQHKT đã được dùng cho Quyết định công nhận số 52\/QĐ-SQHKT/);
    expect(await updateRecognitionAction(edit)).toMatchObject({ ok: true, message: "Đã lưu Quyết định số 61/QĐ-SQHKT." });
    expect(await db().recognitionDecision.findUniqueOrThrow({ where: { id: second.data.decisionId } })).toMatchObject({ number: "61/QĐ-SQHKT", signerTitle: "Phó Giám đốc Sở" });
    expect(await db().auditLog.count({ where: { action: "recognition-decision.update", entityId: second.data.decisionId } })).toBe(1);
    // Adding: only an initiative with a RECOGNISE verdict not yet recognised at the level.
    await db().appraisalItem.updateMany({ where: { initiativeId: s.review.id }, data: { verdict: "RECOGNISE" } });
    expect(await addRecognitionItemsAction({ decisionId: second.data.decisionId, initiativeIds: [s.oneStop.id] })).toMatchObject({ ok: false, code: "RULE" });
    expect(await addRecognitionItemsAction({ decisionId: second.data.decisionId, initiativeIds: [s.review.id] })).toMatchObject({ ok: true });
    expect(await db().recognitionItem.count({ where: { decisionId: second.data.decisionId } })).toBe(2);
    expect(await db().auditLog.count({ where: { subjectId: s.review.id, action: "initiative.recognise" } })).toBe(1);
  });
});

describe("recognition by the City through the lineage, and the award criterion naming cấp Thành phố", () => {
  it("the director's typical tick does not meet the City-level criterion; the City's decision on the forwarded copy does, read back at the origin", async () => {
    const s = await setup();
    // giamdoc ticks "Một cửa" as typical (a proposal to send up), and the Sở recognises it cấp Sở.
    await actAs(s.org.leader);
    expect(await setTypicalAction({ initiativeId: s.oneStop.id, typical: true })).toMatchObject({ ok: true });
    expect(await record(s.org.leader, decision(s, [s.oneStop.id]))).toMatchObject({ ok: true });

    const formBK = await db().awardForm.create({
      data: {
        organisationUnitId: s.org.city.id,
        name: "Bằng khen của Chủ tịch Ủy ban nhân dân Thành phố",
        recipientTypes: ["COLLECTIVE", "INDIVIDUAL"],
        criteria: {
          create: [
            { content: "Có mô hình được công nhận tiêu biểu trên địa bàn Thành phố", kind: "INITIATIVE_RECOGNISED", recognitionLevel: "CITY", hard: false, recipientType: "COLLECTIVE", sortOrder: 1 },
            { content: "Có mô hình được công nhận", kind: "INITIATIVE_RECOGNISED", hard: false, recipientType: null, sortOrder: 2 },
          ],
        },
      },
      include: { criteria: { orderBy: { sortOrder: "asc" } } },
    });
    const check = async () => {
      const facts = await loadPortalFacts(db(), s.org.campaign.id, { type: "COLLECTIVE", unitId: s.org.officeA.id });
      return evaluateCriteria(criteriaFor(formBK, "COLLECTIVE"), facts, { rating: null, noDiscipline: null, answers: {} });
    };
    const beforeCity = await check();
    expect(beforeCity.map((c) => c.met)).toEqual([false, true]);
    expect(beforeCity[0].basis).toBe("Chưa có mô hình, giải pháp, sáng kiến được công nhận cấp Thành phố bằng quyết định công nhận.");

    // The Sở forwards it; the City's round proposes recognition; the City's leader records the decision.
    const copy = await forwardedCopy(s, s.oneStop);
    const cityRound = await makeAppraisalRound({ campaign: s.parent, chair: s.cityLeader, verdicts: [{ initiative: copy, verdict: "RECOGNISE" }] });
    const cityPage = await getRecognitionPage(await session(s.cityLeader), s.parent.id);
    expect(cityPage?.form?.level).toBe("CITY");
    expect(cityPage?.form?.candidates).toMatchObject([{ id: copy.id, originUnit: { name: "Phòng A" } }]);
    const res = await record(s.cityLeader, {
      ...decision(s, [copy.id]),
      campaignId: s.parent.id,
      number: "3120/QĐ-UBND",
      signerName: "Phan Văn Mãi",
      signerTitle: "Chủ tịch Ủy ban nhân dân Thành phố",
      summary: "Về việc công nhận mô hình, giải pháp, sáng kiến tiêu biểu cấp Thành phố",
    });
    expect(res).toMatchObject({ ok: true });
    const item = await db().recognitionItem.findFirstOrThrow({ where: { initiativeId: copy.id } });
    expect(item).toMatchObject({ originInitiativeId: s.oneStop.id, level: "CITY", appraisalItemId: cityRound.items[0].id });

    const afterCity = await check();
    expect(afterCity.map((c) => c.met)).toEqual([true, true]);
    expect(afterCity[0].basis).toMatch(/^1 mô hình, giải pháp, sáng kiến được công nhận cấp Thành phố \(QĐ số 3120\/QĐ-UBND ngày \d\d\/\d\d\/\d{4} của UBND Thành phố\)\.$/);

    // Read back at the origin: the Sở's page and the badge of the original.
    const sởPage = await getRecognitionPage(await session(s.org.leader), s.org.campaign.id);
    expect(sởPage?.recognisedAbove).toMatchObject([{ id: s.oneStop.id, recognition: { level: "CITY", number: "3120/QĐ-UBND", issuer: "UBND Thành phố" } }]);
    expect((await recognitionsFor(db(), [s.oneStop])).get(s.oneStop.id)).toMatchObject({ level: "CITY", number: "3120/QĐ-UBND" });
    // The City's page names the origin unit of the forwarded row.
    const cityAfter = await getRecognitionPage(await session(s.cityLeader), s.parent.id);
    expect(cityAfter?.items).toMatchObject([{ level: "CITY", initiative: { id: copy.id, originUnit: { name: "Phòng A" } } }]);
    // The unit's record counts the initiative once, recognised cấp Sở and cấp Thành phố, under the Sở's plan.
    const unitRecord = (await getUnitRecord(await session(s.org.office), s.org.officeA.id))!;
    expect(unitRecord.rows.find((r) => r.campaignId === s.org.campaign.id)).toMatchObject({ recognised: 1, recognisedCity: 1 });
  });
});

describe("guards on recognised initiatives", () => {
  it("a recognised row cannot be removed from a returned Mẫu 1: the message names the decision; nothing is saved", async () => {
    const s = await setup("RETURNED");
    expect(await record(s.org.leader, decision(s, [s.oneStop.id]))).toMatchObject({ ok: true });
    const rows = await db().initiative.findMany({ where: { registrationId: s.reg.registration.id }, orderBy: { sortOrder: "asc" } });
    const keep = rows.filter((r) => r.id !== s.oneStop.id);
    await actAs(s.org.headA);
    const res = await saveUnitRegistrationAction({
      campaignId: s.org.campaign.id,
      unitId: s.org.officeA.id,
      registrationId: s.reg.registration.id,
      lockVersion: s.reg.registration.lockVersion,
      confirmed: false,
      rows: keep.map((r) => ({
        initiativeId: r.id,
        fieldId: r.fieldId,
        content: r.content,
        type: r.type,
        ownerType: r.ownerType === "UNIT" ? ("UNIT" as const) : ("INDIVIDUALS" as const),
        ownerNames: r.ownerNames ?? "",
        expectedCompletion: calendarDateToInput(r.expectedCompletion),
        note: r.note ?? "",
        level: r.level,
      })),
    });
    expect(res).toMatchObject({ ok: false, code: "RULE" });
    const day = today().split("-").reverse().join("/");
    if (!res.ok) expect(res.fieldErrors?.[`removed.${s.oneStop.id}`]).toBe(`Nội dung này đã được công nhận tại Quyết định số 52/QĐ-SQHKT ngày ${day}; không thể xoá khỏi Mẫu 1.`);
    expect(await db().initiative.count({ where: { registrationId: s.reg.registration.id } })).toBe(4);
  });

  it("dropping a recognised initiative is allowed; the reason and the audit row note the decision; the detail page warns", async () => {
    const s = await setup();
    expect(await record(s.org.leader, decision(s, [s.oneStop.id]))).toMatchObject({ ok: true });
    const { getInitiativeDetail } = await import("../../lib/progress/queries");
    const detail = await getInitiativeDetail(await session(s.org.headA), s.oneStop.id);
    expect(detail?.initiative.recognition).toMatchObject({ level: "DEPARTMENT", number: "52/QĐ-SQHKT" });
    const ini = await db().initiative.findUniqueOrThrow({ where: { id: s.oneStop.id } });
    await actAs(s.org.headA);
    const res = await updateProgressAction({
      initiativeId: ini.id,
      updatedAt: ini.updatedAt.toISOString(),
      progress: "DROPPED",
      completedOn: "",
      droppedReason: "Phần mềm không còn được hỗ trợ",
      progressNote: "",
      results: [],
    });
    expect(res).toMatchObject({ ok: true });
    const after = await db().initiative.findUniqueOrThrow({ where: { id: ini.id } });
    expect(after.progress).toBe("DROPPED");
    expect(after.droppedReason).toMatch(/^Phần mềm không còn được hỗ trợ \(Nội dung đã được công nhận cấp Sở tại Quyết định số 52\/QĐ-SQHKT ngày \d\d\/\d\d\/\d{4}\.\)$/);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "initiative.progress", entityId: ini.id } });
    expect(audit.summary).toContain("dù đã được công nhận cấp Sở tại Quyết định số 52/QĐ-SQHKT");
  });
});
