import { describe, expect, it } from "vitest";
import { loadSessionUser } from "../../lib/auth/session";
import { getConsolidated } from "../../lib/consolidation/queries";
import { compareVi } from "../../lib/text/collate";
import { db, makeCampaign, makeOrganisation, makeUnit, makeUser } from "../helpers/factories";
import { makeRegistration } from "../helpers/registration-fixtures";

/**
 * The consolidated list orders and filters on copies the database keeps on "Initiative" (the field's
 * position, the unit's name, the form's owner and status: migration consolidated_order). Whatever writes
 * the sources, the copies follow, and the list reads the same as if it joined the sources.
 */

const ALL = { typicalOnly: false };
const session = async (u: { id: string }) => (await loadSessionUser(u.id))!;

/** Initiatives whose copies differ from their sources: always none. */
async function staleCopies() {
  return db().$queryRaw<{ id: string }[]>`
    SELECT i."id" FROM "Initiative" i
    JOIN "ReformField" f ON f."id" = i."fieldId" JOIN "Unit" u ON u."id" = i."unitId" JOIN "Registration" r ON r."id" = i."registrationId"
    WHERE i."fieldOrder" <> f."sortOrder" OR i."unitName" <> u."name" OR i."ownerKey" <> r."ownerKey" OR i."registrationStatus" <> r."status"`;
}

describe("the consolidated list's order and filters, kept by the database", () => {
  it("follow a unit renamed, a field moved, a form returned and resubmitted, and a row moved to another field", async () => {
    const org = await makeOrganisation();
    const [alpha, beta] = [await makeUnit({ name: "Phòng Alpha", parent: org.dept }), await makeUnit({ name: "Phòng Beta", parent: org.dept })];
    const campaign = await makeCampaign({ issuingUnit: org.dept, units: [alpha, beta] });
    await makeRegistration({ campaign, unit: alpha, status: "SUBMITTED", submittedBy: org.headA, rows: [{ field: 0, content: "A1" }, { field: 1, content: "A2" }] });
    const b = await makeRegistration({ campaign, unit: beta, status: "SUBMITTED", submittedBy: org.headA, rows: [{ field: 0, content: "B1" }, { field: 1, content: "B2" }] });
    const office = await session(org.office);
    const contents = async () => (await getConsolidated(office, campaign.id, ALL))!.rows.map((r) => r.content);

    expect(await contents()).toEqual(["A1", "B1", "A2", "B2"]);
    expect(await staleCopies()).toEqual([]);

    // Renamed: "Phòng Alpha" now sorts after "Phòng Beta".
    await db().unit.update({ where: { id: alpha.id }, data: { name: "Phòng Zeta" } });
    expect(await contents()).toEqual(["B1", "A1", "B2", "A2"]);

    // The plan's second field moved first.
    const [f0, f1] = campaign.fields;
    await db().reformField.update({ where: { id: f0.id }, data: { sortOrder: 99 } });
    await db().reformField.update({ where: { id: f1.id }, data: { sortOrder: 0 } });
    expect(await contents()).toEqual(["B2", "A2", "B1", "A1"]);

    // Beta's form back to a draft (a return then edits): its rows leave the list and its counts; filtered
    // by status, a returned form's rows are found.
    await db().registration.update({ where: { id: b.registration.id }, data: { status: "DRAFT" } });
    const drafting = (await getConsolidated(office, campaign.id, ALL))!;
    expect(drafting.rows.map((r) => r.content)).toEqual(["A2", "A1"]);
    expect(drafting.total).toBe(2);
    await db().registration.update({ where: { id: b.registration.id }, data: { status: "RETURNED" } });
    expect((await getConsolidated(office, campaign.id, { ...ALL, status: "RETURNED" }))!.rows.map((r) => r.content)).toEqual(["B2", "B1"]);
    await db().registration.update({ where: { id: b.registration.id }, data: { status: "ACCEPTED" } });
    expect(await contents()).toEqual(["B2", "A2", "B1", "A1"]);
    expect((await getConsolidated(office, campaign.id, { ...ALL, status: "ACCEPTED" }))!.rows.map((r) => r.content)).toEqual(["B2", "B1"]);

    // A row moved to the other field, and a unit searched by name through its copy.
    const a1 = (await db().initiative.findFirstOrThrow({ where: { content: "A1", campaignId: campaign.id } })).id;
    await db().initiative.update({ where: { id: a1 }, data: { fieldId: f1.id } });
    expect(await contents()).toEqual(["B2", "A1", "A2", "B1"]);
    expect((await getConsolidated(office, campaign.id, { ...ALL, unitQuery: "zeta" }))!.rows.map((r) => r.content)).toEqual(["A1", "A2"]);

    // A direct write to a copy is put back to its source.
    await db().$executeRaw`UPDATE "Initiative" SET "unitName" = 'AAA', "registrationStatus" = 'DRAFT' WHERE "id" = ${a1}`;
    expect(await staleCopies()).toEqual([]);
  });
  it("orders units by their Vietnamese names, with Đ… and Ủ… among the others instead of after Z, as the app's own sorts do", async () => {
    const org = await makeOrganisation();
    // In code-point order (the "C" collation) "Đội…" and "Ủy ban…" came after "Văn phòng…", and "Bộ phận Địa
    // chính…" after "Bộ phận Quản lý…".
    const names = ["Văn phòng Ủy ban", "Ủy ban nhân dân phường Bến Nghé", "Bộ phận Quản lý đô thị", "Đội Quản lý trật tự đô thị", "Ban Quản lý dự án", "Bộ phận Địa chính - Xây dựng"];
    const units = [];
    for (const name of names) units.push(await makeUnit({ name, parent: org.dept }));
    const campaign = await makeCampaign({ issuingUnit: org.dept, units });
    for (const unit of units) await makeRegistration({ campaign, unit, status: "SUBMITTED", submittedBy: org.headA, rows: [{ field: 0, content: `Nội dung của ${unit.name}` }] });
    const office = await session(org.office);

    const listed = (await getConsolidated(office, campaign.id, ALL))!.rows.map((r) => r.unitName);
    const expected = ["Ban Quản lý dự án", "Bộ phận Địa chính - Xây dựng", "Bộ phận Quản lý đô thị", "Đội Quản lý trật tự đô thị", "Ủy ban nhân dân phường Bến Nghé", "Văn phòng Ủy ban"];
    expect(listed).toEqual(expected);
    expect([...names].sort(compareVi)).toEqual(expected);

    // People's names too (the council's members, the evaluators, the nominees are listed by name).
    for (const fullName of ["Vũ Thị Bình", "Đặng Văn An", "Ông Văn Dũng", "Nguyễn Văn Cường"]) await makeUser({ unit: org.dept, fullName });
    const people = await db().user.findMany({ where: { unitId: org.dept.id, username: { startsWith: "user" } }, orderBy: { fullName: "asc" }, select: { fullName: true } });
    expect(people.map((p) => p.fullName)).toEqual(["Đặng Văn An", "Nguyễn Văn Cường", "Ông Văn Dũng", "Vũ Thị Bình"]);
  });
  it("finds a row by its content without case or diacritics, through the folded copy the database keeps when the content is written", async () => {
    const org = await makeOrganisation();
    const unit = await makeUnit({ name: "Phòng Tài nguyên", parent: org.dept });
    const campaign = await makeCampaign({ issuingUnit: org.dept, units: [unit] });
    await makeRegistration({
      campaign,
      unit,
      status: "SUBMITTED",
      submittedBy: org.headA,
      rows: [{ field: 0, content: "Số hoá HỒ SƠ đất đai\ntrên cổng" }, { field: 0, content: "Một cửa liên thông 50%_nhanh" }],
    });
    const office = await session(org.office);
    const found = async (q: string) => (await getConsolidated(office, campaign.id, { ...ALL, q }))!.rows.map((r) => r.content);
    expect(await found("ho so dat dai")).toEqual(["Số hoá HỒ SƠ đất đai\ntrên cổng"]);
    expect(await found("Hồ  sơ")).toEqual(["Số hoá HỒ SƠ đất đai\ntrên cổng"]);
    expect(await found("đai trên")).toEqual(["Số hoá HỒ SƠ đất đai\ntrên cổng"]);
    expect(await found("50%_")).toEqual(["Một cửa liên thông 50%_nhanh"]);
    expect(await found("50%x")).toEqual([]);
    expect(await found("%")).toEqual(["Một cửa liên thông 50%_nhanh"]);

    // The content edited: the copy follows; a direct write to the copy is put back.
    const row = await db().initiative.findFirstOrThrow({ where: { campaignId: campaign.id, content: { startsWith: "Một cửa" } } });
    await db().initiative.update({ where: { id: row.id }, data: { content: "Dịch vụ công trực tuyến toàn trình" } });
    expect(await found("truc tuyen")).toEqual(["Dịch vụ công trực tuyến toàn trình"]);
    expect(await found("mot cua")).toEqual([]);
    await db().initiative.update({ where: { id: row.id }, data: { contentFolded: "sai" } });
    expect((await db().initiative.findUniqueOrThrow({ where: { id: row.id } })).contentFolded).toBe("dich vu cong truc tuyen toan trinh");
  });

  it("can serve the search from the trigram index on the folded content instead of reading every row", async () => {
    // Seq scans switched off for the statement: the plan shows whether an index can answer LIKE '%…%'.
    const plan = await db().$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN SELECT "id" FROM "Initiative" WHERE "contentFolded" LIKE '%ho so dat dai%'`);
    });
    expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toContain("Initiative_contentFolded_idx");
  });
});
