import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { POST as paperPOST } from "../../app/(portal)/campaigns/[id]/paper/import/route";
import { GET as paperTemplateGET } from "../../app/(portal)/campaigns/[id]/paper/template/route";
import { loadSessionUser } from "../../lib/auth/session";
import { getPaperIntake } from "../../lib/imports/mau1/paper-queries";
import { dueAtForBeforeDay, vnDayOf } from "../../lib/time/vn";
import { actAs, db, makeOrganisation, makeUnit } from "../helpers/factories";
import { makeRegistration } from "../helpers/registration-fixtures";

/**
 * "Nhận Mẫu 1 bản giấy": the office of the campaign's issuing unit enters a unit's Mẫu 1 received on
 * paper. It becomes the unit's submitted version dated the day of receipt (lateness, cut-off), with the
 * paper's number and signer; only that office may do it, only for a unit of the plan whose form is not
 * submitted; a draft begun on the portal is replaced only when asked; nothing is half-written.
 */

type Org = Awaited<ReturnType<typeof makeOrganisation>>;

const today = vnDayOf(new Date());
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const dayAfter = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));

async function template(org: Org, user: { id: string } = org.office) {
  await actAs(user);
  return paperTemplateGET(new Request(`http://localhost/campaigns/${org.campaign.id}/paper/template`), { params: Promise.resolve({ id: org.campaign.id }) });
}

async function filled(org: Org, rows: (string | Date)[][]) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await (await template(org)).arrayBuffer());
  const ws = wb.getWorksheet("Mẫu 1")!;
  rows.forEach((r, i) => r.forEach((v, c) => (ws.getCell(5 + i, c + 1).value = v)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const row = (org: Org, field: number, content: string) => [org.campaign.fields[field].name, content, "Giải pháp", "", "Cấp Sở", `30/12/${year}`, ""];

async function record(org: Org, bytes: Buffer, fields: Partial<Record<"unitId" | "reference" | "receivedOn" | "signedBy" | "replaceDraft", string>> = {}, user: { id: string } = org.office) {
  await actAs(user);
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], "mau1.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
  const values = { unitId: org.officeA.id, reference: "15/ĐK-PA", receivedOn: dmy(today), signedBy: "Lê Văn Trưởng, Trưởng phòng", ...fields };
  for (const [k, v] of Object.entries(values)) form.set(k, v);
  const encoded = new Response(form);
  const body = Buffer.from(await encoded.arrayBuffer());
  const req = new Request(`http://localhost/campaigns/${org.campaign.id}/paper/import`, {
    method: "POST",
    body,
    headers: { "content-type": encoded.headers.get("content-type")!, "content-length": String(body.length), origin: "http://localhost", "x-forwarded-host": "localhost" },
  });
  const res = await paperPOST(req, { params: Promise.resolve({ id: org.campaign.id }) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { fieldErrors?: Record<string, string>; issues?: unknown[] } };
}

const formOf = (org: Org, unitId = org.officeA.id) =>
  db().registration.findUnique({
    where: { campaignId_unitId_ownerKey: { campaignId: org.campaign.id, unitId, ownerKey: "UNIT" } },
    include: { initiatives: { orderBy: { sortOrder: "asc" } }, versions: true, reviews: true },
  });

describe("the office records a Mẫu 1 received on paper", () => {
  it("submits the unit's form on the day of receipt, with the paper's number, signer and the office as the one who entered it", async () => {
    const org = await makeOrganisation();
    const bytes = await filled(org, [row(org, 0, "Rà soát quy chế làm việc"), row(org, 5, "Số hóa hồ sơ lưu trữ")]);
    const res = await record(org, bytes);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, added: 2, versionNo: 1, isLate: false });

    const reg = (await formOf(org))!;
    expect(reg.status).toBe("SUBMITTED");
    expect(reg.initiatives.map((i) => i.content)).toEqual(["Rà soát quy chế làm việc", "Số hóa hồ sơ lưu trữ"]);
    expect(reg.firstSubmittedAt?.toISOString()).toBe(dueAtForBeforeDay(today).toISOString());
    expect(reg.versions).toHaveLength(1);
    expect(reg.versions[0]).toMatchObject({ paperReference: "15/ĐK-PA", paperSignedBy: "Lê Văn Trưởng, Trưởng phòng", submittedById: org.office.id, isLate: false });
    expect(reg.versions[0].paperReceivedOn?.toISOString().slice(0, 10)).toBe(today);
    expect((reg.versions[0].snapshot as { paper?: unknown }).paper).toEqual({ reference: "15/ĐK-PA", receivedOn: today, signedBy: "Lê Văn Trưởng, Trưởng phòng" });
    expect(reg.reviews.find((r) => r.action === "SUBMIT")?.comment).toMatch(/^Bản giấy số 15\/ĐK-PA, nhận ngày/);

    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: reg.id, action: "registration.submit" } });
    expect(audit.actorId).toBe(org.office.id);
    expect(audit.summary).toContain("Mẫu 1 bản giấy của Phòng A");
    const notice = await db().notification.findFirst({ where: { userId: org.headA.id } });
    expect(notice?.title).toContain("bản giấy");

    // The office's page lists it, and the unit is no longer offered.
    const intake = (await getPaperIntake((await loadSessionUser(org.office.id))!, org.campaign.id))!;
    expect(intake.recorded.map((r) => [r.unitName, r.reference, r.enteredByName])).toEqual([["Phòng A", "15/ĐK-PA", expect.any(String)]]);
    expect(intake.units.map((u) => u.name)).toEqual(["Phòng B"]);

    // The same file again adds nothing: the form is submitted.
    const again = await record(org, bytes);
    expect(again.status).toBe(422);
    expect(String(again.body.message)).toContain("“Đã nộp”");
    expect((await formOf(org))!.initiatives).toHaveLength(2);
  });

  it("is late when received on or after the deadline day, and refused from the hard cut-off with nothing written", async () => {
    const org = await makeOrganisation();
    const milestone = org.campaign.milestones[0];
    await db().milestone.update({ where: { id: milestone.id }, data: { dueAt: dueAtForBeforeDay(today) } });
    const bytes = await filled(org, [row(org, 0, "Nội dung trễ")]);
    const late = await record(org, bytes);
    expect(late.body).toMatchObject({ ok: true, isLate: true });
    expect((await formOf(org))!.isLate).toBe(true);

    await db().milestone.update({ where: { id: milestone.id }, data: { hardCutoffAt: dueAtForBeforeDay(today) } });
    const refused = await record(org, bytes, { unitId: org.officeB.id });
    expect(refused.status).toBe(422);
    expect(String(refused.body.message)).toContain("sau hạn cuối cùng");
    expect(await formOf(org, org.officeB.id)).toBeNull();
  });

  it("answers not found to the unit's own head and to another Sở's office, for the upload and the template", async () => {
    const org = await makeOrganisation();
    const bytes = await filled(org, [row(org, 0, "Nội dung")]);
    for (const user of [org.headA, org.otherOffice, org.staffA]) {
      expect((await record(org, bytes, {}, user)).status).toBe(404);
      expect((await template(org, user)).status).toBe(404);
      expect(await getPaperIntake((await loadSessionUser(user.id))!, org.campaign.id)).toBeNull();
    }
    expect(await formOf(org)).toBeNull();
  });

  it("refuses a unit outside the plan, an unknown unit, a day in the future or before the plan, and a missing signer, next to each field", async () => {
    const org = await makeOrganisation();
    const stranger = await makeUnit({ name: "Phòng ngoài kế hoạch", parent: org.dept });
    const bytes = await filled(org, [row(org, 0, "Nội dung")]);
    const cases: [Parameters<typeof record>[2], string][] = [
      [{ unitId: stranger.id }, "unitId"],
      [{ unitId: "khong-co-don-vi-nay" }, "unitId"],
      [{ unitId: "" }, "unitId"],
      [{ receivedOn: dmy(dayAfter(today, 1)) }, "receivedOn"],
      [{ receivedOn: `31/12/${year - 1}` }, "receivedOn"],
      [{ receivedOn: "31/02/2026" }, "receivedOn"],
      [{ signedBy: "  " }, "signedBy"],
      [{ signedBy: "A\u0000B" }, "signedBy"],
      [{ reference: "x".repeat(101) }, "reference"],
    ];
    for (const [fields, key] of cases) {
      const res = await record(org, bytes, fields);
      expect(res.status, JSON.stringify(fields).slice(0, 80)).toBe(422);
      expect(res.body.fieldErrors?.[key], key).toBeTruthy();
    }
    expect(await db().registration.count({ where: { campaignId: org.campaign.id } })).toBe(0);
  });

  it("writes nothing when a row is wrong, and reports it by row and column", async () => {
    const org = await makeOrganisation();
    const bytes = await filled(org, [row(org, 0, "Dòng đúng"), ["Lĩnh vực không có", "Dòng sai", "Giải pháp", "", "Cấp Sở", `30/12/${year}`, ""]]);
    const res = await record(org, bytes);
    expect(res.status).toBe(422);
    expect(res.body.issues).toEqual([expect.objectContaining({ row: 6 })]);
    expect(await formOf(org)).toBeNull();
  });

  it("keeps the rows a portal draft shares with the paper, and replaces the others only when asked", async () => {
    const org = await makeOrganisation();
    const draft = await makeRegistration({ campaign: org.campaign, unit: org.officeA, status: "DRAFT", submittedBy: org.headA, rows: [{ field: 0, content: "Chung hai bản" }, { field: 1, content: "Chỉ có trên cổng" }] });
    const kept = (await formOf(org))!.initiatives.find((i) => i.content === "Chung hai bản")!;
    const bytes = await filled(org, [row(org, 0, "chung  hai bản"), row(org, 2, "Chỉ có trên giấy")]);

    const refused = await record(org, bytes);
    expect(refused.status).toBe(422);
    expect(refused.body.fieldErrors?.replaceDraft).toContain("1 nội dung");
    expect((await formOf(org))!.status).toBe("DRAFT");

    const res = await record(org, bytes, { replaceDraft: "1" });
    expect(res.body).toMatchObject({ ok: true, added: 1, skippedExisting: 1 });
    const reg = (await formOf(org))!;
    expect(reg.id).toBe(draft.registration.id);
    expect(reg.status).toBe("SUBMITTED");
    expect(reg.initiatives.map((i) => i.content).sort()).toEqual(["Chỉ có trên giấy", "chung  hai bản"]);
    expect(reg.initiatives.some((i) => i.id === kept.id)).toBe(true);
  });

  it("records a returned form again as its next version", async () => {
    const org = await makeOrganisation();
    await makeRegistration({ campaign: org.campaign, unit: org.officeA, status: "RETURNED", submittedBy: org.headA, rows: [{ field: 0, content: "Bản đầu" }] });
    const reg0 = (await formOf(org))!;
    await db().registrationReview.create({ data: { registrationId: reg0.id, versionNo: 1, action: "RETURN", comment: "Bổ sung tiến độ.", actorId: org.office.id, createdAt: dueAtForBeforeDay(today) } });
    const bytes = await filled(org, [row(org, 0, "Bản đầu"), row(org, 1, "Bổ sung theo yêu cầu")]);
    // A paper dated before the return is refused at its field.
    const early = await record(org, bytes, { receivedOn: dmy(dayAfter(today, -1)) });
    // (On 1 January the day before is also before the plan: refused at the same field for that reason.)
    expect(early.body.fieldErrors?.receivedOn).toMatch(/lần xử lý gần nhất|trước ngày bắt đầu kế hoạch/);
    expect((await formOf(org))!.status).toBe("RETURNED");
    const res = await record(org, bytes, { reference: "" });
    expect(res.body).toMatchObject({ ok: true, versionNo: 2 });
    const reg = (await formOf(org))!;
    expect(reg.status).toBe("SUBMITTED");
    expect(reg.versions.find((v) => v.versionNo === 2)).toMatchObject({ paperReference: null });
  });
});
