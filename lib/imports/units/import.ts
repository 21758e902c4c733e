import "server-only";
import ExcelJS from "exceljs";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { asRowFailure, findHeaderRow, fold, ImportRowFailure, loadWorkbook, TOO_MANY_ROWS, tooManyRows, MAX_SHEET_ROWS, readDataRows, type ImportIssue } from "@/lib/imports/xlsx-read";
import { createUnitInTx, assertUnitAdminSomewhere, lockUnitTree } from "@/lib/units/mutations";
import { createUnitSchema, UNIT_KINDS } from "@/lib/units/schemas";
import { UNIT_KIND_LABELS } from "@/lib/units/tree";

/**
 * "Nhập danh sách đơn vị từ Excel" (administrator): one row per unit with its parent's code; a parent
 * is a unit already in the portal or a row above it in the file. Every row is checked with the form's
 * schema first; then the whole file is created in one transaction through the form's own
 * createUnitInTx (permission on the parent, code free, audit row), or nothing is. A code that already
 * exists is skipped, so importing the same file twice creates nothing the second time.
 */

export const UNIT_COLUMNS = {
  code: "Mã đơn vị",
  name: "Tên đơn vị",
  shortName: "Tên viết tắt",
  documentSymbol: "Ký hiệu văn bản",
  kind: "Loại đơn vị",
  parentCode: "Mã đơn vị cấp trên",
} as const;
type Col = keyof typeof UNIT_COLUMNS;
const REQUIRED: Col[] = ["code", "name", "kind"];

export type UnitImportOutcome = { ok: true; created: number; skippedExisting: number } | { ok: false; message: string; issues: ImportIssue[] };

const KIND_BY_LABEL = new Map<string, (typeof UNIT_KINDS)[number]>(UNIT_KINDS.flatMap((k) => [[fold(UNIT_KIND_LABELS[k]), k] as const, [fold(k), k] as const]));


const FIELD_COLUMN: Record<string, Col> = { code: "code", name: "name", shortName: "shortName", documentSymbol: "documentSymbol", kind: "kind", parentId: "parentCode" };

export async function importUnits(actor: SessionUser, bytes: Buffer): Promise<UnitImportOutcome> {
  assertUnitAdminSomewhere(actor);
  if (await tooManyRows(bytes, MAX_SHEET_ROWS)) return { ok: false, message: TOO_MANY_ROWS, issues: [] };
  const wb = await loadWorkbook(bytes);
  if (!wb) return { ok: false, message: "Tệp không phải là bảng tính Excel (.xlsx) hoặc đã hỏng. Hãy lưu lại dưới dạng .xlsx rồi tải lên.", issues: [] };
  const ws = wb.worksheets.find((w) => w.state !== "hidden" && findHeaderRow<Col>(w, UNIT_COLUMNS, "code"));
  if (!ws) return { ok: false, message: `Không tìm thấy dòng tiêu đề có cột “${UNIT_COLUMNS.code}”. Hãy dùng tệp mẫu tải từ cổng.`, issues: [] };
  if (ws.actualRowCount > MAX_SHEET_ROWS) return { ok: false, message: `Tệp có ${ws.actualRowCount.toLocaleString("vi-VN")} dòng; mỗi lần nhập tối đa ${MAX_SHEET_ROWS.toLocaleString("vi-VN")} đơn vị.`, issues: [] };
  const header = findHeaderRow<Col>(ws, UNIT_COLUMNS, "code")!;
  const issues: ImportIssue[] = [];
  for (const k of REQUIRED) if (!header.columns.has(k)) issues.push({ row: header.rowNo, column: UNIT_COLUMNS[k], message: `Thiếu cột “${UNIT_COLUMNS[k]}”.` });
  for (const u of header.unknown) issues.push({ row: header.rowNo, column: u, message: `Cột “${u}” không có trong danh sách đơn vị: hãy xóa hoặc đổi tên theo tệp mẫu.` });
  if (issues.length) return { ok: false, message: `Tệp có ${issues.length} lỗi: chưa tạo đơn vị nào.`, issues };

  const db = await getDb();
  const rows: { row: number; code: string; name: string; shortName: string; documentSymbol: string; kind: (typeof UNIT_KINDS)[number]; parentCode: string }[] = [];
  const inFile = new Map<string, number>();
  for (const { row: r, text } of readDataRows(ws, header, UNIT_COLUMNS, issues)) {
    const before = issues.length;
    const kindText = text("kind");
    const kind = KIND_BY_LABEL.get(fold(kindText));
    if (kindText && !kind) issues.push({ row: r, column: UNIT_COLUMNS.kind, message: `Loại đơn vị “${kindText}” không hợp lệ: chọn ${UNIT_KINDS.map((k) => UNIT_KIND_LABELS[k]).join(", ")}.` });
    const candidate = { code: text("code"), name: text("name"), shortName: text("shortName"), documentSymbol: text("documentSymbol"), kind: kind ?? (kindText ? "?" : ""), parentId: "" };
    const checked = createUnitSchema.safeParse(candidate);
    if (!checked.success) {
      const seen = new Set(issues.filter((i) => i.row === r).map((i) => i.column));
      for (const issue of checked.error.issues) {
        const column = UNIT_COLUMNS[FIELD_COLUMN[String(issue.path[0])] ?? "code"];
        if (seen.has(column)) continue;
        seen.add(column);
        issues.push({ row: r, column, message: issue.message });
      }
    }
    const key = fold(candidate.code);
    if (candidate.code && inFile.has(key)) issues.push({ row: r, column: UNIT_COLUMNS.code, message: `Trùng mã đơn vị với dòng ${inFile.get(key)} của tệp.` });
    const parentCode = text("parentCode");
    if (parentCode && fold(parentCode) === key) issues.push({ row: r, column: UNIT_COLUMNS.parentCode, message: "Đơn vị không thể là cấp trên của chính nó." });
    if (issues.length > before) continue;
    inFile.set(key, r);
    rows.push({ row: r, code: candidate.code, name: candidate.name, shortName: candidate.shortName, documentSymbol: candidate.documentSymbol, kind: kind!, parentCode });
  }
  if (rows.length + issues.length === 0) return { ok: false, message: "Tệp không có dòng đơn vị nào dưới dòng tiêu đề.", issues: [] };

  // Parents: units already in the portal (by code, any case) or rows above in the file.
  const codes = [...new Set(rows.flatMap((r) => [r.code, r.parentCode]).filter(Boolean))];
  const existing = await db.unit.findMany({ where: { OR: codes.map((c) => ({ code: { equals: c, mode: "insensitive" as const } })) }, select: { id: true, code: true } });
  const existingByCode = new Map(existing.map((u) => [fold(u.code), u.id]));
  for (const r of rows) {
    if (!r.parentCode || existingByCode.has(fold(r.parentCode))) continue;
    const at = inFile.get(fold(r.parentCode));
    if (at === undefined) issues.push({ row: r.row, column: UNIT_COLUMNS.parentCode, message: `Không tìm thấy đơn vị cấp trên có mã “${r.parentCode}” trên cổng hay trong tệp.` });
    else if (at > r.row) issues.push({ row: r.row, column: UNIT_COLUMNS.parentCode, message: `Đơn vị cấp trên “${r.parentCode}” ở dòng ${at}: hãy đặt đơn vị cấp trên lên trước.` });
  }
  if (issues.length) return { ok: false, message: `Tệp có ${issues.length} lỗi: chưa tạo đơn vị nào. Sửa các ô được nêu rồi tải lên lại.`, issues: issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };

  const fresh = rows.filter((r) => !existingByCode.has(fold(r.code)));
  try {
    await inTransaction(async (tx) => {
      await lockUnitTree(tx);
      const ids = new Map(existingByCode);
      for (const r of fresh) {
        try {
          const unit = await createUnitInTx(tx, actor, { code: r.code, name: r.name, shortName: r.shortName, documentSymbol: r.documentSymbol, kind: r.kind, parentId: r.parentCode ? (ids.get(fold(r.parentCode)) ?? "") : "" }, "parentId");
          ids.set(fold(r.code), unit.id);
        } catch (err) {
          throw asRowFailure(err, r.row, (field) => UNIT_COLUMNS[FIELD_COLUMN[field] ?? "code"]);
        }
      }
    });
  } catch (err) {
    if (err instanceof ImportRowFailure) return { ok: false, message: "Chưa tạo đơn vị nào: một dòng không tạo được.", issues: [err.issue] };
    throw err;
  }
  return { ok: true, created: fresh.length, skippedExisting: rows.length - fresh.length };
}

/** The template: the heading row and a list of unit kinds. */
export async function unitsTemplateXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Đơn vị", { views: [{ state: "frozen", ySplit: 2 }] });
  ws.columns = [18, 50, 24, 18, 24, 20].map((width) => ({ width }));
  ws.mergeCells(1, 1, 1, 6);
  ws.getCell(1, 1).value = "DANH SÁCH ĐƠN VỊ – mỗi dòng một đơn vị; đơn vị cấp trên phải có trên cổng hoặc ở dòng phía trên. Không dùng công thức, không gộp ô.";
  ws.getCell(1, 1).font = { name: "Times New Roman", size: 12, bold: true };
  ws.getCell(1, 1).alignment = { wrapText: true, vertical: "middle" };
  ws.getRow(1).height = 36;
  const header = ws.getRow(2);
  Object.values(UNIT_COLUMNS).forEach((h, i) => {
    const c = header.getCell(i + 1);
    c.value = h;
    c.font = { name: "Times New Roman", size: 12, bold: true };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  // The labels hold commas ("Sở, ban, ngành"): the list lives on a hidden sheet, not in the formula.
  const lists = wb.addWorksheet("Danh mục", { state: "veryHidden" });
  UNIT_KINDS.forEach((k, i) => (lists.getCell(i + 1, 1).value = UNIT_KIND_LABELS[k]));
  const kinds = `'Danh mục'!$A$1:$A$${UNIT_KINDS.length}`;
  for (let r = 3; r < 503; r++) ws.getCell(r, 5).dataValidation = { type: "list", allowBlank: true, formulae: [kinds], showErrorMessage: true, error: "Chọn loại đơn vị trong danh sách." };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
