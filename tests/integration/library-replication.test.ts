import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { canReadEvidence } from "../../lib/evidence/access";
import { setEvidenceShareableAction, setModelPublicAction, updateModelDescriptionAction } from "../../lib/library/actions";
import { getPublicModel, listPublicModels } from "../../lib/public-site/queries";
import { listSpread, loadModel, searchLibrary } from "../../lib/library/queries";
import { parseLibraryFilters } from "../../lib/library/schemas";
import { deleteRecognitionAction, recordRecognitionAction } from "../../lib/recognition/actions";
import {
  addAdoptionResultAction,
  adoptModelAction,
  assignReplicationAction,
  reportAdoptionAction,
  updateAdoptionProgressAction,
  withdrawAdoptionAction,
} from "../../lib/replication/actions";
import { loadReplicationTasks, runReplicationReminders } from "../../lib/replication/duties";
import { loadAdoption, loadAssignment } from "../../lib/replication/queries";
import { NOT_RECOGNISED_MESSAGE, OWN_MODEL_MESSAGE } from "../../lib/replication/rules";
import { saveUnitRegistrationAction } from "../../lib/registrations/actions";
import { vnDayOf } from "../../lib/time/vn";
import { actAs, db, makeOrganisation, makeUser } from "../helpers/factories";
import { makeAppraisalRound } from "../helpers/recognition-fixtures";
import { makeRegistration } from "../helpers/registration-fixtures";

const session = async (u: { id: string }) => (await loadSessionUser(u.id))!;
const inDays = (n: number) => {
  const d = new Date(Date.now() + n * 86_400_000);
  return vnDayOf(d).split("-").reverse().join("/");
};

/** Office A's "Một cửa điện tử" recognised cấp Sở by the director's decision (through the action, so the library follows). */
async function setup() {
  const org = await makeOrganisation();
  const steering = await makeUser({ unit: org.dept, roles: [{ role: "STEERING_COMMITTEE" }], username: "bancd-lib" });
  const reg = await makeRegistration({
    campaign: org.campaign,
    unit: org.officeA,
    status: "ACCEPTED",
    submittedBy: org.headA,
    rows: [
      { field: 1, content: "Một cửa điện tử cho hồ sơ cấp phép quy hoạch", type: "MODEL" },
      { field: 2, content: "Sổ tay thủ tục chưa công nhận" },
    ],
  });
  const [oneStop, other] = reg.initiatives;
  await makeAppraisalRound({ campaign: org.campaign, chair: steering, verdicts: [{ initiative: oneStop, verdict: "RECOGNISE" }] });
  await actAs(org.leader);
  const rec = await recordRecognitionAction({
    campaignId: org.campaign.id,
    number: "52/QĐ-STN",
    signedOn: vnDayOf(new Date()),
    signerName: "Nguyễn Thanh Nhã",
    signerTitle: "Giám đốc Sở",
    summary: "Công nhận cấp Sở",
    level: "",
    initiativeIds: [oneStop.id],
  });
  expect(rec).toMatchObject({ ok: true });
  const model = await db().recognisedModel.findUniqueOrThrow({ where: { initiativeId: oneStop.id } });
  return { org, oneStop, other, model, decisionId: (rec as { data: { decisionId: string } }).data.decisionId };
}

describe("the library of recognised models", () => {
  it("holds a recognised model from its decision, found by a search without diacritics, and loses it when the decision is deleted", async () => {
    const s = await setup();
    expect(s.model).toMatchObject({ level: "DEPARTMENT", unitId: s.org.officeA.id, adoptionCount: 0 });
    const found = await searchLibrary(parseLibraryFilters({ q: "mot cua dien tu" }), 1);
    expect(found.rows.map((r) => r.id)).toEqual([s.model.id]);
    expect((await searchLibrary(parseLibraryFilters({ q: "so tay" }), 1)).total).toBe(0); // not recognised: not in the library
    expect((await searchLibrary(parseLibraryFilters({ level: "CITY" }), 1)).total).toBe(0);
    expect((await searchLibrary(parseLibraryFilters({ q: "50%_" }), 1)).total).toBe(0); // wildcards are literal
    await actAs(s.org.leader);
    expect(await deleteRecognitionAction({ decisionId: s.decisionId, reason: "Ghi nhầm số quyết định" })).toMatchObject({ ok: true });
    expect(await db().recognisedModel.count()).toBe(0);
    expect(await loadModel(s.model.id)).toBeNull();
  });

  it("shows a model on the public library only once its owner unit's head marks it public; another unit cannot", async () => {
    const s = await setup();
    expect(await getPublicModel(s.model.id)).toBeNull();
    await actAs(s.org.headB);
    expect(await setModelPublicAction({ modelId: s.model.id, isPublic: "true" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs(s.org.staffA); // staff may describe, not publish
    expect(await setModelPublicAction({ modelId: s.model.id, isPublic: "true" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs(s.org.headA);
    expect(await setModelPublicAction({ modelId: s.model.id, isPublic: "true" })).toMatchObject({ ok: true, data: { isPublic: true } });
    expect(await getPublicModel(s.model.id)).toMatchObject({ title: s.model.title, unit: { name: s.org.officeA.name } });
    expect((await listPublicModels("mot cua", 1)).total).toBe(1);
    await actAs(s.org.office);
    expect(await setModelPublicAction({ modelId: s.model.id, isPublic: "false" })).toMatchObject({ ok: true, data: { isPublic: false } });
    expect(await getPublicModel(s.model.id)).toBeNull();
  });

  it("lets only the owner unit describe its model; hostile text is stored as text", async () => {
    const s = await setup();
    await actAs(s.org.headB);
    expect(await updateModelDescriptionAction({ modelId: s.model.id, description: "Chiếm quyền" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await updateModelDescriptionAction({ modelId: s.model.id, description: "Có ký tự \u0000" })).toMatchObject({ ok: false, code: "VALIDATION" });
    await actAs(s.org.headA);
    expect(await updateModelDescriptionAction({ modelId: s.model.id, description: "<script>alert(1)</script> Cách làm" })).toMatchObject({ ok: true });
    expect((await loadModel(s.model.id))!.description).toBe("<script>alert(1)</script> Cách làm");
    expect(await db().auditLog.count({ where: { action: "library-model.describe", entityId: s.model.id } })).toBe(1);
  });

  it("shares with library readers only the files the owner marked shareable", async () => {
    const s = await setup();
    const file = await db().evidenceFile.create({
      data: { initiativeId: s.oneStop.id, unitId: s.org.officeA.id, campaignId: s.org.campaign.id, fileName: "quy-trinh.pdf", mimeType: "application/pdf", sizeBytes: 10, sha256: "0".repeat(64), storageKey: `k-${s.oneStop.id}`, uploadedById: s.org.headA.id },
    });
    const otherDeptHead = await makeUser({ unit: s.org.otherDept, roles: [{ role: "UNIT_HEAD" }], username: "head-other-lib" });
    expect(await canReadEvidence(await session(otherDeptHead), file.id)).toBeNull();
    await actAs(s.org.headB);
    expect(await setEvidenceShareableAction({ fileId: file.id, shareable: "true" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs(s.org.headA);
    expect(await setEvidenceShareableAction({ fileId: file.id, shareable: "true" })).toMatchObject({ ok: true });
    expect(await canReadEvidence(await session(otherDeptHead), file.id)).not.toBeNull();
    expect((await loadModel(s.model.id))!.files.map((f) => f.id)).toEqual([file.id]);
  });
});

describe("replication of a recognised model", () => {
  it("refuses a model that is not recognised (forged id), the unit's own model and a second adoption", async () => {
    const s = await setup();
    await actAs(s.org.headB);
    expect(await adoptModelAction({ modelId: s.other.id })).toMatchObject({ ok: false, error: NOT_RECOGNISED_MESSAGE });
    await actAs(s.org.headA);
    expect(await adoptModelAction({ modelId: s.model.id })).toMatchObject({ ok: false, error: OWN_MODEL_MESSAGE });
    await actAs(s.org.headB);
    expect(await adoptModelAction({ modelId: s.model.id, startedOn: inDays(0) })).toMatchObject({ ok: true });
    expect(await adoptModelAction({ modelId: s.model.id })).toMatchObject({ ok: false, code: "RULE" });
    expect((await db().recognisedModel.findUniqueOrThrow({ where: { id: s.model.id } })).adoptionCount).toBe(1);
  });

  it("records progress and figures and the head reports; another unit can neither read nor change it; the spread list shows it", async () => {
    const s = await setup();
    await actAs(s.org.staffB);
    const res = await adoptModelAction({ modelId: s.model.id });
    expect(res).toMatchObject({ ok: true });
    const adoptionId = (res as { data: { adoptionId: string } }).data.adoptionId;
    expect(await updateAdoptionProgressAction({ adoptionId, lockVersion: 0, progress: "COMPLETED", completedOn: inDays(0), progressNote: "" })).toMatchObject({ ok: true });
    expect(await addAdoptionResultAction({ adoptionId, indicator: "Hồ sơ đúng hạn", unitOfMeasure: "%", valueBefore: "80", valueAfter: "97,5" })).toMatchObject({ ok: true });
    // Staff may not report; the head does.
    expect(await reportAdoptionAction({ adoptionId, lockVersion: 1, reportText: "Đã áp dụng một cửa điện tử tại phòng, kết quả tốt." })).toMatchObject({ ok: false, code: "RULE" });
    await actAs(s.org.headA); // the owner unit reads, but cannot change
    expect(await loadAdoption(await session(s.org.headA), adoptionId)).not.toBeNull();
    expect(await updateAdoptionProgressAction({ adoptionId, lockVersion: 1, progress: "DROPPED", progressNote: "x" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const stranger = await makeUser({ unit: s.org.otherDept, roles: [{ role: "UNIT_HEAD" }], username: "head-stranger" });
    expect(await loadAdoption(await session(stranger), adoptionId)).toBeNull();
    await actAs(s.org.headB);
    expect(await reportAdoptionAction({ adoptionId, lockVersion: 1, reportText: "Đã áp dụng một cửa điện tử tại phòng, kết quả tốt." })).toMatchObject({ ok: true });
    expect(await withdrawAdoptionAction({ adoptionId })).toMatchObject({ ok: false, code: "RULE" });
    const spread = await listSpread(s.model.id, 1);
    expect(spread.total).toBe(1);
    expect(spread.rows[0]).toMatchObject({ unitName: "Phòng B", progress: "COMPLETED" });
    expect(spread.rows[0].results[0]).toMatchObject({ valueBefore: 80, valueAfter: 97.5 });
    expect(spread.rows[0].reportedAt).not.toBeNull();
  });

  it("the level above assigns replication: targets outside its subtree or the owner are refused; the obligation is on the unit's to-do list, reminded once, and fulfilled by the report", async () => {
    const s = await setup();
    await actAs(s.org.office);
    expect(await assignReplicationAction({ modelId: s.model.id, unitIds: [s.org.otherDept.id], dueDate: inDays(10) })).toMatchObject({ ok: false, code: "RULE" });
    expect(await assignReplicationAction({ modelId: s.model.id, unitIds: [s.org.officeA.id], dueDate: inDays(10) })).toMatchObject({ ok: false, code: "RULE" });
    expect(await assignReplicationAction({ modelId: s.model.id, unitIds: [s.org.officeB.id], dueDate: inDays(-1) })).toMatchObject({ ok: false, fieldErrors: { dueDate: expect.any(String) } });
    await actAs(s.org.headB);
    expect(await assignReplicationAction({ modelId: s.model.id, unitIds: [s.org.officeB.id], dueDate: inDays(10) })).toMatchObject({ ok: false });
    await actAs(s.org.office);
    const a = await assignReplicationAction({ modelId: s.model.id, unitIds: [s.org.officeB.id], dueDate: inDays(2), documentRef: "15/CV-STN" });
    expect(a).toMatchObject({ ok: true, data: { count: 1 } });
    const assignmentId = (a as { data: { assignmentId: string } }).data.assignmentId;
    const tasks = await loadReplicationTasks(await session(s.org.headB));
    expect(tasks).toHaveLength(1);
    expect(await loadReplicationTasks(await session(s.org.headA))).toHaveLength(0);
    const first = await runReplicationReminders();
    expect(first.sent).toBe(1);
    expect((await runReplicationReminders()).sent).toBe(0);
    await actAs(s.org.headB);
    const adopted = await adoptModelAction({ modelId: s.model.id });
    const adoptionId = (adopted as { data: { adoptionId: string } }).data.adoptionId;
    expect(await reportAdoptionAction({ adoptionId, lockVersion: 0, reportText: "Báo cáo kết quả nhân rộng tại Phòng B, tỷ lệ đúng hạn 98%." })).toMatchObject({ ok: true });
    expect(await loadReplicationTasks(await session(s.org.headB))).toHaveLength(0);
    const view = await loadAssignment(await session(s.org.office), assignmentId);
    expect(view!.units[0].state).toBe("REPORTED");
    expect(await loadAssignment(await session(s.org.otherOffice), assignmentId)).toBeNull();
  });

  it("a Mẫu 1 row of type nhân rộng adopts the model with the form: refused for the unit's own model or a forged id, linked once, left standing when the row stops naming it", async () => {
    const s = await setup();
    const rowOf = (over: Record<string, unknown>) => ({
      initiativeId: null,
      fieldId: s.org.campaign.fields[1].id,
      content: "Áp dụng một cửa điện tử tại phòng",
      type: "MODEL",
      ownerType: "UNIT",
      ownerNames: "",
      expectedCompletion: `${s.org.campaign.year}-10-30`,
      note: "",
      level: "DEPARTMENT",
      ...over,
    });
    const formOf = (unitId: string, rows: unknown[], registrationId: string | null = null, lockVersion = 0) => ({ campaignId: s.org.campaign.id, unitId, registrationId, lockVersion, rows, confirmed: false });
    await actAs(s.org.staffB);
    expect(await saveUnitRegistrationAction(formOf(s.org.officeB.id, [rowOf({ replicatesModelId: s.other.id })]) as never)).toMatchObject({ ok: false, fieldErrors: { "rows.0.replicatesModelId": NOT_RECOGNISED_MESSAGE } });
    const saved = await saveUnitRegistrationAction(formOf(s.org.officeB.id, [rowOf({ replicatesModelId: s.model.id })]) as never);
    expect(saved).toMatchObject({ ok: true });
    const data = (saved as { data: { registrationId: string; lockVersion: number; rows: { initiativeId: string; replicatesModelId: string }[] } }).data;
    expect(data.rows[0].replicatesModelId).toBe(s.model.id);
    const adoption = await db().modelAdoption.findUniqueOrThrow({ where: { modelId_unitId: { modelId: s.model.id, unitId: s.org.officeB.id } } });
    expect(adoption.initiativeId).toBe(data.rows[0].initiativeId);
    expect((await db().recognisedModel.findUniqueOrThrow({ where: { id: s.model.id } })).adoptionCount).toBe(1);
    // Saving again changes nothing; dropping the link keeps the adoption on its own.
    const again = await saveUnitRegistrationAction(formOf(s.org.officeB.id, [{ ...rowOf({ replicatesModelId: s.model.id }), initiativeId: data.rows[0].initiativeId }], data.registrationId, data.lockVersion) as never);
    expect(again).toMatchObject({ ok: true });
    expect(await db().modelAdoption.count({ where: { modelId: s.model.id } })).toBe(1);
    const unlinked = await saveUnitRegistrationAction(formOf(s.org.officeB.id, [{ ...rowOf({ replicatesModelId: "" }), initiativeId: data.rows[0].initiativeId }], data.registrationId, data.lockVersion + 1) as never);
    expect(unlinked).toMatchObject({ ok: true });
    expect((await db().modelAdoption.findUniqueOrThrow({ where: { id: adoption.id } })).initiativeId).toBeNull();
    // Office A's own Mẫu 1 cannot adopt its own model.
    await actAs(s.org.headA);
    const reg = await db().registration.findFirstOrThrow({ where: { campaignId: s.org.campaign.id, unitId: s.org.officeA.id } });
    await db().registration.update({ where: { id: reg.id }, data: { status: "RETURNED" } });
    const own = await saveUnitRegistrationAction(formOf(s.org.officeA.id, [rowOf({ replicatesModelId: s.model.id })], reg.id, reg.lockVersion) as never);
    expect(own).toMatchObject({ ok: false, fieldErrors: { "rows.0.replicatesModelId": OWN_MODEL_MESSAGE } });
  });
});
