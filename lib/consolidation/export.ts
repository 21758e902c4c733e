import "server-only";
import { streamXlsx } from "@/lib/documents/xlsx-stream";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { LEVEL_LABELS } from "@/lib/registrations/labels";
import { SUBMISSION_STATUS_LABELS } from "@/lib/submissions/statuses";
import { campaignFor } from "./access";
import { addresseeLine, campaignLine, CONSOLIDATED_TITLE, TYPICAL_TITLE } from "./documents";
import { exportFileName } from "./download";
import { CONSOLIDATED_STATUSES, parseInitiativeFilters, SELECTABLE_STATUSES, type InitiativeFilters } from "./filters";
import { consolidatedTotals, hasForwardedInitiatives, iterateInitiatives } from "./queries";
import { CONSOLIDATED_COLUMNS, exportTimeLine, TYPICAL_COLUMNS, writeInitiativesXlsx } from "./xlsx";


function notFoundResponse() {
  return new Response("Không tìm thấy hoặc bạn không có quyền truy cập.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export async function describeFilters(f: InitiativeFilters, fieldName: (id: string) => string | undefined): Promise<string | null> {
  const parts: string[] = [];
  if (f.unitId) {
    const db = await getDb();
    const unit = await db.unit.findUnique({ where: { id: f.unitId }, select: { name: true } });
    parts.push(`đơn vị: ${unit?.name ?? "—"}`);
  }
  if (f.unitQuery) parts.push(`tên đơn vị có “${f.unitQuery}”`);
  if (f.fieldId) parts.push(`lĩnh vực: ${fieldName(f.fieldId) ?? "—"}`);
  if (f.level) parts.push(`cấp: ${LEVEL_LABELS[f.level]}`);
  if (f.status) parts.push(`tình trạng: ${SUBMISSION_STATUS_LABELS[f.status]}`);
  if (f.typicalOnly) parts.push("chỉ mô hình, giải pháp, sáng kiến tiêu biểu");
  if (f.forwardedOnly) parts.push("chỉ nội dung do cấp dưới gửi lên");
  if (f.q) parts.push(`nội dung có “${f.q}”`);
  return parts.length ? `Lọc theo ${parts.join("; ")}` : null;
}

/** Each field keeps its number in the plan ("6. Xây dựng …") even when the list shows only some fields. */
function numbered<T>(totals: T[]): (T & { no: number })[] {
  return totals.map((t, i) => ({ ...t, no: i + 1 }));
}


/** GET …/consolidated/export: the filtered consolidated Mẫu 1, authorised like the page. */
export async function consolidatedExportResponse(campaignId: string, params: URLSearchParams): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Vui lòng đăng nhập.", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  const campaign = await campaignFor(user, campaignId, "read:registration");
  if (!campaign) return notFoundResponse();
  const filters = parseInitiativeFilters(params);
  const [totals, forwarded] = await Promise.all([consolidatedTotals(campaignId, filters, CONSOLIDATED_STATUSES), hasForwardedInitiatives(campaignId)]);
  const filterLine = await describeFilters(filters, (id) => totals.find((t) => t.fieldId === id)?.name);
  return streamXlsx(exportFileName("tong-hop-mau-1", campaign.documentNumber), (out) =>
    writeInitiativesXlsx(out, {
      issuingUnitName: campaign.issuingUnit.name,
      title: CONSOLIDATED_TITLE,
      lines: [campaignLine(campaign), ...(filterLine ? [filterLine] : []), exportTimeLine()],
      // The source column only when something was forwarded up from a lower campaign (else it is always empty).
      columns: forwarded ? CONSOLIDATED_COLUMNS : CONSOLIDATED_COLUMNS.filter((c) => c !== "origin"),
      totals: numbered(totals).filter((t) => !filters.fieldId || t.fieldId === filters.fieldId),
      showEmptyFields: !filters.fieldId,
      rows: iterateInitiatives(campaignId, filters, CONSOLIDATED_STATUSES),
      sheetName: "Tổng hợp Mẫu 1",
    }),
  );
}

/** GET …/typical/export: the list of typical initiatives to send to the level above. */
export async function typicalExportResponse(campaignId: string): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Vui lòng đăng nhập.", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  const campaign = await campaignFor(user, campaignId, "read:registration");
  if (!campaign) return notFoundResponse();
  const filters: InitiativeFilters = { typicalOnly: true };
  const totals = await consolidatedTotals(campaignId, filters, SELECTABLE_STATUSES);
  const addressee = addresseeLine(campaign);
  return streamXlsx(exportFileName("danh-sach-tieu-bieu", campaign.documentNumber), (out) =>
    writeInitiativesXlsx(out, {
      issuingUnitName: campaign.issuingUnit.name,
      title: TYPICAL_TITLE,
      lines: [...(addressee ? [addressee] : []), campaignLine(campaign), exportTimeLine()],
      columns: TYPICAL_COLUMNS,
      totals: numbered(totals),
      showEmptyFields: false,
      rows: iterateInitiatives(campaignId, filters, SELECTABLE_STATUSES),
      sheetName: "Danh sách tiêu biểu",
    }),
  );
}
