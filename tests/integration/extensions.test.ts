import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { grantExtensionAction, revokeExtensionAction } from "../../lib/extensions/actions";
import { grantExtension } from "../../lib/extensions/mutations";
import { createCampaignAction } from "../../lib/campaigns/actions";
import { DEFAULT_REFORM_FIELDS, PLAN_MILESTONES } from "../../lib/campaigns/defaults";
import { getCampaignForEdit } from "../../lib/campaigns/queries";
import type { CampaignFormInput } from "../../lib/campaigns/schemas";
import { activeExtensionsByCell, getCampaignExtensions } from "../../lib/extensions/queries";
import { loadEffectiveDeadlines } from "../../lib/deadlines/queries";
import { submitUnitRegistrationAction, requestIndividualConfirmationAction } from "../../lib/registrations/actions";
import { confirmIndividualRegistration } from "../../lib/registrations/individual-mutations";
import { getRegistrationWorkspace, getUnitHome } from "../../lib/registrations/queries";
import { submitUnitRegistration } from "../../lib/registrations/mutations";
import { returnRegistration } from "../../lib/review/mutations";
import type { RegistrationFormInput } from "../../lib/registrations/schemas";
import { returnReportAction, saveReportDraftAction, submitReportAction } from "../../lib/reports/actions";
import type { ReportFormInput } from "../../lib/reports/schemas";
import { dueAtForBeforeDay, formatDateTimeVN } from "../../lib/time/vn";
import { actAs, db, makeCampaign, makeOrganisation, makeUnit } from "../helpers/factories";
import { addReportMilestones } from "../helpers/milestone-fixtures";
import { makeRegistration } from "../helpers/registration-fixtures";

type Org = Awaited<ReturnType<typeof makeOrganisation>>;

const CUTOFF_MSG = (day: string) =>
  `Đã quá hạn cuối cùng (trước ngày ${day}): Bộ phận CCHC không nhận Mẫu 1 sau thời điểm này. Vui lòng liên hệ Bộ phận CCHC để được gia hạn.`;

function form(org: Org, unitId: string, over: Partial<RegistrationFormInput> = {}): RegistrationFormInput {
  return {
    campaignId: org.campaign.id,
    unitId,
    registrationId: null,
    lockVersion: 0,
    confirmed: true,
    rows: [
      {
        initiativeId: null,
        fieldId: org.campaign.fields[1].id,
        content: "Số hoá hồ sơ cấp giấy phép quy hoạch",
        type: "SOLUTION",
        ownerType: "UNIT",
        ownerNames: "",
        expectedCompletion: `${org.campaign.year}-09-30`,
        note: "",
        level: "DEPARTMENT",
      },
    ],
    ...over,
  };
}

const sessionOf = async (u: { id: string }) => (await loadSessionUser(u.id))!;
const vn = (year: number, mmdd: string, time = "00:00:00") => new Date(`${year}-${mmdd}T${time}+07:00`);

/** The registration milestone due "before 18/4" of the campaign's year. */
async function dueOn18April(org: Org, cutoffMmDd?: string) {
  const y = org.campaign.year;
  await db().milestone.updateMany({
    where: { campaignId: org.campaign.id },
    data: { dueAt: dueAtForBeforeDay(`${y}-04-18`), hardCutoffAt: cutoffMmDd ? dueAtForBeforeDay(`${y}-${cutoffMmDd}`) : null },
  });
  return db().milestone.findFirstOrThrow({ where: { campaignId: org.campaign.id, kind: "REGISTRATION" } });
}

async function grant(org: Org, unitId: string, beforeDay: string, reason = "Đơn vị đang kiện toàn nhân sự") {
  await actAs(org.office);
  const milestone = await db().milestone.findFirstOrThrow({ where: { campaignId: org.campaign.id, kind: "REGISTRATION" } });
  return grantExtensionAction({ campaignId: org.campaign.id, milestoneId: milestone.id, unitId, beforeDay, reason });
}

describe("extensions granted by the CCHC office", () => {
  it("A's deadline follows its extension: A submits after the original due but before the new one on time, B is late", async () => {
    const org = await makeOrganisation();
    const y = org.campaign.year;
    await dueOn18April(org);
    const res = await grant(org, org.officeA.id, `${y}-04-25`);
    expect(res).toMatchObject({ ok: true, message: `Đã gia hạn cho Phòng A đến trước ngày 25/04/${y}.` });

    const a = await submitUnitRegistration(await sessionOf(org.headA), form(org, org.officeA.id) as never, vn(y, "04-20", "10:00:00"));
    expect(a.isLate).toBe(false);
    const b = await submitUnitRegistration(await sessionOf(org.headB), form(org, org.officeB.id) as never, vn(y, "04-20", "10:00:00"));
    expect(b.isLate).toBe(true);
    expect((await db().registration.findUniqueOrThrow({ where: { id: a.registrationId } })).isLate).toBe(false);

    const audit = await db().auditLog.findMany({ where: { entityType: "MilestoneExtension" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: org.office.id, unitId: org.officeA.id, campaignId: org.campaign.id, action: "extension.grant" });
  });

  it("23:59:59 Vietnam time the day before the extended 'before' day is on time; 00:00:00 is late (server zone irrelevant)", async () => {
    const org = await makeOrganisation();
    const y = org.campaign.year;
    await dueOn18April(org);
    expect((await grant(org, org.officeA.id, `${y}-04-25`)).ok).toBe(true);
    expect((await grant(org, org.officeB.id, `${y}-04-25`)).ok).toBe(true);
    const onTime = await submitUnitRegistration(await sessionOf(org.headA), form(org, org.officeA.id) as never, vn(y, "04-24", "23:59:59"));
    expect(onTime.isLate).toBe(false);
    const late = await submitUnitRegistration(await sessionOf(org.headB), form(org, org.officeB.id) as never, vn(y, "04-25", "00:00:00"));
    expect(late.isLate).toBe(true);
  });

  it("refuses a date not later than the unit's current due date, with a field message", async () => {
    const org = await makeOrganisation();
    const y = org.campaign.year;
    await dueOn18April(org);
    for (const day of [`${y}-04-17`, `${y}-04-18`]) {
      const res = await grant(org, org.officeA.id, day);
      expect(res).toMatchObject({ ok: false, code: "RULE", fieldErrors: { beforeDay: `Ngày gia hạn phải sau hạn hiện tại (trước ngày 18/04/${y})` } });
    }
    // Against the current extension, not the original date.
    expect((await grant(org, org.officeA.id, `${y}-04-25`)).ok).toBe(true);
    expect(await grant(org, org.officeA.id, `${y}-04-22`)).toMatchObject({
      ok: false,
      fieldErrors: { beforeDay: `Ngày gia hạn phải sau hạn hiện tại (trước ngày 25/04/${y})` },
    });
    expect(await grant(org, org.officeA.id, "")).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { beforeDay: "Vui lòng chọn ngày gia hạn (trước ngày)." } });
    const noReason = await grant(org, org.officeA.id, `${y}-05-01`, "  ");
    expect(noReason).toMatchObject({ ok: false, fieldErrors: { reason: "Vui lòng nhập lý do gia hạn." } });
    const longReason = await grant(org, org.officeA.id, `${y}-05-01`, "x".repeat(1001));
    expect(longReason).toMatchObject({ ok: false, fieldErrors: { reason: "Tối đa 1.000 ký tự." } });
    expect(await db().milestoneExtension.count()).toBe(1);
  });

  it("refuses an extension once the unit's Mẫu 1 is submitted; a returned form can be extended", async () => {
    const org = await makeOrganisation();
    const y = org.campaign.year;
    await dueOn18April(org);
    const sub = await submitUnitRegistration(await sessionOf(org.headA), form(org, org.officeA.id) as never, vn(y, "04-10", "09:30:00"));
    const res = await grant(org, org.officeA.id, `${y}-04-25`);
    expect(res).toMatchObject({ ok: false, code: "RULE", error: `Đơn vị đã nộp Mẫu 1 lúc 10/04/${y} 09:30: không cần gia hạn` });
    expect(await db().milestoneExtension.count()).toBe(0);

    const reg = await db().registration.findUniqueOrThrow({ where: { id: sub.registrationId } });
    await returnRegistration(await sessionOf(org.office), { campaignId: org.campaign.id, registrationId: reg.id, lockVersion: reg.lockVersion, comment: "Bổ sung nội dung" });
    expect((await grant(org, org.officeA.id, `${y}-04-25`)).ok).toBe(true);
  });

  it("refuses a non-participating unit and a milestone of another campaign", async () => {
    const org = await makeOrganisation();
    const y = org.campaign.year;
    const outsider = await makeUnit({ name: "Phòng C", parent: org.dept });
    const res = await grant(org, outsider.id, `${y + 1}-01-20`);
    expect(res).toMatchObject({ ok: false, fieldErrors: { unitId: "Đơn vị này không tham gia kế hoạch thi đua." } });

    const other = await makeCampaign({ issuingUnit: org.dept, units: [org.officeA] });
    await actAs(org.office);
    const res2 = await grantExtensionAction({
      campaignId: org.campaign.id,
      milestoneId: other.milestones[0].id,
      unitId: org.officeA.id,
      beforeDay: `${y + 1}-01-20`,
      reason: "Lý do",
    });
    expect(res2).toMatchObject({ ok: false, fieldErrors: { milestoneId: "Mốc này không thuộc kế hoạch thi đua." } });
    expect(await db().milestoneExtension.count()).toBe(0);
  });

  it("a unit head, a leader and the office of another Sở can neither grant nor revoke (not found); nothing changes", async () => {
    const org = await makeOrganisation();
    const y = org.campaign.year;
    const granted = await grant(org, org.officeA.id, `${y + 1}-01-20`);
    expect(granted.ok).toBe(true);
    const extensionId = granted.ok ? granted.data.extensionId : "";
    const milestone = await db().milestone.findFirstOrThrow({ where: { campaignId: org.campaign.id } });
    for (const who of [org.headA, org.leader, org.otherOffice, org.staffA]) {
      await actAs(who);
      const g = await grantExtensionAction({ campaignId: org.campaign.id, milestoneId: milestone.id, unitId: org.officeA.id, beforeDay: `${y + 1}-02-20`, reason: "Lý do" });
      expect(g).toMatchObject({ ok: false, code: "NOT_FOUND", error: "Không tìm thấy hoặc bạn không có quyền truy cập." });
      expect(await revokeExtensionAction({ extensionId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
      await expect(getCampaignExtensions(await sessionOf(who), org.campaign.id, { page: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await db().milestoneExtension.count()).toBe(1);
    expect((await db().milestoneExtension.findUniqueOrThrow({ where: { id: extensionId } })).revokedAt).toBeNull();
    expect(await db().auditLog.count({ where: { entityType: "MilestoneExtension" } })).toBe(1);
  });

  it("revoking restores the previous date; the history keeps every row with who granted and revoked", async () => {
    const org = await makeOrganisation();
    const y = org.campaign.year;
    const milestone = await dueOn18April(org);
    const first = await grant(org, org.officeA.id, `${y}-04-25`, "Lần 1");
    const second = await grant(org, org.officeA.id, `${y}-05-02`, "Lần 2");
    expect(first.ok && second.ok).toBe(true);
    const lookup = async () => (await loadEffectiveDeadlines([milestone], [org.officeA.id]))(milestone, org.officeA.id).dueAt;
    expect(await lookup()).toEqual(dueAtForBeforeDay(`${y}-05-02`));

    await actAs(org.office);
    const r = await revokeExtensionAction({ extensionId: second.ok ? second.data.extensionId : "" });
    expect(r).toMatchObject({ ok: true });
    expect(await lookup()).toEqual(dueAtForBeforeDay(`${y}-04-25`));
    expect(await revokeExtensionAction({ extensionId: second.ok ? second.data.extensionId : "" })).toMatchObject({ ok: false, code: "RULE" });
    await revokeExtensionAction({ extensionId: first.ok ? first.data.extensionId : "" });
    expect(await lookup()).toEqual(dueAtForBeforeDay(`${y}-04-18`));

    const page = await getCampaignExtensions(await sessionOf(org.office), org.campaign.id, { page: 1 });
    expect(page.total).toBe(2);
    expect(page.history.map((h) => [h.reason, h.grantedBy, h.revokedBy, h.inForce])).toEqual([
      ["Lần 2", "Người dùng office-t", "Người dùng office-t", false],
      ["Lần 1", "Người dùng office-t", "Người dùng office-t", false],
    ]);
    expect(page.units.map((u) => u.name).sort()).toEqual(["Phòng A", "Phòng B"]);
    const audit = await db().auditLog.findMany({ where: { entityType: "MilestoneExtension" }, orderBy: [{ at: "asc" }, { id: "asc" }] });
    expect(audit.map((a) => a.action)).toEqual(["extension.grant", "extension.grant", "extension.revoke", "extension.revoke"]);
    expect(audit.every((a) => a.unitId === org.officeA.id && a.campaignId === org.campaign.id)).toBe(true);
  });
});

describe("the status matrix's marker", () => {
  it("lists the extensions in force per milestone and unit, for readers of the campaign only", async () => {
    const org = await makeOrganisation();
    const y = org.campaign.year;
    const granted = await grant(org, org.officeA.id, `${y + 1}-01-20`);
    expect(granted.ok).toBe(true);
    const key = `${org.campaign.milestones[0].id}:${org.officeA.id}`;
    const units = [org.officeA.id, org.officeB.id];
    const forLeader = await activeExtensionsByCell(await sessionOf(org.leader), org.campaign.id, units);
    expect([...forLeader.entries()]).toEqual([[key, dueAtForBeforeDay(`${y + 1}-01-20`)]]);
    expect((await activeExtensionsByCell(await sessionOf(org.otherOffice), org.campaign.id, units)).size).toBe(0);
    await actAs(org.office);
    await revokeExtensionAction({ extensionId: granted.ok ? granted.data.extensionId : "" });
    expect((await activeExtensionsByCell(await sessionOf(org.office), org.campaign.id, units)).size).toBe(0);
  });
});

describe("the unit sees its own deadline", () => {
  it("unit home and Mẫu 1 workspace show the extended date and reason to A only; the cut-off too", async () => {
    const org = await makeOrganisation();
    const y = org.campaign.year;
    await dueOn18April(org, "04-25");
    expect((await grant(org, org.officeA.id, `${y}-05-05`, "Đơn vị mới sáp nhập")).ok).toBe(true);
    const homeA = await getUnitHome(await sessionOf(org.headA));
    const mA = homeA.units[0].campaigns[0].milestones[0];
    expect(mA.dueAt).toEqual(dueAtForBeforeDay(`${y}-05-05`));
    expect(mA.originalDueAt).toEqual(dueAtForBeforeDay(`${y}-04-18`));
    expect(mA.extension).toMatchObject({ reason: "Đơn vị mới sáp nhập" });
    expect(mA.cutoffAt).toEqual(dueAtForBeforeDay(`${y}-05-05`));
    const homeB = await getUnitHome(await sessionOf(org.headB));
    expect(homeB.units[0].campaigns[0].milestones[0]).toMatchObject({ extension: null, dueAt: dueAtForBeforeDay(`${y}-04-18`), cutoffAt: dueAtForBeforeDay(`${y}-04-25`) });
    const ws = await getRegistrationWorkspace(await sessionOf(org.staffA), org.campaign.id, undefined, "UNIT");
    expect(!ws.needsChoice && ws.dueAt).toEqual(dueAtForBeforeDay(`${y}-05-05`));
    expect(!ws.needsChoice && ws.deadline.extension?.reason).toBe("Đơn vị mới sáp nhập");
  });
});

describe("hard cut-off", () => {
  it("a submission at or after the cut-off is refused with the message; status unchanged, nothing saved", async () => {
    const org = await makeOrganisation();
    const y = org.campaign.year;
    await dueOn18April(org, "04-25");
    const head = await sessionOf(org.headA);
    // Late but before the cut-off: accepted, late.
    const late = await submitUnitRegistration(await sessionOf(org.headB), form(org, org.officeB.id) as never, vn(y, "04-24", "23:59:59"));
    expect(late.isLate).toBe(true);

    await expect(submitUnitRegistration(head, form(org, org.officeA.id) as never, vn(y, "04-25"))).rejects.toMatchObject({
      code: "RULE",
      message: CUTOFF_MSG(`25/04/${y}`),
    });
    expect(await db().registration.count({ where: { unitId: org.officeA.id } })).toBe(0);
  });

  it("the action refuses after the cut-off (real clock) and keeps the saved draft as it was", async () => {
    const org = await makeOrganisation();
    const y = new Date().getUTCFullYear();
    const past = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString().slice(0, 10);
    await db().milestone.updateMany({ where: { campaignId: org.campaign.id }, data: { dueAt: dueAtForBeforeDay(past(5)), hardCutoffAt: dueAtForBeforeDay(past(2)) } });
    await actAs(org.headA);
    const res = await submitUnitRegistrationAction(form(org, org.officeA.id));
    expect(res).toMatchObject({ ok: false, code: "RULE" });
    expect(!res.ok && res.error).toContain("Đã quá hạn cuối cùng (trước ngày");
    expect(await db().registration.count({ where: { unitId: org.officeA.id } })).toBe(0);
    expect(y).toBeGreaterThan(2000);
  });

  it("an extension past the cut-off lets the unit submit until its new date (on time before it)", async () => {
    const org = await makeOrganisation();
    const y = org.campaign.year;
    await dueOn18April(org, "04-25");
    expect((await grant(org, org.officeA.id, `${y}-05-05`)).ok).toBe(true);
    const ok = await submitUnitRegistration(await sessionOf(org.headA), form(org, org.officeA.id) as never, vn(y, "05-01", "08:00:00"));
    expect(ok.isLate).toBe(false);
    const reg = await db().registration.findUniqueOrThrow({ where: { id: ok.registrationId } });
    expect(reg.status).toBe("SUBMITTED");
    // B has no extension: refused.
    await expect(submitUnitRegistration(await sessionOf(org.headB), form(org, org.officeB.id) as never, vn(y, "05-01", "08:00:00"))).rejects.toMatchObject({
      message: CUTOFF_MSG(`25/04/${y}`),
    });
  });

  it("the head's confirmation of an individual registration follows the extension and the cut-off", async () => {
    const org = await makeOrganisation();
    const y = org.campaign.year;
    await dueOn18April(org, "04-25");
    await actAs(org.staffA);
    const sent = await requestIndividualConfirmationAction({ ...form(org, org.officeA.id), confirmed: false, rows: form(org, org.officeA.id).rows.map((r) => ({ ...r, ownerType: "INDIVIDUALS", ownerNames: "Người dùng staff-a" })) });
    expect(sent.ok).toBe(true);
    if (!sent.ok) return;
    const head = await sessionOf(org.headA);
    await expect(confirmIndividualRegistration(head, { registrationId: sent.data.registrationId, lockVersion: sent.data.lockVersion }, vn(y, "04-26"))).rejects.toMatchObject({
      message: CUTOFF_MSG(`25/04/${y}`),
    });
    expect((await db().registration.findUniqueOrThrow({ where: { id: sent.data.registrationId } })).status).toBe("AWAITING_CONFIRMATION");
    expect((await grant(org, org.officeA.id, `${y}-05-05`)).ok).toBe(true);
    const res = await confirmIndividualRegistration(head, { registrationId: sent.data.registrationId, lockVersion: sent.data.lockVersion }, vn(y, "04-26"));
    expect(res.isLate).toBe(false);
  });

  it("grantExtension is reachable directly with the office's session (smoke)", async () => {
    const org = await makeOrganisation();
    const y = org.campaign.year;
    const milestone = await db().milestone.findFirstOrThrow({ where: { campaignId: org.campaign.id } });
    const res = await grantExtension(await sessionOf(org.office), { campaignId: org.campaign.id, milestoneId: milestone.id, unitId: org.officeB.id, beforeDay: `${y + 1}-03-01`, reason: "Lý do" });
    expect(res.unitName).toBe("Phòng B");
  });
});

describe("report milestones (Mẫu 2 + Đề cương)", () => {
  const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

  /** Registration closed 10 days ago, mid-term report due in 5 days (open), final report in 60 days (not open). */
  async function reportCampaign(org: Org) {
    const campaign = await makeCampaign({ issuingUnit: org.dept, units: [org.officeA, org.officeB], registrationBeforeDay: dayFromNow(-10) });
    const milestones = await addReportMilestones(campaign, { midtermInDays: 5, finalInDays: 60 });
    await makeRegistration({ campaign, unit: org.officeA, status: "ACCEPTED", submittedBy: org.headA, rows: [{ field: 0, content: "Rà soát thủ tục cấp giấy phép quy hoạch" }] });
    return { campaign, milestones };
  }
  const reportForm = (campaign: { id: string }, unitId: string, over: Partial<ReportFormInput> = {}): ReportFormInput => ({
    campaignId: campaign.id,
    unitId,
    phase: "MIDTERM",
    reportId: null,
    lockVersion: 0,
    situation: "Phòng có 12 công chức.",
    currentState: "Hồ sơ giải quyết đúng hạn.",
    strengths: "Chủ động.",
    limitations: "Thiếu nhân lực.",
    lessons: "Phối hợp sớm.",
    fieldRows: [],
    parts: [],
    confirmed: true,
    ...over,
  });
  const grantReport = async (org: Org, campaignId: string, milestoneId: string, unitId: string, days = 20) => {
    await actAs(org.office);
    return grantExtensionAction({ campaignId, milestoneId, unitId, beforeDay: dayFromNow(days), reason: "Đơn vị đang kiện toàn nhân sự" });
  };

  it("refuses once the unit's report of the phase is submitted; returned, draft or none can be extended", async () => {
    const org = await makeOrganisation();
    const { campaign, milestones } = await reportCampaign(org);
    // A draft: extended.
    await actAs(org.staffA);
    const draft = await saveReportDraftAction(reportForm(campaign, org.officeA.id, { confirmed: false }));
    if (!draft.ok) throw new Error(draft.error);
    expect((await grantReport(org, campaign.id, milestones.MIDTERM_REPORT.id, org.officeA.id, 10)).ok).toBe(true);

    // Submitted by the head: refused with the report's name and time, next to the unit field; nothing written.
    await actAs(org.headA);
    const sub = await submitReportAction(reportForm(campaign, org.officeA.id, { reportId: draft.data.reportId, lockVersion: draft.data.lockVersion }));
    expect(sub).toMatchObject({ ok: true });
    const report = await db().report.findUniqueOrThrow({ where: { id: draft.data.reportId } });
    const msg = `Đơn vị đã nộp báo cáo sơ kết lúc ${formatDateTimeVN(report.lastSubmittedAt)}: không cần gia hạn`;
    const refused = await grantReport(org, campaign.id, milestones.MIDTERM_REPORT.id, org.officeA.id, 30);
    expect(refused).toMatchObject({ ok: false, code: "RULE", error: msg, fieldErrors: { unitId: msg } });
    expect(await db().milestoneExtension.count({ where: { milestoneId: milestones.MIDTERM_REPORT.id } })).toBe(1);
    // The other phase and the other unit are not concerned; no report at all (B) can be extended.
    expect((await grantReport(org, campaign.id, milestones.FINAL_REPORT.id, org.officeA.id, 90)).ok).toBe(true);
    expect((await grantReport(org, campaign.id, milestones.MIDTERM_REPORT.id, org.officeB.id)).ok).toBe(true);

    // Returned by the office: can be extended again.
    await actAs(org.office);
    const ret = await returnReportAction({ campaignId: campaign.id, reportId: report.id, lockVersion: report.lockVersion, comment: "Bổ sung số liệu mục IV." });
    expect(ret).toMatchObject({ ok: true });
    expect((await grantReport(org, campaign.id, milestones.MIDTERM_REPORT.id, org.officeA.id, 30)).ok).toBe(true);
  });

  it("refuses an accepted report, whatever the date asked for", async () => {
    const org = await makeOrganisation();
    const { campaign, milestones } = await reportCampaign(org);
    await db().report.create({
      data: { campaignId: campaign.id, unitId: org.officeB.id, phase: "FINAL", status: "ACCEPTED", submittedVersion: 1, firstSubmittedAt: new Date(), lastSubmittedAt: new Date() },
    });
    const res = await grantReport(org, campaign.id, milestones.FINAL_REPORT.id, org.officeB.id, 1);
    expect(res).toMatchObject({ ok: false, code: "RULE", error: expect.stringMatching(/^Đơn vị đã nộp báo cáo tổng kết lúc .+: không cần gia hạn$/) });
    expect(await db().milestoneExtension.count()).toBe(0);
  });

  it("the extensions page lists report milestones with their opening date and the units that have handed in (not the summary milestones)", async () => {
    const org = await makeOrganisation();
    const { campaign, milestones } = await reportCampaign(org);
    await db().report.create({ data: { campaignId: campaign.id, unitId: org.officeB.id, phase: "MIDTERM", status: "SUBMITTED", submittedVersion: 1, lastSubmittedAt: new Date() } });
    await db().report.create({ data: { campaignId: campaign.id, unitId: org.officeA.id, phase: "MIDTERM", status: "RETURNED", submittedVersion: 1, lastSubmittedAt: new Date() } });
    const page = await getCampaignExtensions(await sessionOf(org.office), campaign.id, { page: 1 });
    const byKind = Object.fromEntries(page.milestones.map((m) => [m.kind, m]));
    expect(Object.keys(byKind).sort()).toEqual(["FINAL_REPORT", "MIDTERM_REPORT", "REGISTRATION"]);
    // A's Mẫu 1 is accepted: handed in; B has none.
    expect(byKind.REGISTRATION).toMatchObject({ deliverableName: "Mẫu 1", opensAt: null, handedInUnitIds: [org.officeA.id] });
    // A's mid-term report was returned: A can still be extended.
    expect(byKind.MIDTERM_REPORT).toMatchObject({ deliverableName: "báo cáo sơ kết", opensAt: null, handedInUnitIds: [org.officeB.id] });
    expect(byKind.FINAL_REPORT).toMatchObject({ deliverableName: "báo cáo tổng kết", handedInUnitIds: [] });
    expect(byKind.FINAL_REPORT.opensAt).toEqual(milestones.MIDTERM_REPORT.dueAt);
  });
});

describe("campaign form: hard cut-off per milestone", () => {
  function plan(org: Org, cutoffDay: string): CampaignFormInput {
    return {
      documentNumber: "77/KH-TEST",
      issuedOn: "2022-04-14",
      year: 2022,
      issuingUnitId: org.dept.id,
      signerName: "Nguyễn Văn A",
      signerTitle: "Giám đốc",
      title: "Kế hoạch thử nghiệm hạn cuối cùng",
      theme: "",
      legalBases: "",
      purpose: "",
      participantsText: "",
      criteria: { COLLECTIVE: [], INDIVIDUAL: [], CITIZEN: [] },
      fields: DEFAULT_REFORM_FIELDS.map((name) => ({ name })),
      registrationLevels: ["DEPARTMENT"],
      startsOn: "2022-04-14",
      endsOn: "2022-12-31",
      unitIds: [org.officeA.id],
      parentCampaignId: "",
      milestones: PLAN_MILESTONES.slice(0, 1).map((m) => ({ ...m, beforeDay: "2022-04-18", cutoffDay })),
    };
  }

  it("saves 'Hạn cuối cùng: trước ngày X' as 00:00 of X in Vietnam time and loads it back; refuses one before the due day", async () => {
    const org = await makeOrganisation();
    await actAs(org.office);
    const bad = await createCampaignAction(plan(org, "2022-04-17"));
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "milestones.0.cutoffDay": "Hạn cuối cùng không nhận phải bằng hoặc sau hạn của mốc." } });
    const res = await createCampaignAction(plan(org, "2022-04-25"));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const m = await db().milestone.findFirstOrThrow({ where: { campaignId: res.data.id } });
    expect(m.hardCutoffAt).toEqual(new Date("2022-04-24T17:00:00Z"));
    const load = await getCampaignForEdit((await sessionOf(org.office))!, res.data.id);
    expect(load.kind === "ok" && load.values.milestones[0].cutoffDay).toBe("2022-04-25");
  });
});
