import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { setDbForTests } from "../../lib/db/client";
import { setTypicalAction } from "../../lib/consolidation/actions";
import { consolidatedExportResponse, typicalExportResponse } from "../../lib/consolidation/export";
import { parseInitiativeFilters, SELECTABLE_STATUSES } from "../../lib/consolidation/filters";
import { getConsolidated, getFilterOptions, getStatusMatrix, getTypicalList, iterateInitiatives } from "../../lib/consolidation/queries";
import { dueAtForBeforeDay } from "../../lib/time/vn";
import { actAs, db, makeCampaign, makeOrganisation, makeUnit, makeUser } from "../helpers/factories";
import { makeRegistration } from "../helpers/registration-fixtures";

type Org = Awaited<ReturnType<typeof makeOrganisation>>;
const session = async (u: { id: string }) => (await loadSessionUser(u.id))!;

/** Six offices, one per matrix status, in a campaign of the organisation's Sở. */
async function matrixCampaign(org: Org) {
  const names = ["P1 chưa làm", "P2 đang soạn", "P3 đúng hạn", "P4 trễ hạn", "P5 trả lại", "P6 tiếp nhận"];
  const units = [];
  for (const [i, name] of names.entries()) {
    const u = await makeUnit({ name, parent: org.dept });
    await db().unit.update({ where: { id: u.id }, data: { sortOrder: i } });
    units.push(u);
  }
  const campaign = await makeCampaign({ issuingUnit: org.dept, units });
  await db().milestone.createMany({
    data: [
      { campaignId: campaign.id, kind: "MIDTERM_REPORT", name: "Báo cáo sơ kết (Mẫu 2)", responsibleRole: "UNIT_HEAD", dueAt: dueAtForBeforeDay("2099-06-10"), sortOrder: 3 },
      { campaignId: campaign.id, kind: "CONSOLIDATION", name: "Tổng hợp, trình Ban Giám đốc", responsibleRole: "CCHC_OFFICE", dueAt: dueAtForBeforeDay("2099-04-20"), sortOrder: 2 },
    ],
  });
  const by = org.headA;
  await makeRegistration({ campaign, unit: units[1], status: "DRAFT", submittedBy: by });
  await makeRegistration({ campaign, unit: units[2], status: "SUBMITTED", submittedBy: by });
  await makeRegistration({ campaign, unit: units[3], status: "SUBMITTED", isLate: true, submittedBy: by });
  await makeRegistration({ campaign, unit: units[4], status: "RETURNED", submittedBy: by });
  await makeRegistration({ campaign, unit: units[5], status: "ACCEPTED", isLate: true, submittedBy: by });
  return { campaign, units };
}

/** Counts calls to the database client (model operations and raw queries) made through getDb(). */
function countingDb() {
  const real = db();
  let calls = 0;
  const wrap = (target: object): object =>
    new Proxy(target, {
      get(t, prop, recv) {
        const v = Reflect.get(t, prop, recv);
        if (typeof v === "function") {
          return (...args: unknown[]) => {
            calls++;
            return (v as (...a: unknown[]) => unknown).apply(t, args);
          };
        }
        if (v && typeof v === "object" && typeof prop === "string" && !prop.startsWith("$") && !prop.startsWith("_")) return wrap(v);
        return v;
      },
    });
  setDbForTests(wrap(real) as typeof real);
  return {
    get calls() {
      return calls;
    },
    reset: () => (calls = 0),
    restore: () => setDbForTests(real),
  };
}

describe("status matrix", () => {
  it("shows each participating unit's Mẫu 1 status and the counts per status", async () => {
    const org = await makeOrganisation();
    const { campaign, units } = await matrixCampaign(org);
    const m = (await getStatusMatrix(await session(org.office), campaign.id, {}))!;
    expect(m.rows.map((r) => [r.unitName, r.matrixStatus])).toEqual([
      ["P1 chưa làm", "NOT_STARTED"],
      ["P2 đang soạn", "DRAFT"],
      ["P3 đúng hạn", "SUBMITTED_ON_TIME"],
      ["P4 trễ hạn", "SUBMITTED_LATE"],
      ["P5 trả lại", "RETURNED"],
      ["P6 tiếp nhận", "ACCEPTED"],
    ]);
    expect(m.counts).toEqual({ NOT_STARTED: 1, DRAFT: 1, SUBMITTED_ON_TIME: 1, SUBMITTED_LATE: 1, RETURNED: 1, ACCEPTED: 1 });
    expect(m.totalUnits).toBe(6);
    expect(m.rows[0].registrationId).toBeNull();
    expect(m.rows[2].registrationId).toBeTruthy();
    // columns: the units' milestones only (Mẫu 1 and the mid-term report, both on the portal)
    expect(m.milestones.map((x) => [x.kind, x.onPortal, x.phase])).toEqual([
      ["REGISTRATION", true, null],
      ["MIDTERM_REPORT", true, "MIDTERM"],
    ]);
    // a unit closed later keeps its name in the matrix
    await db().unit.update({ where: { id: units[0].id }, data: { status: "CLOSED", closedAt: new Date() } });
    const again = (await getStatusMatrix(await session(org.office), campaign.id, {}))!;
    expect(again.rows[0]).toMatchObject({ unitName: "P1 chưa làm", unitStatus: "CLOSED" });
  });

  it("shows each unit's mid-term report status with counts per status, and filters the units by it", async () => {
    const org = await makeOrganisation();
    const { campaign, units } = await matrixCampaign(org);
    const now = new Date();
    const report = (unit: { id: string }, status: "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED", isLate = false) =>
      db().report.create({
        data: { campaignId: campaign.id, unitId: unit.id, phase: "MIDTERM", status, isLate, submittedVersion: status === "DRAFT" ? 0 : 1, firstSubmittedAt: status === "DRAFT" ? null : now, lastSubmittedAt: status === "DRAFT" ? null : now },
      });
    await report(units[0], "SUBMITTED", true);
    await report(units[1], "SUBMITTED", true);
    const returned = await report(units[2], "RETURNED");
    await report(units[3], "DRAFT");
    // A final report or another campaign's report never counts for the mid-term column.
    await db().report.create({ data: { campaignId: campaign.id, unitId: units[4].id, phase: "FINAL", status: "ACCEPTED" } });
    await db().report.create({ data: { campaignId: org.campaign.id, unitId: org.officeA.id, phase: "MIDTERM", status: "ACCEPTED" } });

    const office = await session(org.office);
    const m = (await getStatusMatrix(office, campaign.id, {}))!;
    const mid = m.milestones.find((x) => x.kind === "MIDTERM_REPORT")!;
    expect(m.countsByMilestone[mid.id]).toEqual({ NOT_STARTED: 2, DRAFT: 1, SUBMITTED_ON_TIME: 0, SUBMITTED_LATE: 2, RETURNED: 1, ACCEPTED: 0 });
    // Mẫu 1's counts are unchanged.
    expect(m.counts).toEqual({ NOT_STARTED: 1, DRAFT: 1, SUBMITTED_ON_TIME: 1, SUBMITTED_LATE: 1, RETURNED: 1, ACCEPTED: 1 });
    expect(m.rows.map((r) => [r.unitName, r.matrixStatus, r.reports.MIDTERM?.matrixStatus])).toEqual([
      ["P1 chưa làm", "NOT_STARTED", "SUBMITTED_LATE"],
      ["P2 đang soạn", "DRAFT", "SUBMITTED_LATE"],
      ["P3 đúng hạn", "SUBMITTED_ON_TIME", "RETURNED"],
      ["P4 trễ hạn", "SUBMITTED_LATE", "DRAFT"],
      ["P5 trả lại", "RETURNED", "NOT_STARTED"],
      ["P6 tiếp nhận", "ACCEPTED", "NOT_STARTED"],
    ]);
    expect(m.rows[2].reports.MIDTERM).toMatchObject({ reportId: returned.id, status: "RETURNED" });
    expect(m.rows[4].reports.MIDTERM?.reportId).toBeNull();
    expect(m.rows[0].reports.FINAL).toBeUndefined(); // no final report milestone in this campaign

    // Filtering on the mid-term report's status (not Mẫu 1's).
    const missing = (await getStatusMatrix(office, campaign.id, { status: "NOT_STARTED", phase: "MIDTERM" }))!;
    expect(missing.rows.map((r) => r.unitName)).toEqual(["P5 trả lại", "P6 tiếp nhận"]);
    expect(missing).toMatchObject({ total: 2, filterPhase: "MIDTERM" });
    const late = (await getStatusMatrix(office, campaign.id, { status: "SUBMITTED_LATE", phase: "MIDTERM" }))!;
    expect(late.rows.map((r) => r.unitName)).toEqual(["P1 chưa làm", "P2 đang soạn"]);
    // A phase without a milestone in the campaign filters Mẫu 1.
    const final = (await getStatusMatrix(office, campaign.id, { status: "NOT_STARTED", phase: "FINAL" }))!;
    expect(final.rows.map((r) => r.unitName)).toEqual(["P1 chưa làm"]);
  });

  it("filters by status, e.g. only the units that have not started", async () => {
    const org = await makeOrganisation();
    const { campaign } = await matrixCampaign(org);
    const office = await session(org.office);
    const missing = (await getStatusMatrix(office, campaign.id, { status: "NOT_STARTED" }))!;
    expect(missing.rows.map((r) => r.unitName)).toEqual(["P1 chưa làm"]);
    expect(missing.total).toBe(1);
    for (const [status, name] of [
      ["DRAFT", "P2 đang soạn"],
      ["SUBMITTED_ON_TIME", "P3 đúng hạn"],
      ["SUBMITTED_LATE", "P4 trễ hạn"],
      ["RETURNED", "P5 trả lại"],
      ["ACCEPTED", "P6 tiếp nhận"],
    ] as const) {
      expect((await getStatusMatrix(office, campaign.id, { status }))!.rows.map((r) => r.unitName)).toEqual([name]);
    }
  });

  it("is readable by the office and the leadership of the issuing Sở only", async () => {
    const org = await makeOrganisation();
    const otherLeader = await makeUser({ unit: org.otherDept, roles: [{ role: "LEADERSHIP" }] });
    expect(await getStatusMatrix(await session(org.leader), org.campaign.id, {})).not.toBeNull();
    for (const u of [org.otherOffice, otherLeader, org.headA, org.staffA, org.council]) {
      expect(await getStatusMatrix(await session(u), org.campaign.id, {})).toBeNull();
    }
    expect(await getStatusMatrix(await session(org.office), "no-such-campaign", {})).toBeNull();
  });

  it("pages 50 units at a time with the same small number of database calls for 30 or 130 units", async () => {
    const org = await makeOrganisation();
    const office = await session(org.office);
    const makeMany = async (n: number) => {
      const units = await Promise.all(Array.from({ length: n }, (_, i) => makeUnit({ name: `Phòng ${String(i + 1).padStart(3, "0")}`, parent: org.dept })));
      const campaign = await makeCampaign({ issuingUnit: org.dept, units });
      await db().milestone.create({
        data: { campaignId: campaign.id, kind: "MIDTERM_REPORT", name: "Báo cáo sơ kết", responsibleRole: "UNIT_HEAD", dueAt: dueAtForBeforeDay("2099-06-10"), sortOrder: 3 },
      });
      // every third unit submitted, every fifth accepted; every other unit drafts its mid-term report
      for (const [i, u] of units.entries()) {
        if (i % 3 === 0) await makeRegistration({ campaign, unit: u, status: i % 5 === 0 ? "ACCEPTED" : "SUBMITTED", submittedBy: org.headA, rows: [] });
      }
      await db().report.createMany({ data: units.filter((_, i) => i % 2 === 0).map((u) => ({ campaignId: campaign.id, unitId: u.id, phase: "MIDTERM" as const })) });
      return { campaign, units };
    };
    const small = await makeMany(30);
    const large = await makeMany(130);

    const counter = countingDb();
    try {
      await getStatusMatrix(office, small.campaign.id, {});
      const smallCalls = counter.calls;
      counter.reset();
      const page3 = (await getStatusMatrix(office, large.campaign.id, {}, 3))!;
      expect(counter.calls).toBe(smallCalls);
      expect(smallCalls).toBeLessThanOrEqual(4);
      expect(page3.rows).toHaveLength(30);
      expect(page3.rows[0].unitName).toBe("Phòng 101");
      expect(page3.total).toBe(130);
      expect(page3.counts.ACCEPTED + page3.counts.SUBMITTED_ON_TIME).toBe(44);
      expect(page3.counts.NOT_STARTED).toBe(86);
      expect(page3.countsByMilestone[page3.milestones[1].id]).toMatchObject({ DRAFT: 65, NOT_STARTED: 65 });
      expect(page3.rows[0].reports.MIDTERM?.matrixStatus).toBe("DRAFT"); // Phòng 101 (index 100)
    } finally {
      counter.restore();
    }
    // a page beyond the end shows the last page
    const beyond = (await getStatusMatrix(office, large.campaign.id, {}, 99))!;
    expect(beyond.page).toBe(3);
  });
});

async function consolidatedCampaign(org: Org) {
  const c = org.campaign;
  const by = org.headA;
  const unitC = await makeUnit({ name: "Phòng C", parent: org.dept });
  const unitD = await makeUnit({ name: "Phòng D", parent: org.dept });
  await db().campaignUnit.createMany({ data: [{ campaignId: c.id, unitId: unitC.id }, { campaignId: c.id, unitId: unitD.id }] });
  const a = await makeRegistration({
    campaign: c,
    unit: org.officeA,
    status: "SUBMITTED",
    submittedBy: by,
    rows: [
      { field: 0, content: "Rà soát quy chế làm việc" },
      { field: 5, content: "Số hóa hồ sơ quy hoạch", level: "CITY", type: "MODEL" },
    ],
  });
  const b = await makeRegistration({
    campaign: c,
    unit: org.officeB,
    status: "ACCEPTED",
    submittedBy: org.headB,
    rows: [
      { field: 1, content: "Một cửa điện tử cho hồ sơ cấp phép", isTypical: true },
      { field: 5, content: "Bản đồ quy hoạch trực tuyến", level: "CITY", ownerNames: "Nguyễn Văn B" },
    ],
  });
  const returned = await makeRegistration({ campaign: c, unit: unitC, status: "RETURNED", submittedBy: by, rows: [{ field: 1, content: "Chuẩn hóa quy trình nội bộ" }] });
  const draft = await makeRegistration({ campaign: c, unit: unitD, status: "DRAFT", submittedBy: by, rows: [{ field: 0, content: "Bản nháp chưa nộp" }] });
  return { a, b, returned, draft, unitC, unitD };
}

describe("consolidated Mẫu 1", () => {
  it("lists the initiatives of forms submitted at least once, by field order then unit, and never drafts", async () => {
    const org = await makeOrganisation();
    await consolidatedCampaign(org);
    const res = (await getConsolidated(await session(org.office), org.campaign.id, { typicalOnly: false }))!;
    expect(res.rows.map((r) => [r.fieldOrder, r.unitName, r.content])).toEqual([
      [1, "Phòng A", "Rà soát quy chế làm việc"],
      [2, "Phòng B", "Một cửa điện tử cho hồ sơ cấp phép"],
      [2, "Phòng C", "Chuẩn hóa quy trình nội bộ"],
      [6, "Phòng A", "Số hóa hồ sơ quy hoạch"],
      [6, "Phòng B", "Bản đồ quy hoạch trực tuyến"],
    ]);
    expect(res.total).toBe(5);
    expect(res.totals.map((t) => t.count)).toEqual([1, 2, 0, 0, 0, 2]);
    expect(res.rows.map((r) => r.registrationStatus)).toEqual(["SUBMITTED", "ACCEPTED", "RETURNED", "SUBMITTED", "ACCEPTED"]);
  });

  it("filters by unit, field, level, status, typical and accent-insensitive text in the content", async () => {
    const org = await makeOrganisation();
    const { unitC } = await consolidatedCampaign(org);
    const office = await session(org.office);
    const f = org.campaign.fields;
    const contents = async (params: Record<string, string>) =>
      (await getConsolidated(office, org.campaign.id, parseInitiativeFilters(params)))!.rows.map((r) => r.content);
    expect(await contents({ unit: org.officeB.id })).toEqual(["Một cửa điện tử cho hồ sơ cấp phép", "Bản đồ quy hoạch trực tuyến"]);
    expect(await contents({ field: f[5].id })).toEqual(["Số hóa hồ sơ quy hoạch", "Bản đồ quy hoạch trực tuyến"]);
    expect(await contents({ level: "CITY" })).toEqual(["Số hóa hồ sơ quy hoạch", "Bản đồ quy hoạch trực tuyến"]);
    expect(await contents({ status: "RETURNED" })).toEqual(["Chuẩn hóa quy trình nội bộ"]);
    expect(await contents({ status: "DRAFT" })).toHaveLength(5); // not a consolidated status: ignored
    expect(await contents({ typical: "1" })).toEqual(["Một cửa điện tử cho hồ sơ cấp phép"]);
    expect(await contents({ q: "HỒ SƠ" })).toEqual(["Một cửa điện tử cho hồ sơ cấp phép", "Số hóa hồ sơ quy hoạch"]);
    expect(await contents({ q: "so hoa" })).toEqual(["Số hóa hồ sơ quy hoạch"]);
    expect(await contents({ q: "100%" })).toEqual([]);
    expect(await contents({ q: "nháp" })).toEqual([]); // drafts never appear
    expect(await contents({ unit: unitC.id, field: f[1].id, status: "RETURNED" })).toEqual(["Chuẩn hóa quy trình nội bộ"]);
    const totals = (await getConsolidated(office, org.campaign.id, parseInitiativeFilters({ level: "CITY" })))!.totals;
    expect(totals.map((t) => t.count)).toEqual([0, 0, 0, 0, 0, 2]);
  });

  it("shows the origin unit of initiatives forwarded from a lower campaign, and can list only those", async () => {
    const org = await makeOrganisation();
    const city = await makeUnit({ name: "UBND Thành phố" });
    const cityOffice = await makeUser({ unit: city, roles: [{ role: "CCHC_OFFICE" }] });
    const parent = await makeCampaign({ issuingUnit: city, units: [org.dept, org.otherDept] });
    // Phòng A's initiative in the Sở's campaign, forwarded up as the Sở's registration in the City's campaign.
    const { initiatives } = await makeRegistration({ campaign: org.campaign, unit: org.officeA, status: "ACCEPTED", submittedBy: org.headA, rows: [{ field: 0, content: "Số hóa hồ sơ quy hoạch" }] });
    const { registration: sent } = await makeRegistration({ campaign: parent, unit: org.dept, status: "SUBMITTED", submittedBy: org.office, rows: [] });
    await db().initiative.create({
      data: {
        registrationId: sent.id,
        campaignId: parent.id,
        unitId: org.dept.id,
        fieldId: parent.fields[0].id,
        content: "Số hóa hồ sơ quy hoạch",
        type: "SOLUTION",
        expectedCompletion: new Date("2026-10-31T00:00:00Z"),
        level: "CITY",
        forwardedFromId: initiatives[0].id,
        originInitiativeId: initiatives[0].id,
        originUnitId: org.officeA.id,
      },
    });
    // The other Sở registers directly in the City's campaign.
    await makeRegistration({ campaign: parent, unit: org.otherDept, status: "SUBMITTED", submittedBy: org.otherOffice, rows: [{ field: 0, content: "Đăng ký trực tiếp" }] });

    const office = await session(cityOffice);
    const all = (await getConsolidated(office, parent.id, parseInitiativeFilters({})))!;
    expect(all.rows.map((r) => [r.content, r.unitName, r.originUnitName, !!r.forwardedFromId]).sort((a, b) => String(a[0]).localeCompare(String(b[0]), "vi"))).toEqual([
      ["Đăng ký trực tiếp", org.otherDept.name, null, false],
      ["Số hóa hồ sơ quy hoạch", org.dept.name, "Phòng A", true],
    ]);
    const onlyForwarded = (await getConsolidated(office, parent.id, parseInitiativeFilters({ forwarded: "1" })))!;
    expect(onlyForwarded.rows.map((r) => r.content)).toEqual(["Số hóa hồ sơ quy hoạch"]);
    expect(onlyForwarded.total).toBe(1);
    expect(onlyForwarded.totals[0].count).toBe(1);
    // The filter is offered where forwarded initiatives exist.
    expect((await getFilterOptions(parent.id)).hasForwarded).toBe(true);
    expect((await getFilterOptions(org.campaign.id)).hasForwarded).toBe(false);
  });

  it("filters by part of a unit's name, and offers that search instead of a list when there are over 200 units", async () => {
    const org = await makeOrganisation();
    await consolidatedCampaign(org);
    const office = await session(org.office);
    const contents = async (params: Record<string, string>) =>
      (await getConsolidated(office, org.campaign.id, parseInitiativeFilters(params)))!;
    const res = await contents({ unitq: "phong b" });
    expect(res.rows.map((r) => r.unitName)).toEqual(["Phòng B", "Phòng B"]);
    expect(res.totals.map((t) => t.count)).toEqual([0, 1, 0, 0, 0, 1]);

    const few = await getFilterOptions(org.campaign.id, org.officeA.id);
    expect(few.units?.map((u) => u.name)).toEqual(["Phòng A", "Phòng B", "Phòng C", "Phòng D"]);
    expect(few.selectedUnit?.name).toBe("Phòng A");
    const many = Array.from({ length: 201 }, (_, i) => ({ id: `many${i}`, code: `MANY${i}`, name: `Phường ${i}`, kind: "WARD" as const, path: `/many${i}/` }));
    await db().unit.createMany({ data: many });
    await db().campaignUnit.createMany({ data: many.map((u) => ({ campaignId: org.campaign.id, unitId: u.id })) });
    expect((await getFilterOptions(org.campaign.id)).units).toBeNull();
  });

  it("pages 50 rows at a time in a stable order, with totals per field for the filtered set", async () => {
    const org = await makeOrganisation();
    const office = await session(org.office);
    await makeRegistration({
      campaign: org.campaign,
      unit: org.officeA,
      status: "SUBMITTED",
      submittedBy: org.headA,
      rows: Array.from({ length: 120 }, (_, i) => ({ field: i % 3, content: `Giải pháp ${String(i).padStart(3, "0")}` })),
    });
    const pages = [];
    for (let p = 1; p <= 3; p++) pages.push((await getConsolidated(office, org.campaign.id, { typicalOnly: false }, p))!);
    expect(pages.map((p) => p.rows.length)).toEqual([50, 50, 20]);
    const ids = pages.flatMap((p) => p.rows.map((r) => r.id));
    expect(new Set(ids).size).toBe(120);
    expect(pages[0].totals.slice(0, 3).map((t) => t.count)).toEqual([40, 40, 40]);
    expect(pages[0].rows[0].content).toBe("Giải pháp 000");
    expect(pages[0].rows[49].fieldOrder).toBe(2);
    // the export iterator walks the same order in batches
    const batches = [];
    for await (const b of iterateInitiatives(org.campaign.id, { typicalOnly: false }, undefined, 7)) batches.push(...b.map((r) => r.id));
    expect(batches).toEqual(ids);
  });

  it("is hidden from unit heads, council members and other Sở", async () => {
    const org = await makeOrganisation();
    await consolidatedCampaign(org);
    for (const u of [org.headA, org.council, org.otherOffice]) {
      expect(await getConsolidated(await session(u), org.campaign.id, { typicalOnly: false })).toBeNull();
    }
  });
});

async function readXlsx(res: Response) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb.worksheets[0];
}

function sheetRows(ws: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  ws.eachRow((row) => {
    const values = row.values as unknown[];
    // A date cell reads as the office sees it (dd/mm/yyyy of its calendar day).
    const show = (v: unknown) => (v instanceof Date ? `${String(v.getUTCDate()).padStart(2, "0")}/${String(v.getUTCMonth() + 1).padStart(2, "0")}/${v.getUTCFullYear()}` : String(v));
    out.push(Array.from({ length: Math.max(1, ws.columnCount) }, (_, i) => (values[i + 1] == null ? "" : show(values[i + 1]))));
  });
  return out;
}

describe("XLSX export of the consolidated Mẫu 1", () => {
  it("produces a workbook with the title block, the header, field headings and one row per initiative", async () => {
    const org = await makeOrganisation();
    await db().campaign.update({ where: { id: org.campaign.id }, data: { documentNumber: "1128/KH-SQHKT" } });
    await consolidatedCampaign(org);
    await actAs(org.office);
    const res = await consolidatedExportResponse(org.campaign.id, new URLSearchParams());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="tong-hop-mau-1-1128-KH-SQHKT.xlsx"; filename*=UTF-8''tong-hop-mau-1-1128-KH-SQHKT.xlsx`,
    );
    const ws = await readXlsx(res);
    const rows = sheetRows(ws);
    expect(rows[0][0]).toBe("SỞ THỬ NGHIỆM");
    expect(rows.some((r) => r[0] === "TỔNG HỢP ĐĂNG KÝ MÔ HÌNH, GIẢI PHÁP, SÁNG KIẾN CẢI CÁCH HÀNH CHÍNH")).toBe(true);
    const h = rows.findIndex((r) => r[0] === "STT");
    expect(rows[h]).toEqual([
      "STT",
      "Lĩnh vực",
      "Đơn vị",
      "Nội dung đăng ký",
      "Loại",
      "Chủ trì/tác giả",
      "Cấp đăng ký",
      "Dự kiến tiến độ hoàn thành",
      "Ghi chú",
      "Tình trạng",
      "Tiêu biểu",
    ]);
    const data = rows.slice(h + 1).filter((r) => /^\d+$/.test(r[0]));
    expect(data).toHaveLength(5);
    // Nothing was forwarded here: no source column (it would always be empty).
    expect(data[0]).toEqual(["1", "Cải cách thể chế", "Phòng A", "Rà soát quy chế làm việc", "Giải pháp", "Tập thể đơn vị", "Cấp Sở", "31/10/2026", "", "Đã nộp", ""]);
    expect(data[1][10]).toBe("x");
    const headings = rows.slice(h + 1).filter((r) => /^\d+\. /.test(r[0])).map((r) => r[0]);
    expect(headings).toHaveLength(6);
    expect(headings[0]).toBe("1. Cải cách thể chế (1)");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: h + 1 });
    expect(ws.getRow(h + 2).getCell(1).font?.name).toBe("Times New Roman");
    expect(ws.getColumn(4).width).toBe(60);
    // Issue 15: prints and sorts as an office expects — a real date, the header on every page, a filter,
    // rows tall enough for their wrapped text, no empty row under the unit's name.
    const first = ws.getRow(h + 3); // the first data row, under the first field's heading
    expect(first.getCell(8).value).toEqual(new Date("2026-10-31T00:00:00Z"));
    expect(first.getCell(8).numFmt).toBe("dd/mm/yyyy");
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1, printTitlesRow: `${h + 1}:${h + 1}` });
    expect(ws.autoFilter).toBe(`A${h + 1}:K${h + 1}`);
    expect(rows[1][0]).not.toBe("");
    expect(ws.getRow(h + 1).height).toBeGreaterThanOrEqual(32);
    for (let r = h + 2; r <= ws.rowCount; r++) if (/^\d+$/.test(String(ws.getRow(r).getCell(1).value))) expect(ws.getRow(r).height).toBeGreaterThan(15);
  });

  it("applies the page's filters and refuses users without access", async () => {
    const org = await makeOrganisation();
    await consolidatedCampaign(org);
    await actAs(org.leader);
    const res = await consolidatedExportResponse(org.campaign.id, new URLSearchParams({ level: "CITY" }));
    const rows = sheetRows(await readXlsx(res));
    expect(rows.filter((r) => /^\d+$/.test(r[0])).map((r) => r[3])).toEqual(["Số hóa hồ sơ quy hoạch", "Bản đồ quy hoạch trực tuyến"]);
    expect(rows.some((r) => r[0].startsWith("Lọc theo cấp: Cấp Thành phố"))).toBe(true);
    const byField = sheetRows(await readXlsx(await consolidatedExportResponse(org.campaign.id, new URLSearchParams({ field: org.campaign.fields[5].id }))));
    expect(byField.filter((r) => /^\d+\. /.test(r[0])).map((r) => r[0])).toEqual(["6. Xây dựng và phát triển chính quyền điện tử, chính quyền số (2)"]);
    for (const u of [org.headA, org.otherOffice, org.council]) {
      await actAs(u);
      expect((await consolidatedExportResponse(org.campaign.id, new URLSearchParams())).status).toBe(404);
    }
    await actAs(null);
    expect((await consolidatedExportResponse(org.campaign.id, new URLSearchParams())).status).toBe(401);
  });
});

describe("XLSX export: source of forwarded initiatives", () => {
  /**
   * The org's campaign receives from a lower campaign (issued by Phòng B for its teams): Phòng B's
   * registration in it carries one initiative forwarded from "Tổ Quy hoạch 1" and one of its own.
   */
  async function forwardedSetup(org: Org) {
    await consolidatedCampaign(org);
    const team = await makeUnit({ name: "Tổ Quy hoạch 1", parent: org.officeB });
    const child = await makeCampaign({ issuingUnit: org.officeB, units: [team] });
    const below = await makeRegistration({ campaign: child, unit: team, status: "ACCEPTED", submittedBy: org.headB, rows: [{ field: 5, content: "Tra cứu quy hoạch bằng mã QR" }] });
    const origin = below.initiatives[0];
    const b = await db().registration.findFirstOrThrow({ where: { campaignId: org.campaign.id, unitId: org.officeB.id } });
    const copy = await db().initiative.create({
      data: {
        registrationId: b.id,
        campaignId: org.campaign.id,
        unitId: org.officeB.id,
        fieldId: org.campaign.fields[5].id,
        content: "Tra cứu quy hoạch bằng mã QR",
        type: "INITIATIVE",
        expectedCompletion: new Date("2026-10-31T00:00:00Z"),
        level: "CITY",
        sortOrder: 9,
        forwardedFromId: origin.id,
        originInitiativeId: origin.id,
        originUnitId: team.id,
        forwardedAt: new Date(),
        forwardedById: org.office.id,
      },
    });
    return { team, copy };
  }

  const dataRows = (rows: string[][]) => {
    const h = rows.findIndex((r) => r[0] === "STT");
    expect(rows[h][3]).toBe("Nguồn (đơn vị gửi lên)");
    return rows.slice(h + 1).filter((r) => /^\d+$/.test(r[0]));
  };

  it("names the origin unit of a forwarded initiative, and only of forwarded ones", async () => {
    const org = await makeOrganisation();
    await forwardedSetup(org);
    await actAs(org.office);
    const data = dataRows(sheetRows(await readXlsx(await consolidatedExportResponse(org.campaign.id, new URLSearchParams()))));
    expect(data).toHaveLength(6);
    const source = Object.fromEntries(data.map((r) => [r[4], r[3]]));
    expect(source["Tra cứu quy hoạch bằng mã QR"]).toBe("Tổ Quy hoạch 1");
    expect(data.filter((r) => r[3] !== "").map((r) => r[4])).toEqual(["Tra cứu quy hoạch bằng mã QR"]);
    // Phòng B's own initiative sits in the same registration, without a source.
    expect(source["Bản đồ quy hoạch trực tuyến"]).toBe("");
  });

  it("the list's 'forwarded=1' filter keeps only forwarded initiatives, and says so in the title block", async () => {
    const org = await makeOrganisation();
    await forwardedSetup(org);
    await actAs(org.leader);
    const rows = sheetRows(await readXlsx(await consolidatedExportResponse(org.campaign.id, new URLSearchParams({ forwarded: "1" }))));
    expect(dataRows(rows).map((r) => [r[2], r[3], r[4]])).toEqual([["Phòng B", "Tổ Quy hoạch 1", "Tra cứu quy hoạch bằng mã QR"]]);
    expect(rows.some((r) => r[0] === "Lọc theo chỉ nội dung do cấp dưới gửi lên")).toBe(true);
    // The field headings count the filtered rows only.
    expect(rows.filter((r) => /^\d+\. /.test(r[0])).map((r) => r[0])).toContain("6. Xây dựng và phát triển chính quyền điện tử, chính quyền số (1)");
  });

  it("a unit head (even of the origin's parent unit) cannot export the list", async () => {
    const org = await makeOrganisation();
    await forwardedSetup(org);
    for (const u of [org.headB, org.headA, org.otherOffice]) {
      await actAs(u);
      expect((await consolidatedExportResponse(org.campaign.id, new URLSearchParams({ forwarded: "1" }))).status).toBe(404);
    }
  });
});

describe("leadership's selection of typical initiatives", () => {
  it("lets the leader mark and unmark an initiative, with an audit row each time", async () => {
    const org = await makeOrganisation();
    const { a } = await consolidatedCampaign(org);
    const target = a.initiatives[1];
    await actAs(org.leader);
    expect(await setTypicalAction({ initiativeId: target.id, typical: true })).toMatchObject({ ok: true, data: { isTypical: true } });
    const marked = await db().initiative.findUniqueOrThrow({ where: { id: target.id } });
    expect(marked).toMatchObject({ isTypical: true, typicalMarkedById: org.leader.id });
    expect(marked.typicalMarkedAt).toBeInstanceOf(Date);
    // marking again changes nothing and writes no second audit row
    await setTypicalAction({ initiativeId: target.id, typical: true });
    expect(await db().auditLog.count({ where: { entityType: "Initiative", entityId: target.id } })).toBe(1);
    expect(await setTypicalAction({ initiativeId: target.id, typical: false })).toMatchObject({ ok: true, data: { isTypical: false } });
    expect(await db().initiative.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ isTypical: false, typicalMarkedAt: null, typicalMarkedById: null });
    const audit = await db().auditLog.findMany({ where: { entityType: "Initiative", entityId: target.id }, orderBy: { id: "asc" } });
    expect(audit.map((x) => x.action)).toEqual(["initiative.mark-typical", "initiative.unmark-typical"]);
    expect(audit[0]).toMatchObject({ actorId: org.leader.id, campaignId: org.campaign.id, unitId: org.officeA.id });
  });

  it("refuses the office (may read, not change), a unit head and another Sở's leader, changing nothing", async () => {
    const org = await makeOrganisation();
    const otherLeader = await makeUser({ unit: org.otherDept, roles: [{ role: "LEADERSHIP" }] });
    const { a } = await consolidatedCampaign(org);
    const target = a.initiatives[0];
    await actAs(org.office);
    expect(await setTypicalAction({ initiativeId: target.id, typical: true })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    for (const u of [org.headA, otherLeader, org.council]) {
      await actAs(u);
      expect(await setTypicalAction({ initiativeId: target.id, typical: true })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect((await db().initiative.findUniqueOrThrow({ where: { id: target.id } })).isTypical).toBe(false);
    expect(await db().auditLog.count()).toBe(0);
  });

  it("only marks initiatives of submitted or accepted forms", async () => {
    const org = await makeOrganisation();
    const { returned, draft } = await consolidatedCampaign(org);
    await actAs(org.leader);
    for (const ini of [returned.initiatives[0], draft.initiatives[0]]) {
      expect(await setTypicalAction({ initiativeId: ini.id, typical: true })).toMatchObject({ ok: false, code: "RULE" });
    }
    expect(await setTypicalAction({ initiativeId: "nope", typical: true })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("puts only the marked initiatives of submitted/accepted forms in the list sent up, grouped by field", async () => {
    const org = await makeOrganisation();
    const { a, b } = await consolidatedCampaign(org);
    await actAs(org.leader);
    await setTypicalAction({ initiativeId: a.initiatives[1].id, typical: true });
    const list = (await getTypicalList(await session(org.office), org.campaign.id))!;
    expect(list.rows.map((r) => r.content)).toEqual(["Một cửa điện tử cho hồ sơ cấp phép", "Số hóa hồ sơ quy hoạch"]);
    expect(list.rows.every((r) => r.isTypical)).toBe(true);
    // a marked initiative whose form is later sent back leaves the list until resubmitted
    await db().registration.update({ where: { id: b.registration.id }, data: { status: "RETURNED" } });
    const after = (await getTypicalList(await session(org.leader), org.campaign.id))!;
    expect(after.rows.map((r) => r.content)).toEqual(["Số hóa hồ sơ quy hoạch"]);
    expect(after.excludedReturned).toBe(1);
    // the selection page lists only submitted/accepted forms
    const selectable = (await getConsolidated(await session(org.leader), org.campaign.id, { typicalOnly: false }, 1, { statuses: SELECTABLE_STATUSES }))!;
    expect(selectable.rows.map((r) => r.registrationStatus).every((s) => s === "SUBMITTED")).toBe(true);
    expect(await getTypicalList(await session(org.headA), org.campaign.id)).toBeNull();
  });

  it("addresses the list to the parent campaign's receiving unit (Sở Nội vụ for a City plan), else to its issuing unit", async () => {
    const org = await makeOrganisation();
    const parent = await makeCampaign({ issuingUnit: org.otherDept, units: [] });
    await db().campaign.update({ where: { id: org.campaign.id }, data: { parentCampaignId: parent.id } });
    expect((await getTypicalList(await session(org.leader), org.campaign.id))!.campaign.sendUpTo).toBe("Sở Khác");
    await db().campaign.update({ where: { id: parent.id }, data: { issuingUnitId: org.city.id } });
    expect((await getTypicalList(await session(org.leader), org.campaign.id))!.campaign.sendUpTo).toBe("UBND Thành phố");
    // a unit merely named "Sở Nội vụ" changes nothing: the parent plan names its receiving unit
    const home = await makeUnit({ name: "Sở Nội vụ", parent: org.city, kind: "DEPARTMENT" });
    expect((await getTypicalList(await session(org.leader), org.campaign.id))!.campaign.sendUpTo).toBe("UBND Thành phố");
    await db().campaign.update({ where: { id: parent.id }, data: { receivingUnitId: home.id } });
    expect((await getTypicalList(await session(org.leader), org.campaign.id))!.campaign.sendUpTo).toBe("Sở Nội vụ");
    await db().campaign.update({ where: { id: org.campaign.id }, data: { parentCampaignId: null } });
    expect((await getTypicalList(await session(org.leader), org.campaign.id))!.campaign.sendUpTo).toBeNull();
  });

  it("exports the typical list addressed to the level above", async () => {
    const org = await makeOrganisation();
    const home = await makeUnit({ name: "Sở Nội vụ", parent: org.city, kind: "DEPARTMENT" });
    const parent = await makeCampaign({ issuingUnit: org.city, units: [] });
    await db().campaign.update({ where: { id: parent.id }, data: { receivingUnitId: home.id } });
    await db().campaign.update({ where: { id: org.campaign.id }, data: { parentCampaignId: parent.id } });
    await consolidatedCampaign(org);
    await actAs(org.leader);
    const res = await typicalExportResponse(org.campaign.id);
    expect(res.headers.get("content-disposition")).toContain("danh-sach-tieu-bieu-");
    const rows = sheetRows(await readXlsx(res));
    expect(rows.some((r) => r[0] === "Kính gửi: Sở Nội vụ")).toBe(true);
    expect(rows.some((r) => r[0] === "DANH SÁCH MÔ HÌNH, GIẢI PHÁP, SÁNG KIẾN TIÊU BIỂU VỀ CẢI CÁCH HÀNH CHÍNH")).toBe(true);
    const data = rows.filter((r) => /^\d+$/.test(r[0]));
    expect(data.map((r) => r[3])).toEqual(["Một cửa điện tử cho hồ sơ cấp phép"]);
    expect(rows.find((r) => r[0] === "STT")?.filter(Boolean)).toHaveLength(9);
  });
});
