import "server-only";
import ExcelJS from "exceljs";
import { INITIATIVE_TYPE_LABELS, LEVEL_LABELS } from "@/lib/registrations/labels";
import { MAU1_COLUMNS, OWNER_UNIT_LABEL } from "./parse";

/**
 * The Mẫu 1 template a unit fills in Excel: the plan and the unit above the table, one heading row,
 * drop-down lists for the field, the type and the level (from a hidden "Danh mục" sheet), a date
 * check on the expected completion within the plan's period.
 */

const FONT = "Times New Roman";
const thin = { style: "thin" as const, color: { argb: "FF808080" } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
const ROWS = 300;

export interface TemplateInput {
  campaign: { documentNumber: string; title: string; startsOn: Date; endsOn: Date; levels: ("CITY" | "DEPARTMENT")[] };
  /** Null: a template for any unit of the plan (the office entering forms received on paper). */
  unitName: string | null;
  fields: { name: string }[];
}

const dmy = (d: Date) => `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;

export async function mau1TemplateXlsx(t: TemplateInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Cổng thi đua cải cách hành chính";
  const ws = wb.addWorksheet("Mẫu 1", {
    views: [{ state: "frozen", ySplit: 4 }],
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "4:4" },
  });
  const lists = wb.addWorksheet("Danh mục", { state: "veryHidden" });
  const fieldNames = t.fields.map((f, i) => `${i + 1}. ${f.name}`);
  const types = Object.values(INITIATIVE_TYPE_LABELS);
  const levels = t.campaign.levels.map((l) => LEVEL_LABELS[l]);
  fieldNames.forEach((n, i) => (lists.getCell(i + 1, 1).value = n));
  types.forEach((n, i) => (lists.getCell(i + 1, 2).value = n));
  levels.forEach((n, i) => (lists.getCell(i + 1, 3).value = n));

  const widths = [40, 60, 14, 26, 16, 16, 30];
  ws.columns = widths.map((width) => ({ width }));
  const headers = [MAU1_COLUMNS.field, MAU1_COLUMNS.content, MAU1_COLUMNS.type, MAU1_COLUMNS.owner, MAU1_COLUMNS.level, MAU1_COLUMNS.expected, MAU1_COLUMNS.note];
  const line = (r: number, text: string, o: { bold?: boolean; italic?: boolean; size?: number; height: number }) => {
    ws.mergeCells(r, 1, r, headers.length);
    const c = ws.getCell(r, 1);
    c.value = text;
    c.font = { name: FONT, size: o.size ?? 12, bold: o.bold, italic: o.italic };
    c.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    ws.getRow(r).height = o.height;
  };
  line(1, `MẪU 1 – ĐĂNG KÝ THI ĐUA CẢI CÁCH HÀNH CHÍNH${t.unitName ? ` – ${t.unitName.toLocaleUpperCase("vi")}` : ""}`, { bold: true, size: 14, height: 22 });
  line(2, `Kế hoạch số ${t.campaign.documentNumber}: ${t.campaign.title}`, { italic: true, height: 34 });
  line(
    3,
    `Mỗi dòng một nội dung. Chọn Lĩnh vực, Loại, Cấp đăng ký trong danh sách; Chủ trì để trống hoặc “${OWNER_UNIT_LABEL}” nếu do tập thể đơn vị, ngược lại ghi họ tên; ngày dự kiến hoàn thành từ ${dmy(t.campaign.startsOn)} đến ${dmy(t.campaign.endsOn)}. Không dùng công thức, không gộp ô. Tải lên nhiều lần không tạo trùng nội dung đã có.`,
    { italic: true, size: 11, height: 46 },
  );
  const header = ws.getRow(4);
  headers.forEach((h, i) => {
    const c = header.getCell(i + 1);
    c.value = h;
    c.font = { name: FONT, size: 12, bold: true };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    c.border = BORDER;
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
  });
  header.height = 32;
  const list = (col: number, n: number) => `'Danh mục'!$${String.fromCharCode(64 + col)}$1:$${String.fromCharCode(64 + col)}$${Math.max(1, n)}`;
  for (let r = 5; r < 5 + ROWS; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= headers.length; c++) {
      const cell = row.getCell(c);
      cell.font = { name: FONT, size: 12 };
      cell.border = BORDER;
      cell.alignment = { vertical: "top", wrapText: true };
    }
    row.getCell(1).dataValidation = { type: "list", allowBlank: true, formulae: [list(1, fieldNames.length)], showErrorMessage: true, errorTitle: "Lĩnh vực", error: "Chọn lĩnh vực trong danh sách." };
    row.getCell(3).dataValidation = { type: "list", allowBlank: true, formulae: [list(2, types.length)], showErrorMessage: true, errorTitle: "Loại", error: "Chọn loại trong danh sách." };
    row.getCell(5).dataValidation = { type: "list", allowBlank: true, formulae: [list(3, levels.length)], showErrorMessage: true, errorTitle: "Cấp đăng ký", error: "Chọn cấp đăng ký trong danh sách." };
    row.getCell(6).numFmt = "dd/mm/yyyy";
    row.getCell(6).dataValidation = {
      type: "date",
      operator: "between",
      allowBlank: true,
      formulae: [t.campaign.startsOn, t.campaign.endsOn],
      showErrorMessage: true,
      errorTitle: "Ngày dự kiến hoàn thành",
      error: `Nhập ngày trong thời gian của kế hoạch (${dmy(t.campaign.startsOn)} – ${dmy(t.campaign.endsOn)}).`,
    };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
