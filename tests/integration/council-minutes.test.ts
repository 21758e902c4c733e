import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { finaliseMinutesAction, generateMinutesAction, saveMinutesAction } from "../../lib/council/minutes/actions";
import { MINUTES_FINALISED_MESSAGE, MINUTES_NOT_CLOSED_MESSAGE } from "../../lib/council/minutes/mutations";
import { getMinutesPage } from "../../lib/council/minutes/queries";
import { makeAwardOrganisation, makeProposal, makeSession } from "../helpers/award-decision-fixtures";
import { actAs, db, makeUser } from "../helpers/factories";

const session = async (u: { id: string }) => (await loadSessionUser(u.id))!;

/**
 * A closed session of the Sở's council: the director chairs, a secretary and a member are present, a
 * fourth member is absent. Office A's collective was approved (2 agree, 1 abstain), office B's
 * individual rejected (1 agree, 2 disagree).
 */
async function setup(opts: { close?: boolean; ballotMode?: "OPEN" | "SECRET" } = {}) {
  const org = await makeAwardOrganisation();
  const absent = await makeUser({ unit: org.dept, roles: [{ role: "COUNCIL_MEMBER" }], username: "absent-t", fullName: "Trương Công Danh" });
  await db().user.update({ where: { id: org.council.id }, data: { fullName: "Tạ Thị Bích Ngọc", jobTitle: "Ủy viên Hội đồng" } });
  const a = await makeProposal({ campaign: org.campaign, unit: org.officeA, form: org.formGK, status: "APPROVED", nominee: { type: "COLLECTIVE", unit: org.officeA } });
  const b = await makeProposal({
    campaign: org.campaign,
    unit: org.officeB,
    form: org.formGK,
    status: "REJECTED",
    nominee: { type: "INDIVIDUAL", user: { id: org.staffB.id, fullName: "Lê Văn Bình" }, detail: "Chuyên viên" },
  });
  const s = await makeSession({
    org,
    ballotMode: opts.ballotMode,
    close: opts.close,
    members: [
      { user: org.leader, position: "CHAIR", present: true },
      { user: org.secretary, position: "SECRETARY", present: true },
      { user: org.council, position: "MEMBER", present: true },
      { user: absent, position: "MEMBER", present: false },
    ],
    items: [
      {
        proposal: a,
        votes: [
          { user: org.leader, choice: "AGREE" },
          { user: org.secretary, choice: "AGREE" },
          { user: org.council, choice: "ABSTAIN" },
        ],
        outcome: "APPROVED",
      },
      {
        proposal: b,
        votes: [
          { user: org.leader, choice: "AGREE" },
          { user: org.secretary, choice: "DISAGREE" },
          { user: org.council, choice: "DISAGREE" },
        ],
        outcome: "REJECTED",
      },
    ],
  });
  return { org, absent, s, a, b };
}

describe("council session minutes", () => {
  it("the secretary generates the draft of a closed session: attendance by name, each proposal with its form, rule, counts and outcome, and who voted what in an open ballot", async () => {
    const { org, s } = await setup();
    await actAs(org.secretary);
    const res = await generateMinutesAction({ sessionId: s.id, lockVersion: s.lockVersion });
    expect(res.ok).toBe(true);
    const text = (await db().councilSession.findUniqueOrThrow({ where: { id: s.id } })).minutes ?? "";
    expect(text).toContain("Số thành viên Hội đồng được triệu tập: 4; có mặt: 3; vắng mặt: 1.");
    expect(text).toMatch(/Thành viên vắng mặt:\n- Trương Công Danh/);
    expect(text).toContain("Nguyễn Thanh Nhã, Giám đốc Sở – Chủ tịch Hội đồng");
    expect(text).toContain("1. Phòng A (tập thể) – đơn vị đề nghị: Phòng A.");
    expect(text).toContain("Hình thức khen thưởng: Giấy khen của Giám đốc Sở.");
    expect(text).toContain("Thành viên có mặt: 3/4. Đồng ý: 2; không đồng ý: 0; không biểu quyết: 1.");
    expect(text).toContain("Đồng ý: Đỗ Thị Kim Oanh, Nguyễn Thanh Nhã. Không đồng ý: không có. Không biểu quyết: Tạ Thị Bích Ngọc.");
    expect(text).toContain("Kết quả: Tán thành.");
    expect(text).toContain("2. Lê Văn Bình (cá nhân, Chuyên viên) – đơn vị đề nghị: Phòng B.");
    expect(text).toContain("Đồng ý: 1; không đồng ý: 2; không biểu quyết: 0.");
    expect(text).toContain("Kết quả: Không tán thành.");
    expect(text).toContain("Hội đồng thống nhất đề nghị Giám đốc Sở khen thưởng 1 tập thể, cá nhân: Phòng A (Giấy khen của Giám đốc Sở).");
    expect(await db().auditLog.count({ where: { entityId: s.id, action: "council.minutes.generate" } })).toBe(1);
  });

  it("a secret ballot's minutes give only the counts, never names per choice", async () => {
    const { org, s } = await setup({ ballotMode: "SECRET" });
    await actAs(org.secretary);
    expect((await generateMinutesAction({ sessionId: s.id, lockVersion: s.lockVersion })).ok).toBe(true);
    const text = (await db().councilSession.findUniqueOrThrow({ where: { id: s.id } })).minutes ?? "";
    expect(text).toContain("Hình thức biểu quyết: bỏ phiếu kín.");
    expect(text).toContain("Đồng ý: 2; không đồng ý: 0; không biểu quyết: 1.");
    expect(text).not.toContain("Không đồng ý: không có");
    expect(text).not.toMatch(/Đồng ý: [^0-9]/);
  });

  it("cannot be generated before the chair closes the ballot", async () => {
    const { org, s } = await setup({ close: false });
    await actAs(org.secretary);
    expect(await generateMinutesAction({ sessionId: s.id, lockVersion: s.lockVersion })).toMatchObject({ ok: false, code: "RULE", error: MINUTES_NOT_CLOSED_MESSAGE });
    expect((await db().councilSession.findUniqueOrThrow({ where: { id: s.id } })).minutes).toBeNull();
  });

  it("asks before replacing an edited text, saves the secretary's edits, and after 'Hoàn tất' nothing can change", async () => {
    const { org, s } = await setup();
    await actAs(org.secretary);
    const gen = await generateMinutesAction({ sessionId: s.id, lockVersion: s.lockVersion });
    if (!gen.ok) throw new Error(gen.error);
    const edited = `${gen.data.minutes}\nÝ kiến khác: không có.`;
    const saved = await saveMinutesAction({ sessionId: s.id, lockVersion: gen.data.lockVersion, minutes: edited });
    if (!saved.ok) throw new Error(saved.error);
    expect((await getMinutesPage(await session(org.secretary), s.id))?.edited).toBe(true);

    // Generating again over edited text needs a confirmation.
    const ask = await generateMinutesAction({ sessionId: s.id, lockVersion: saved.data.lockVersion });
    expect(ask).toMatchObject({ ok: false, code: "RULE" });
    if (!ask.ok) expect(ask.fieldErrors?.overwrite).toBeTruthy();
    expect((await db().councilSession.findUniqueOrThrow({ where: { id: s.id } })).minutes).toBe(edited);
    // A stale form (older lockVersion) changes nothing.
    expect(await saveMinutesAction({ sessionId: s.id, lockVersion: gen.data.lockVersion, minutes: "cũ" })).toMatchObject({ ok: false, code: "CONFLICT" });

    const fin = await finaliseMinutesAction({ sessionId: s.id, lockVersion: saved.data.lockVersion, minutes: edited });
    expect(fin.ok).toBe(true);
    const row = await db().councilSession.findUniqueOrThrow({ where: { id: s.id } });
    expect(row.minutesFinalisedAt).not.toBeNull();
    expect(row.minutes).toBe(edited);
    const page = await getMinutesPage(await session(org.secretary), s.id);
    expect(page).toMatchObject({ finalised: true, canEdit: false });

    const lv = row.lockVersion;
    expect(await saveMinutesAction({ sessionId: s.id, lockVersion: lv, minutes: "sửa sau" })).toMatchObject({ ok: false, error: MINUTES_FINALISED_MESSAGE });
    expect(await generateMinutesAction({ sessionId: s.id, lockVersion: lv, overwrite: true })).toMatchObject({ ok: false, error: MINUTES_FINALISED_MESSAGE });
    // The standing office cannot either.
    await actAs(org.emulation);
    expect(await saveMinutesAction({ sessionId: s.id, lockVersion: lv, minutes: "sửa sau" })).toMatchObject({ ok: false, error: MINUTES_FINALISED_MESSAGE });
    expect((await db().councilSession.findUniqueOrThrow({ where: { id: s.id } })).minutes).toBe(edited);
  });

  it("the standing office may write the minutes; a present member reads but may not; a non-member and another organisation are refused", async () => {
    const { org, s } = await setup();
    await actAs(org.emulation);
    expect((await generateMinutesAction({ sessionId: s.id, lockVersion: s.lockVersion })).ok).toBe(true);

    expect(await getMinutesPage(await session(org.council), s.id)).toMatchObject({ canEdit: false });
    await actAs(org.council);
    expect(await saveMinutesAction({ sessionId: s.id, lockVersion: s.lockVersion + 1, minutes: "x" })).toMatchObject({ ok: false, code: "FORBIDDEN" });

    // Leadership of the organisation reads; a unit head, a council member not convened, another organisation do not.
    expect(await getMinutesPage(await session(org.leader), s.id)).not.toBeNull();
    const notConvened = await makeUser({ unit: org.dept, roles: [{ role: "COUNCIL_MEMBER" }], username: "not-convened" });
    for (const u of [org.headA, notConvened, org.otherLeader, org.otherOffice]) {
      expect(await getMinutesPage(await session(u), s.id)).toBeNull();
      await actAs(u);
      expect(await saveMinutesAction({ sessionId: s.id, lockVersion: s.lockVersion + 1, minutes: "x" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
  });
});
