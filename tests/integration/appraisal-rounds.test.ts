import { describe, expect, it } from "vitest";
import { conflictUnitPaths, isOwnOrBelow } from "../../lib/appraisal/assignment";
import {
  addCriterionAction,
  addEvaluatorAction,
  addItemsAction,
  addItemsByRuleAction,
  addPairAction,
  autoAssignAction,
  closeRoundAction,
  createRoundAction,
  moveCriterionAction,
  openRoundAction,
  removeCriterionAction,
  removeEvaluatorAction,
  removeItemAction,
  removePairAction,
  reopenRoundAction,
  updateCriterionAction,
  updateRoundAction,
} from "../../lib/appraisal/rounds/actions";
import { DEFAULT_RUBRIC } from "../../lib/appraisal/rubric";
import { loadSessionUser } from "../../lib/auth/session";
import { getRoundPage, listCampaignRounds } from "../../lib/appraisal/rounds/queries";
import { vnDayOf } from "../../lib/time/vn";
import { actAs, db, makeCampaign, makeOrganisation, makeUnit, makeUser } from "../helpers/factories";
import { makeRegistration } from "../helpers/registration-fixtures";

const inDays = (n: number) => vnDayOf(new Date(Date.now() + n * 86_400_000));

async function setup() {
  const org = await makeOrganisation();
  const officeC = await makeUnit({ name: "Phòng C", parent: org.dept });
  const steering = await makeUser({ unit: org.dept, roles: [{ role: "STEERING_COMMITTEE" }], username: "bancd-t", fullName: "Ban Chỉ Đạo" });
  const otherSteering = await makeUser({ unit: org.otherDept, roles: [{ role: "STEERING_COMMITTEE" }], username: "bancd-khac" });
  // The panel: people of office A, office B, the department itself (above both offices) and another department.
  const evA = await makeUser({ unit: org.officeA, username: "ev-a", fullName: "An Phòng A" });
  const evB = await makeUser({ unit: org.officeB, username: "ev-b", fullName: "Bình Phòng B" });
  const evDept = await makeUser({ unit: org.dept, username: "ev-so", fullName: "Chi Văn phòng Sở" });
  const evX = await makeUser({ unit: org.otherDept, username: "ev-x", fullName: "Dũng Sở Khác" });
  const evY = await makeUser({ unit: org.otherDept, username: "ev-y", fullName: "Em Sở Khác" });
  const regA = await makeRegistration({
    campaign: org.campaign,
    unit: org.officeA,
    status: "ACCEPTED",
    submittedBy: org.headA,
    rows: [
      { field: 0, content: "A1 hoàn thành cấp Sở" },
      { field: 1, content: "A2 hoàn thành cấp Thành phố", level: "CITY" },
      { field: 2, content: "A3 tiêu biểu đang triển khai", isTypical: true },
      { field: 3, content: "A4 chưa triển khai" },
    ],
  });
  const regB = await makeRegistration({
    campaign: org.campaign,
    unit: org.officeB,
    status: "SUBMITTED",
    submittedBy: org.headB,
    rows: [
      { field: 0, content: "B1 hoàn thành cấp Sở" },
      { field: 1, content: "B2 gửi lên từ cấp dưới" },
    ],
  });
  const regC = await makeRegistration({ campaign: org.campaign, unit: officeC, status: "DRAFT", submittedBy: org.office, rows: [{ field: 0, content: "C1 bản nháp hoàn thành" }] });
  const [a1, a2, a3, a4] = regA.initiatives;
  const [b1, b2] = regB.initiatives;
  const c1 = regC.initiatives[0];
  await db().initiative.updateMany({ where: { id: { in: [a1.id, a2.id, b1.id, c1.id] } }, data: { progress: "COMPLETED", completedOn: new Date("2026-06-30T00:00:00Z") } });
  await db().initiative.update({ where: { id: a3.id }, data: { progress: "IN_PROGRESS" } });
  // b2 arrived from a lower campaign's initiative
  const lower = await makeCampaign({ issuingUnit: org.officeB, units: [org.officeB] });
  const lowerReg = await makeRegistration({ campaign: lower, unit: org.officeB, status: "ACCEPTED", submittedBy: org.headB, rows: [{ field: 0, content: "Gốc cấp dưới" }] });
  await db().initiative.update({ where: { id: b2.id }, data: { forwardedFromId: lowerReg.initiatives[0].id } });
  const foreign = lowerReg.initiatives[0];
  return { org, officeC, steering, otherSteering, evA, evB, evDept, evX, evY, a1, a2, a3, a4, b1, b2, c1, foreign };
}
type Setup = Awaited<ReturnType<typeof setup>>;

const createInput = (s: Setup, extra: object = {}) => ({
  campaignId: s.org.campaign.id,
  name: "Đợt thẩm định mô hình tiêu biểu năm 2026",
  dueDate: inDays(20),
  evaluatorsPerItem: 2,
  chairUserId: s.steering.id,
  showOthersScores: false,
  spreadThreshold: 20,
  inclusion: "MANUAL",
  ...extra,
});

async function createRound(s: Setup, extra: object = {}) {
  const res = await createRoundAction(createInput(s, extra));
  if (!res.ok) throw new Error(`${res.error} ${JSON.stringify(res.fieldErrors)}`);
  return res.data.roundId;
}

const round = (id: string) => db().appraisalRound.findUniqueOrThrow({ where: { id }, include: { criteria: { orderBy: { sortOrder: "asc" } }, items: true, evaluators: true, assignments: true } });
const itemInitiatives = async (id: string) => (await db().appraisalItem.findMany({ where: { roundId: id }, select: { initiativeId: true } })).map((i) => i.initiativeId).sort();

async function panel(s: Setup, roundId: string, users = [s.evA, s.evB, s.evDept, s.evX, s.evY]) {
  const ids: Record<string, string> = {};
  for (const u of users) {
    const res = await addEvaluatorAction({ roundId, userId: u.id });
    if (!res.ok) throw new Error(res.error);
    ids[u.id] = res.data.id;
  }
  return ids;
}

describe("setting up an appraisal round", () => {
  it("the Steering Committee creates a round of a published campaign with the default rubric copied in", async () => {
    const s = await setup();
    await actAs(s.steering);
    const id = await createRound(s);
    const r = await round(id);
    expect(r).toMatchObject({ status: "DRAFT", campaignId: s.org.campaign.id, chairUserId: s.steering.id, evaluatorsPerItem: 2, showOthersScores: false, spreadThreshold: 20, createdById: s.steering.id, inclusionNote: null });
    expect(vnDayOf(r.dueAt)).toBe(inDays(20));
    expect(r.criteria.map((c) => [c.name, c.maxPoints, c.weight])).toEqual(DEFAULT_RUBRIC.map((c) => [c.name, c.maxPoints, c.weight]));
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: id, action: "appraisal-round.create" } });
    expect(audit).toMatchObject({ entityType: "AppraisalRound", campaignId: s.org.campaign.id, unitId: s.org.dept.id, actorId: s.steering.id });
    expect(audit.summary).toContain("Tạo đợt thẩm định");

    const list = await listCampaignRounds((await loadSessionUser(s.steering.id))!, s.org.campaign.id);
    expect(list?.canManage).toBe(true);
    expect(list?.rows).toMatchObject([{ id, status: "DRAFT", itemCount: 0, submitted: 0, expected: 0 }]);
  });

  it("refuses a missing name, a past due date, a chair without a steering, leadership or office role, with messages at the fields", async () => {
    const s = await setup();
    await actAs(s.org.office);
    const bad = await createRoundAction(createInput(s, { name: "  ", evaluatorsPerItem: 0, spreadThreshold: 150, dueDate: "2026-02-30" }));
    expect(bad.ok === false && bad.fieldErrors).toMatchObject({
      name: "Vui lòng nhập tên đợt thẩm định.",
      evaluatorsPerItem: "Mỗi nội dung cần ít nhất 1 người chấm.",
      spreadThreshold: "Ngưỡng chênh lệch từ 0 đến 100 điểm.",
      dueDate: "Hạn chấm chưa đúng dạng dd/mm/yyyy, ví dụ 20/12/2026.",
    });
    const past = await createRoundAction(createInput(s, { dueDate: inDays(-1) }));
    expect(past.ok === false && past.fieldErrors?.dueDate).toBe("Hạn chấm phải sau ngày hôm nay.");
    const chair = await createRoundAction(createInput(s, { chairUserId: s.org.headA.id }));
    expect(chair.ok === false && chair.fieldErrors?.chairUserId).toContain("Chủ trì phải là thành viên Ban Chỉ đạo");
    const otherChair = await createRoundAction(createInput(s, { chairUserId: s.otherSteering.id }));
    expect(otherChair.ok).toBe(false);
    const huge = await createRoundAction(createInput(s, { name: "x".repeat(256) }));
    expect(huge.ok === false && huge.fieldErrors?.name).toBe("Tối đa 255 ký tự.");
    const control = await createRoundAction(createInput(s, { name: "Đợt\u0000 một" }));
    expect(control).toMatchObject({ ok: false, code: "VALIDATION" });
    // the office may chair; the leadership too
    expect((await createRoundAction(createInput(s, { chairUserId: s.org.leader.id }))).ok).toBe(true);
    expect(await db().appraisalRound.count()).toBe(1);
  });

  it("refuses a round for a campaign still in draft", async () => {
    const s = await setup();
    const draft = await makeCampaign({ issuingUnit: s.org.dept, units: [s.org.officeA], status: "DRAFT" });
    await actAs(s.steering);
    const res = await createRoundAction(createInput(s, { campaignId: draft.id }));
    expect(res).toMatchObject({ ok: false, code: "RULE" });
    expect(res.ok === false && res.error).toContain("chưa được ban hành");
    expect(await db().appraisalRound.count()).toBe(0);
  });

  it("adds items by each rule and by hand, only submitted or accepted initiatives of this campaign", async () => {
    const s = await setup();
    await actAs(s.steering);
    const byRule = await createRound(s, { inclusion: "COMPLETED_DEPARTMENT" });
    // c1 is completed too, but its Mẫu 1 is a draft
    expect(await itemInitiatives(byRule)).toEqual([s.a1.id, s.b1.id].sort());
    expect((await round(byRule)).inclusionNote).toBe("Tất cả nội dung đã hoàn thành, cấp Sở");

    const id = await createRound(s);
    expect(await addItemsByRuleAction({ roundId: id, rule: "COMPLETED_CITY" })).toMatchObject({ ok: true, data: { added: 1 } });
    expect(await itemInitiatives(id)).toEqual([s.a2.id]);
    expect(await addItemsByRuleAction({ roundId: id, rule: "FORWARDED" })).toMatchObject({ ok: true, data: { added: 1 } });
    expect(await addItemsByRuleAction({ roundId: id, rule: "TYPICAL" })).toMatchObject({ ok: true, data: { added: 1 } });
    expect(await itemInitiatives(id)).toEqual([s.a2.id, s.b2.id, s.a3.id].sort());
    // the same rule again adds nothing twice
    expect(await addItemsByRuleAction({ roundId: id, rule: "TYPICAL" })).toMatchObject({ ok: true, data: { added: 0 } });

    const foreign = await addItemsAction({ roundId: id, initiativeIds: [s.a4.id, s.foreign.id] });
    expect(foreign.ok === false && foreign.fieldErrors?.initiativeIds).toBe("Chỉ chọn được nội dung của kế hoạch này mà Mẫu 1 đã được nộp hoặc tiếp nhận.");
    const draft = await addItemsAction({ roundId: id, initiativeIds: [s.c1.id] });
    expect(draft.ok).toBe(false);
    expect(await itemInitiatives(id)).toEqual([s.a2.id, s.b2.id, s.a3.id].sort());

    expect(await addItemsAction({ roundId: id, initiativeIds: [s.a4.id, s.a2.id] })).toMatchObject({ ok: true, data: { added: 1, skipped: 1 } });
    expect(await itemInitiatives(id)).toHaveLength(4);
    expect(await db().auditLog.count({ where: { entityId: id, action: { in: ["appraisal-item.add", "appraisal-item.add-rule"] } } })).toBe(5);

    const item = await db().appraisalItem.findFirstOrThrow({ where: { roundId: id, initiativeId: s.a4.id } });
    expect(await removeItemAction({ roundId: id, itemId: item.id })).toMatchObject({ ok: true });
    expect(await itemInitiatives(id)).toHaveLength(3);
    // an item of another round through this round: not found
    const other = await db().appraisalItem.findFirstOrThrow({ where: { roundId: byRule } });
    expect(await removeItemAction({ roundId: id, itemId: other.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await itemInitiatives(byRule)).toHaveLength(2);
  });

  it("edits, adds, reorders and removes criteria until the rubric is frozen by the first score", async () => {
    const s = await setup();
    await actAs(s.org.office);
    const id = await createRound(s);
    const [first, second] = (await round(id)).criteria;
    expect(await updateCriterionAction({ roundId: id, criterionId: first.id, name: "Tính mới", description: "", maxPoints: "25", weight: "" })).toMatchObject({ ok: true });
    const added = await addCriterionAction({ roundId: id, name: "Chi phí hợp lý", description: null, maxPoints: 10, weight: 5 });
    expect(added.ok).toBe(true);
    const badPoints = await addCriterionAction({ roundId: id, name: "Sai", maxPoints: 0, weight: 2.3 });
    expect(badPoints.ok === false && badPoints.fieldErrors).toMatchObject({ maxPoints: "Điểm tối đa phải lớn hơn 0.", weight: "Nhập theo bước 0,5." });
    expect(await moveCriterionAction({ roundId: id, criterionId: second.id, direction: "up" })).toMatchObject({ ok: true });
    let r = await round(id);
    expect(r.criteria.map((c) => c.name).slice(0, 2)).toEqual([second.name, "Tính mới"]);
    expect(r.criteria.at(-1)).toMatchObject({ name: "Chi phí hợp lý", maxPoints: 10, weight: 5, description: null });
    expect(r.criteria[1]).toMatchObject({ maxPoints: 25, weight: null, description: null });
    expect(await removeCriterionAction({ roundId: id, criterionId: second.id })).toMatchObject({ ok: true });
    expect((await round(id)).criteria).toHaveLength(5);

    await db().appraisalRound.update({ where: { id }, data: { rubricFrozenAt: new Date() } });
    r = await round(id);
    const refused = [
      await updateCriterionAction({ roundId: id, criterionId: r.criteria[0].id, name: "Đổi", maxPoints: 5 }),
      await addCriterionAction({ roundId: id, name: "Thêm", maxPoints: 5 }),
      await removeCriterionAction({ roundId: id, criterionId: r.criteria[0].id }),
      await moveCriterionAction({ roundId: id, criterionId: r.criteria[1].id, direction: "up" }),
    ];
    for (const res of refused) {
      expect(res).toMatchObject({ ok: false, code: "RULE" });
      expect(res.ok === false && res.error).toContain("Bộ tiêu chí đã được khoá");
    }
    expect((await round(id)).criteria).toEqual(r.criteria);
  });

  it("saves the settings while preparing, refuses a form opened before another save, and keeps an item with a score", async () => {
    const s = await setup();
    await actAs(s.steering);
    const id = await createRound(s, { inclusion: "COMPLETED_DEPARTMENT" });
    const settings = { roundId: id, lockVersion: 0, name: "Đợt 1", dueDate: inDays(15), evaluatorsPerItem: 1, chairUserId: s.org.office.id, showOthersScores: true, spreadThreshold: 12.5 };
    expect(await updateRoundAction(settings)).toMatchObject({ ok: true, data: { lockVersion: 1 } });
    expect(await round(id)).toMatchObject({ name: "Đợt 1", evaluatorsPerItem: 1, chairUserId: s.org.office.id, showOthersScores: true, spreadThreshold: 12.5, lockVersion: 1 });
    expect(await updateRoundAction({ ...settings, name: "Đợt cũ" })).toMatchObject({ ok: false, code: "CONFLICT" });
    const badChair = await updateRoundAction({ ...settings, lockVersion: 1, chairUserId: s.evX.id });
    expect(badChair.ok === false && badChair.fieldErrors?.chairUserId).toBeTruthy();
    expect((await round(id)).name).toBe("Đợt 1");

    // an item someone has scored stays in the round
    await panel(s, id, [s.evX]);
    await autoAssignAction({ roundId: id });
    const a = await db().appraisalAssignment.findFirstOrThrow({ where: { roundId: id } });
    const c = await db().appraisalCriterion.findFirstOrThrow({ where: { roundId: id } });
    await db().appraisalScore.create({ data: { assignmentId: a.id, criterionId: c.id, points: 10 } });
    const refused = await removeItemAction({ roundId: id, itemId: a.itemId });
    expect(refused).toMatchObject({ ok: false, code: "RULE" });
    expect(await db().appraisalItem.count({ where: { id: a.itemId } })).toBe(1);
  });

  it("keeps a panel from any unit; a removed evaluator stays inactive with the date", async () => {
    const s = await setup();
    await actAs(s.steering);
    const id = await createRound(s);
    const ids = await panel(s, id, [s.evA, s.evX]);
    const again = await addEvaluatorAction({ roundId: id, userId: s.evA.id });
    expect(again.ok === false && again.fieldErrors?.userId).toContain("đã có trong tổ thẩm định");
    await db().user.update({ where: { id: s.evY.id }, data: { active: false } });
    expect(await addEvaluatorAction({ roundId: id, userId: s.evY.id })).toMatchObject({ ok: false, code: "VALIDATION" });

    expect(await removeEvaluatorAction({ roundId: id, evaluatorId: ids[s.evA.id] })).toMatchObject({ ok: true });
    const ev = await db().appraisalEvaluator.findUniqueOrThrow({ where: { id: ids[s.evA.id] } });
    expect(ev.active).toBe(false);
    expect(ev.removedAt).not.toBeNull();
    expect(await db().auditLog.count({ where: { entityId: ev.id, action: "appraisal-evaluator.remove", campaignId: s.org.campaign.id } })).toBe(1);
    // added back: the same row
    expect(await addEvaluatorAction({ roundId: id, userId: s.evA.id })).toMatchObject({ ok: true, data: { id: ids[s.evA.id] } });
  });
});

describe("assignment", () => {
  async function ready(s: Setup, users?: { id: string }[]) {
    await actAs(s.steering);
    const id = await createRound(s, { inclusion: "COMPLETED_DEPARTMENT", evaluatorsPerItem: 2 });
    await addItemsAction({ roundId: id, initiativeIds: [s.a2.id, s.a3.id, s.a4.id, s.b2.id] });
    const ids = await panel(s, id, users as never);
    return { id, ids };
  }

  it("assigns automatically and balanced, never an initiative of the evaluator's unit or a unit below it", async () => {
    const s = await setup();
    // Office A's four initiatives may go to B, X, Y; office B's two to X, Y; the person of the department
    // (the issuing unit) sits at the campaign's level and may take any of them.
    const { id } = await ready(s, [s.evB, s.evDept, s.evX, s.evY]);
    const res = await autoAssignAction({ roundId: id });
    expect(res.ok).toBe(true);
    const r = await db().appraisalRound.findUniqueOrThrow({
      where: { id },
      include: {
        assignments: {
          include: {
            item: { include: { initiative: { include: { unit: true } } } },
            evaluator: { include: { user: { include: { unit: true, roles: { include: { unit: true } } } } } },
          },
        },
        items: true,
      },
    });
    expect(r.assignments).toHaveLength(6 * 2);
    for (const a of r.assignments) {
      const paths = conflictUnitPaths([a.evaluator.user.unit.path, ...a.evaluator.user.roles.map((x) => x.unit.path)], s.org.dept.path);
      expect(isOwnOrBelow({ unitPaths: paths }, a.item.initiative.unit.path)).toBe(false);
      expect(a.evaluator.user.unitId === s.org.officeA.id && a.item.initiative.unitId === s.org.officeA.id).toBe(false);
      expect(a.evaluator.user.unitId === s.org.officeB.id && a.item.initiative.unitId === s.org.officeB.id).toBe(false);
      expect(a.manual).toBe(false);
    }
    // four evaluators share 12 places: 3 each
    const loads = res.ok ? res.data.loads.map((l) => l.load) : [];
    expect(loads).toEqual([3, 3, 3, 3]);
    expect(res.ok && res.data.shortfallText).toBeNull();
    for (const item of r.items) expect(r.assignments.filter((a) => a.itemId === item.id)).toHaveLength(2);

    // four per item: office A's items have B, X, Y and the department's person (4), office B's only X, Y and
    // the department's person (3): the shortfalls in words
    await db().appraisalRound.update({ where: { id }, data: { evaluatorsPerItem: 4 } });
    const short = await autoAssignAction({ roundId: id });
    expect(short.ok && short.data.shortfallText).toBe("2 nội dung chưa đủ người chấm (thiếu 2 lượt chấm).");
    expect(short.ok && short.message).toContain("2 nội dung chưa đủ người chấm");
    expect(await db().auditLog.count({ where: { entityId: id, action: "appraisal-round.assign" } })).toBe(2);
  });

  it("adds a pair by hand, refusing an evaluator of the initiative's unit or a unit above it below the campaign's level, and removes it", async () => {
    const s = await setup();
    const { id, ids } = await ready(s);
    const itemA4 = await db().appraisalItem.findFirstOrThrow({ where: { roundId: id, initiativeId: s.a4.id } });
    const own = await addPairAction({ roundId: id, itemId: itemA4.id, evaluatorId: ids[s.evA.id] });
    expect(own.ok === false && own.fieldErrors?.evaluatorId).toContain("không được chấm nội dung của đơn vị mình");
    // a unit between the office and the department (a sub-office's initiative, its parent office's person)
    const subA = await makeUnit({ name: "Tổ thuộc Phòng A", parent: s.org.officeA });
    const regSub = await makeRegistration({ campaign: s.org.campaign, unit: subA, status: "ACCEPTED", submittedBy: s.org.office, rows: [{ field: 0, content: "Nội dung của tổ" }] });
    await addItemsAction({ roundId: id, initiativeIds: [regSub.initiatives[0].id] });
    const itemSub = await db().appraisalItem.findFirstOrThrow({ where: { roundId: id, initiativeId: regSub.initiatives[0].id } });
    const above = await addPairAction({ roundId: id, itemId: itemSub.id, evaluatorId: ids[s.evA.id] });
    expect(above.ok === false && above.fieldErrors?.evaluatorId).toContain("đơn vị cấp trên");
    // an evaluator holding a role on office A is refused too
    await db().roleAssignment.create({ data: { userId: s.evX.id, role: "UNIT_STAFF", unitId: s.org.officeA.id } });
    expect((await addPairAction({ roundId: id, itemId: itemA4.id, evaluatorId: ids[s.evX.id] })).ok).toBe(false);
    await removeEvaluatorAction({ roundId: id, evaluatorId: ids[s.evY.id] });
    const inactive = await addPairAction({ roundId: id, itemId: itemA4.id, evaluatorId: ids[s.evY.id] });
    expect(inactive.ok === false && inactive.fieldErrors?.evaluatorId).toBe("Chỉ chọn được người đang ở trong tổ thẩm định.");
    expect(await db().appraisalAssignment.count({ where: { roundId: id } })).toBe(0);

    const ok = await addPairAction({ roundId: id, itemId: itemA4.id, evaluatorId: ids[s.evB.id] });
    expect(ok.ok).toBe(true);
    const pair = await db().appraisalAssignment.findFirstOrThrow({ where: { roundId: id } });
    expect(pair).toMatchObject({ manual: true, status: "ASSIGNED", evaluatorId: ids[s.evB.id] });
    // the automatic assignment keeps it
    await autoAssignAction({ roundId: id });
    expect(await db().appraisalAssignment.count({ where: { id: pair.id } })).toBe(1);

    await db().appraisalAssignment.update({ where: { id: pair.id }, data: { status: "DRAFT" } });
    expect(await removePairAction({ roundId: id, assignmentId: pair.id })).toMatchObject({ ok: false, code: "RULE" });
    await db().appraisalAssignment.update({ where: { id: pair.id }, data: { status: "ASSIGNED" } });
    expect(await removePairAction({ roundId: id, assignmentId: pair.id })).toMatchObject({ ok: true });
    expect(await db().appraisalAssignment.count({ where: { id: pair.id } })).toBe(0);
  });
});

describe("opening and closing a round", () => {
  it("opens only with items, a panel, everyone assigned and a rubric; then notifies each evaluator of their items", async () => {
    const s = await setup();
    await actAs(s.steering);
    const id = await createRound(s);
    const empty = await openRoundAction({ roundId: id, lockVersion: 0 });
    expect(empty).toMatchObject({ ok: false, code: "RULE" });
    expect(empty.ok === false && empty.error).toContain("Đợt thẩm định chưa có nội dung nào.");
    expect(empty.ok === false && empty.error).toContain("Chưa có người chấm nào");

    await addItemsByRuleAction({ roundId: id, rule: "COMPLETED_DEPARTMENT" });
    const ids = await panel(s, id, [s.evA, s.evX, s.evY]);
    const unassigned = await openRoundAction({ roundId: id, lockVersion: 0 });
    expect(unassigned.ok === false && unassigned.error).toContain("2 nội dung chưa được phân công người chấm.");
    await autoAssignAction({ roundId: id });
    const criteria = await db().appraisalCriterion.findMany({ where: { roundId: id } });
    for (const c of criteria) await removeCriterionAction({ roundId: id, criterionId: c.id });
    const noRubric = await openRoundAction({ roundId: id, lockVersion: 0 });
    expect(noRubric.ok === false && noRubric.error).toContain("Bộ tiêu chí chưa có tiêu chí nào.");
    await addCriterionAction({ roundId: id, name: "Hiệu quả", maxPoints: 100 });
    expect((await round(id)).status).toBe("DRAFT");
    expect(await db().notification.count()).toBe(0);

    const opened = await openRoundAction({ roundId: id, lockVersion: 0 });
    expect(opened).toMatchObject({ ok: true, data: { lockVersion: 1 } });
    const r = await round(id);
    expect(r.status).toBe("OPEN");
    expect(r.openedAt).not.toBeNull();
    const notes = await db().notification.findMany({ orderBy: { userId: "asc" } });
    const loads = new Map<string, number>();
    for (const a of r.assignments) loads.set(a.evaluatorId, (loads.get(a.evaluatorId) ?? 0) + 1);
    const byUser = Object.fromEntries(notes.map((n) => [n.userId, n]));
    for (const u of [s.evA, s.evX, s.evY]) {
      const n = loads.get(ids[u.id]) ?? 0;
      if (n === 0) expect(byUser[u.id]).toBeUndefined();
      else expect(byUser[u.id]).toMatchObject({ title: `Bạn được phân công chấm ${n} nội dung của đợt thẩm định “Đợt thẩm định mô hình tiêu biểu năm 2026”`, link: "/appraisal", campaignId: s.org.campaign.id });
    }
    // office A's person gets b1 only; the two of the other department share the rest
    expect(loads.get(ids[s.evA.id])).toBe(1);
    expect(await db().auditLog.count({ where: { entityId: id, action: "appraisal-round.open" } })).toBe(1);
    // an old form (lock version 0) is refused
    expect(await openRoundAction({ roundId: id, lockVersion: 0 })).toMatchObject({ ok: false, code: "CONFLICT" });

    // while open: only the due date changes; the rubric is still editable until the first score
    const base = { roundId: id, lockVersion: 1, name: r.name, dueDate: inDays(30), evaluatorsPerItem: 2, chairUserId: s.steering.id, showOthersScores: false, spreadThreshold: 20 };
    expect(await updateRoundAction({ ...base, evaluatorsPerItem: 3 })).toMatchObject({ ok: false, code: "RULE" });
    expect(await updateRoundAction(base)).toMatchObject({ ok: true, data: { lockVersion: 2 } });
    expect(vnDayOf((await round(id)).dueAt)).toBe(inDays(30));

    // an evaluator removed while open: their places go to someone else
    const before = (await round(id)).assignments.filter((a) => a.evaluatorId === ids[s.evX.id]).length;
    expect(before).toBeGreaterThan(0);
    await addEvaluatorAction({ roundId: id, userId: s.evB.id });
    const removed = await removeEvaluatorAction({ roundId: id, evaluatorId: ids[s.evX.id] });
    expect(removed.ok).toBe(true);
    const after = await round(id);
    expect(after.assignments.filter((a) => a.evaluatorId === ids[s.evX.id])).toHaveLength(before); // kept for the trail
    for (const item of after.items) {
      const active = after.assignments.filter((a) => a.itemId === item.id && a.evaluatorId !== ids[s.evX.id]);
      expect(active.length).toBeGreaterThanOrEqual(1);
    }

    const closed = await closeRoundAction({ roundId: id, lockVersion: 2 });
    expect(closed).toMatchObject({ ok: true, data: { lockVersion: 3 } });
    const c = await round(id);
    expect(c.status).toBe("CLOSED");
    expect(c.closedAt).not.toBeNull();
    // nothing changes on a closed round
    expect(await addItemsByRuleAction({ roundId: id, rule: "TYPICAL" })).toMatchObject({ ok: false, code: "RULE" });
    expect(await autoAssignAction({ roundId: id })).toMatchObject({ ok: false, code: "RULE" });
    expect(await addCriterionAction({ roundId: id, name: "Thêm", maxPoints: 5 })).toMatchObject({ ok: false, code: "RULE" });

    expect(await reopenRoundAction({ roundId: id, lockVersion: 3 })).toMatchObject({ ok: true, data: { lockVersion: 4 } });
    expect((await round(id)).status).toBe("OPEN");
  });

  it("does not reopen a round whose items a recognition decision names", async () => {
    const s = await setup();
    await actAs(s.steering);
    const id = await createRound(s, { inclusion: "COMPLETED_DEPARTMENT" });
    await panel(s, id, [s.evX]);
    await autoAssignAction({ roundId: id });
    await openRoundAction({ roundId: id, lockVersion: 0 });
    await closeRoundAction({ roundId: id, lockVersion: 1 });
    const item = await db().appraisalItem.findFirstOrThrow({ where: { roundId: id } });
    await db().recognitionDecision.create({
      data: {
        issuingUnitId: s.org.dept.id,
        campaignId: s.org.campaign.id,
        level: "DEPARTMENT",
        number: "45/QĐ-TEST",
        signedOn: new Date("2026-12-01T00:00:00Z"),
        signerName: "Nguyễn Văn A",
        signerTitle: "Giám đốc",
        createdById: s.org.leader.id,
        items: { create: { initiativeId: item.initiativeId, originInitiativeId: item.initiativeId, level: "DEPARTMENT", appraisalItemId: item.id } },
      },
    });
    const res = await reopenRoundAction({ roundId: id, lockVersion: 2 });
    expect(res).toMatchObject({ ok: false, code: "RULE" });
    expect((await round(id)).status).toBe("CLOSED");
  });
});

describe("who may set up a round", () => {
  it("refuses another unit's office and steering committee, a unit head and the leadership, and nothing changes", async () => {
    const s = await setup();
    await actAs(s.steering);
    const id = await createRound(s, { inclusion: "COMPLETED_DEPARTMENT" });
    const ids = await panel(s, id, [s.evX, s.evY]);
    const snapshot = async () => ({
      round: await round(id),
      audit: await db().auditLog.count(),
      rounds: await db().appraisalRound.count(),
    });
    const before = await snapshot();
    const item = before.round.items[0];
    for (const user of [s.org.otherOffice, s.otherSteering, s.org.headA, s.org.leader]) {
      await actAs(user);
      expect(await createRoundAction(createInput(s, { chairUserId: user.id }))).toMatchObject({ ok: false });
      const calls = [
        await updateRoundAction({ roundId: id, lockVersion: 0, name: "Đổi tên", dueDate: inDays(10), evaluatorsPerItem: 1, chairUserId: s.steering.id, showOthersScores: true, spreadThreshold: 5 }),
        await addItemsByRuleAction({ roundId: id, rule: "TYPICAL" }),
        await addItemsAction({ roundId: id, initiativeIds: [s.a4.id] }),
        await removeItemAction({ roundId: id, itemId: item.id }),
        await addCriterionAction({ roundId: id, name: "Thêm", maxPoints: 5 }),
        await addEvaluatorAction({ roundId: id, userId: s.evB.id }),
        await removeEvaluatorAction({ roundId: id, evaluatorId: ids[s.evX.id] }),
        await autoAssignAction({ roundId: id }),
        await addPairAction({ roundId: id, itemId: item.id, evaluatorId: ids[s.evX.id] }),
        await openRoundAction({ roundId: id, lockVersion: 0 }),
        await closeRoundAction({ roundId: id, lockVersion: 0 }),
      ];
      for (const [i, res] of calls.entries()) expect({ i, res }).toMatchObject({ i, res: { ok: false, code: "NOT_FOUND" } });
    }
    const after = await snapshot();
    expect(after).toEqual(before);
    // the leadership reads the rounds but does not manage them
    const list = await listCampaignRounds((await loadSessionUser(s.org.leader.id))!, s.org.campaign.id);
    expect(list?.canManage).toBe(false);
    expect(list?.rows).toHaveLength(1);
    expect(await listCampaignRounds((await loadSessionUser(s.org.headA.id))!, s.org.campaign.id)).toBeNull();
    expect(await getRoundPage((await loadSessionUser(s.org.otherOffice.id))!, s.org.campaign.id, id, 1)).toBeNull();
  });
});
