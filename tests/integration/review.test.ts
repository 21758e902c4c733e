import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { acceptRegistrationAction, returnRegistrationAction } from "../../lib/review/actions";
import { getRegistrationForReview } from "../../lib/review/queries";
import { actAs, db, makeOrganisation } from "../helpers/factories";
import { makeRegistration } from "../helpers/registration-fixtures";

async function setup(status: "SUBMITTED" | "DRAFT" | "ACCEPTED" = "SUBMITTED") {
  const org = await makeOrganisation();
  const { registration } = await makeRegistration({
    campaign: org.campaign,
    unit: org.officeA,
    status,
    submittedBy: org.headA,
    rows: [
      { field: 0, content: "Rà soát văn bản quy phạm pháp luật về quy hoạch" },
      { field: 5, content: "Số hóa hồ sơ thông tin quy hoạch", level: "CITY" },
    ],
  });
  return { org, registration };
}

const input = (org: Awaited<ReturnType<typeof makeOrganisation>>, reg: { id: string; lockVersion: number }, extra: object = {}) => ({
  campaignId: org.campaign.id,
  registrationId: reg.id,
  lockVersion: reg.lockVersion,
  ...extra,
});

describe("the CCHC office reviews a submitted Mẫu 1", () => {
  it("returns a submitted form with a comment: status RETURNED, a RETURN review row and an audit row", async () => {
    const { org, registration } = await setup();
    await actAs(org.office);
    const res = await returnRegistrationAction(input(org, registration, { comment: "  Bổ sung dự kiến tiến độ cho lĩnh vực 6.  " }));
    expect(res).toMatchObject({ ok: true, data: { status: "RETURNED" } });

    const reg = await db().registration.findUniqueOrThrow({ where: { id: registration.id } });
    expect(reg.status).toBe("RETURNED");
    expect(reg.returnComment).toBe("Bổ sung dự kiến tiến độ cho lĩnh vực 6.");
    expect(reg.lockVersion).toBe(registration.lockVersion + 1);

    const reviews = await db().registrationReview.findMany({ where: { registrationId: reg.id, action: "RETURN" } });
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ versionNo: 1, actorId: org.office.id, comment: "Bổ sung dự kiến tiến độ cho lĩnh vực 6." });

    const audit = await db().auditLog.findMany({ where: { entityType: "Registration", entityId: reg.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "registration.return", actorId: org.office.id, unitId: org.officeA.id, campaignId: org.campaign.id });
    expect(audit[0].summary).toContain("Trả lại Mẫu 1");
  });

  it("accepts a submitted form: status ACCEPTED with acceptedAt, an ACCEPT review row and an audit row", async () => {
    const { org, registration } = await setup();
    await actAs(org.office);
    const res = await acceptRegistrationAction(input(org, registration));
    expect(res).toMatchObject({ ok: true, data: { status: "ACCEPTED" } });
    const reg = await db().registration.findUniqueOrThrow({ where: { id: registration.id } });
    expect(reg.status).toBe("ACCEPTED");
    expect(reg.acceptedAt).toBeInstanceOf(Date);
    expect(await db().registrationReview.count({ where: { registrationId: reg.id, action: "ACCEPT", versionNo: 1 } })).toBe(1);
    expect(await db().auditLog.count({ where: { entityId: reg.id, action: "registration.accept" } })).toBe(1);
  });

  it("refuses to return a form without a comment, with a field error on the comment", async () => {
    const { org, registration } = await setup();
    await actAs(org.office);
    for (const comment of [undefined, "", "    "]) {
      const res = await returnRegistrationAction(input(org, registration, comment === undefined ? {} : { comment }));
      expect(res.ok).toBe(false);
      if (!res.ok) {
        expect(res.code).toBe("VALIDATION");
        expect(res.fieldErrors?.comment).toBe("Vui lòng nhập nội dung cần chỉnh sửa.");
      }
    }
    const tooLong = await returnRegistrationAction(input(org, registration, { comment: "x".repeat(2001) }));
    expect(tooLong.ok === false && tooLong.fieldErrors?.comment).toBe("Tối đa 2.000 ký tự.");
    expect((await db().registration.findUniqueOrThrow({ where: { id: registration.id } })).status).toBe("SUBMITTED");
  });

  it("refuses to return or accept a DRAFT (the unit's own work) or an already accepted form", async () => {
    for (const status of ["DRAFT", "ACCEPTED"] as const) {
      const { org, registration } = await setup(status);
      await actAs(org.office);
      const ret = await returnRegistrationAction(input(org, registration, { comment: "Sửa lại" }));
      const acc = await acceptRegistrationAction(input(org, registration));
      expect(ret).toMatchObject({ ok: false, code: "RULE" });
      expect(acc).toMatchObject({ ok: false, code: "RULE" });
      expect((await db().registration.findUniqueOrThrow({ where: { id: registration.id } })).status).toBe(status);
      expect(await db().auditLog.count()).toBe(0);
      await db().$executeRawUnsafe(`TRUNCATE "Initiative", "RegistrationReview", "RegistrationVersion", "Registration", "CampaignUnit", "Milestone", "ReformField", "Campaign", "RoleAssignment", "User", "Unit" CASCADE`);
    }
  });

  it("gives a unit head, a leader, a council member and another Sở's office a not-found error, and changes nothing", async () => {
    const { org, registration } = await setup();
    for (const user of [org.headA, org.headB, org.staffA, org.leader, org.council, org.otherOffice]) {
      await actAs(user);
      const ret = await returnRegistrationAction(input(org, registration, { comment: "Sửa lại" }));
      const acc = await acceptRegistrationAction(input(org, registration));
      expect(ret).toMatchObject({ ok: false, code: "NOT_FOUND", error: "Không tìm thấy hoặc bạn không có quyền truy cập." });
      expect(acc).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    const reg = await db().registration.findUniqueOrThrow({ where: { id: registration.id } });
    expect(reg).toMatchObject({ status: "SUBMITTED", lockVersion: registration.lockVersion });
    expect(await db().registrationReview.count({ where: { action: { in: ["RETURN", "ACCEPT"] } } })).toBe(0);
    expect(await db().auditLog.count()).toBe(0);
  });

  it("gives a not-found error when the form is named under another campaign's id", async () => {
    const { org, registration } = await setup();
    await actAs(org.office);
    const res = await acceptRegistrationAction({ ...input(org, registration), campaignId: "another-campaign" });
    expect(res).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("reports a conflict when the form changed after the office opened it (stale lockVersion)", async () => {
    const { org, registration } = await setup();
    await actAs(org.office);
    const stale = input(org, registration);
    // the unit's head withdrew and resubmitted meanwhile: the row moved on
    await db().registration.update({ where: { id: registration.id }, data: { lockVersion: { increment: 1 } } });
    const res = await acceptRegistrationAction(stale);
    expect(res).toMatchObject({ ok: false, code: "CONFLICT" });
    const ret = await returnRegistrationAction({ ...stale, comment: "Sửa lại" });
    expect(ret).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await db().registration.findUniqueOrThrow({ where: { id: registration.id } })).status).toBe("SUBMITTED");
  });

  it("accepts once when two office users act on the same version: the second gets a conflict", async () => {
    const { org, registration } = await setup();
    await actAs(org.office);
    const [a, b] = await Promise.all([acceptRegistrationAction(input(org, registration)), returnRegistrationAction(input(org, registration, { comment: "Sửa" }))]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ code: "CONFLICT" });
    expect(await db().auditLog.count()).toBe(1);
  });

  it("rejects a signed-out caller", async () => {
    const { org, registration } = await setup();
    await actAs(null);
    expect(await acceptRegistrationAction(input(org, registration))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});

describe("the review page's data", () => {
  it("shows the office the submitted versions and the review history, never the live draft", async () => {
    const { org } = await setup();
    const { registration } = await makeRegistration({
      campaign: org.campaign,
      unit: org.officeB,
      status: "SUBMITTED",
      versions: 2,
      submittedBy: org.headB,
      rows: [{ field: 1, content: "Một cửa liên thông" }],
    });
    const office = (await loadSessionUser(org.office.id))!;
    const view = await getRegistrationForReview(office, org.campaign.id, registration.id);
    expect(view?.versions.map((v) => v.versionNo)).toEqual([2, 1]);
    expect(view?.selected?.versionNo).toBe(2);
    expect(view?.selected?.snapshot.rows[0].content).toBe("Một cửa liên thông");
    expect(view?.reviews.map((r) => r.action)).toEqual(["SUBMIT", "SUBMIT"]);
    expect(view?.canReviewNow).toBe(true);

    const v1 = await getRegistrationForReview(office, org.campaign.id, registration.id, 1);
    expect(v1?.selected?.snapshot.rows[0].content).toBe("Một cửa liên thông (bản 1)");
    expect(v1?.selected?.isLatest).toBe(false);
  });

  it("lets the leadership read but not review, and hides the form from other units and other Sở", async () => {
    const { org, registration } = await setup();
    const leader = (await loadSessionUser(org.leader.id))!;
    const view = await getRegistrationForReview(leader, org.campaign.id, registration.id);
    expect(view?.canReviewNow).toBe(false);
    for (const u of [org.otherOffice, org.headB, org.council]) {
      const user = (await loadSessionUser(u.id))!;
      expect(await getRegistrationForReview(user, org.campaign.id, registration.id)).toBeNull();
    }
    const office = (await loadSessionUser(org.office.id))!;
    expect(await getRegistrationForReview(office, "wrong-campaign", registration.id)).toBeNull();
  });

  it("shows no version for a form the unit is still drafting", async () => {
    const { org, registration } = await setup("DRAFT");
    const office = (await loadSessionUser(org.office.id))!;
    const view = await getRegistrationForReview(office, org.campaign.id, registration.id);
    expect(view?.selected).toBeNull();
    expect(view?.versions).toEqual([]);
    expect(view?.canReviewNow).toBe(false);
  });
});
