import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { addCouncilMemberAction, changeCouncilMemberPositionAction, moveCouncilMemberAction, setCouncilMemberActiveAction } from "../../lib/council/members/actions";
import { getCouncilPage } from "../../lib/council/members/queries";
import { actAs, db, makeOrganisation, makeUser } from "../helpers/factories";

async function setup() {
  const org = await makeOrganisation();
  const emulation = await makeUser({ unit: org.dept, roles: [{ role: "EMULATION_OFFICE" }], username: "tdkt-t" });
  const otherEmulation = await makeUser({ unit: org.otherDept, roles: [{ role: "EMULATION_OFFICE" }], username: "tdkt-other" });
  const outsider = await makeUser({ unit: org.otherDept, username: "outsider" });
  return { ...org, emulation, otherEmulation, outsider };
}

async function add(user: { id: string }, input: { organisationUnitId: string; userId: string; position: string }) {
  await actAs(user);
  const res = await addCouncilMemberAction(input);
  if (!res.ok) throw new Error(`${res.error} ${JSON.stringify(res.fieldErrors)}`);
  return res.data.id;
}

const hasRole = async (userId: string, unitId: string) => (await db().roleAssignment.count({ where: { userId, role: "COUNCIL_MEMBER", unitId } })) === 1;

describe("council member list", () => {
  it("adds a person of the organisation's subtree with a position, grants COUNCIL_MEMBER on the organisation and audits it", async () => {
    const o = await setup();
    const id = await add(o.emulation, { organisationUnitId: o.dept.id, userId: o.headA.id, position: "MEMBER" });
    const m = await db().councilMember.findUniqueOrThrow({ where: { id } });
    expect([m.organisationUnitId, m.userId, m.position, m.active, m.sortOrder]).toEqual([o.dept.id, o.headA.id, "MEMBER", true, 1]);
    expect(await hasRole(o.headA.id, o.dept.id)).toBe(true);
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityType: "CouncilMember", entityId: id } });
    expect([audit.action, audit.actorId, audit.unitId]).toEqual(["council-member.add", o.emulation.id, o.dept.id]);
    expect(audit.summary).toContain("Ủy viên");

    // A user who already held the role (e.g. given by the administrator): the upsert keeps one row.
    await add(o.emulation, { organisationUnitId: o.dept.id, userId: o.council.id, position: "SECRETARY" });
    expect(await db().roleAssignment.count({ where: { userId: o.council.id, role: "COUNCIL_MEMBER" } })).toBe(1);

    const page = await getCouncilPage((await loadSessionUser(o.emulation.id))!, { org: "", page: 1 });
    expect(page.rows.map((r) => [r.username, r.position])).toEqual([
      ["head-a", "MEMBER"],
      ["council-t", "SECRETARY"],
    ]);
    // Members already on the list are not offered again; people outside the subtree never are.
    const offered = page.candidates.map((c) => c.username);
    expect(offered).toContain("leader-t");
    expect(offered).not.toContain("head-a");
    expect(offered).not.toContain("outsider");
  });

  it("refuses a person outside the organisation, a second active member row, a second chair and a missing choice", async () => {
    const o = await setup();
    await actAs(o.emulation);
    const outside = await addCouncilMemberAction({ organisationUnitId: o.dept.id, userId: o.outsider.id, position: "MEMBER" });
    expect(!outside.ok && outside.fieldErrors?.userId).toMatch(/Chỉ chọn được người đang làm việc tại Sở Thử nghiệm/);
    const empty = await addCouncilMemberAction({ organisationUnitId: o.dept.id, userId: "", position: "" });
    expect(!empty.ok && empty.fieldErrors?.userId).toBe("Vui lòng chọn người được bổ sung vào Hội đồng.");
    expect(!empty.ok && empty.fieldErrors?.position).toBe("Vui lòng chọn chức danh trong Hội đồng.");

    await add(o.emulation, { organisationUnitId: o.dept.id, userId: o.leader.id, position: "CHAIR" });
    const twice = await addCouncilMemberAction({ organisationUnitId: o.dept.id, userId: o.leader.id, position: "MEMBER" });
    expect(!twice.ok && twice.fieldErrors?.userId).toMatch(/đã có trong Hội đồng/);
    const chair = await addCouncilMemberAction({ organisationUnitId: o.dept.id, userId: o.headB.id, position: "CHAIR" });
    expect(!chair.ok && chair.fieldErrors?.position).toMatch(/đã có Chủ tịch \(Người dùng leader-t\)/);
    const memberId = await add(o.emulation, { organisationUnitId: o.dept.id, userId: o.headB.id, position: "MEMBER" });
    const promote = await changeCouncilMemberPositionAction({ id: memberId, position: "CHAIR" });
    expect(promote.ok).toBe(false);
    expect(await db().councilMember.count({ where: { position: "CHAIR", active: true } })).toBe(1);
    expect(await db().councilMember.count()).toBe(2);
  });

  it("answers 404 to another organisation's office and refuses unit heads and council members", async () => {
    const o = await setup();
    const id = await add(o.emulation, { organisationUnitId: o.dept.id, userId: o.headA.id, position: "MEMBER" });
    await actAs(o.otherEmulation);
    const addOther = await addCouncilMemberAction({ organisationUnitId: o.dept.id, userId: o.headB.id, position: "MEMBER" });
    expect(!addOther.ok && addOther.code).toBe("NOT_FOUND");
    for (const call of [
      () => setCouncilMemberActiveAction({ id, active: false }),
      () => changeCouncilMemberPositionAction({ id, position: "VICE_CHAIR" }),
      () => moveCouncilMemberAction({ id, direction: "down" }),
    ]) {
      const res = await call();
      expect(!res.ok && res.code).toBe("NOT_FOUND");
    }
    expect((await getCouncilPage((await loadSessionUser(o.otherEmulation.id))!, { org: o.dept.id, page: 1 })).rows.map((r) => r.id)).not.toContain(id);

    for (const user of [o.headA, o.council, o.staffB]) {
      await actAs(user);
      const res = await addCouncilMemberAction({ organisationUnitId: o.dept.id, userId: o.headB.id, position: "MEMBER" });
      expect(!res.ok && res.code, user.username).toBe("FORBIDDEN");
      const off = await setCouncilMemberActiveAction({ id, active: false });
      expect(!off.ok && off.code, user.username).toBe("NOT_FOUND");
    }
    expect((await db().councilMember.findUniqueOrThrow({ where: { id } })).active).toBe(true);

    // The head of the agency sees the list read-only.
    const leaderView = await getCouncilPage((await loadSessionUser(o.leader.id))!, { org: "", page: 1 });
    expect(leaderView.org?.canManage).toBe(false);
    expect(leaderView.rows).toHaveLength(1);
    expect(leaderView.candidates).toEqual([]);
  });

  it("deactivates (taking the role back unless convened to a session not yet closed), reactivates and reorders", async () => {
    const o = await setup();
    const a = await add(o.emulation, { organisationUnitId: o.dept.id, userId: o.headA.id, position: "MEMBER" });
    const b = await add(o.emulation, { organisationUnitId: o.dept.id, userId: o.headB.id, position: "MEMBER" });
    const c = await add(o.emulation, { organisationUnitId: o.dept.id, userId: o.leader.id, position: "CHAIR" });

    const off = await setCouncilMemberActiveAction({ id: a, active: false });
    expect(off.ok && off.data.roleRevoked).toBe(true);
    expect(await hasRole(o.headA.id, o.dept.id)).toBe(false);

    // headB is convened to a session still voting: leaves the list, keeps the role for that session.
    const session = await db().councilSession.create({
      data: { organisationUnitId: o.dept.id, campaignId: o.campaign.id, title: "Phiên họp", meetingAt: new Date(), chairUserId: o.leader.id, status: "VOTING" },
    });
    await db().councilSessionMember.create({ data: { sessionId: session.id, userId: o.headB.id } });
    const offB = await setCouncilMemberActiveAction({ id: b, active: false });
    expect(offB.ok && offB.data.roleRevoked).toBe(false);
    expect(await hasRole(o.headB.id, o.dept.id)).toBe(true);

    // Reactivating puts the member back at the end of the active list with the role.
    expect((await setCouncilMemberActiveAction({ id: a, active: true })).ok).toBe(true);
    expect(await hasRole(o.headA.id, o.dept.id)).toBe(true);
    const order = async () => (await getCouncilPage((await loadSessionUser(o.emulation.id))!, { org: "", page: 1 })).rows.map((r) => [r.username, r.active]);
    expect(await order()).toEqual([
      ["leader-t", true],
      ["head-a", true],
      ["head-b", false],
    ]);
    expect((await moveCouncilMemberAction({ id: a, direction: "up" })).ok).toBe(true);
    expect(await order()).toEqual([
      ["head-a", true],
      ["leader-t", true],
      ["head-b", false],
    ]);
    // Moving the first one up changes nothing.
    expect((await moveCouncilMemberAction({ id: a, direction: "up" })).ok).toBe(true);
    expect((await order())[0][0]).toBe("head-a");
    void c;
    expect(await db().auditLog.count({ where: { entityType: "CouncilMember" } })).toBe(3 + 3 + 1);
  });
});
