import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { POST as importPOST } from "../../app/(portal)/admin/users/import/route";
import { verifyPassword } from "../../lib/auth/password";
import { actAs, db, makeOrganisation } from "../helpers/factories";

/** "Nhập danh sách tài khoản từ Excel": all or nothing, temporary passwords shown once, no duplicates on re-import, administrators only. */

async function sheet(rows: (string | null | { formula: string })[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tài khoản");
  ws.addRow(["DANH SÁCH TÀI KHOẢN"]);
  ws.addRow(["Tên đăng nhập", "Họ và tên", "E-mail", "Chức vụ", "Mã đơn vị", "Vai trò"]);
  for (const r of rows) ws.addRow(r as ExcelJS.CellValue[]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(user: { id: string }, bytes: Buffer) {
  await actAs(user);
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], "tai-khoan.xlsx"));
  const encoded = new Response(form);
  const body = Buffer.from(await encoded.arrayBuffer());
  const res = await importPOST(
    new Request("http://localhost/admin/users/import", {
      method: "POST",
      body,
      headers: { "content-type": encoded.headers.get("content-type")!, "content-length": String(body.length), origin: "http://localhost", "x-forwarded-host": "localhost" },
    }),
  );
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { issues?: { row: number | null; column: string | null; message: string }[]; credentials?: { username: string; temporaryPassword: string }[] } };
}

describe("importing accounts from Excel", () => {
  it("creates the accounts with their role, a temporary password each (to change at first sign-in) and an audit row; the same file again creates none", async () => {
    const org = await makeOrganisation();
    const code = (await db().unit.findUniqueOrThrow({ where: { id: org.officeA.id } })).code;
    const bytes = await sheet([
      ["Nguyen.An", "Nguyễn Văn An", "an@example.gov.vn", "Chuyên viên", code, "Cán bộ đơn vị"],
      ["tran.binh", "Trần Thị Bình", "", "", code.toLowerCase(), ""],
    ]);
    const res = await upload(org.admin, bytes);
    expect(res).toMatchObject({ status: 200, body: { ok: true, created: 2, skippedExisting: 0 } });
    const an = await db().user.findUniqueOrThrow({ where: { username: "nguyen.an" }, include: { roles: true } });
    expect(an).toMatchObject({ unitId: org.officeA.id, mustChangePassword: true, email: "an@example.gov.vn" });
    expect(an.roles.map((r) => [r.role, r.unitId])).toEqual([["UNIT_STAFF", org.officeA.id]]);
    const cred = res.body.credentials!.find((c) => c.username === "nguyen.an")!;
    expect(await verifyPassword(an.passwordHash, cred.temporaryPassword)).toBe(true);
    expect(await db().auditLog.count({ where: { action: "user.create", entityId: an.id } })).toBe(1);
    // the audit row never holds the password
    const audits = await db().auditLog.findMany({ where: { action: "user.create" }, select: { before: true, after: true, summary: true } });
    expect(JSON.stringify(audits)).not.toContain(cred.temporaryPassword);
    expect((await upload(org.admin, bytes)).body).toMatchObject({ ok: true, created: 0, skippedExisting: 2 });
  });

  it("reports each problem by row and column and creates no account: bad username, unknown unit and role, duplicate, e-mail taken, formula", async () => {
    const org = await makeOrganisation();
    const code = (await db().unit.findUniqueOrThrow({ where: { id: org.officeA.id } })).code;
    const taken = (await db().user.findUniqueOrThrow({ where: { id: org.headA.id } })).username;
    await db().user.update({ where: { id: org.headA.id }, data: { email: "head@example.gov.vn" } });
    const before = await db().user.count();
    const res = await upload(
      org.admin,
      await sheet([
        ["dung.nguoi", "Người đúng", "", "", code, ""],
        ["sai ten", "Tên có dấu cách", "", "", code, ""],
        ["khong.donvi", "Không đơn vị", "", "", "KHONG-CO", ""],
        ["vai.tro.la", "Vai trò lạ", "", "", code, "Thủ quỹ"],
        ["dung.nguoi", "Trùng", "", "", code, ""],
        ["email.trung", "E-mail trùng", "head@example.gov.vn", "", code, ""],
        ["cong.thuc", { formula: "UPPER(\"x\")" }, "", "", code, ""],
      ]),
    );
    expect(res.status).toBe(422);
    const at = (row: number, column: string) => res.body.issues?.find((i) => i.row === row && i.column === column)?.message;
    expect(at(4, "Tên đăng nhập")).toContain("chữ thường không dấu");
    expect(at(6, "Vai trò")).toContain("không hợp lệ");
    expect(at(7, "Tên đăng nhập")).toContain("Trùng tên đăng nhập với dòng 3");
    expect(at(9, "Họ và tên")).toContain("công thức");
    expect(await db().user.count()).toBe(before);
    // unknown unit, then (in the transaction) an e-mail already used: still nothing created
    const second = await upload(org.admin, await sheet([["dung.nguoi", "Người đúng", "", "", code, ""], ["khong.donvi", "Không đơn vị", "", "", "KHONG-CO", ""]]));
    expect(second.body.issues![0]).toMatchObject({ row: 4, column: "Mã đơn vị" });
    const third = await upload(org.admin, await sheet([["dung.nguoi", "Người đúng", "", "", code, ""], ["email.trung", "E-mail trùng", "head@example.gov.vn", "", code, ""]]));
    expect(third.body.issues![0]).toMatchObject({ row: 4, column: "E-mail" });
    expect(await db().user.count()).toBe(before);
    expect(taken).toBeTruthy();
  });

  it("only an administrator imports accounts", async () => {
    const org = await makeOrganisation();
    const code = (await db().unit.findUniqueOrThrow({ where: { id: org.officeA.id } })).code;
    for (const u of [org.headA, org.office]) expect((await upload(u, await sheet([["x.y", "X Y", "", "", code, "Quản trị hệ thống"]]))).status).toBe(403);
    expect(await db().user.count({ where: { username: "x.y" } })).toBe(0);
  });
});
