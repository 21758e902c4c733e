import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { updateProgressAction } from "../../lib/progress/actions";
import { getInitiativeDetail, getUnitProgress } from "../../lib/progress/queries";
import { FORWARDED_READ_ONLY_MESSAGE, PROGRESS_NOT_OPEN_MESSAGE } from "../../lib/progress/rules";
import { MESSAGES } from "../../lib/progress/schemas";
import { vnDayOf } from "../../lib/time/vn";
import { actAs, db, makeCampaign, makeOrganisation, makeUser } from "../helpers/factories";
import { makeRegistration } from "../helpers/registration-fixtures";

async function setup(status: "ACCEPTED" | "SUBMITTED" | "DRAFT" | "RETURNED" = "ACCEPTED") {
  const org = await makeOrganisation();
  const { registration, initiatives } = await makeRegistration({
    campaign: org.campaign,
    unit: org.officeA,
    status,
    submittedBy: org.headA,
    rows: [
      { field: 1, content: "Rút ngắn thời gian thẩm định hồ sơ quy hoạch" },
      { field: 5, content: "Bản đồ số quy hoạch trên nền GIS" },
    ],
  });
  return { org, registration, initiative: initiatives[0], initiatives };
}

const today = () => vnDayOf(new Date());
const row = (o: object = {}) => ({ indicator: "Tỷ lệ hồ sơ giải quyết đúng hạn", unitOfMeasure: "%", valueBefore: "92,5", valueAfter: "99", source: "Phần mềm một cửa", ...o });

async function input(initiativeId: string, extra: object = {}) {
  const ini = await db().initiative.findUniqueOrThrow({ where: { id: initiativeId } });
  return {
    initiativeId,
    updatedAt: ini.updatedAt.toISOString(),
    progress: "IN_PROGRESS",
    completedOn: "",
    droppedReason: "",
    progressNote: "",
    results: [] as object[],
    ...extra,
  };
}

describe("a unit records an initiative's progress and results", () => {
  it("the head marks it completed with a date and two figures (decimal comma); one audit row; the token moves on", async () => {
    const { org, initiative } = await setup();
    await actAs(org.headA);
    const res = await updateProgressAction(
      await input(initiative.id, {
        progress: "COMPLETED",
        completedOn: today(),
        progressNote: "Đã vận hành chính thức",
        results: [row(), row({ indicator: "Thời gian giải quyết trung bình", unitOfMeasure: "ngày", valueBefore: "", valueAfter: "12,5", source: "" })],
      }),
    );
    expect(res).toMatchObject({ ok: true, data: { progress: "COMPLETED", resultCount: 2 } });

    const saved = await db().initiative.findUniqueOrThrow({ where: { id: initiative.id }, include: { results: { orderBy: { sortOrder: "asc" } } } });
    expect(saved.progress).toBe("COMPLETED");
    expect(saved.completedOn?.toISOString().slice(0, 10)).toBe(today());
    expect(saved.progressNote).toBe("Đã vận hành chính thức");
    expect(saved.progressUpdatedById).toBe(org.headA.id);
    expect(saved.results.map((r) => [r.indicator, r.unitOfMeasure, r.valueBefore, r.valueAfter, r.source])).toEqual([
      ["Tỷ lệ hồ sơ giải quyết đúng hạn", "%", 92.5, 99, "Phần mềm một cửa"],
      ["Thời gian giải quyết trung bình", "ngày", null, 12.5, null],
    ]);
    expect(res.ok && res.data.updatedAt).toBe(saved.updatedAt.toISOString());
    const audit = await db().auditLog.findMany({ where: { entityType: "Initiative", entityId: initiative.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "initiative.progress", actorId: org.headA.id, unitId: org.officeA.id, campaignId: org.campaign.id });
    expect(audit[0].summary).toContain("Đã hoàn thành");

    // The unit's staff may update too (edit:progress), replacing the figures as a whole.
    await actAs(org.staffA);
    const again = await updateProgressAction(await input(initiative.id, { progress: "IN_PROGRESS", completedOn: today(), results: [row({ valueBefore: "", valueAfter: "100" })] }));
    expect(again.ok).toBe(true);
    const after = await db().initiative.findUniqueOrThrow({ where: { id: initiative.id }, include: { results: true } });
    expect(after.completedOn).toBeNull(); // a date only when completed
    expect(after.results.map((r) => r.valueAfter)).toEqual([100]);
  });

  it("refuses a figure that is not a number, with the message next to the cell; nothing saved", async () => {
    const { org, initiative } = await setup();
    await actAs(org.headA);
    const res = await updateProgressAction(await input(initiative.id, { results: [row({ valueAfter: "chín mươi chín" })] }));
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.code).toBe("VALIDATION");
      expect(res.fieldErrors?.["results.0.valueAfter"]).toContain("Giá trị phải là số");
    }
    expect(await db().initiativeResult.count()).toBe(0);
    expect((await db().initiative.findUniqueOrThrow({ where: { id: initiative.id } })).progress).toBe("NOT_STARTED");
  });

  it("refuses a 'before' without an 'after'", async () => {
    const { org, initiative } = await setup();
    await actAs(org.headA);
    const res = await updateProgressAction(await input(initiative.id, { results: [row({ valueAfter: "" })] }));
    expect(res.ok === false && res.fieldErrors?.["results.0.valueAfter"]).toBe(MESSAGES.beforeWithoutAfter);
    expect(await db().initiativeResult.count()).toBe(0);
  });

  it("refuses 'dropped' without a reason and 'completed' without a date or with a future date", async () => {
    const { org, initiative } = await setup();
    await actAs(org.headA);
    const dropped = await updateProgressAction(await input(initiative.id, { progress: "DROPPED", droppedReason: "  " }));
    expect(dropped.ok === false && dropped.fieldErrors?.droppedReason).toBe(MESSAGES.droppedReason);
    const noDate = await updateProgressAction(await input(initiative.id, { progress: "COMPLETED" }));
    expect(noDate.ok === false && noDate.fieldErrors?.completedOn).toBe(MESSAGES.completedOn);
    const future = await updateProgressAction(await input(initiative.id, { progress: "COMPLETED", completedOn: "2999-01-01" }));
    expect(future.ok === false && future.fieldErrors?.completedOn).toBe(MESSAGES.completedOnFuture);
    const ok = await updateProgressAction(await input(initiative.id, { progress: "DROPPED", droppedReason: "Quy định thay đổi" }));
    expect(ok.ok).toBe(true);
    expect((await db().initiative.findUniqueOrThrow({ where: { id: initiative.id } })).droppedReason).toBe("Quy định thay đổi");
  });

  it("refuses another unit's head, the CCHC office and the leadership (not found); nothing changes", async () => {
    const { org, initiative } = await setup();
    for (const user of [org.headB, org.staffB, org.office, org.leader, org.otherOffice]) {
      await actAs(user);
      const res = await updateProgressAction(await input(initiative.id, { progress: "IN_PROGRESS" }));
      expect(res.ok === false && res.code, user.username).toBe("NOT_FOUND");
    }
    expect((await db().initiative.findUniqueOrThrow({ where: { id: initiative.id } })).progress).toBe("NOT_STARTED");
    expect(await db().auditLog.count()).toBe(0);
  });

  it("refuses a save made from an older read (someone else saved first)", async () => {
    const { org, initiative } = await setup();
    await actAs(org.headA);
    const stale = await input(initiative.id, { progress: "IN_PROGRESS" });
    await actAs(org.staffA);
    expect((await updateProgressAction(await input(initiative.id, { progress: "COMPLETED", completedOn: today() }))).ok).toBe(true);
    await actAs(org.headA);
    const res = await updateProgressAction(stale);
    expect(res.ok === false && res.code).toBe("CONFLICT");
    expect((await db().initiative.findUniqueOrThrow({ where: { id: initiative.id } })).progress).toBe("COMPLETED");
  });

  it("refuses progress on a form never submitted (a draft), and accepts it on a returned form", async () => {
    const { org, initiative } = await setup("RETURNED");
    const draft = await makeRegistration({ campaign: org.campaign, unit: org.officeB, status: "DRAFT", submittedBy: org.headB });
    await actAs(org.headB);
    const res = await updateProgressAction(await input(draft.initiatives[0].id, { progress: "IN_PROGRESS" }));
    expect(res.ok === false && res.error).toBe(PROGRESS_NOT_OPEN_MESSAGE);

    await actAs(org.headA);
    expect((await updateProgressAction(await input(initiative.id, { progress: "IN_PROGRESS" }))).ok).toBe(true);
  });

  it("a forwarded copy cannot be edited by the receiving organisation: its progress is the origin's", async () => {
    const { org, initiative } = await setup();
    const parent = await makeCampaign({ issuingUnit: org.city, units: [org.dept] });
    const deptHead = await makeUser({ unit: org.dept, roles: [{ role: "UNIT_HEAD" }] });
    const reg = await db().registration.create({
      data: { campaignId: parent.id, unitId: org.dept.id, kind: "UNIT", ownerKey: "UNIT", status: "SUBMITTED", submittedVersion: 1, firstSubmittedAt: new Date() },
    });
    const copy = await db().initiative.create({
      data: {
        registrationId: reg.id,
        campaignId: parent.id,
        unitId: org.dept.id,
        fieldId: parent.fields[1].id,
        content: initiative.content,
        type: initiative.type,
        expectedCompletion: initiative.expectedCompletion,
        level: "CITY",
        forwardedFromId: initiative.id,
        originInitiativeId: initiative.id,
        originUnitId: org.officeA.id,
        forwardedAt: new Date(),
      },
    });
    await actAs(deptHead);
    const res = await updateProgressAction(await input(copy.id, { progress: "COMPLETED", completedOn: today() }));
    expect(res.ok === false && res.error).toBe(FORWARDED_READ_ONLY_MESSAGE);

    // The origin's progress shows through the copy, read-only.
    await actAs(org.headA);
    expect((await updateProgressAction(await input(initiative.id, { progress: "COMPLETED", completedOn: today(), results: [row()] }))).ok).toBe(true);
    const view = await getInitiativeDetail((await loadSessionUser(deptHead.id))!, copy.id);
    expect(view?.canEdit).toBe(false);
    expect(view?.progress).toMatchObject({ progress: "COMPLETED", fromOrigin: { id: initiative.id } });
    expect(view?.progress.results).toHaveLength(1);
  });
});

describe("who reads progress", () => {
  it("the unit lists its submitted initiatives with counts per status; the draft rows are only counted as not submitted", async () => {
    const { org, initiatives } = await setup("SUBMITTED");
    // A staff member's individual form still in draft: its row is not listed yet.
    const draftReg = await db().registration.create({
      data: { campaignId: org.campaign.id, unitId: org.officeA.id, kind: "INDIVIDUAL", ownerKey: org.staffA.id, ownerUserId: org.staffA.id, status: "DRAFT" },
    });
    await db().initiative.create({
      data: {
        registrationId: draftReg.id,
        campaignId: org.campaign.id,
        unitId: org.officeA.id,
        fieldId: org.campaign.fields[0].id,
        content: "Bản nháp cá nhân",
        type: "INITIATIVE",
        expectedCompletion: new Date("2026-10-31T00:00:00Z"),
        level: "DEPARTMENT",
      },
    });
    await db().initiative.update({ where: { id: initiatives[1].id }, data: { progress: "COMPLETED", completedOn: new Date("2026-02-01") } });
    const head = (await loadSessionUser(org.headA.id))!;
    const view = await getUnitProgress(head, org.campaign.id, undefined, { page: 1 });
    if (view.needsChoice) throw new Error("unexpected choice");
    expect(view.totalAll).toBe(2);
    expect(view.counts).toEqual({ NOT_STARTED: 1, IN_PROGRESS: 0, COMPLETED: 1, DROPPED: 0 });
    expect(view.notSubmitted).toBe(1);
    expect(view.groups.map((g) => g.field.name)).toEqual([org.campaign.fields[1].name, org.campaign.fields[5].name]);
    const completed = await getUnitProgress(head, org.campaign.id, undefined, { page: 1, status: "COMPLETED" });
    expect(!completed.needsChoice && completed.total).toBe(1);

    // Another unit's head: not found.
    await expect(getUnitProgress((await loadSessionUser(org.headB.id))!, org.campaign.id, org.officeA.id, { page: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("paginates a unit's list by 50, in the campaign's field order", async () => {
    const org = await makeOrganisation();
    const rows = Array.from({ length: 55 }, (_, i) => ({ field: i % 6, content: `Nội dung số ${i + 1}` }));
    await makeRegistration({ campaign: org.campaign, unit: org.officeA, status: "ACCEPTED", submittedBy: org.headA, rows });
    const head = (await loadSessionUser(org.headA.id))!;
    const first = await getUnitProgress(head, org.campaign.id, org.officeA.id, { page: 1 });
    const second = await getUnitProgress(head, org.campaign.id, org.officeA.id, { page: 2 });
    if (first.needsChoice || second.needsChoice) throw new Error("unexpected choice");
    expect(first.total).toBe(55);
    expect(first.groups.flatMap((g) => g.rows)).toHaveLength(50);
    expect(second.groups.flatMap((g) => g.rows)).toHaveLength(5);
    expect(first.groups[0].field.sortOrder).toBe(1);
    expect(second.groups.map((g) => g.field.sortOrder)).toEqual([6]);
  });

  it("the campaign's office and leadership read an initiative; another unit and another Sở's office do not", async () => {
    const { org, initiative } = await setup("SUBMITTED");
    for (const user of [org.headA, org.staffA, org.office, org.leader]) {
      expect(await getInitiativeDetail((await loadSessionUser(user.id))!, initiative.id), user.username).not.toBeNull();
    }
    for (const user of [org.headB, org.staffB, org.otherOffice, org.council]) {
      expect(await getInitiativeDetail((await loadSessionUser(user.id))!, initiative.id), user.username).toBeNull();
    }
    const office = await getInitiativeDetail((await loadSessionUser(org.office.id))!, initiative.id);
    expect(office?.canEdit).toBe(false);
    const head = await getInitiativeDetail((await loadSessionUser(org.headA.id))!, initiative.id);
    expect(head?.canEdit).toBe(true);
  });

  it("the office does not read an initiative of a form never submitted; the unit does", async () => {
    const { org, initiative } = await setup("DRAFT");
    expect(await getInitiativeDetail((await loadSessionUser(org.office.id))!, initiative.id)).toBeNull();
    const head = await getInitiativeDetail((await loadSessionUser(org.headA.id))!, initiative.id);
    expect(head?.canEdit).toBe(false);
    expect(head?.readOnlyReason).toBe(PROGRESS_NOT_OPEN_MESSAGE);
  });
});
