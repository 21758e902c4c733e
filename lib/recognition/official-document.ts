import { decisionSigner } from "@/lib/awards/decisions/document";
import { placeOf } from "@/lib/awards/decisions/official";
import type { DocumentIssuerInfo } from "@/lib/documents/nd30/issuer-info";
import { nd30CalendarDate, numberLine, type Nd30Block, type OfficialDocument } from "@/lib/documents/nd30/model";
import { INITIATIVE_TYPE_LABELS } from "@/lib/registrations/labels";

/**
 * The recognition decision (quyết định công nhận mô hình, giải pháp, sáng kiến) as an official
 * document (Nghị định 30/2020), built from the recorded decision and its items: the head of the
 * issuing unit recognises, on the plan and the appraisal, the listed initiatives at the level named;
 * the annex lists them with their unit and authors.
 */

export interface RecognitionDocumentInput {
  number: string;
  signedOn: Date;
  signerName: string;
  signerTitle: string;
  summary: string | null;
  levelLabel: string; // "cấp Sở"
  issuer: DocumentIssuerInfo;
  campaign: { documentNumber: string; title: string; year: number };
  items: { content: string; type: string; unitName: string; ownerNames: string | null }[];
}

export function recognitionOfficialDocument(d: RecognitionDocumentInput): OfficialDocument {
  const org = d.issuer.name;
  const { head, signer } = decisionSigner(d.signerTitle, org, d.signerName);
  const dateLine = nd30CalendarDate(d.signedOn);
  const plan = d.campaign.title.replace(/^kế hoạch\s+/iu, "").trim();
  const summary = d.summary?.trim() || `Về việc công nhận mô hình, giải pháp, sáng kiến cải cách hành chính ${d.levelLabel} năm ${d.campaign.year}`;
  const blocks: Nd30Block[] = [
    { kind: "para", italics: true, text: `Căn cứ Kế hoạch số ${d.campaign.documentNumber} về ${plan.charAt(0).toLocaleLowerCase("vi")}${plan.slice(1)};` },
    { kind: "para", italics: true, text: "Căn cứ kết quả thẩm định mô hình, giải pháp, sáng kiến cải cách hành chính của Ban Chỉ đạo cải cách hành chính;" },
    { kind: "para", italics: true, text: "Xét đề nghị của Bộ phận Cải cách hành chính." },
    { kind: "centered", text: "QUYẾT ĐỊNH:", bold: true },
    { kind: "para", lead: "Điều 1.", text: `Công nhận ${String(d.items.length).padStart(2, "0")} mô hình, giải pháp, sáng kiến cải cách hành chính ${d.levelLabel} (có danh sách kèm theo).` },
    { kind: "para", lead: "Điều 2.", text: "Các đơn vị có mô hình, giải pháp, sáng kiến được công nhận tiếp tục duy trì, hoàn thiện và phối hợp nhân rộng. Quyết định này có hiệu lực kể từ ngày ký." },
    { kind: "para", lead: "Điều 3.", text: "Chánh Văn phòng, Thủ trưởng các đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./." },
  ];
  return {
    parentBody: d.issuer.parentName,
    issuingBody: org,
    numberLine: numberLine("QĐ", d.issuer.symbol, d.number),
    placeDate: `${d.issuer.place !== "……………" ? d.issuer.place : placeOf(org, d.issuer.parentName)}, ${dateLine}`,
    title: "QUYẾT ĐỊNH",
    summary: [summary],
    authority: `${head} ${org}`,
    blocks,
    recipients: ["- Như Điều 3;", "- Ban Chỉ đạo cải cách hành chính;", `- Lưu: VT${d.issuer.symbol ? `, ${d.issuer.symbol}` : ""}.`],
    signer,
    annex: {
      title: ["DANH SÁCH", `MÔ HÌNH, GIẢI PHÁP, SÁNG KIẾN ĐƯỢC CÔNG NHẬN ${d.levelLabel.toLocaleUpperCase("vi")}`],
      subtitle: [`(Kèm theo Quyết định số ${d.number} ${dateLine}`, `của ${head} ${org})`],
      blocks: [
        {
          kind: "table",
          columns: [
            { title: "STT", width: 7, align: "center" },
            { title: "Mô hình, giải pháp, sáng kiến", width: 45 },
            { title: "Loại", width: 12 },
            { title: "Đơn vị", width: 20 },
            { title: "Chủ trì/tác giả", width: 16 },
          ],
          rows: d.items.map((it, i) => [String(i + 1), it.content.trim(), INITIATIVE_TYPE_LABELS[it.type as keyof typeof INITIATIVE_TYPE_LABELS] ?? it.type, it.unitName, it.ownerNames?.trim() || "Tập thể đơn vị"]),
          emptyText: "Quyết định chưa ghi nhận nội dung nào.",
        },
      ],
    },
    meta: { title: `Quyết định số ${d.number} – ${summary}`, creator: org },
  };
}
