import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { getRecognitionPage } from "../../lib/recognition/queries";
import { recordRecognitionAction } from "../../lib/recognition/actions";
import { loadSurveyRoundAccess } from "../../lib/surveys/access";
import {
  addMemberAction,
  addVisitAction,
  announceRoundAction,
  cancelVisitAction,
  closeSurveyRoundAction,
  createPlanAction,
  createRoundAction,
  generateRoundDraftAction,
  saveFindingAction,
  saveUnitReportAction,
  setProposalAction,
  submitUnitReportAction,
  updatePlanAction,
  updateVisitAction,
} from "../../lib/surveys/actions";
import { loadSurveyTasks, runSurveyReminders } from "../../lib/surveys/duties";
import { listUnitVisits, loadVisitPage } from "../../lib/surveys/queries";
import { CANCELLED_VISIT_MESSAGE, NOT_ON_TEAM_MESSAGE } from "../../lib/surveys/rules";
import { beforeReminderAt } from "../../lib/reminders/rules";
import { vnDayOf } from "../../lib/time/vn";
import { actAs, db, makeOrganisation, makeUser } from "../helpers/factories";
import { makeRegistration } from "../helpers/registration-fixtures";

const session = async (u: { id: string }) => (await loadSessionUser(u.id))!;
/** dd/MM/yyyy of today + n days (Vietnam). */
const day = (n: number) => vnDayOf(new Date(Date.now() + n * 86_400_000)).split("-").reverse().join("/");
const ok = <T>(r: { ok: boolean; data?: T }) => {
  expect(r).toMatchObject({ ok: true });
  return r.data as T;
};

/** The City's office (Sở Nội vụ) plans a survey of the Sở's offices: plan over ±60 days, one round, a leader and a member. */
async function setup() {
  const org = await makeOrganisation();
  const cityOffice = await makeUser({ unit: org.city, roles: [{ role: "CCHC_OFFICE" }], username: "noivu-t", fullName: "Ngô Thị Hoàng Các" });
  const member = await makeUser({ unit: org.otherDept, roles: [{ role: "UNIT_HEAD" }], username: "member-t", fullName: "Trần Thành Viên" });
  const outsider = await makeUser({ unit: org.otherDept, roles: [{ role: "UNIT_STAFF" }], username: "outsider-t" });
  const reg = await makeRegistration({
    campaign: org.campaign,
    unit: org.officeA,
    status: "ACCEPTED",
    submittedBy: org.headA,
    rows: [{ field: 1, content: "Một cửa điện tử cho hồ sơ cấp phép quy hoạch", type: "MODEL" }],
  });
  const regB = await makeRegistration({ campaign: org.campaign, unit: org.officeB, status: "SUBMITTED", submittedBy: org.headB, rows: [{ field: 0, content: "Sổ tay hướng dẫn thủ tục" }] });
  await actAs(cityOffice);
  const { planId } = ok<{ planId: string }>(await createPlanAction({ title: "Kế hoạch khảo sát năm 2026", year: "2026", startsOn: day(-60), endsOn: day(60), documentNumber: "12/KH-SNV" }));
  const { roundId } = ok<{ roundId: string }>(await createRoundAction({ planId, name: "Đợt 1" }));
  ok(await addMemberAction({ roundId, userId: cityOffice.id, role: "LEADER" }));
  ok(await addMemberAction({ roundId, userId: member.id, role: "MEMBER", roleNote: "Đại diện Sở Khác" }));
  return { org, cityOffice, member, outsider, planId, roundId, initiative: reg.initiatives[0], initiativeB: regB.initiatives[0] };
}
type Setup = Awaited<ReturnType<typeof setup>>;

const visitInput = (s: Setup, extra: Record<string, unknown> = {}) => ({
  roundId: s.roundId,
  unitId: s.org.officeA.id,
  date: day(7),
  startTime: "08:30",
  endTime: "11:00",
  place: "Phòng họp tầng 2",
  contactName: "Nguyễn Văn Liên Hệ",
  contactPhone: "0909000000",
  initiativeIds: [s.initiative.id],
  ...extra,
});

describe("survey rounds: team, visits and invitations", () => {
  it("refuses a visit outside the plan's period, a unit outside its scope, an initiative of another unit and an end before the start", async () => {
    const s = await setup();
    await actAs(s.cityOffice);
    const outside = await addVisitAction(visitInput(s, { date: day(90) }));
    expect(outside).toMatchObject({ ok: false, fieldErrors: { date: expect.stringContaining("trong thời gian của kế hoạch") } });
    const otherCity = await db().unit.create({ data: { code: `x-${Date.now()}`, name: "Đơn vị ngoài", kind: "OTHER", path: "/x/", depth: 0 } });
    expect(await addVisitAction(visitInput(s, { unitId: otherCity.id }))).toMatchObject({ ok: false, fieldErrors: { unitId: expect.any(String) } });
    expect(await addVisitAction(visitInput(s, { initiativeIds: [s.initiativeB.id] }))).toMatchObject({ ok: false, fieldErrors: { initiativeIds: expect.any(String) } });
    expect(await addVisitAction(visitInput(s, { endTime: "08:00" }))).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { endTime: expect.any(String) } });
    expect(await db().surveyVisit.count()).toBe(0);
  });

  it("refuses a team member in two visits at the same time, whether the visit or the member is added second", async () => {
    const s = await setup();
    await actAs(s.cityOffice);
    ok(await addVisitAction(visitInput(s)));
    // Same round, same team, overlapping hours at another unit.
    const clash = await addVisitAction(visitInput(s, { unitId: s.org.officeB.id, initiativeIds: [s.initiativeB.id], startTime: "10:00", endTime: "12:00" }));
    expect(clash).toMatchObject({ ok: false, error: expect.stringContaining("trùng giờ") });
    // Another round whose visit overlaps: adding a member of round 1 is refused.
    const { roundId: round2 } = ok<{ roundId: string }>(await createRoundAction({ planId: s.planId, name: "Đợt 2" }));
    const leader2 = await makeUser({ unit: s.org.city, roles: [{ role: "CCHC_OFFICE" }], username: "leader2-t" });
    ok(await addMemberAction({ roundId: round2, userId: leader2.id, role: "LEADER" }));
    ok(await addVisitAction({ ...visitInput(s), roundId: round2, unitId: s.org.officeB.id, initiativeIds: [s.initiativeB.id], startTime: "09:00", endTime: "10:00" }));
    expect(await addMemberAction({ roundId: round2, userId: s.member.id, role: "MEMBER" })).toMatchObject({ ok: false, error: expect.stringContaining("Trần Thành Viên") });
    // Back to back is fine.
    ok(await addVisitAction(visitInput(s, { unitId: s.org.officeB.id, initiativeIds: [s.initiativeB.id], startTime: "13:00", endTime: "15:00" })));
  });

  it("announcing invites the team and the unit with an .ics; a reschedule keeps the UID with SEQUENCE 1; a cancellation sends METHOD:CANCEL", async () => {
    const s = await setup();
    await actAs(s.cityOffice);
    const { visitId } = ok<{ visitId: string }>(await addVisitAction(visitInput(s)));
    expect(await db().emailMessage.count()).toBe(0); // not announced yet: nobody invited
    ok(await announceRoundAction({ roundId: s.roundId }));
    const mails = await db().emailMessage.findMany({ where: { subject: { contains: "Thư mời khảo sát" } } });
    expect(new Set(mails.map((m) => m.toUserId))).toEqual(new Set([s.cityOffice.id, s.member.id, s.org.headA.id, s.org.staffA.id]));
    const ics = (mails[0].attachments as { content: string; contentType: string }[])[0];
    expect(ics.contentType).toContain("method=REQUEST");
    const uid = /UID:(.+)\r\n/.exec(ics.content)![1];
    expect(ics.content).toMatch(/SEQUENCE:0\r\n/);
    expect(ics.content).toMatch(/DTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(ics.content.endsWith("\r\n")).toBe(true);
    const v = await db().surveyVisit.findUniqueOrThrow({ where: { id: visitId } });
    ok(await updateVisitAction({ visitId, lockVersion: v.lockVersion, date: day(8), startTime: "14:00", endTime: "16:00", place: "Hội trường", contactName: "Nguyễn Văn Liên Hệ" }));
    const change = await db().emailMessage.findFirstOrThrow({ where: { subject: { contains: "Thay đổi lịch khảo sát" } } });
    const changed = (change.attachments as { content: string }[])[0].content;
    expect(changed).toContain(`UID:${uid}`);
    expect(changed).toMatch(/SEQUENCE:1\r\n/);
    ok(await cancelVisitAction({ visitId, reason: "Đơn vị đề nghị lùi lịch" }));
    const cancel = await db().emailMessage.findFirstOrThrow({ where: { subject: { contains: "Hủy lịch khảo sát" } } });
    const cancelled = (cancel.attachments as { content: string; contentType: string }[])[0];
    expect(cancelled.contentType).toContain("method=CANCEL");
    expect(cancelled.content).toContain("METHOD:CANCEL");
    expect(cancelled.content).toContain("STATUS:CANCELLED");
    expect(cancelled.content).toMatch(/SEQUENCE:2\r\n/);
  });

  it("edits the plan with its version; a period that would leave a scheduled visit outside is refused; another office cannot edit", async () => {
    const s = await setup();
    await actAs(s.cityOffice);
    ok(await addVisitAction(visitInput(s)));
    const plan = await db().surveyPlan.findUniqueOrThrow({ where: { id: s.planId } });
    const input = { planId: s.planId, lockVersion: plan.lockVersion, title: "Kế hoạch khảo sát (sửa)", year: "2026", startsOn: day(-60), endsOn: day(5), documentNumber: "12/KH-SNV" };
    expect(await updatePlanAction(input)).toMatchObject({ ok: false, fieldErrors: { startsOn: expect.stringContaining("nằm ngoài thời gian mới") } });
    ok(await updatePlanAction({ ...input, endsOn: day(30) }));
    expect(await updatePlanAction({ ...input, endsOn: day(30) })).toMatchObject({ ok: false, code: "CONFLICT" });
    await actAs(s.org.otherOffice);
    expect(await updatePlanAction({ ...input, lockVersion: plan.lockVersion + 1 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await db().surveyPlan.findUniqueOrThrow({ where: { id: s.planId } })).title).toBe("Kế hoạch khảo sát (sửa)");
  });

  it("keeps rounds to their people: another CCHC office and a unit head cannot manage; a member of one round cannot open another", async () => {
    const s = await setup();
    await actAs(s.org.otherOffice);
    expect(await addVisitAction(visitInput(s))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs(s.org.headA);
    expect(await addMemberAction({ roundId: s.roundId, userId: s.org.headA.id, role: "MEMBER" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs(s.cityOffice);
    const { roundId: round2 } = ok<{ roundId: string }>(await createRoundAction({ planId: s.planId, name: "Đợt 2" }));
    expect(await loadSurveyRoundAccess(await session(s.member), round2)).toBeNull();
    expect(await loadSurveyRoundAccess(await session(s.outsider), s.roundId)).toBeNull();
  });
});

describe("the visited unit's report, the findings and the round's report", () => {
  async function announced() {
    const s = await setup();
    await actAs(s.cityOffice);
    const { visitId } = ok<{ visitId: string }>(await addVisitAction(visitInput(s, { reportDueDate: day(3) })));
    ok(await announceRoundAction({ roundId: s.roundId }));
    return { ...s, visitId };
  }

  it("the unit drafts and its head sends the report, which becomes read-only; it is an obligation until sent; another unit never sees it", async () => {
    const s = await announced();
    expect(await loadSurveyTasks(await session(s.org.headA))).toHaveLength(1);
    expect(await loadSurveyTasks(await session(s.org.headB))).toHaveLength(0);
    expect(await loadVisitPage(await session(s.org.headB), s.visitId)).toBeNull();
    expect((await listUnitVisits(await session(s.org.headB)))!).toHaveLength(0);
    await actAs(s.org.staffA);
    ok(await saveUnitReportAction({ visitId: s.visitId, lockVersion: 0, general: "Tình hình chung <b>đậm</b>", [`results:${s.initiative.id}`]: "Rút ngắn thời gian 30%", [`rate:${s.initiative.id}`]: "95,5" }));
    expect(await submitUnitReportAction({ visitId: s.visitId, lockVersion: 1 })).toMatchObject({ ok: false, code: "NOT_FOUND" }); // staff cannot send
    await actAs(s.org.headB);
    expect(await saveUnitReportAction({ visitId: s.visitId, lockVersion: 1, general: "x" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs(s.org.headA);
    expect(await saveUnitReportAction({ visitId: s.visitId, lockVersion: 1, general: "x", [`rate:${s.initiative.id}`]: "150" })).toMatchObject({ ok: false, fieldErrors: { [`rate:${s.initiative.id}`]: expect.any(String) } });
    expect(await submitUnitReportAction({ visitId: s.visitId, lockVersion: 1 })).toMatchObject({ ok: true, data: { late: false } });
    expect(await saveUnitReportAction({ visitId: s.visitId, lockVersion: 2, general: "sửa sau khi gửi" })).toMatchObject({ ok: false, code: "RULE" });
    expect(await loadSurveyTasks(await session(s.org.headA))).toHaveLength(0);
    const part = await db().surveyUnitReportPart.findFirstOrThrow({ where: { initiativeId: s.initiative.id } });
    expect(part.satisfactionRate).toBe(95.5);
  });

  it("refuses a report for a cancelled visit", async () => {
    const s = await announced();
    await actAs(s.cityOffice);
    ok(await cancelVisitAction({ visitId: s.visitId, reason: "Hoãn" }));
    await actAs(s.org.headA);
    expect(await saveUnitReportAction({ visitId: s.visitId, lockVersion: 0, general: "x" })).toMatchObject({ ok: false, error: CANCELLED_VISIT_MESSAGE });
  });

  it("reminds the unit's head of the report once per step", async () => {
    const s = await announced();
    // An hour after the 07:00 reminder three days before (not "now": before 07:00 Vietnam time the last step due is 7 days before).
    const visit = await db().surveyVisit.findUniqueOrThrow({ where: { id: s.visitId }, select: { reportDueAt: true } });
    const now = new Date(beforeReminderAt(visit.reportDueAt, 3).getTime() + 3_600_000);
    const first = await runSurveyReminders({ now });
    expect(first.sent).toBe(1);
    expect(await db().surveyReminder.findMany({ select: { userId: true, reminderKey: true } })).toEqual([{ userId: s.org.headA.id, reminderKey: "report:before:3" }]);
    expect((await runSurveyReminders({ now })).sent).toBe(0);
  });

  it("only the round's team records findings; the leader drafts the report, proposes, closes, and the proposal reaches recognition", async () => {
    const s = await announced();
    await actAs(s.outsider);
    expect(await saveFindingAction({ visitId: s.visitId, initiativeId: s.initiative.id, achieved: "x" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs(s.org.headA); // the visited unit is not on the team
    expect(await saveFindingAction({ visitId: s.visitId, initiativeId: s.initiative.id, achieved: "x" })).toMatchObject({ ok: false, error: NOT_ON_TEAM_MESSAGE });
    await actAs(s.member);
    ok(await saveFindingAction({ visitId: s.visitId, initiativeId: s.initiative.id, achieved: "Người dân nộp hồ sơ trực tuyến 100%", limitations: "Chưa liên thông", satisfactionImpact: "SIGNIFICANT" }));
    expect(await saveFindingAction({ visitId: s.visitId, initiativeId: s.initiativeB.id, achieved: "x" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // A member is not the leader.
    expect(await generateRoundDraftAction({ roundId: s.roundId, lockVersion: 1 })).toMatchObject({ ok: false, code: "RULE" });
    await actAs(s.cityOffice);
    const round = await db().surveyRound.findUniqueOrThrow({ where: { id: s.roundId } });
    ok(await generateRoundDraftAction({ roundId: s.roundId, lockVersion: round.lockVersion }));
    const drafted = await db().surveyRound.findUniqueOrThrow({ where: { id: s.roundId } });
    expect(drafted.reportSummary).toContain("Người dân nộp hồ sơ trực tuyến 100%");
    expect(drafted.reportSummary).toContain("tác động rõ rệt");
    expect(await closeSurveyRoundAction({ roundId: s.roundId, lockVersion: drafted.lockVersion })).toMatchObject({ ok: false, error: expect.stringContaining("chưa có đề xuất") });
    expect(await setProposalAction({ roundId: s.roundId, initiativeId: s.initiative.id, kind: "REPLICATE" })).toMatchObject({ ok: false, fieldErrors: { replicateWhere: expect.any(String) } });
    ok(await setProposalAction({ roundId: s.roundId, initiativeId: s.initiative.id, kind: "REPLICATE", replicateWhere: "các phòng chuyên môn", reason: "Hiệu quả rõ" }));
    // Not closed yet: the proposal does not count.
    expect((await getRecognitionPage(await session(s.org.leader), s.org.campaign.id))!.form!.candidates).toHaveLength(0);
    ok(await closeSurveyRoundAction({ roundId: s.roundId, lockVersion: drafted.lockVersion }));
    const page = await getRecognitionPage(await session(s.org.leader), s.org.campaign.id);
    expect(page!.form!.candidates.map((c) => c.id)).toEqual([s.initiative.id]);
    await actAs(s.org.leader);
    ok(await recordRecognitionAction({ campaignId: s.org.campaign.id, number: "9/QĐ-STN", signedOn: vnDayOf(new Date()), signerName: "Giám đốc", signerTitle: "Giám đốc Sở", summary: "Công nhận mô hình theo đề nghị của Đoàn khảo sát", level: "", initiativeIds: [s.initiative.id] }));
    expect(await db().recognisedModel.count({ where: { initiativeId: s.initiative.id } })).toBe(1);
  });
});
