import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import {
  addAgendaItemsAction,
  createSessionAction,
  deleteSessionAction,
  moveAgendaItemAction,
  openVotingAction,
  removeAgendaItemAction,
  updateSessionDetailsAction,
  updateSessionMembersAction,
} from "../../lib/council/sessions/actions";
import { getSessionForManage, listCampaignSessions } from "../../lib/council/sessions/queries";
import { instantToVnInputs, vnDateTimeToInstant } from "../../lib/council/sessions/schemas";
import type { AwardProposalStatus } from "../../lib/generated/prisma/enums";
import { actAs, db, makeCampaign, makeOrganisation, makeUser } from "../helpers/factories";

type Org = Awaited<ReturnType<typeof makeOrganisation>>;

async function setup() {
  const org = await makeOrganisation();
  const emulation = await makeUser({ unit: org.dept, roles: [{ role: "EMULATION_OFFICE" }], username: "thuongtruc-t" });
  const otherEmulation = await makeUser({ unit: org.otherDept, roles: [{ role: "EMULATION_OFFICE" }], username: "thuongtruc-khac" });
  const secretary = await makeUser({ unit: org.dept, roles: [{ role: "COUNCIL_MEMBER" }], username: "thuky-t", fullName: "Thư Ký" });
  const formerMember = await makeUser({ unit: org.dept, roles: [{ role: "COUNCIL_MEMBER" }], username: "cu-t" });
  // The department's council: the leader chairs, a secretary, one member; a former member no longer active.
  await db().councilMember.createMany({
    data: [
      { organisationUnitId: org.dept.id, userId: org.council.id, position: "MEMBER", sortOrder: 3 },
      { organisationUnitId: org.dept.id, userId: org.leader.id, position: "CHAIR", sortOrder: 1 },
      { organisationUnitId: org.dept.id, userId: secretary.id, position: "SECRETARY", sortOrder: 2 },
      { organisationUnitId: org.dept.id, userId: formerMember.id, position: "MEMBER", sortOrder: 4, active: false },
    ],
  });
  const form = await db().awardForm.create({
    data: { organisationUnitId: org.dept.id, name: "Giấy khen của Giám đốc Sở", recipientTypes: ["COLLECTIVE", "INDIVIDUAL"], thresholdNumerator: 2, thresholdDenominator: 3, thresholdStrict: false },
  });
  return { org, emulation, otherEmulation, secretary, formerMember, form };
}

let n = 0;
async function makeProposal(org: Org, form: { id: string }, status: AwardProposalStatus = "ADMITTED", campaignId = org.campaign.id, justification: string | null = null) {
  return db().awardProposal.create({
    data: {
      campaignId,
      unitId: org.officeA.id,
      awardFormId: form.id,
      nomineeType: "COLLECTIVE",
      nomineeUnitId: org.officeA.id,
      nomineeName: `Tập thể ${++n}`,
      status,
      submittedVersion: status === "DRAFT" ? 0 : 1,
      admissionJustification: justification,
      failsHardCriterion: !!justification,
    },
  });
}

const createInput = (org: Org, extra: object = {}) => ({
  campaignId: org.campaign.id,
  title: "Phiên họp xét khen thưởng năm 2026",
  meetingDate: "2026-12-15",
  meetingTime: "14:30",
  location: "Phòng họp số 1",
  ballotMode: "OPEN",
  ...extra,
});

async function session(id: string) {
  return db().councilSession.findUniqueOrThrow({ where: { id }, include: { members: true, items: { orderBy: { sortOrder: "asc" } } } });
}

describe("the standing office prepares a council session", () => {
  it("creates a session in Vietnam time with every active council member convened, the council's chair and secretary", async () => {
    const { org, emulation, secretary } = await setup();
    await actAs(emulation);
    const res = await createSessionAction(createInput(org));
    expect(res.ok).toBe(true);
    const s = await session(res.ok ? res.data.sessionId : "");
    expect(s).toMatchObject({ status: "DRAFT", organisationUnitId: org.dept.id, campaignId: org.campaign.id, chairUserId: org.leader.id, secretaryUserId: secretary.id, ballotMode: "OPEN" });
    expect(s.meetingAt.toISOString()).toBe("2026-12-15T07:30:00.000Z"); // 14:30 in Hồ Chí Minh City = 07:30 UTC
    expect(instantToVnInputs(s.meetingAt)).toEqual({ date: "2026-12-15", time: "14:30" });
    expect(s.members.map((m) => m.userId).sort()).toEqual([org.council.id, org.leader.id, secretary.id].sort());
    expect(s.members.find((m) => m.userId === org.leader.id)?.position).toBe("CHAIR");
    expect(await db().auditLog.count({ where: { entityId: s.id, action: "council-session.create" } })).toBe(1);

    const list = await listCampaignSessions((await loadSessionUser(emulation.id))!, org.campaign.id);
    expect(list?.rows).toHaveLength(1);
    expect(list?.rows[0]).toMatchObject({ id: s.id, itemCount: 0, memberCount: 3, presentCount: 0, status: "DRAFT" });
    expect(list?.canManage).toBe(true);
  });

  it("refuses a missing title or an impossible date with messages next to the fields, and a council without members", async () => {
    const { org, emulation } = await setup();
    await actAs(emulation);
    const bad = await createSessionAction(createInput(org, { title: " ", meetingDate: "2026-02-30", meetingTime: "25:00" }));
    expect(bad.ok === false && bad.fieldErrors).toMatchObject({ title: "Vui lòng nhập tên phiên họp.", meetingTime: "Vui lòng nhập giờ họp (ví dụ 08:30)." });
    const badDate = await createSessionAction(createInput(org, { meetingDate: "2026-02-30" }));
    expect(badDate.ok === false && badDate.fieldErrors?.meetingDate).toBe("Ngày họp không hợp lệ.");
    expect(vnDateTimeToInstant("2026-02-30", "08:00")).toBeNull();
    // what the client form sends for empty optional fields (after its own zod transforms)
    expect((await createSessionAction(createInput(org, { location: null }))).ok).toBe(true);
    expect((await createSessionAction(createInput(org, { location: undefined }))).ok).toBe(true);
    await db().councilSession.deleteMany();

    await db().councilMember.updateMany({ data: { active: false } });
    const empty = await createSessionAction(createInput(org));
    expect(empty).toMatchObject({ ok: false, code: "RULE" });
    expect(empty.ok === false && empty.error).toContain("chưa có thành viên");
    expect(await db().councilSession.count()).toBe(0);
  });

  it("convenes members from the council's list only, with the chair and secretary among them", async () => {
    const { org, emulation, secretary, formerMember } = await setup();
    await actAs(emulation);
    const created = await createSessionAction(createInput(org));
    const id = created.ok ? created.data.sessionId : "";
    const members = (extra: object) => ({ sessionId: id, lockVersion: 0, memberUserIds: [org.leader.id, secretary.id], chairUserId: org.leader.id, secretaryUserId: secretary.id, ...extra });

    const chairOut = await updateSessionMembersAction(members({ chairUserId: org.council.id }));
    expect(chairOut.ok === false && chairOut.fieldErrors?.chairUserId).toBe("Chủ trì phiên họp phải là một thành viên được triệu tập.");
    const outsider = await updateSessionMembersAction(members({ memberUserIds: [org.leader.id, secretary.id, formerMember.id] }));
    expect(outsider.ok === false && outsider.fieldErrors?.memberUserIds).toContain("Chỉ triệu tập được thành viên trong danh sách");
    const stranger = await updateSessionMembersAction(members({ memberUserIds: [org.leader.id, org.headA.id] , secretaryUserId: ""}));
    expect(stranger).toMatchObject({ ok: false, code: "RULE" });

    const ok = await updateSessionMembersAction(members({}));
    expect(ok).toMatchObject({ ok: true, data: { lockVersion: 1 } });
    const s = await session(id);
    expect(s.members.map((m) => m.userId).sort()).toEqual([org.leader.id, secretary.id].sort());
    expect(await updateSessionMembersAction(members({}))).toMatchObject({ ok: false, code: "CONFLICT" });

    // the vice-chair (here: the member) can chair instead
    const swap = await updateSessionMembersAction(members({ lockVersion: 1, memberUserIds: [org.council.id, secretary.id], chairUserId: org.council.id }));
    expect(swap.ok).toBe(true);
    expect((await session(id)).chairUserId).toBe(org.council.id);
  });

  it("adds only admitted proposals of the same campaign (→ SCHEDULED), removes one (→ ADMITTED) and reorders", async () => {
    const { org, emulation, form } = await setup();
    const a = await makeProposal(org, form);
    const b = await makeProposal(org, form, "ADMITTED", org.campaign.id, "Được Thường trực giải trình đầy đủ lý do tiếp nhận.");
    const c = await makeProposal(org, form);
    const submitted = await makeProposal(org, form, "SUBMITTED");
    const otherCampaign = await makeCampaign({ issuingUnit: org.dept, units: [org.officeA] });
    const foreign = await makeProposal(org, form, "ADMITTED", otherCampaign.id);
    await actAs(emulation);
    const created = await createSessionAction(createInput(org));
    const id = created.ok ? created.data.sessionId : "";

    const refusedForeign = await addAgendaItemsAction({ sessionId: id, lockVersion: 0, proposalIds: [a.id, foreign.id] });
    expect(refusedForeign.ok === false && refusedForeign.fieldErrors?.proposalIds).toBe("Chỉ đưa vào chương trình được hồ sơ đề nghị khen thưởng của kế hoạch này.");
    const refusedStatus = await addAgendaItemsAction({ sessionId: id, lockVersion: 0, proposalIds: [a.id, submitted.id] });
    expect(refusedStatus.ok === false && refusedStatus.error).toContain(submitted.nomineeName);
    expect(await db().councilAgendaItem.count()).toBe(0);
    expect((await db().awardProposal.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("ADMITTED");

    const added = await addAgendaItemsAction({ sessionId: id, lockVersion: 0, proposalIds: [a.id, b.id, c.id] });
    expect(added).toMatchObject({ ok: true, data: { added: 3, lockVersion: 1 } });
    expect(await db().awardProposal.count({ where: { id: { in: [a.id, b.id, c.id] }, status: "SCHEDULED" } })).toBe(3);
    expect(await db().auditLog.count({ where: { action: "award-proposal.schedule" } })).toBe(3);
    // already on the agenda: refused
    expect(await addAgendaItemsAction({ sessionId: id, lockVersion: 1, proposalIds: [a.id] })).toMatchObject({ ok: false, code: "RULE" });

    const view = (await getSessionForManage((await loadSessionUser(emulation.id))!, id))!;
    expect(view.agenda.items.map((i) => i.proposalId)).toEqual([a.id, b.id, c.id]);
    expect(view.agenda.items[1].admissionJustification).toBe("Được Thường trực giải trình đầy đủ lý do tiếp nhận.");
    expect(view.agenda.items[0].rule.threshold).toBe("từ 2/3 trở lên tổng số thành viên Hội đồng tán thành");
    expect(view.candidates.rows).toHaveLength(0);

    const itemC = view.agenda.items[2].id;
    expect(await moveAgendaItemAction({ sessionId: id, lockVersion: 1, itemId: itemC, direction: "up" })).toMatchObject({ ok: true, data: { lockVersion: 2 } });
    expect((await session(id)).items.map((i) => i.proposalId)).toEqual([a.id, c.id, b.id]);

    const itemA = view.agenda.items[0].id;
    expect(await removeAgendaItemAction({ sessionId: id, lockVersion: 2, itemId: itemA })).toMatchObject({ ok: true });
    expect((await db().awardProposal.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("ADMITTED");
    expect((await session(id)).items.map((i) => i.proposalId)).toEqual([c.id, b.id]);
  });

  it("opens voting only with an agenda item, a convened member and the chair among them; then tells each member", async () => {
    const { org, emulation, form, secretary } = await setup();
    const a = await makeProposal(org, form);
    await actAs(emulation);
    const created = await createSessionAction(createInput(org, { ballotMode: "SECRET" }));
    const id = created.ok ? created.data.sessionId : "";

    const noItems = await openVotingAction({ sessionId: id, lockVersion: 0 });
    expect(noItems.ok === false && noItems.error).toContain("Chương trình phiên họp chưa có hồ sơ nào.");
    await addAgendaItemsAction({ sessionId: id, lockVersion: 0, proposalIds: [a.id] });
    // the chair was convened by default; a chair not convened (data changed underneath) is refused
    await db().councilSessionMember.delete({ where: { sessionId_userId: { sessionId: id, userId: org.leader.id } } });
    const noChair = await openVotingAction({ sessionId: id, lockVersion: 1 });
    expect(noChair.ok === false && noChair.error).toContain("Chủ trì phiên họp phải là một thành viên được triệu tập.");
    await db().councilSessionMember.create({ data: { sessionId: id, userId: org.leader.id, position: "CHAIR" } });

    const opened = await openVotingAction({ sessionId: id, lockVersion: 1 });
    expect(opened).toMatchObject({ ok: true, data: { status: "VOTING", lockVersion: 2 } });
    const s = await session(id);
    expect(s.status).toBe("VOTING");
    expect(s.votingOpenedAt).toBeInstanceOf(Date);
    const told = await db().notification.findMany({ where: { link: `/council/sessions/${id}` } });
    expect(told.map((t) => t.userId).sort()).toEqual([org.council.id, org.leader.id, secretary.id].sort());
    expect(told[0].title).toBe("Mời biểu quyết: Phiên họp xét khen thưởng năm 2026");
    expect(await db().emailMessage.count({ where: { toUserId: { in: [org.council.id, org.leader.id, secretary.id] } } })).toBe(3);
    expect(await db().auditLog.count({ where: { entityId: id, action: "council-session.open-voting" } })).toBe(1);
  });

  it("allows no change of members, agenda or ballot mode once voting is open, nor deleting it; the title and time can still be corrected", async () => {
    const { org, emulation, form, secretary } = await setup();
    const a = await makeProposal(org, form);
    const b = await makeProposal(org, form);
    await actAs(emulation);
    const created = await createSessionAction(createInput(org));
    const id = created.ok ? created.data.sessionId : "";
    await addAgendaItemsAction({ sessionId: id, lockVersion: 0, proposalIds: [a.id] });
    await openVotingAction({ sessionId: id, lockVersion: 1 });
    const lv = 2;
    const item = (await session(id)).items[0];

    for (const res of [
      await addAgendaItemsAction({ sessionId: id, lockVersion: lv, proposalIds: [b.id] }),
      await removeAgendaItemAction({ sessionId: id, lockVersion: lv, itemId: item.id }),
      await moveAgendaItemAction({ sessionId: id, lockVersion: lv, itemId: item.id, direction: "down" }),
      await updateSessionMembersAction({ sessionId: id, lockVersion: lv, memberUserIds: [org.leader.id], chairUserId: org.leader.id }),
      await deleteSessionAction({ sessionId: id, lockVersion: lv }),
      await openVotingAction({ sessionId: id, lockVersion: lv }),
    ]) {
      expect(res).toMatchObject({ ok: false, code: "RULE" });
    }
    const details = { sessionId: id, lockVersion: lv, title: "Phiên họp (sửa tên)", meetingDate: "2026-12-16", meetingTime: "08:00", location: "", agenda: "1. Xét khen thưởng", ballotMode: "SECRET" };
    const mode = await updateSessionDetailsAction(details);
    expect(mode.ok === false && mode.fieldErrors?.ballotMode).toBe("Không đổi được hình thức biểu quyết sau khi đã mở biểu quyết.");
    expect(await updateSessionDetailsAction({ ...details, ballotMode: "OPEN" })).toMatchObject({ ok: true });
    const s = await session(id);
    expect(s).toMatchObject({ title: "Phiên họp (sửa tên)", location: null, agenda: "1. Xét khen thưởng", ballotMode: "OPEN", status: "VOTING" });
    expect(s.members).toHaveLength(3);
    expect(s.items).toHaveLength(1);
    expect((await db().awardProposal.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("ADMITTED");
    void secretary;
  });

  it("deletes a session still being prepared: its proposals go back to ADMITTED", async () => {
    const { org, emulation, form } = await setup();
    const a = await makeProposal(org, form);
    await actAs(emulation);
    const created = await createSessionAction(createInput(org));
    const id = created.ok ? created.data.sessionId : "";
    await addAgendaItemsAction({ sessionId: id, lockVersion: 0, proposalIds: [a.id] });
    expect(await deleteSessionAction({ sessionId: id, lockVersion: 0 })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await deleteSessionAction({ sessionId: id, lockVersion: 1 })).toMatchObject({ ok: true, data: { campaignId: org.campaign.id } });
    expect(await db().councilSession.count()).toBe(0);
    expect((await db().awardProposal.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("ADMITTED");
    expect(await db().auditLog.count({ where: { entityId: id, action: "council-session.delete" } })).toBe(1);
  });

  it("answers 'not found' to another organisation's standing office, a council member and a unit head; changes nothing", async () => {
    const { org, emulation, otherEmulation, form } = await setup();
    const a = await makeProposal(org, form);
    await actAs(emulation);
    const created = await createSessionAction(createInput(org));
    const id = created.ok ? created.data.sessionId : "";

    for (const who of [otherEmulation, org.council, org.headA, org.office]) {
      await actAs(who);
      expect(await createSessionAction(createInput(org))).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(await addAgendaItemsAction({ sessionId: id, lockVersion: 0, proposalIds: [a.id] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(await openVotingAction({ sessionId: id, lockVersion: 0 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(await deleteSessionAction({ sessionId: id, lockVersion: 0 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(await getSessionForManage((await loadSessionUser(who.id))!, id)).toBeNull();
    }
    expect(await listCampaignSessions((await loadSessionUser(otherEmulation.id))!, org.campaign.id)).toBeNull();
    expect(await db().councilSession.count()).toBe(1);
    expect((await db().awardProposal.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("ADMITTED");
  });
});
