import { describe, expect, it } from "vitest";
import { listAuditLogs, listAuditEntityTypes, parseAuditFilter, type AuditFilter } from "../../lib/audit/queries";
import { loadSessionUser } from "../../lib/auth/session";
import { dueAtForBeforeDay } from "../../lib/time/vn";
import { db, makeCampaign, makeOrganisation, makeUnit, makeUser } from "../helpers/factories";

const none: AuditFilter = { entityType: "", action: "", actor: "", from: "", to: "" };

async function sessionOf(user: { id: string }) {
  return (await loadSessionUser(user.id))!;
}

async function row(data: { actorId?: string | null; action: string; entityType: string; entityId: string; unitId?: string | null; campaignId?: string | null; at?: Date; summary?: string }) {
  return db().auditLog.create({
    data: {
      actorId: data.actorId ?? null,
      action: data.action,
      entityType: data.entityType,
      entityId: data.entityId,
      unitId: data.unitId ?? null,
      campaignId: data.campaignId ?? null,
      summary: data.summary ?? data.action,
      ...(data.at ? { at: data.at } : {}),
      before: { a: 1 },
      after: { a: 2 },
    },
  });
}

/** Sở A (the organisation's department, with offices A and B) and Sở B (the other department, with an office). */
async function twoDepartments() {
  const org = await makeOrganisation();
  const officeOfB = await makeUnit({ name: "Phòng thuộc Sở Khác", parent: org.otherDept });
  const campaignB = await makeCampaign({ issuingUnit: org.otherDept, units: [officeOfB] });
  await row({ actorId: org.headA.id, action: "registration.submit", entityType: "Registration", entityId: "reg-a", unitId: org.officeA.id, campaignId: org.campaign.id, summary: "Nộp Mẫu 1 (phiên bản 1)" });
  await row({ actorId: org.office.id, action: "campaign.publish", entityType: "Campaign", entityId: org.campaign.id, campaignId: org.campaign.id, summary: "Phát hành kế hoạch" });
  await row({ actorId: org.admin.id, action: "unit.update", entityType: "Unit", entityId: org.dept.id, unitId: org.dept.id, summary: "Đổi tên đơn vị" });
  await row({ actorId: org.otherOffice.id, action: "campaign.publish", entityType: "Campaign", entityId: campaignB.id, campaignId: campaignB.id, summary: "Phát hành kế hoạch Sở B" });
  await row({ actorId: org.admin.id, action: "unit.update", entityType: "Unit", entityId: officeOfB.id, unitId: officeOfB.id, summary: "Đổi tên đơn vị Sở B" });
  await row({ actorId: org.admin.id, action: "unit.update", entityType: "Unit", entityId: org.city.id, unitId: org.city.id, summary: "Đổi tên Thành phố" });
  // A row of Sở B's unit about Sở A's campaign: visible to Sở A through the campaign.
  await row({ actorId: org.admin.id, action: "campaign.unit.add", entityType: "Campaign", entityId: org.campaign.id, unitId: officeOfB.id, campaignId: org.campaign.id, summary: "Thêm đơn vị tham gia" });
  return { ...org, officeOfB, campaignB };
}

describe("audit log viewer", () => {
  it("shows the CCHC office of Sở A its own subtree's rows and its campaigns' rows, never Sở B's", async () => {
    const org = await twoDepartments();
    const a = await listAuditLogs(await sessionOf(org.office), none, 1);
    expect(a.rows.map((r) => r.summary).sort()).toEqual(["Nộp Mẫu 1 (phiên bản 1)", "Phát hành kế hoạch", "Thêm đơn vị tham gia", "Đổi tên đơn vị"].sort());
    expect(a.total).toBe(4);

    const b = await listAuditLogs(await sessionOf(org.otherOffice), none, 1);
    // Sở B sees the row about its own office, even though the campaign is Sở A's.
    expect(b.rows.map((r) => r.summary).sort()).toEqual(["Phát hành kế hoạch Sở B", "Thêm đơn vị tham gia", "Đổi tên đơn vị Sở B"].sort());
    expect(b.rows.some((r) => r.summary === "Nộp Mẫu 1 (phiên bản 1)" || r.summary === "Đổi tên Thành phố")).toBe(false);
  });

  it("shows the administrator every row, newest first, with the actor", async () => {
    const org = await twoDepartments();
    const all = await listAuditLogs(await sessionOf(org.admin), none, 1);
    expect(all.total).toBe(7);
    const times = all.rows.map((r) => r.at.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
    expect(all.rows[0].summary).toBe("Thêm đơn vị tham gia");
    expect(all.rows.find((r) => r.summary === "Nộp Mẫu 1 (phiên bản 1)")!.actor).toMatchObject({ username: "head-a" });
  });

  it("refuses roles without the audit permission", async () => {
    const org = await twoDepartments();
    for (const user of [org.headA, org.staffA, org.leader, org.council]) {
      await expect(listAuditLogs(await sessionOf(user), none, 1)).rejects.toThrow("Bạn không có quyền thực hiện thao tác này.");
    }
  });

  it("filters by entity type, action text, actor and Vietnam-time date range", async () => {
    const org = await twoDepartments();
    const admin = await sessionOf(org.admin);
    const list = async (f: Partial<AuditFilter>) => (await listAuditLogs(admin, { ...none, ...f }, 1)).rows.map((r) => r.summary).sort();

    expect(await list({ entityType: "Campaign" })).toEqual(["Phát hành kế hoạch", "Phát hành kế hoạch Sở B", "Thêm đơn vị tham gia"].sort());
    expect(await list({ action: "PHÁT HÀNH" })).toEqual(["Phát hành kế hoạch", "Phát hành kế hoạch Sở B"]);
    expect(await list({ action: "registration.sub" })).toEqual(["Nộp Mẫu 1 (phiên bản 1)"]);
    expect(await list({ actor: "OFFICE" })).toEqual(["Phát hành kế hoạch", "Phát hành kế hoạch Sở B"]);
    expect(await list({ actor: "office-t", entityType: "Campaign" })).toEqual(["Phát hành kế hoạch"]);

    // 17/04 23:59 and 18/04 00:00 Vietnam time fall on two different days.
    await row({ action: "late.evening", entityType: "X", entityId: "1", at: new Date("2026-04-17T16:59:00Z"), summary: "17/04 23:59" });
    await row({ action: "midnight", entityType: "X", entityId: "2", at: new Date("2026-04-17T17:00:00Z"), summary: "18/04 00:00" });
    await row({ action: "next", entityType: "X", entityId: "3", at: new Date("2026-04-18T16:59:59Z"), summary: "18/04 23:59" });
    expect(await list({ from: "2026-04-18", to: "2026-04-18" })).toEqual(["18/04 00:00", "18/04 23:59"]);
    expect(await list({ to: "2026-04-17" })).toEqual(["17/04 23:59"]);
    expect(await list({ from: "2026-04-17", to: "2026-04-17" })).toEqual(["17/04 23:59"]);
    expect(dueAtForBeforeDay("2026-04-18").toISOString()).toBe("2026-04-17T17:00:00.000Z");
  });

  it("pages 50 rows at a time", async () => {
    const unit = await makeUnit({ kind: "CITY" });
    const admin = await makeUser({ unit, roles: [{ role: "ADMIN" }] });
    const base = Date.UTC(2026, 0, 1);
    await db().auditLog.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({ action: "x", entityType: "Unit", entityId: String(i), at: new Date(base + i * 60_000), summary: `#${i}` })),
    });
    const session = await sessionOf(admin);
    const p1 = await listAuditLogs(session, none, 1);
    const p3 = await listAuditLogs(session, none, 3);
    expect(p1.total).toBe(120);
    expect(p1.rows).toHaveLength(50);
    expect(p1.rows[0].summary).toBe("#119");
    expect(p3.rows.map((r) => r.summary)).toEqual(Array.from({ length: 20 }, (_, i) => `#${19 - i}`));
    expect(await listAuditEntityTypes(session)).toEqual(["Unit"]);
  });

  it("reads dd/MM/yyyy days and ignores malformed filter values from the URL", () => {
    expect(parseAuditFilter({ from: "2026-02-30", to: "hôm qua", entityType: ["Unit", "User"], action: undefined })).toEqual({
      entityType: "Unit",
      action: "",
      actor: "",
      from: "",
      to: "",
    });
    expect(parseAuditFilter({ from: "2026-04-01", to: "2026-04-30" })).toMatchObject({ from: "2026-04-01", to: "2026-04-30" });
    // Days are typed the Vietnamese way.
    expect(parseAuditFilter({ from: "1/4/2026", to: "30/04/2026" })).toMatchObject({ from: "2026-04-01", to: "2026-04-30" });
    expect(parseAuditFilter({ from: "31/04/2026" }).from).toBe("");
  });
});
