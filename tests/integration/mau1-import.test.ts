import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { POST as importPOST } from "../../app/(portal)/unit/campaigns/[campaignId]/import/route";
import { GET as templateGET } from "../../app/(portal)/unit/campaigns/[campaignId]/import/template/route";
import { actAs, db, makeOrganisation } from "../helpers/factories";

/**
 * "Nhập Mẫu 1 từ Excel": the template, the upload checked row by row with the form's rules, nothing
 * half-imported, no duplicates on a second upload, and the refusals (not an .xlsx, too big, too many
 * rows, formulas, merged cells, dates as text, unknown fields, another unit).
 */

type Org = Awaited<ReturnType<typeof makeOrganisation>>;

async function template(org: Org, user: { id: string } = org.headA, unitId = org.officeA.id) {
  await actAs(user);
  return templateGET(new Request(`http://localhost/unit/campaigns/${org.campaign.id}/import/template?unit=${unitId}`), { params: Promise.resolve({ campaignId: org.campaign.id }) });
}

/** The template filled with `rows` (cells A–G from row 5), plus `edit` for hostile files. */
async function filled(org: Org, rows: (string | Date | number | null | { formula: string })[][], edit?: (ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await (await template(org)).arrayBuffer());
  const ws = wb.getWorksheet("Mẫu 1")!;
  rows.forEach((r, i) => r.forEach((v, c) => (ws.getCell(5 + i, c + 1).value = v as ExcelJS.CellValue)));
  edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(org: Org, bytes: Buffer, o: { user?: { id: string }; unitId?: string; validOnly?: boolean; contentLength?: number } = {}) {
  await actAs(o.user ?? org.headA);
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], "mau1.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
  form.set("unitId", o.unitId ?? org.officeA.id);
  if (o.validOnly) form.set("validOnly", "1");
  const encoded = new Response(form);
  const body = Buffer.from(await encoded.arrayBuffer());
  const req = new Request(`http://localhost/unit/campaigns/${org.campaign.id}/import`, {
    method: "POST",
    body,
    headers: {
      "content-type": encoded.headers.get("content-type")!,
      "content-length": String(o.contentLength ?? body.length),
      origin: "http://localhost",
      "x-forwarded-host": "localhost",
    },
  });
  const res = await importPOST(req, { params: Promise.resolve({ campaignId: org.campaign.id }) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { issues?: { row: number | null; column: string | null; message: string }[] } };
}

const year = new Date().getUTCFullYear();
const initiativesOf = async (org: Org, unitId = org.officeA.id) => db().initiative.findMany({ where: { campaignId: org.campaign.id, unitId }, orderBy: { sortOrder: "asc" } });

describe("importing a Mẫu 1 from Excel", () => {
  it("the template carries the plan, a heading row, drop-down lists and a date check", async () => {
    const org = await makeOrganisation();
    const res = await template(org);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.getWorksheet("Mẫu 1")!;
    expect(String(ws.getCell("A2").value)).toContain(org.campaign.documentNumber);
    expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual(["Lĩnh vực", "Nội dung đăng ký", "Loại", "Chủ trì", "Cấp đăng ký", "Dự kiến tiến độ hoàn thành", "Ghi chú"]);
    expect(ws.getCell("A5").dataValidation).toMatchObject({ type: "list" });
    expect(ws.getCell("F5").dataValidation).toMatchObject({ type: "date", operator: "between" });
    expect(ws.pageSetup.printTitlesRow).toBe("4:4");
    // another unit's template is not handed out
    expect((await template(org, org.headB, org.officeA.id)).status).toBe(404);
  });

  it("adds every row of a valid file to the unit's draft, with an audit row; the same file again adds nothing", async () => {
    const org = await makeOrganisation();
    const f = org.campaign.fields;
    const bytes = await filled(org, [
      [`1. ${f[0].name}`, "Rà soát quy chế làm việc", "Giải pháp", "", "Cấp Sở", new Date(Date.UTC(year, 9, 31)), "Ghi chú 1"],
      [f[5].name, "Số hóa hồ sơ quy hoạch", "mô hình", "Nguyễn Văn An, Trần Thị Bình", "Cấp Thành phố", `15/11/${year}`, ""],
    ]);
    const first = await upload(org, bytes);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ ok: true, added: 2, skippedExisting: 0 });
    const rows = await initiativesOf(org);
    expect(rows.map((r) => [r.content, r.type, r.ownerType, r.ownerNames, r.level, r.expectedCompletion.toISOString().slice(0, 10)])).toEqual([
      ["Rà soát quy chế làm việc", "SOLUTION", "UNIT", null, "DEPARTMENT", `${year}-10-31`],
      ["Số hóa hồ sơ quy hoạch", "MODEL", "INDIVIDUALS", "Nguyễn Văn An, Trần Thị Bình", "CITY", `${year}-11-15`],
    ]);
    const reg = await db().registration.findFirstOrThrow({ where: { campaignId: org.campaign.id, unitId: org.officeA.id } });
    expect(reg.status).toBe("DRAFT");
    expect(await db().auditLog.count({ where: { entityType: "Registration", entityId: reg.id } })).toBeGreaterThan(0);

    const again = await upload(org, bytes);
    expect(again.body).toMatchObject({ ok: true, added: 0, skippedExisting: 2 });
    expect(await initiativesOf(org)).toHaveLength(2);
  });

  it("reports each bad cell by row and column in Vietnamese and creates nothing", async () => {
    const org = await makeOrganisation();
    const f = org.campaign.fields;
    const bytes = await filled(
      org,
      [
        [f[0].name, "Dòng đúng", "Giải pháp", "", "Cấp Sở", `31/10/${year}`, ""],
        ["Lĩnh vực không có", "Nội dung", "Giải pháp", "", "Cấp Sở", `31/10/${year}`, ""],
        [f[1].name, "Ngày sai", "Giải pháp", "", "Cấp Sở", `31/02/${year}`, ""],
        [f[1].name, { formula: "CONCATENATE(\"a\",\"b\")" }, "Giải pháp", "", "Cấp Sở", `30/10/${year}`, ""],
        [f[2].name, "", "Loại lạ", "", "Cấp Huyện", `30/10/${year}`, ""],
        [f[3].name, "Ngoài thời gian kế hoạch", "Sáng kiến", "", "Cấp Sở", `01/01/${year + 5}`, ""],
        [f[4].name, "=HYPERLINK(\"http://x\")", "Sáng kiến", "", "Cấp Sở", `01/06/${year}`, "<script>alert(1)</script>"],
      ],
      (ws) => {
        ws.getCell("A13").value = f[0].name;
        ws.getCell("B13").value = "Gộp ô";
        ws.mergeCells("B13:C13");
      },
    );
    const res = await upload(org, bytes);
    expect(res.status).toBe(422);
    expect(res.body.ok).toBe(false);
    expect(String(res.body.message)).toContain("chưa nhập dòng nào");
    const at = (row: number, column: string) => res.body.issues!.find((i) => i.row === row && i.column === column)?.message;
    expect(at(6, "Lĩnh vực")).toContain("không thuộc kế hoạch");
    expect(at(7, "Dự kiến tiến độ hoàn thành")).toContain("không hợp lệ");
    expect(at(8, "Nội dung đăng ký")).toContain("công thức");
    expect(at(9, "Nội dung đăng ký")).toBe("Vui lòng nhập nội dung đăng ký.");
    expect(at(9, "Loại")).toContain("không hợp lệ");
    expect(at(9, "Cấp đăng ký")).toContain("không hợp lệ");
    expect(at(10, "Dự kiến tiến độ hoàn thành")).toContain("trong thời gian của kế hoạch");
    expect(at(13, "Loại")).toContain("Ô đã gộp");
    // text that looks like a formula is plain text, and valid: no error on row 11
    expect(res.body.issues!.some((i) => i.row === 11)).toBe(false);
    expect(res.body.issues!.some((i) => i.row === 5)).toBe(false);
    expect(await initiativesOf(org)).toHaveLength(0);

    // the user may choose to add the valid rows only
    const partial = await upload(org, bytes, { validOnly: true });
    expect(partial.body).toMatchObject({ ok: true, added: 2 });
    expect((await initiativesOf(org)).map((r) => r.content)).toEqual(["Dòng đúng", "=HYPERLINK(\"http://x\")"]);
  });

  it("refuses a file that is not an .xlsx, a 50 MB upload, 100,000 rows and unknown columns, with a clear message", async () => {
    const org = await makeOrganisation();
    const pdf = await upload(org, Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"));
    expect(pdf.status).toBe(422);
    expect(String(pdf.body.message)).toContain("không phải là bảng tính Excel");

    const huge = await upload(org, Buffer.from("PK"), { contentLength: 50 * 1024 * 1024 });
    expect(huge.status).toBe(413);
    expect(String(huge.body.message)).toContain("Tệp quá lớn");

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Mẫu 1");
    ws.addRow(["Lĩnh vực", "Nội dung đăng ký", "Loại", "Chủ trì", "Cấp đăng ký", "Dự kiến tiến độ hoàn thành", "Ghi chú"]);
    for (let i = 0; i < 100_000; i++) ws.addRow(["Cải cách thể chế", `Nội dung ${i}`, "Giải pháp", "", "Cấp Sở", `01/06/${year}`, ""]);
    const many = await upload(org, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(many.status).toBe(422);
    expect(many.body.issues![0].message).toMatch(/Tệp có hơn 2\.000 dòng/);

    const odd = new ExcelJS.Workbook();
    odd.addWorksheet("Mẫu 1").addRow(["Lĩnh vực", "Nội dung đăng ký", "Loại", "Cấp đăng ký", "Dự kiến tiến độ hoàn thành", "Kinh phí"]);
    const unknown = await upload(org, Buffer.from(await odd.xlsx.writeBuffer()));
    expect(unknown.body.issues!.map((i) => i.message)).toContain("Cột “Kinh phí” không có trong Mẫu 1: hãy xóa hoặc đổi tên theo tệp mẫu.");
    expect(await initiativesOf(org)).toHaveLength(0);
  }, 120_000);

  it("another unit's head cannot import into office A, even with office A's id in the body; a unit's staff can", async () => {
    const org = await makeOrganisation();
    const bytes = await filled(org, [[org.campaign.fields[0].name, "Nội dung", "Giải pháp", "", "Cấp Sở", `01/06/${year}`, ""]]);
    expect((await upload(org, bytes, { user: org.headB, unitId: org.officeA.id })).status).toBe(404);
    expect((await upload(org, bytes, { user: org.otherOffice, unitId: org.officeA.id })).status).toBe(404);
    expect(await initiativesOf(org)).toHaveLength(0);
    expect((await upload(org, bytes, { user: org.staffA })).body).toMatchObject({ ok: true, added: 1 });
  });
});
