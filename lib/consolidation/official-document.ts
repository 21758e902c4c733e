import { decisionSigner } from "@/lib/awards/decisions/document";
import type { DocumentIssuerInfo } from "@/lib/documents/nd30/issuer-info";
import { nd30Date, numberLine, type OfficialDocument, type TableRowData } from "@/lib/documents/nd30/model";
import { INITIATIVE_TYPE_LABELS, LEVEL_LABELS, ownerLabel } from "@/lib/registrations/labels";
import { formatCalendarDate } from "@/lib/time/vn";
import { CONSOLIDATED_TITLE, TYPICAL_TITLE } from "./documents";
import type { ConsolidatedRow, FieldTotal } from "./queries";

/**
 * The consolidated Mẫu 1 and the list of typical initiatives sent up, as the office's report signed by
 * the head of the issuing unit (Nghị định 30/2020): the number with the unit's symbol, "Kính gửi" the
 * level above when the campaign answers one, a landscape table with every Mẫu 1 column grouped by
 * reform field (a field's heading keeps with its first row), the filters applied, Nơi nhận and the
 * signature.
 */

export const DOCUMENT_ROW_LIMIT = 3000;

export interface InitiativeListDocumentInput {
  kind: "consolidated" | "typical";
  issuer: DocumentIssuerInfo;
  campaign: { documentNumber: string; title: string; year: number; signerName: string; signerTitle: string; sendUpTo: string | null };
  totals: (FieldTotal & { no: number })[];
  rows: ConsolidatedRow[];
  /** "Lọc theo …" of the consolidated list, printed under the summary. */
  filterLine: string | null;
  showOrigin: boolean;
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);

export function initiativeListOfficialDocument(d: InitiativeListDocumentInput): OfficialDocument {
  const typical = d.kind === "typical";
  const { signer } = decisionSigner(d.campaign.signerTitle, d.issuer.name, d.campaign.signerName);
  const table: TableRowData[] = [];
  let n = 0;
  for (const t of d.totals) {
    const rows = d.rows.filter((r) => r.fieldId === t.fieldId);
    if (rows.length === 0 && (typical || d.filterLine)) continue;
    table.push({ group: `${t.no}. ${t.name} (${rows.length})` });
    for (const r of rows) {
      n += 1;
      table.push([
        String(n),
        d.showOrigin && r.forwardedFromId ? `${r.unitName}\n(nguồn: ${r.originUnitName ?? "cấp dưới"})` : r.unitName,
        r.content.trim(),
        INITIATIVE_TYPE_LABELS[r.type] ?? r.type,
        ownerLabel(r.ownerType, r.ownerNames),
        LEVEL_LABELS[r.level] ?? r.level,
        formatCalendarDate(new Date(`${r.expectedCompletion}T00:00:00Z`)),
        [r.note?.trim(), !typical && r.isTypical ? "Tiêu biểu" : ""].filter(Boolean).join("\n"),
      ]);
    }
  }
  const title = typical ? TYPICAL_TITLE : CONSOLIDATED_TITLE;
  return {
    parentBody: d.issuer.parentName,
    issuingBody: d.issuer.name,
    numberLine: numberLine("BC", d.issuer.symbol),
    placeDate: `${d.issuer.place}, ${nd30Date(null, d.campaign.year)}`,
    title: "BÁO CÁO",
    summary: [`${title.charAt(0)}${title.slice(1).toLocaleLowerCase("vi")}`, `năm ${d.campaign.year}`],
    subtitle: [`(Kèm theo Kế hoạch số ${d.campaign.documentNumber})`, ...(d.filterLine ? [`(${d.filterLine})`] : [])],
    addressee: typical && d.campaign.sendUpTo ? [`Kính gửi: ${d.campaign.sendUpTo}`] : [],
    blocks: [
      {
        kind: "para",
        text: typical
          ? `Thực hiện Kế hoạch số ${d.campaign.documentNumber} về ${lowerFirst(d.campaign.title.replace(/^kế hoạch\s+/iu, ""))}, ${d.issuer.name} báo cáo danh sách ${n} mô hình, giải pháp, sáng kiến tiêu biểu về cải cách hành chính như sau:`
          : `Thực hiện Kế hoạch số ${d.campaign.documentNumber} về ${lowerFirst(d.campaign.title.replace(/^kế hoạch\s+/iu, ""))}, ${d.issuer.name} tổng hợp ${n} mô hình, giải pháp, sáng kiến các đơn vị đã đăng ký (Mẫu 1) như sau:`,
      },
      {
        kind: "table",
        columns: [
          { title: "STT", width: 5, align: "center" },
          { title: "Đơn vị", width: 15 },
          { title: "Nội dung đăng ký", width: 34 },
          { title: "Loại", width: 9 },
          { title: "Chủ trì/tác giả", width: 13 },
          { title: "Cấp đăng ký", width: 9, align: "center" },
          { title: "Dự kiến tiến độ hoàn thành", width: 10, align: "center" },
          { title: "Ghi chú", width: 12 },
        ],
        rows: table,
        emptyText: typical ? "Chưa chọn mô hình, giải pháp, sáng kiến tiêu biểu nào." : "Không có mô hình, giải pháp, sáng kiến nào phù hợp.",
      },
      {
        kind: "para",
        text: typical
          ? `Kính gửi ${d.campaign.sendUpTo ?? "cấp trên"} xem xét, tổng hợp./.`
          : `Trên đây là tổng hợp đăng ký mô hình, giải pháp, sáng kiến cải cách hành chính của các đơn vị./.`,
      },
    ],
    recipients: [...(typical && d.campaign.sendUpTo ? ["- Như trên;"] : []), "- Lãnh đạo đơn vị;", `- Lưu: VT${d.issuer.symbol ? `, ${d.issuer.symbol}` : ""}.`],
    signer,
    orientation: "landscape",
    meta: { title: `${title} – Kế hoạch số ${d.campaign.documentNumber}`, creator: d.issuer.name },
  };
}
