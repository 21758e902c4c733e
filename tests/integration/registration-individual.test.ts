import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import {
  confirmIndividualRegistrationAction,
  requestIndividualConfirmationAction,
  returnIndividualToOwnerAction,
  saveIndividualRegistrationAction,
} from "../../lib/registrations/actions";
import { confirmIndividualRegistration } from "../../lib/registrations/individual-mutations";
import { getRegistrationView, getUnitHome } from "../../lib/registrations/queries";
import type { RegistrationFormInput } from "../../lib/registrations/schemas";
import type { RegistrationSnapshot } from "../../lib/registrations/snapshot";
import { dueAtForBeforeDay } from "../../lib/time/vn";
import { actAs, db, makeOrganisation, makeUser } from "../helpers/factories";

type Org = Awaited<ReturnType<typeof makeOrganisation>>;

function form(org: Org, over: Partial<RegistrationFormInput> = {}): RegistrationFormInput {
  return {
    campaignId: org.campaign.id,
    unitId: org.officeA.id,
    registrationId: null,
    lockVersion: 0,
    confirmed: false,
    rows: [
      {
        initiativeId: null,
        fieldId: org.campaign.fields[5].id,
        content: "Ứng dụng tra cứu thông tin quy hoạch trên thiết bị di động",
        type: "INITIATIVE",
        ownerType: "INDIVIDUALS",
        ownerNames: "Người dùng staff-a",
        expectedCompletion: `${org.campaign.year}-11-30`,
        note: "",
        level: "DEPARTMENT",
      },
    ],
    ...over,
  };
}

/** Staff of office A drafts and sends their individual registration to the head. */
async function awaitingConfirmation(org: Org) {
  await actAs(org.staffA);
  const saved = await saveIndividualRegistrationAction(form(org));
  if (!saved.ok) throw new Error(saved.error);
  const sent = await requestIndividualConfirmationAction(form(org, { registrationId: saved.data.registrationId, lockVersion: saved.data.lockVersion, rows: saved.data.rows }));
  if (!sent.ok) throw new Error(sent.error);
  return sent.data;
}

describe("an individual's registration", () => {
  it("an individual drafts: kind INDIVIDUAL, owned by the user, separate from the unit's form", async () => {
    const org = await makeOrganisation();
    await actAs(org.staffA);
    const res = await saveIndividualRegistrationAction(form(org));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const reg = await db().registration.findUniqueOrThrow({ where: { id: res.data.registrationId } });
    expect(reg).toMatchObject({ kind: "INDIVIDUAL", ownerKey: org.staffA.id, ownerUserId: org.staffA.id, unitId: org.officeA.id, status: "DRAFT" });
    // Another person of the unit cannot write into it, even by sending its id.
    await actAs(org.headA);
    const other = await saveIndividualRegistrationAction(form(org, { registrationId: reg.id, lockVersion: reg.lockVersion }));
    expect(other).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("requests confirmation: AWAITING_CONFIRMATION with a review event and an audit row; the head sees it on the unit home", async () => {
    const org = await makeOrganisation();
    const sent = await awaitingConfirmation(org);
    const reg = await db().registration.findUniqueOrThrow({ where: { id: sent.registrationId }, include: { reviews: true } });
    expect(reg.status).toBe("AWAITING_CONFIRMATION");
    expect(reg.reviews).toMatchObject([{ action: "SUBMIT", actorId: org.staffA.id, versionNo: 1 }]);
    expect(await db().auditLog.count({ where: { entityId: reg.id, action: "registration.requestConfirmation" } })).toBe(1);

    const headHome = await getUnitHome((await loadSessionUser(org.headA.id))!);
    expect(headHome.awaiting.map((r) => r.id)).toEqual([reg.id]);
    const staffHome = await getUnitHome((await loadSessionUser(org.staffA.id))!);
    expect(staffHome.individual.map((r) => r.id)).toEqual([reg.id]);
    expect(staffHome.awaiting).toEqual([]);
    const headBHome = await getUnitHome((await loadSessionUser(org.headB.id))!);
    expect(headBHome.awaiting).toEqual([]);
  });

  it("the head of the same unit confirms: SUBMITTED, version 1 with the owner's name, review CONFIRM", async () => {
    const org = await makeOrganisation();
    const sent = await awaitingConfirmation(org);
    await actAs(org.headA);
    const view = await getRegistrationView((await loadSessionUser(org.headA.id))!, sent.registrationId);
    expect(view.canConfirm).toBe(true);
    const res = await confirmIndividualRegistrationAction({ registrationId: sent.registrationId, lockVersion: sent.lockVersion });
    expect(res).toMatchObject({ ok: true, data: { versionNo: 1, isLate: false } });
    const reg = await db().registration.findUniqueOrThrow({ where: { id: sent.registrationId }, include: { versions: true, reviews: { orderBy: { createdAt: "asc" } } } });
    expect(reg).toMatchObject({ status: "SUBMITTED", submittedVersion: 1, isLate: false });
    expect(reg.versions).toHaveLength(1);
    expect(reg.versions[0].submittedById).toBe(org.headA.id);
    const snap = reg.versions[0].snapshot as unknown as RegistrationSnapshot;
    expect(snap.ownerName).toBe("Người dùng staff-a");
    expect(snap.rows[0].fieldName).toBe("Xây dựng và phát triển chính quyền điện tử, chính quyền số");
    expect(reg.reviews.map((r) => r.action)).toEqual(["SUBMIT", "CONFIRM"]);
  });

  it("a confirmation after the deadline is accepted and marked late", async () => {
    const org = await makeOrganisation();
    await db().milestone.updateMany({ where: { campaignId: org.campaign.id }, data: { dueAt: dueAtForBeforeDay(`${org.campaign.year}-04-18`) } });
    const sent = await awaitingConfirmation(org);
    const head = (await loadSessionUser(org.headA.id))!;
    const res = await confirmIndividualRegistration(head, { registrationId: sent.registrationId, lockVersion: sent.lockVersion }, new Date(`${org.campaign.year}-04-18T00:00:00+07:00`));
    expect(res.isLate).toBe(true);
    expect((await db().registration.findUniqueOrThrow({ where: { id: sent.registrationId } })).isLate).toBe(true);
  });

  it("the head of another unit cannot confirm (not found) and nothing changes", async () => {
    const org = await makeOrganisation();
    const sent = await awaitingConfirmation(org);
    await actAs(org.headB);
    expect(await confirmIndividualRegistrationAction({ registrationId: sent.registrationId, lockVersion: sent.lockVersion })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await returnIndividualToOwnerAction({ registrationId: sent.registrationId, lockVersion: sent.lockVersion, comment: "Không" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    const reg = await db().registration.findUniqueOrThrow({ where: { id: sent.registrationId } });
    expect(reg).toMatchObject({ status: "AWAITING_CONFIRMATION", lockVersion: sent.lockVersion, submittedVersion: 0 });
    expect(await db().registrationVersion.count()).toBe(0);
  });

  it("staff cannot confirm, not even another colleague's registration", async () => {
    const org = await makeOrganisation();
    const sent = await awaitingConfirmation(org);
    const colleague = await makeUser({ unit: org.officeA, roles: [{ role: "UNIT_STAFF" }] });
    for (const u of [org.staffA, colleague]) {
      await actAs(u);
      expect(await confirmIndividualRegistrationAction({ registrationId: sent.registrationId, lockVersion: sent.lockVersion })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect((await db().registration.findUniqueOrThrow({ where: { id: sent.registrationId } })).status).toBe("AWAITING_CONFIRMATION");
    expect(await db().registrationVersion.count()).toBe(0);
  });

  it("the head returns it with a comment; the owner corrects it and sends it again", async () => {
    const org = await makeOrganisation();
    const sent = await awaitingConfirmation(org);
    await actAs(org.headA);
    const empty = await returnIndividualToOwnerAction({ registrationId: sent.registrationId, lockVersion: sent.lockVersion, comment: "  " });
    expect(empty).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { comment: "Vui lòng nhập nội dung cần chỉnh sửa." } });
    const res = await returnIndividualToOwnerAction({ registrationId: sent.registrationId, lockVersion: sent.lockVersion, comment: "Ghi rõ kết quả dự kiến" });
    expect(res.ok).toBe(true);
    const reg = await db().registration.findUniqueOrThrow({ where: { id: sent.registrationId } });
    expect(reg).toMatchObject({ status: "RETURNED", returnComment: "Ghi rõ kết quả dự kiến" });

    await actAs(org.staffA);
    const again = await requestIndividualConfirmationAction(
      form(org, { registrationId: reg.id, lockVersion: reg.lockVersion, rows: [{ ...sent.rows[0], note: "Đã bổ sung kết quả dự kiến" }] }),
    );
    expect(again.ok).toBe(true);
    expect((await db().registration.findUniqueOrThrow({ where: { id: reg.id } })).status).toBe("AWAITING_CONFIRMATION");
  });

  it("an individual cannot send an empty registration", async () => {
    const org = await makeOrganisation();
    await actAs(org.staffA);
    const res = await requestIndividualConfirmationAction(form(org, { rows: [] }));
    expect(res).toMatchObject({ ok: false, code: "RULE" });
    expect(await db().registration.count()).toBe(0);
  });
});
