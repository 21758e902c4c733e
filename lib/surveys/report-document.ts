import type { Nd30Block, OfficialDocument } from "@/lib/documents/nd30/model";

/**
 * The round's report (báo cáo kết quả khảo sát) as an official document (Nghị định 30/2020): the
 * findings, the assessment, the proposals with their table, Nơi nhận and the leader's signature.
 */
export interface SurveyReportModel {
  parentName: string | null;
  bodyName: string;
  numberLine: string;
  placeDate: string;
  subtitle: string;
  summary: string;
  assessment: string;
  proposalsText: string;
  proposals: { content: string; unitName: string; proposal: string }[];
  recipients: string[];
  signerTitle: string;
  signerName: string;
  draft: boolean;
}

const paragraphs = (text: string): Nd30Block[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => ({ kind: "para", text: l }));

export function surveyReportOfficialDocument(m: SurveyReportModel): OfficialDocument {
  return {
    parentBody: m.parentName,
    issuingBody: m.bodyName,
    numberLine: m.numberLine,
    placeDate: m.placeDate,
    draft: m.draft,
    title: "BÁO CÁO",
    summary: [m.subtitle],
    blocks: [
      { kind: "heading", text: "I. KẾT QUẢ KHẢO SÁT" },
      ...paragraphs(m.summary),
      { kind: "heading", text: "II. ĐÁNH GIÁ CHUNG" },
      ...paragraphs(m.assessment),
      { kind: "heading", text: "III. ĐỀ XUẤT, KIẾN NGHỊ" },
      ...paragraphs(m.proposalsText),
      ...(m.proposals.length
        ? [
            {
              kind: "table",
              columns: [
                { title: "STT", width: 8, align: "center" },
                { title: "Mô hình, giải pháp, sáng kiến", width: 44 },
                { title: "Đơn vị", width: 24 },
                { title: "Đề xuất", width: 24 },
              ],
              rows: m.proposals.map((p, i) => [String(i + 1), p.content, p.unitName, p.proposal]),
            } satisfies Nd30Block,
          ]
        : []),
    ],
    recipients: m.recipients.map((r, i, all) => `- ${r.replace(/[;.]+$/, "")}${i === all.length - 1 ? "." : ";"}`),
    signer: { title: m.signerTitle.toLocaleUpperCase("vi"), note: "(Ký, ghi rõ họ tên)", name: m.signerName },
    meta: { title: `Báo cáo kết quả khảo sát – ${m.subtitle}`, creator: m.bodyName },
  };
}
