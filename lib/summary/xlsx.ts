import "server-only";
import { streamXlsx } from "@/lib/documents/xlsx-stream";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { getCurrentUser } from "@/lib/auth/session";
import { documentNumberSlug } from "@/lib/consolidation/download";
import { getDb } from "@/lib/db/client";
import type { ReportPhase } from "@/lib/generated/prisma/enums";
import { PHASE_SLUGS } from "@/lib/reports/labels";
import { INITIATIVE_TYPE_LABELS } from "@/lib/registrations/labels";
import { columnStyles, printableSheetOptions, rowHeightFor, writeSheetHead, XLSX_FONT as FONT } from "@/lib/documents/xlsx-layout";
import { formatDateTimeVN } from "@/lib/time/vn";
import { listPage, type ListKind, type ListRow } from "./figures";
import { getIncomingSummary, getSummaryDocument } from "./queries";
import { documentSummary } from "./rules";
import type { SummarySnapshot } from "./snapshot";

/**
 * XLSX of a consolidated report's tables (exceljs streaming writer, Times New Roman): per field, per
 * unit, the units' reporting, and — for the live figures — the lists of completed and dropped
 * initiatives, read page by page (never all 20,000 rows at once).
 */

const LIST_BATCH = 2_000;

type Cell = string | number | Date | null;
interface Column {
  header: string;
  width: number;
  align?: "left" | "center" | "right";
  numFmt?: string;
}

function titleLines(s: SummarySnapshot): string[] {
  const lines = [`Kế hoạch số ${s.campaign.documentNumber}: ${s.campaign.title}`];
  if (s.addressee) lines.push(`Kính gửi: ${s.addressee}`);
  lines.push(
    s.submission
      ? `Phiên bản ${s.submission.versionNo}, gửi lúc ${formatDateTimeVN(new Date(s.submission.submittedAt))}${s.submission.isLate ? " (trễ hạn)" : ""}`
      : `Số liệu tính đến ${formatDateTimeVN(new Date())} (giờ Việt Nam)`,
  );
  return lines;
}

async function sheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, s: SummarySnapshot, title: string, columns: Column[], rows: AsyncIterable<Cell[][]> | Iterable<Cell[][]>, footer?: Cell[]) {
  const lines = titleLines(s);
  // Unit, title, the campaign and version lines, then the header row: no empty row, no empty column.
  const headerRowNo = 2 + lines.length + 1;
  const ws = wb.addWorksheet(name.slice(0, 31), printableSheetOptions(headerRowNo));
  ws.columns = columns.map((c) => ({ width: c.width }));
  const { addLine, last } = writeSheetHead(ws, columns, [
    { text: s.campaign.issuingUnitName.toUpperCase(), bold: true, align: "left" },
    { text: title, bold: true, size: 14 },
    ...lines.map((text) => ({ text, italic: true })),
  ]);
  const styles = columnStyles(columns);
  let n = 0;
  for await (const batch of rows) {
    for (const values of batch) {
      n++;
      const row = ws.addRow(values);
      for (let i = 0; i < columns.length; i++) row.getCell(i + 1).style = styles[i];
      row.height = rowHeightFor(values.map((v, i) => ({ text: v instanceof Date ? "dd/mm/yyyy" : String(v ?? ""), width: columns[i].width })));
      row.commit();
    }
  }
  ws.autoFilter = `A${headerRowNo}:${last}${headerRowNo}`;
  if (footer) {
    const row = ws.addRow(footer);
    for (let i = 0; i < columns.length; i++) row.getCell(i + 1).style = { ...styles[i], font: { name: FONT, size: 12, bold: true } };
    row.height = rowHeightFor(footer.map((v, i) => ({ text: String(v ?? ""), width: columns[i].width })));
    row.commit();
  }
  if (n === 0 && !footer) addLine({ text: "Không có dữ liệu.", italic: true, align: "left" });
  ws.commit();
}

/** A Date whose UTC fields read as the Vietnam wall-clock time of `d` (UTC+7, no daylight saving). */
const vnWallClock = (d: Date) => new Date(d.getTime() + 7 * 3_600_000);

const REPORT_STATE = (u: SummarySnapshot["units"][number]) => (u.reported ? (u.isLate ? "Nộp trễ hạn" : "Đã nộp") : "Chưa nộp");

async function* listBatches(campaignId: string, kind: ListKind): AsyncGenerator<Cell[][]> {
  const db = await getDb();
  let offset = 0;
  let stt = 0;
  for (;;) {
    const rows: ListRow[] = await listPage(db, campaignId, kind, undefined, { limit: LIST_BATCH, offset });
    if (!rows.length) return;
    yield rows.map((r) => [
      ++stt,
      r.fieldName,
      r.unitName,
      r.content,
      INITIATIVE_TYPE_LABELS[r.type] ?? r.type,
      // A real date (sorts and filters as one), shown dd/mm/yyyy.
      kind === "COMPLETED" ? (r.completedOn ? new Date(`${r.completedOn}T00:00:00Z`) : "") : (r.droppedReason ?? ""),
    ]);
    if (rows.length < LIST_BATCH) return;
    offset += LIST_BATCH;
  }
}

export async function writeSummaryXlsx(out: Writable, s: SummarySnapshot, withLists: boolean) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = "Cổng thi đua cải cách hành chính";
  const title = `BÁO CÁO ${documentSummary(s.phase, s.campaign.title).toUpperCase()}`;
  const t = s.fieldTable;
  await sheet(
    wb,
    "Theo lĩnh vực",
    s,
    title,
    [
      { header: "STT", width: 6, align: "center" },
      { header: "Lĩnh vực", width: 50 },
      { header: "Số lượng đăng ký", width: 14, align: "right" },
      { header: "Số lượng hoàn thành", width: 14, align: "right" },
      { header: "Tỷ lệ hoàn thành", width: 12, align: "right", numFmt: "0.0%" },
    ],
    [t.rows.map((r) => [r.no, r.name, r.registered, r.completed, r.rate])],
    ["", "Tổng cộng", t.total.registered, t.total.completed, t.total.rate],
  );
  await sheet(
    wb,
    "Theo đơn vị",
    s,
    "KẾT QUẢ THEO ĐƠN VỊ",
    [
      { header: "STT", width: 6, align: "center" },
      { header: "Đơn vị", width: 45 },
      { header: "Số lượng đăng ký", width: 14, align: "right" },
      { header: "Số lượng hoàn thành", width: 14, align: "right" },
      { header: "Tỷ lệ hoàn thành", width: 12, align: "right", numFmt: "0.0%" },
      { header: "Báo cáo của đơn vị", width: 16 },
      { header: "Ghi chú", width: 30 },
    ],
    [
      s.units.map((u, i) => [
        i + 1,
        u.unitName,
        u.registered,
        u.completed,
        u.rate,
        REPORT_STATE(u),
        u.overrides ? `Đơn vị điều chỉnh số lượng hoàn thành ở ${u.overrides} lĩnh vực` : "",
      ]),
    ],
    ["", "Tổng cộng", t.total.registered, t.total.completed, t.total.rate, `${s.reporting.reported}/${s.reporting.units} đã nộp`, ""],
  );
  if (withLists) {
    const listCols = (last: string): Column[] => [
      { header: "STT", width: 6, align: "center" },
      { header: "Lĩnh vực", width: 28 },
      { header: "Đơn vị", width: 30 },
      { header: "Nội dung", width: 60 },
      { header: "Loại", width: 13 },
      last === "Ngày hoàn thành" ? { header: last, width: 15, align: "center", numFmt: "dd/mm/yyyy" } : { header: last, width: 40 },
    ];
    await sheet(wb, "Đã hoàn thành", s, "MÔ HÌNH, GIẢI PHÁP, SÁNG KIẾN ĐÃ HOÀN THÀNH", listCols("Ngày hoàn thành"), listBatches(s.campaign.id, "COMPLETED"));
    await sheet(wb, "Dừng thực hiện", s, "MÔ HÌNH, GIẢI PHÁP, SÁNG KIẾN DỪNG THỰC HIỆN", listCols("Lý do"), listBatches(s.campaign.id, "DROPPED"));
  }
  await sheet(
    wb,
    "Tình hình nộp báo cáo",
    s,
    "ĐƠN VỊ NỘP BÁO CÁO TRỄ HẠN, CHƯA NỘP BÁO CÁO",
    [
      { header: "STT", width: 6, align: "center" },
      { header: "Đơn vị", width: 50 },
      { header: "Tình trạng", width: 16 },
      { header: "Nộp lần đầu", width: 18, align: "center", numFmt: "dd/mm/yyyy hh:mm" },
    ],
    [
      [
        // Excel has no time zones: the instant is written as its Vietnam wall-clock time.
        ...s.reporting.late.map((u) => ["", u.unitName, "Nộp trễ hạn", u.firstSubmittedAt ? vnWallClock(new Date(u.firstSubmittedAt)) : ""] as Cell[]),
        ...s.reporting.missing.map((u) => ["", u.unitName, "Chưa nộp", ""] as Cell[]),
      ].map((r, i) => [i + 1, ...r.slice(1)]),
    ],
  );
  await wb.commit();
}

function notFoundResponse() {
  return new Response("Không tìm thấy hoặc bạn không có quyền truy cập.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}


function fileName(s: SummarySnapshot) {
  return `bao-cao-${PHASE_SLUGS[s.phase]}-${documentNumberSlug(s.campaign.documentNumber)}${s.submission ? `-v${s.submission.versionNo}` : ""}.xlsx`;
}

function versionParam(params: URLSearchParams): number | undefined {
  const v = params.get("v");
  if (!v) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) && n > 0 ? n : -1;
}

/** GET /campaigns/[id]/summary/[phase]/export[?v=n]: the live figures, or a submitted version's. */
export async function summaryExportResponse(campaignId: string, phase: ReportPhase, params: URLSearchParams): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Vui lòng đăng nhập.", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  const v = versionParam(params);
  if (v === -1) return notFoundResponse();
  const doc = await getSummaryDocument(user, campaignId, phase, v);
  if (!doc) return notFoundResponse();
  return streamXlsx(fileName(doc.snapshot), (out) => writeSummaryXlsx(out, doc.snapshot, doc.live));
}

/** GET /campaigns/[parentId]/incoming/[summaryId]/export[?v=n]: a version sent up, for the parent's office. */
export async function incomingExportResponse(parentId: string, summaryReportId: string, params: URLSearchParams): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Vui lòng đăng nhập.", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  const v = versionParam(params);
  if (v === -1) return notFoundResponse();
  const view = await getIncomingSummary(user, parentId, summaryReportId, v);
  if (!view?.selected) return notFoundResponse();
  return streamXlsx(fileName(view.selected.snapshot), (out) => writeSummaryXlsx(out, view.selected!.snapshot, false));
}
