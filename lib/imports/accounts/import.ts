import "server-only";
import ExcelJS from "exceljs";
import { hashPassword } from "@/lib/auth/password";
import { ALL_ROLES, ROLE_LABELS } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { accountKey } from "@/lib/auth/throttle";
import { getDb } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import type { Role } from "@/lib/generated/prisma/enums";
import { asRowFailure, findHeaderRow, fold, ImportRowFailure, loadWorkbook, MAX_SHEET_ROWS, TOO_MANY_ROWS, tooManyRows, readDataRows, type ImportIssue } from "@/lib/imports/xlsx-read";
import { assertUserAdmin, createUserInTx } from "@/lib/users/mutations";
import { createUserSchema } from "@/lib/users/schemas";
import { generateTemporaryPassword } from "@/lib/users/temporary-password";

/**
 * "Nhập danh sách tài khoản từ Excel" (administrators): one row per account with its home unit's code
 * and, optionally, a first role there. Every row is checked with the account form's schema; then the
 * whole file is created in one transaction through the form's own createUserInTx (permission on the
 * unit, username and e-mail free, audit row), or nothing is. Each account gets a temporary password,
 * shown once to the administrator, to be changed at first sign-in. An existing username is skipped.
 */

export const ACCOUNT_COLUMNS = {
  username: "Tên đăng nhập",
  fullName: "Họ và tên",
  email: "E-mail",
  jobTitle: "Chức vụ",
  unitCode: "Mã đơn vị",
  role: "Vai trò",
} as const;
type Col = keyof typeof ACCOUNT_COLUMNS;
const REQUIRED: Col[] = ["username", "fullName", "unitCode"];
/** Hashing a password takes tens of milliseconds: a file holds at most this many new accounts. */
export const MAX_ACCOUNTS = 200;

export type AccountImportOutcome =
  | { ok: true; created: number; skippedExisting: number; credentials: { username: string; fullName: string; temporaryPassword: string }[] }
  | { ok: false; message: string; issues: ImportIssue[] };

const ROLE_BY_LABEL = new Map<string, Role>(ALL_ROLES.flatMap((r) => [[fold(ROLE_LABELS[r]), r] as const, [fold(r), r] as const]));
const FIELD_COLUMN: Record<string, Col> = { username: "username", fullName: "fullName", email: "email", jobTitle: "jobTitle", unitId: "unitCode", role: "role", roleUnitId: "unitCode" };


export async function importAccounts(actor: SessionUser, bytes: Buffer): Promise<AccountImportOutcome> {
  assertUserAdmin(actor);
  if (await tooManyRows(bytes, MAX_SHEET_ROWS)) return { ok: false, message: TOO_MANY_ROWS, issues: [] };
  const wb = await loadWorkbook(bytes);
  if (!wb) return { ok: false, message: "Tệp không phải là bảng tính Excel (.xlsx) hoặc đã hỏng. Hãy lưu lại dưới dạng .xlsx rồi tải lên.", issues: [] };
  const ws = wb.worksheets.find((w) => w.state !== "hidden" && findHeaderRow<Col>(w, ACCOUNT_COLUMNS, "username"));
  if (!ws) return { ok: false, message: `Không tìm thấy dòng tiêu đề có cột “${ACCOUNT_COLUMNS.username}”. Hãy dùng tệp mẫu tải từ cổng.`, issues: [] };
  if (ws.actualRowCount > MAX_ACCOUNTS + 15) return { ok: false, message: `Tệp có ${ws.actualRowCount.toLocaleString("vi-VN")} dòng; mỗi lần nhập tối đa ${MAX_ACCOUNTS} tài khoản.`, issues: [] };
  const header = findHeaderRow<Col>(ws, ACCOUNT_COLUMNS, "username")!;
  const issues: ImportIssue[] = [];
  for (const k of REQUIRED) if (!header.columns.has(k)) issues.push({ row: header.rowNo, column: ACCOUNT_COLUMNS[k], message: `Thiếu cột “${ACCOUNT_COLUMNS[k]}”.` });
  for (const u of header.unknown) issues.push({ row: header.rowNo, column: u, message: `Cột “${u}” không có trong danh sách tài khoản: hãy xóa hoặc đổi tên theo tệp mẫu.` });
  if (issues.length) return { ok: false, message: `Tệp có ${issues.length} lỗi: chưa tạo tài khoản nào.`, issues };

  type Row = { row: number; username: string; fullName: string; email: string; jobTitle: string; unitCode: string; role: Role | "" };
  const rows: Row[] = [];
  const usernames = new Map<string, number>();
  const emails = new Map<string, number>();
  for (const { row: r, text } of readDataRows(ws, header, ACCOUNT_COLUMNS, issues)) {
    const before = issues.length;
    const roleText = text("role");
    const role = roleText ? ROLE_BY_LABEL.get(fold(roleText)) : "";
    if (roleText && !role) issues.push({ row: r, column: ACCOUNT_COLUMNS.role, message: `Vai trò “${roleText}” không hợp lệ: chọn ${ALL_ROLES.map((x) => ROLE_LABELS[x]).join(", ")}.` });
    if (!text("unitCode")) issues.push({ row: r, column: ACCOUNT_COLUMNS.unitCode, message: "Vui lòng nhập mã đơn vị của tài khoản." });
    const candidate = { username: text("username"), fullName: text("fullName"), email: text("email"), jobTitle: text("jobTitle"), unitId: "placeholder", passwordMode: "generate", password: "", role: role ?? "", roleUnitId: "" };
    const checked = createUserSchema.safeParse(candidate);
    const seen = new Set(issues.filter((i) => i.row === r).map((i) => i.column));
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const column = ACCOUNT_COLUMNS[FIELD_COLUMN[String(issue.path[0])] ?? "username"];
        if (seen.has(column)) continue;
        seen.add(column);
        issues.push({ row: r, column, message: issue.message });
      }
    }
    if (issues.length > before) continue;
    const data = checked.data!;
    if (usernames.has(data.username)) issues.push({ row: r, column: ACCOUNT_COLUMNS.username, message: `Trùng tên đăng nhập với dòng ${usernames.get(data.username)} của tệp.` });
    if (data.email && emails.has(data.email)) issues.push({ row: r, column: ACCOUNT_COLUMNS.email, message: `Trùng e-mail với dòng ${emails.get(data.email)} của tệp.` });
    if (issues.length > before) continue;
    usernames.set(data.username, r);
    if (data.email) emails.set(data.email, r);
    rows.push({ row: r, username: data.username, fullName: data.fullName, email: data.email, jobTitle: data.jobTitle, unitCode: text("unitCode"), role: data.role });
  }
  if (rows.length + issues.length === 0) return { ok: false, message: "Tệp không có dòng tài khoản nào dưới dòng tiêu đề.", issues: [] };

  const db = await getDb();
  const codes = [...new Set(rows.map((r) => r.unitCode))];
  const [units, existing] = await Promise.all([
    db.unit.findMany({ where: { OR: codes.map((c) => ({ code: { equals: c, mode: "insensitive" as const } })) }, select: { id: true, code: true } }),
    db.user.findMany({ where: { username: { in: rows.map((r) => r.username) } }, select: { username: true } }),
  ]);
  const unitByCode = new Map(units.map((u) => [fold(u.code), u.id]));
  for (const r of rows) if (!unitByCode.has(fold(r.unitCode))) issues.push({ row: r.row, column: ACCOUNT_COLUMNS.unitCode, message: `Không tìm thấy đơn vị có mã “${r.unitCode}”.` });
  if (issues.length) return { ok: false, message: `Tệp có ${issues.length} lỗi: chưa tạo tài khoản nào. Sửa các ô được nêu rồi tải lên lại.`, issues: issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };

  const taken = new Set(existing.map((u) => u.username));
  const fresh = rows.filter((r) => !taken.has(r.username));
  // Hash outside the transaction (tens of milliseconds each).
  const prepared = await Promise.all(
    fresh.map(async (r) => {
      const temporaryPassword = generateTemporaryPassword();
      return { r, temporaryPassword, hash: await hashPassword(temporaryPassword) };
    }),
  );
  try {
    await inTransaction(async (tx) => {
      for (const p of prepared) {
        try {
          await createUserInTx(tx, actor, { username: p.r.username, fullName: p.r.fullName, email: p.r.email, jobTitle: p.r.jobTitle, unitId: unitByCode.get(fold(p.r.unitCode))!, role: p.r.role, roleUnitId: "" }, p.hash);
        } catch (err) {
          throw asRowFailure(err, p.r.row, (field) => ACCOUNT_COLUMNS[FIELD_COLUMN[field] ?? "username"]);
        }
      }
    });
  } catch (err) {
    if (err instanceof ImportRowFailure) return { ok: false, message: "Chưa tạo tài khoản nào: một dòng không tạo được.", issues: [err.issue] };
    throw err;
  }
  await db.loginThrottle.deleteMany({ where: { account: { in: prepared.map((p) => accountKey(p.r.username)) } } });
  return {
    ok: true,
    created: prepared.length,
    skippedExisting: rows.length - prepared.length,
    credentials: prepared.map((p) => ({ username: p.r.username, fullName: p.r.fullName, temporaryPassword: p.temporaryPassword })),
  };
}

/** The template: the heading row and the list of roles. */
export async function accountsTemplateXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tài khoản", { views: [{ state: "frozen", ySplit: 2 }] });
  ws.columns = [20, 30, 30, 24, 20, 26].map((width) => ({ width }));
  ws.mergeCells(1, 1, 1, 6);
  ws.getCell(1, 1).value = "DANH SÁCH TÀI KHOẢN – mỗi dòng một tài khoản; Mã đơn vị là mã trên cổng; Vai trò có thể để trống. Mật khẩu tạm do cổng tạo, đổi ở lần đăng nhập đầu.";
  ws.getCell(1, 1).font = { name: "Times New Roman", size: 12, bold: true };
  ws.getCell(1, 1).alignment = { wrapText: true, vertical: "middle" };
  ws.getRow(1).height = 36;
  Object.values(ACCOUNT_COLUMNS).forEach((h, i) => {
    const c = ws.getRow(2).getCell(i + 1);
    c.value = h;
    c.font = { name: "Times New Roman", size: 12, bold: true };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  const lists = wb.addWorksheet("Danh mục", { state: "veryHidden" });
  ALL_ROLES.forEach((r, i) => (lists.getCell(i + 1, 1).value = ROLE_LABELS[r]));
  for (let r = 3; r < 3 + MAX_ACCOUNTS; r++) {
    ws.getCell(r, 6).dataValidation = { type: "list", allowBlank: true, formulae: [`'Danh mục'!$A$1:$A$${ALL_ROLES.length}`], showErrorMessage: true, error: "Chọn vai trò trong danh sách." };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
