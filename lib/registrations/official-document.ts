import type { DocumentIssuerInfo } from "@/lib/documents/nd30/issuer-info";
import { nd30Date, type OfficialDocument, type TableRowData } from "@/lib/documents/nd30/model";
import { formatCalendarDate, formatDateTimeVN } from "@/lib/time/vn";
import { INITIATIVE_TYPE_LABELS, LEVEL_LABELS, ownerLabel } from "./labels";

/**
 * A unit's Mẫu 1 (đăng ký thi đua) as the unit head signs it (Nghị định 30/2020): the unit under its
 * parent, "ĐĂNG KÝ THI ĐUA CẢI CÁCH HÀNH CHÍNH" with the plan it answers, one block per reform field
 * (empty fields too, as on the paper form) with the content, the level (cấp Thành phố / cấp Sở), the
 * expected completion and the note, and "XÁC NHẬN CỦA TRƯỞNG ĐƠN VỊ".
 */

export interface RegistrationDocumentInput {
  issuer: DocumentIssuerInfo;
  campaign: { documentNumber: string; title: string; issuingUnitName: string; year: number };
  /** The individual, for an individual's registration. */
  ownerName: string | null;
  fields: { id: string; name: string }[];
  rows: { fieldId: string; content: string; type: string; ownerType: string; ownerNames: string | null; expectedCompletion: string; note: string | null; level: string }[];
  submittedAt: Date | null;
  draft: boolean;
}

export function registrationOfficialDocument(r: RegistrationDocumentInput): OfficialDocument {
  const table: TableRowData[] = [];
  let n = 0;
  r.fields.forEach((f, i) => {
    table.push({ group: `${i + 1}. ${f.name}` });
    for (const row of r.rows.filter((x) => x.fieldId === f.id)) {
      n += 1;
      const who = ownerLabel(row.ownerType, row.ownerNames);
      table.push([
        String(n),
        `${row.content.trim()}\n(${INITIATIVE_TYPE_LABELS[row.type as keyof typeof INITIATIVE_TYPE_LABELS] ?? row.type}${who ? `; chủ trì: ${who}` : ""})`,
        LEVEL_LABELS[row.level as keyof typeof LEVEL_LABELS] ?? row.level,
        formatCalendarDate(new Date(`${row.expectedCompletion}T00:00:00Z`)),
        row.note?.trim() ?? "",
      ]);
    }
  });
  const levels = [...new Set(r.rows.map((x) => LEVEL_LABELS[x.level as keyof typeof LEVEL_LABELS] ?? x.level))];
  return {
    parentBody: r.issuer.parentName,
    issuingBody: r.issuer.name,
    numberLine: null,
    placeDate: `${r.issuer.place}, ${nd30Date(r.submittedAt, r.campaign.year)}`,
    draft: r.draft,
    title: "MẪU 1",
    summary: ["ĐĂNG KÝ THI ĐUA CẢI CÁCH HÀNH CHÍNH", ...(levels.length ? [`(Đăng ký thi đua ${levels.map((l) => l.charAt(0).toLocaleLowerCase("vi") + l.slice(1)).join(", ")})`] : [])],
    subtitle: [`(Kèm theo Kế hoạch số ${r.campaign.documentNumber} của ${r.campaign.issuingUnitName})`],
    blocks: [
      ...(r.ownerName ? [{ kind: "para", text: `Cá nhân đăng ký: ${r.ownerName}, ${r.issuer.name}.` } as const] : []),
      {
        kind: "table",
        columns: [
          { title: "STT", width: 8, align: "center" },
          { title: "Nội dung đăng ký", width: 44 },
          { title: "Cấp đăng ký", width: 14, align: "center" },
          { title: "Dự kiến tiến độ hoàn thành", width: 16, align: "center" },
          { title: "Ghi chú", width: 18 },
        ],
        rows: table,
      },
      { kind: "para", italics: true, text: `Tổng số: ${n} mô hình, giải pháp, sáng kiến đăng ký.` },
    ],
    recipients: [`- ${r.campaign.issuingUnitName} (Bộ phận Cải cách hành chính);`, `- Lưu: ${r.issuer.symbol || "VT"}.`],
    signer: {
      title: "XÁC NHẬN CỦA TRƯỞNG ĐƠN VỊ",
      note: r.submittedAt ? `(Đã nộp trên cổng lúc ${formatDateTimeVN(r.submittedAt)})` : "(Ký, ghi rõ họ tên)",
      name: null,
    },
    meta: { title: `Mẫu 1 – ${r.issuer.name} – Kế hoạch số ${r.campaign.documentNumber}`, creator: r.issuer.name },
  };
}
