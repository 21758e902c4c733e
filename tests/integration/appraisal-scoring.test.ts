import { describe, expect, it } from "vitest";
import { declareConflictAction, reopenScoresAction, saveScoresAction, submitScoresAction } from "../../lib/appraisal/scoring/actions";
import { saveScores } from "../../lib/appraisal/scoring/mutations";
import { getManagedOpenRounds, getMyQueue, getScoringView } from "../../lib/appraisal/scoring/queries";
import { POINTS_NOT_A_NUMBER, pointsKey, SCORING_MESSAGES } from "../../lib/appraisal/scoring/schemas";
import { loadSessionUser } from "../../lib/auth/session";
import { canReadEvidence } from "../../lib/evidence/access";
import { actAs, db, makeOrganisation, makeUser } from "../helpers/factories";
import { fullScores, makeAppraisalRound } from "../helpers/appraisal-fixtures";
import { makeRegistration } from "../helpers/registration-fixtures";

const actor = async (u: { id: string }) => (await loadSessionUser(u.id))!;

/**
 * A department with offices A and B: two initiatives of A, one of B; a panel of four accounts with no
 * role at all (their rights come from the panel): one of office A, one of office B, two of another
 * department; two evaluators per item.
 */
async function setup(opts: { status?: "DRAFT" | "OPEN" | "CLOSED"; showOthersScores?: boolean } = {}) {
  const org = await makeOrganisation();
  const { initiatives: a } = await makeRegistration({
    campaign: org.campaign,
    unit: org.officeA,
    status: "ACCEPTED",
    submittedBy: org.headA,
    rows: [
      { field: 1, content: "Số hoá hồ sơ cấp giấy phép quy hoạch" },
      { field: 5, content: "Bản đồ số quy hoạch trên nền GIS" },
    ],
  });
  const { initiatives: b } = await makeRegistration({ campaign: org.campaign, unit: org.officeB, status: "ACCEPTED", submittedBy: org.headB, rows: [{ field: 0, content: "Rà soát văn bản quy phạm" }] });
  const evA = await makeUser({ unit: org.officeA, fullName: "An Thẩm Định" });
  const evB = await makeUser({ unit: org.officeB, fullName: "Bình Thẩm Định" });
  const evX = await makeUser({ unit: org.otherDept, fullName: "Xuân Thẩm Định" });
  const evY = await makeUser({ unit: org.otherDept, fullName: "Yến Thẩm Định" });
  const r = await makeAppraisalRound({
    campaign: org.campaign,
    initiatives: [...a, ...b],
    evaluators: [evA, evB, evX, evY],
    perItem: 2,
    status: opts.status ?? "OPEN",
    chair: evX,
    createdBy: org.office,
    showOthersScores: opts.showOthersScores,
  });
  return { org, iniA1: a[0], iniA2: a[1], iniB1: b[0], evA, evB, evX, evY, ...r };
}

const snapshot = async (roundId: string) => ({
  scores: await db().appraisalScore.findMany({ where: { assignment: { roundId } }, orderBy: [{ assignmentId: "asc" }, { criterionId: "asc" }] }),
  assignments: await db().appraisalAssignment.findMany({ where: { roundId }, orderBy: { id: "asc" } }),
  round: await db().appraisalRound.findUniqueOrThrow({ where: { id: roundId } }),
  audit: await db().auditLog.count({ where: { subjectId: roundId } }),
});

describe("an evaluator scores their own assignment", () => {
  it("never assigns an evaluator an item of their own unit; saves a draft (rubric frozen, audited), then submits; a submitted sheet is read-only", async () => {
    const s = await setup();
    expect(s.assignmentOf(s.evA, s.iniA1)).toBeUndefined();
    expect(s.assignmentOf(s.evB, s.iniB1)).toBeUndefined();
    const mine = s.assignmentOf(s.evX, s.iniA1)!;
    expect(mine).toBeDefined();
    expect(s.round.rubricFrozenAt).toBeNull();

    await actAs(s.evX);
    const first = s.criteria[0];
    const draft = await saveScoresAction({ assignmentId: mine.id, lockVersion: 0, scores: [{ criterionId: first.id, points: 12.5, comment: "Cách làm mới so với trước." }] });
    expect(draft).toMatchObject({ ok: true, data: { status: "DRAFT", lockVersion: 1, total: 12.5, scored: 1, criteria: 5 } });
    const round = await db().appraisalRound.findUniqueOrThrow({ where: { id: s.round.id } });
    expect(round.rubricFrozenAt).not.toBeNull();
    expect(await db().appraisalAssignment.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({ status: "DRAFT", lockVersion: 1 });
    expect(await db().auditLog.count({ where: { action: "appraisal-score.save", entityId: mine.id, actorId: s.evX.id } })).toBe(1);

    // Submitting an incomplete sheet names each missing criterion.
    const incomplete = await submitScoresAction({ assignmentId: mine.id, lockVersion: 1, scores: [] });
    expect(incomplete).toMatchObject({ ok: false, code: "VALIDATION", error: SCORING_MESSAGES.incomplete });
    if (!incomplete.ok) expect(Object.keys(incomplete.fieldErrors ?? {})).toEqual(s.criteria.slice(1).map((c) => pointsKey(c.id)));

    const sent = await submitScoresAction({ assignmentId: mine.id, lockVersion: 1, scores: fullScores(s.criteria) });
    expect(sent).toMatchObject({ ok: true, data: { status: "SUBMITTED", total: 95 } });
    const after = await db().appraisalAssignment.findUniqueOrThrow({ where: { id: mine.id } });
    expect(after.status).toBe("SUBMITTED");
    expect(after.submittedAt).not.toBeNull();
    expect(await db().appraisalScore.count({ where: { assignmentId: mine.id } })).toBe(5);

    const again = await saveScoresAction({ assignmentId: mine.id, lockVersion: 2, scores: fullScores(s.criteria, 2) });
    expect(again).toMatchObject({ ok: false, code: "RULE", error: SCORING_MESSAGES.submitted });
    expect(await db().appraisalScore.findFirst({ where: { assignmentId: mine.id, criterionId: first.id } })).toMatchObject({ points: 19 });
  });

  it("reads points typed with a Vietnamese decimal comma; refuses text that is not a number at its field", async () => {
    const s = await setup();
    const mine = s.assignmentOf(s.evX, s.iniA1)!;
    await actAs(s.evX);
    const [c1, c2] = s.criteria;
    const bad = await saveScoresAction({ assignmentId: mine.id, lockVersion: 0, scores: [{ criterionId: c1.id, points: "mười", comment: "" }] });
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "scores.0.points": POINTS_NOT_A_NUMBER } });
    const ok = await saveScoresAction({ assignmentId: mine.id, lockVersion: 0, scores: [{ criterionId: c1.id, points: "12,5", comment: "" }, { criterionId: c2.id, points: "", comment: "" }] });
    expect(ok).toMatchObject({ ok: true, data: { total: 12.5, scored: 1 } });
  });

  it("accepts halves and clears a score sent as null", async () => {
    const s = await setup();
    const mine = s.assignmentOf(s.evY, s.iniB1) ?? s.assignmentOf(s.evY, s.iniA1) ?? s.assignmentOf(s.evY, s.iniA2)!;
    const me = await actor(s.evY);
    await saveScores(me, { assignmentId: mine.id, lockVersion: 0, scores: [{ criterionId: s.criteria[0].id, points: 0.5, comment: "" }] });
    await saveScores(me, { assignmentId: mine.id, lockVersion: 1, scores: [{ criterionId: s.criteria[0].id, points: null, comment: "" }] });
    expect(await db().appraisalScore.count({ where: { assignmentId: mine.id } })).toBe(0);
  });
});

describe("bad input: refused, nothing changes", () => {
  it("an item not assigned to them, or by someone off the panel: not found", async () => {
    const s = await setup();
    const others = s.assignmentOf(s.evX, s.iniA1)!;
    const before = await snapshot(s.round.id);
    for (const u of [s.evY, s.org.office, s.org.headA]) {
      await actAs(u);
      const res = await saveScoresAction({ assignmentId: others.id, lockVersion: 0, scores: fullScores(s.criteria) });
      expect(res, u.username).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(await getScoringView(await actor(u), others.id)).toBeNull();
    }
    expect(await snapshot(s.round.id)).toEqual(before);
  });

  it("an initiative of their own unit (a forged assignment row): refused", async () => {
    const s = await setup();
    const forged = await db().appraisalAssignment.create({ data: { roundId: s.round.id, itemId: s.items[0].id, evaluatorId: s.evaluatorOf(s.evA).id, manual: true } });
    const before = await snapshot(s.round.id);
    await actAs(s.evA);
    const res = await saveScoresAction({ assignmentId: forged.id, lockVersion: 0, scores: fullScores(s.criteria) });
    expect(res).toMatchObject({ ok: false, code: "RULE", error: SCORING_MESSAGES.ownUnit });
    expect(await snapshot(s.round.id)).toEqual(before);
    // A role counts too: a user of another department who holds a role in office B cannot score office B's initiative.
    const roleInB = await makeUser({ unit: s.org.otherDept, roles: [{ role: "UNIT_STAFF", unit: s.org.officeB }] });
    const ev = await db().appraisalEvaluator.create({ data: { roundId: s.round.id, userId: roleInB.id } });
    const forged2 = await db().appraisalAssignment.create({ data: { roundId: s.round.id, itemId: s.items[2].id, evaluatorId: ev.id, manual: true } });
    await actAs(roleInB);
    expect(await saveScoresAction({ assignmentId: forged2.id, lockVersion: 0, scores: fullScores(s.criteria) })).toMatchObject({ ok: false, error: SCORING_MESSAGES.ownUnit });
  });

  it("a member at the campaign's issuing level (the department's Steering Committee) may score every office's initiative", async () => {
    const s = await setup();
    const steering = await makeUser({ unit: s.org.dept, roles: [{ role: "STEERING_COMMITTEE" }] });
    const ev = await db().appraisalEvaluator.create({ data: { roundId: s.round.id, userId: steering.id } });
    const place = await db().appraisalAssignment.create({ data: { roundId: s.round.id, itemId: s.items[0].id, evaluatorId: ev.id, manual: true } });
    await actAs(steering);
    expect(await saveScoresAction({ assignmentId: place.id, lockVersion: 0, scores: fullScores(s.criteria) })).toMatchObject({ ok: true });
  });

  it("above the maximum, below zero, not a step of 0.5, a comment without points: a field error per criterion", async () => {
    const s = await setup();
    const mine = s.assignmentOf(s.evX, s.iniA1)!;
    const before = await snapshot(s.round.id);
    await actAs(s.evX);
    const [c1, c2, c3, c4] = s.criteria;
    const res = await saveScoresAction({
      assignmentId: mine.id,
      lockVersion: 0,
      scores: [
        { criterionId: c1.id, points: c1.maxPoints + 0.5, comment: "" },
        { criterionId: c2.id, points: -1, comment: "" },
        { criterionId: c3.id, points: 3.25, comment: "" },
        { criterionId: c4.id, points: null, comment: "Chưa rõ" },
      ],
    });
    expect(res).toMatchObject({ ok: false, code: "VALIDATION" });
    if (!res.ok) {
      expect(res.fieldErrors?.[pointsKey(c1.id)]).toBe("Điểm tối đa của tiêu chí này là 20.");
      expect(res.fieldErrors?.[pointsKey(c2.id)]).toBe("Điểm không được nhỏ hơn 0.");
      expect(res.fieldErrors?.[pointsKey(c3.id)]).toBe("Điểm chấm theo bước 0,5.");
      expect(res.fieldErrors?.[pointsKey(c4.id)]).toMatch(/Nhập điểm/);
    }
    expect(await snapshot(s.round.id)).toEqual(before);
    expect((await db().appraisalRound.findUniqueOrThrow({ where: { id: s.round.id } })).rubricFrozenAt).toBeNull();
  });

  it("a criterion of another round (forged id): refused", async () => {
    const s = await setup();
    const other = await makeAppraisalRound({ campaign: s.org.campaign, initiatives: [s.iniB1], evaluators: [s.evX, s.evY], perItem: 1, name: "Đợt khác" });
    const mine = s.assignmentOf(s.evX, s.iniA1)!;
    const before = await snapshot(s.round.id);
    await actAs(s.evX);
    const res = await saveScoresAction({ assignmentId: mine.id, lockVersion: 0, scores: [{ criterionId: other.criteria[0].id, points: 1, comment: "" }] });
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", error: SCORING_MESSAGES.forgedCriterion });
    expect(await snapshot(s.round.id)).toEqual(before);
  });

  it("after the round closed (and in a draft round): refused", async () => {
    const s = await setup();
    const mine = s.assignmentOf(s.evX, s.iniA1)!;
    await db().appraisalRound.update({ where: { id: s.round.id }, data: { status: "CLOSED", closedAt: new Date() } });
    const before = await snapshot(s.round.id);
    await actAs(s.evX);
    expect(await saveScoresAction({ assignmentId: mine.id, lockVersion: 0, scores: fullScores(s.criteria) })).toMatchObject({ ok: false, code: "RULE", error: SCORING_MESSAGES.roundNotOpen });
    expect(await submitScoresAction({ assignmentId: mine.id, lockVersion: 0, scores: fullScores(s.criteria) })).toMatchObject({ ok: false, error: SCORING_MESSAGES.roundNotOpen });
    expect(await snapshot(s.round.id)).toEqual(before);
    // The closed round stays readable to the evaluator.
    expect(await getScoringView(await actor(s.evX), mine.id)).not.toBeNull();

    // A draft round is invisible to its evaluators.
    await db().appraisalRound.update({ where: { id: s.round.id }, data: { status: "DRAFT", closedAt: null } });
    expect(await saveScoresAction({ assignmentId: mine.id, lockVersion: 0, scores: fullScores(s.criteria) })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await getScoringView(await actor(s.evX), mine.id)).toBeNull();
    expect(await getMyQueue(s.evX)).toEqual([]);
  });

  it("an evaluator removed from the round cannot save; their draft stays in the database and the audit trail", async () => {
    const s = await setup();
    const mine = s.assignmentOf(s.evX, s.iniA1)!;
    await actAs(s.evX);
    expect(await saveScoresAction({ assignmentId: mine.id, lockVersion: 0, scores: fullScores(s.criteria) })).toMatchObject({ ok: true });
    await db().appraisalEvaluator.update({ where: { id: s.evaluatorOf(s.evX).id }, data: { active: false, removedAt: new Date() } });
    const before = await snapshot(s.round.id);
    expect(await saveScoresAction({ assignmentId: mine.id, lockVersion: 1, scores: fullScores(s.criteria, 3) })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await snapshot(s.round.id)).toEqual(before);
    expect(await db().appraisalScore.count({ where: { assignmentId: mine.id } })).toBe(5);
    expect(await db().auditLog.count({ where: { action: "appraisal-score.save", entityId: mine.id } })).toBe(1);
    expect(await getMyQueue(s.evX)).toEqual([]);
  });
});

describe("saving at the same time", () => {
  it("two evaluators of the same item saving at once both keep their scores", async () => {
    const s = await setup();
    const pair = s.assignments.filter((a) => a.itemId === s.items[0].id);
    expect(pair).toHaveLength(2);
    const users = await Promise.all(pair.map((a) => actor({ id: a.evaluator.userId })));
    const results = await Promise.all(
      pair.map((a, i) => saveScores(users[i], { assignmentId: a.id, lockVersion: 0, scores: fullScores(s.criteria, i + 1) })),
    );
    expect(results.map((r) => r.total)).toEqual([95, 90]);
    for (const [i, a] of pair.entries()) {
      const rows = await db().appraisalScore.findMany({ where: { assignmentId: a.id } });
      expect(rows).toHaveLength(5);
      expect(rows.reduce((t, r) => t + r.points, 0)).toBe(100 - 5 * (i + 1));
    }
  });

  it("the same evaluator with a stale lock version (another tab): CONFLICT, the first save kept", async () => {
    const s = await setup();
    const mine = s.assignmentOf(s.evX, s.iniA1)!;
    const me = await actor(s.evX);
    const outcomes = await Promise.allSettled([
      saveScores(me, { assignmentId: mine.id, lockVersion: 0, scores: fullScores(s.criteria, 1) }),
      saveScores(me, { assignmentId: mine.id, lockVersion: 0, scores: fullScores(s.criteria, 2) }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    await actAs(s.evX);
    const stale = await saveScoresAction({ assignmentId: mine.id, lockVersion: 0, scores: fullScores(s.criteria, 4) });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", error: SCORING_MESSAGES.stale });
    expect(stale.ok ? "" : stale.error).toMatch(/tab khác, tải lại trang/);
    expect((await db().appraisalAssignment.findUniqueOrThrow({ where: { id: mine.id } })).lockVersion).toBe(1);
    const total = (await db().appraisalScore.findMany({ where: { assignmentId: mine.id } })).reduce((t, r) => t + r.points, 0);
    expect([95, 90]).toContain(total);
  });
});

describe("the others' scores", () => {
  async function twoOnOneItem(showOthersScores: boolean) {
    const s = await setup({ showOthersScores });
    const [a1, a2] = s.assignments.filter((a) => a.itemId === s.items[0].id);
    const u1 = await actor({ id: a1.evaluator.userId });
    const u2 = await actor({ id: a2.evaluator.userId });
    await saveScores(u2, { assignmentId: a2.id, lockVersion: 0, scores: fullScores(s.criteria).map((x) => ({ ...x, comment: "NHẬN XÉT BÍ MẬT" })) });
    return { s, a1, a2, u1, u2 };
  }

  it("off (the default): never in the page's data, submitted or not", async () => {
    const { a1, a2, u1, u2, s } = await twoOnOneItem(false);
    const { submitScores } = await import("../../lib/appraisal/scoring/mutations");
    await submitScores(u2, { assignmentId: a2.id, lockVersion: 1, scores: fullScores(s.criteria).map((x) => ({ ...x, comment: "NHẬN XÉT BÍ MẬT" })) });
    const view = await getScoringView(u1, a1.id);
    expect(view?.others).toBeNull();
    expect(JSON.stringify(view)).not.toContain("NHẬN XÉT BÍ MẬT");
    expect(JSON.stringify(view)).not.toContain(u2.fullName);
  });

  it("on: the others' SUBMITTED scores only (a draft stays private)", async () => {
    const { a1, a2, u1, u2, s } = await twoOnOneItem(true);
    expect((await getScoringView(u1, a1.id))?.others).toEqual([]);
    const { submitScores } = await import("../../lib/appraisal/scoring/mutations");
    await submitScores(u2, { assignmentId: a2.id, lockVersion: 1, scores: fullScores(s.criteria) });
    const view = await getScoringView(u1, a1.id);
    expect(view?.others).toHaveLength(1);
    expect(view?.others?.[0]).toMatchObject({ name: u2.fullName, total: 95 });
  });
});

describe("conflict of interest and reopening", () => {
  it("a declared conflict needs a reason, declines the item (draft kept, not counted), reassigns it to another eligible evaluator and tells the chair", async () => {
    const s = await setup();
    // evY declares on an item of office A: the only others eligible are evB and evX (evA is of office A).
    const mine = s.assignmentOf(s.evY, s.iniA1) ?? s.assignmentOf(s.evY, s.iniA2)!;
    const item = s.items.find((i) => i.id === mine.itemId)!;
    await actAs(s.evY);
    await saveScoresAction({ assignmentId: mine.id, lockVersion: 0, scores: fullScores(s.criteria) });
    expect(await declareConflictAction({ assignmentId: mine.id, reason: "ngắn" })).toMatchObject({ ok: false, code: "VALIDATION" });
    const res = await declareConflictAction({ assignmentId: mine.id, reason: "Tôi là người góp ý xây dựng giải pháp này." });
    expect(res).toMatchObject({ ok: true, data: { reassigned: true } });
    const declined = await db().appraisalAssignment.findUniqueOrThrow({ where: { id: mine.id } });
    expect(declined).toMatchObject({ status: "DECLINED", conflictReason: "Tôi là người góp ý xây dựng giải pháp này." });
    expect(await db().appraisalScore.count({ where: { assignmentId: mine.id } })).toBe(5);
    const onItem = await db().appraisalAssignment.findMany({ where: { itemId: item.id, status: { not: "DECLINED" } }, include: { evaluator: true } });
    expect(onItem).toHaveLength(2);
    const ids = onItem.map((a) => a.evaluator.userId);
    expect(ids).not.toContain(s.evA.id);
    expect(ids).not.toContain(s.evY.id);
    expect(await db().notification.count({ where: { userId: s.evX.id, title: { contains: "xung đột lợi ích" } } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: "appraisal-assignment.conflict", entityId: mine.id } })).toBe(1);
    // Declined: no more saving, no dossier, no evidence.
    expect(await saveScoresAction({ assignmentId: mine.id, lockVersion: declined.lockVersion, scores: fullScores(s.criteria) })).toMatchObject({ ok: false, error: SCORING_MESSAGES.declined });
    expect((await getScoringView(await actor(s.evY), mine.id))?.dossier).toBeNull();
    const queue = await getMyQueue(s.evY);
    expect(queue[0].items.find((i) => i.id === mine.id)?.status).toBe("DECLINED");
  });

  it("no conflict after submitting", async () => {
    const s = await setup();
    const mine = s.assignmentOf(s.evX, s.iniA1)!;
    await actAs(s.evX);
    await submitScoresAction({ assignmentId: mine.id, lockVersion: 0, scores: fullScores(s.criteria) });
    expect(await declareConflictAction({ assignmentId: mine.id, reason: "Phát hiện xung đột sau khi gửi." })).toMatchObject({ ok: false, error: SCORING_MESSAGES.conflictAfterSubmit });
  });

  it("a submitted sheet is reopened only by the round's chair, with the reason in the audit log; the evaluator is told", async () => {
    const s = await setup();
    const mine = s.assignmentOf(s.evY, s.iniA1) ?? s.assignmentOf(s.evY, s.iniA2) ?? s.assignmentOf(s.evY, s.iniB1)!;
    await actAs(s.evY);
    await submitScoresAction({ assignmentId: mine.id, lockVersion: 0, scores: fullScores(s.criteria) });
    const reason = "Điểm hiệu quả chưa căn cứ số liệu minh chứng.";
    expect(await reopenScoresAction({ assignmentId: mine.id, reason })).toMatchObject({ ok: false, code: "RULE", error: SCORING_MESSAGES.chairOnly });
    for (const u of [s.evB, s.org.office]) {
      await actAs(u);
      expect(await reopenScoresAction({ assignmentId: mine.id, reason })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    await actAs(s.evX);
    expect(await reopenScoresAction({ assignmentId: mine.id, reason: "" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((await db().appraisalAssignment.findUniqueOrThrow({ where: { id: mine.id } })).status).toBe("SUBMITTED");
    expect(await reopenScoresAction({ assignmentId: mine.id, reason })).toMatchObject({ ok: true });
    expect(await db().appraisalAssignment.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({ status: "DRAFT", submittedAt: null });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "appraisal-score.reopen", entityId: mine.id } });
    expect(audit.actorId).toBe(s.evX.id);
    expect(audit.after).toMatchObject({ reason });
    expect(audit.summary).toContain(reason);
    expect(await db().notification.count({ where: { userId: s.evY.id, link: `/appraisal/${mine.id}` } })).toBe(1);
    // Reopening a sheet that is not submitted: refused.
    expect(await reopenScoresAction({ assignmentId: mine.id, reason })).toMatchObject({ ok: false, error: SCORING_MESSAGES.notSubmitted });
  });
});

describe("the dossier and its evidence", () => {
  it("the assigned evaluator reads the dossier and downloads its evidence; another evaluator, a declined or removed one does not", async () => {
    const s = await setup();
    const file = await db().evidenceFile.create({
      data: {
        initiativeId: s.iniA1.id,
        unitId: s.org.officeA.id,
        campaignId: s.org.campaign.id,
        fileName: "bao-cao-ket-qua.pdf",
        mimeType: "application/pdf",
        sizeBytes: 1234,
        sha256: "0".repeat(64),
        storageKey: `test/${s.iniA1.id}`,
        uploadedById: s.org.headA.id,
      },
    });
    await db().initiativeResult.create({ data: { initiativeId: s.iniA1.id, indicator: "Tỷ lệ hồ sơ đúng hạn", unitOfMeasure: "%", valueBefore: 92, valueAfter: 99 } });
    const assigned = s.assignments.filter((a) => a.item.initiativeId === s.iniA1.id).map((a) => a.evaluator.userId);
    const notAssigned = [s.evA, s.evB, s.evX, s.evY].filter((u) => !assigned.includes(u.id));
    expect(assigned).toHaveLength(2);
    expect(notAssigned.length).toBeGreaterThan(0);

    for (const id of assigned) {
      expect(await canReadEvidence(await actor({ id }), file.id)).not.toBeNull();
      const a = s.assignments.find((x) => x.evaluator.userId === id && x.item.initiativeId === s.iniA1.id)!;
      const view = await getScoringView(await actor({ id }), a.id);
      expect(view?.dossier?.files.map((f) => f.fileName)).toEqual(["bao-cao-ket-qua.pdf"]);
      expect(view?.dossier?.results.map((r) => r.valueAfter)).toEqual([99]);
      expect(view?.dossier?.row.content).toBe("Số hoá hồ sơ cấp giấy phép quy hoạch");
    }
    for (const u of notAssigned) expect(await canReadEvidence(await actor(u), file.id), u.fullName).toBeNull();

    // Declined: no longer; removed from the panel: no longer.
    const [first, second] = s.assignments.filter((a) => a.item.initiativeId === s.iniA1.id);
    await db().appraisalAssignment.update({ where: { id: first.id }, data: { status: "DECLINED" } });
    expect(await canReadEvidence(await actor({ id: first.evaluator.userId }), file.id)).toBeNull();
    await db().appraisalEvaluator.update({ where: { id: second.evaluatorId }, data: { active: false } });
    expect(await canReadEvidence(await actor({ id: second.evaluator.userId }), file.id)).toBeNull();
    // A draft round gives no access either.
    await db().appraisalEvaluator.update({ where: { id: second.evaluatorId }, data: { active: true } });
    await db().appraisalRound.update({ where: { id: s.round.id }, data: { status: "DRAFT" } });
    expect(await canReadEvidence(await actor({ id: second.evaluator.userId }), file.id)).toBeNull();
  });

  it("shows the parts of the unit's submitted or accepted reports about the initiative, never a draft's", async () => {
    const s = await setup();
    const mine = s.assignmentOf(s.evX, s.iniA1)!;
    const report = await db().report.create({ data: { campaignId: s.org.campaign.id, unitId: s.org.officeA.id, phase: "MIDTERM", status: "SUBMITTED", submittedVersion: 1, firstSubmittedAt: new Date(), lastSubmittedAt: new Date() } });
    await db().reportInitiativePart.create({ data: { reportId: report.id, initiativeId: s.iniA1.id, summary: "Tóm tắt giải pháp", results: "Giảm 30% thời gian" } });
    const draft = await db().report.create({ data: { campaignId: s.org.campaign.id, unitId: s.org.officeA.id, phase: "FINAL", status: "DRAFT" } });
    await db().reportInitiativePart.create({ data: { reportId: draft.id, initiativeId: s.iniA1.id, summary: "BẢN NHÁP", results: "" } });
    const view = await getScoringView(await actor(s.evX), mine.id);
    expect(view?.dossier?.reportParts.map((p) => p.summary)).toEqual(["Tóm tắt giải pháp"]);
  });
});

describe("the queue pages", () => {
  it("the evaluator's queue with 'đã chấm x/y' (declined not counted) and previous/next; the office's open rounds with progress", async () => {
    const s = await setup();
    const mineAll = s.assignments.filter((a) => a.evaluator.userId === s.evX.id);
    await actAs(s.evX);
    await submitScoresAction({ assignmentId: mineAll[0].id, lockVersion: 0, scores: fullScores(s.criteria) });
    const queue = await getMyQueue(s.evX);
    expect(queue).toHaveLength(1);
    expect(queue[0].round.campaign.documentNumber).toBe(s.org.campaign.documentNumber);
    expect(queue[0].progress).toEqual({ submitted: 1, total: mineAll.length });
    const view = await getScoringView(await actor(s.evX), queue[0].items[0].id);
    expect(view?.neighbours).toMatchObject({ prev: null, next: queue[0].items[1]?.id ?? null, position: 1, count: mineAll.length });

    const managed = await getManagedOpenRounds(await actor(s.org.office));
    expect(managed).toEqual([expect.objectContaining({ id: s.round.id, items: 3, submitted: 1, total: 6 })]);
    expect(await getManagedOpenRounds(await actor(s.org.otherOffice))).toEqual([]);
    expect(await getManagedOpenRounds(await actor(s.org.headA))).toEqual([]);
  });
});
