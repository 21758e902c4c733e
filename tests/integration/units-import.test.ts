import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { POST as importPOST } from "../../app/(portal)/admin/units/import/route";
import { GET as templateGET } from "../../app/(portal)/admin/units/import/template/route";
import { actAs, db, makeOrganisation } from "../helpers/factories";

/** "Nhập danh sách đơn vị từ Excel": all or nothing, parents from the portal or the rows above, no duplicates on re-import, administrators only. */

type Org = Awaited<ReturnType<typeof makeOrganisation>>;

async function sheet(rows: (string | null | { formula: string })[][], header = ["Mã đơn vị", "Tên đơn vị", "Tên viết tắt", "Ký hiệu văn bản", "Loại đơn vị", "Mã đơn vị cấp trên"]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Đơn vị");
  ws.addRow(["DANH SÁCH ĐƠN VỊ"]);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r as ExcelJS.CellValue[]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(user: { id: string }, bytes: Buffer) {
  await actAs(user);
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], "don-vi.xlsx"));
  const encoded = new Response(form);
  const body = Buffer.from(await encoded.arrayBuffer());
  const res = await importPOST(
    new Request("http://localhost/admin/units/import", {
      method: "POST",
      body,
      headers: { "content-type": encoded.headers.get("content-type")!, "content-length": String(body.length), origin: "http://localhost", "x-forwarded-host": "localhost" },
    }),
  );
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { issues?: { row: number | null; column: string | null; message: string }[] } };
}

const codeOf = async (org: Org) => (await db().unit.findUniqueOrThrow({ where: { id: org.dept.id }, select: { code: true } })).code;

describe("importing the unit list from Excel", () => {
  it("creates the units under an existing parent and under rows above, with paths and audit rows; the same file again creates nothing", async () => {
    const org = await makeOrganisation();
    const dept = await codeOf(org);
    const bytes = await sheet([
      ["P-QH", "Phòng Quy hoạch", "P.QH", "qh", "Phòng, ban, trung tâm", dept],
      ["P-QH-T1", "Tổ Quy hoạch 1", "", "", "Khác", "p-qh"],
    ]);
    const first = await upload(org.admin, bytes);
    expect(first).toMatchObject({ status: 200, body: { ok: true, created: 2, skippedExisting: 0 } });
    const p = await db().unit.findFirstOrThrow({ where: { code: "P-QH" } });
    const t = await db().unit.findFirstOrThrow({ where: { code: "P-QH-T1" } });
    expect(p).toMatchObject({ parentId: org.dept.id, documentSymbol: "QH", kind: "OFFICE", depth: org.dept.depth + 1 });
    expect(t.path).toBe(`${p.path}${t.id}/`);
    expect(await db().auditLog.count({ where: { action: "unit.create", entityId: { in: [p.id, t.id] } } })).toBe(2);
    expect((await upload(org.admin, bytes)).body).toMatchObject({ ok: true, created: 0, skippedExisting: 2 });
  });

  it("reports every problem by row and column and creates nothing: unknown parent, parent below, bad kind, duplicate code, formula", async () => {
    const org = await makeOrganisation();
    const dept = await codeOf(org);
    const before = await db().unit.count();
    const res = await upload(
      org.admin,
      await sheet([
        ["A-1", "Đơn vị đúng", "", "", "Khác", dept],
        ["A-2", "Cấp trên không có", "", "", "Khác", "KHONG-CO"],
        ["A-3", "Cấp trên ở dưới", "", "", "Khác", "A-4"],
        ["A-4", "Cấp trên đặt sau", "", "", "Khác", dept],
        ["A-1", "Trùng mã", "", "", "Khác", dept],
        ["A-5", { formula: "UPPER(\"x\")" }, "", "", "Khác", dept],
        ["a b", "Mã sai", "", "", "Khác", dept],
        ["A-6", "Loại lạ", "", "", "Hợp tác xã", dept],
      ]),
    );
    expect(res.status).toBe(422);
    const at = (row: number, column: string) => res.body.issues!.find((i) => i.row === row && i.column === column)?.message;
    expect(at(4, "Mã đơn vị cấp trên")).toContain("Không tìm thấy đơn vị cấp trên");
    expect(at(5, "Mã đơn vị cấp trên")).toContain("ở dòng 6: hãy đặt đơn vị cấp trên lên trước");
    expect(at(10, "Loại đơn vị")).toContain("không hợp lệ");
    expect(at(7, "Mã đơn vị")).toContain("Trùng mã đơn vị với dòng 3");
    expect(at(8, "Tên đơn vị")).toContain("công thức");
    expect(at(9, "Mã đơn vị")).toContain("chỉ gồm chữ không dấu");
    expect(await db().unit.count()).toBe(before);
  });

  it("only an administrator imports: a unit head, the office and the leadership are refused and nothing is created", async () => {
    const org = await makeOrganisation();
    const city = (await db().unit.findUniqueOrThrow({ where: { id: org.city.id } })).code;
    for (const u of [org.headA, org.office, org.leader]) expect((await upload(u, await sheet([["X-2", "Không quyền", "", "", "Khác", city]]))).status).toBe(403);
    expect(await db().unit.count({ where: { code: "X-2" } })).toBe(0);
    await actAs(org.headA);
    expect((await templateGET()).status).toBe(404);
    await actAs(org.admin);
    expect((await templateGET()).status).toBe(200);
  });

  it("refuses a file that is not an .xlsx and a file without the heading", async () => {
    const org = await makeOrganisation();
    expect((await upload(org.admin, Buffer.from("not a spreadsheet"))).body.message).toContain("không phải là bảng tính Excel");
    expect((await upload(org.admin, await sheet([["A", "B"]], ["Cột 1", "Cột 2"]))).body.message).toContain("Không tìm thấy dòng tiêu đề");
  });
});
