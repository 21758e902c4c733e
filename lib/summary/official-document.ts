import { decisionSigner } from "@/lib/awards/decisions/document";
import { placeOf } from "@/lib/awards/decisions/official";
import { nd30Date, numberLine, type Nd30Block, type OfficialDocument } from "@/lib/documents/nd30/model";
import { formatCalendarDate, formatDateTimeVN, formatDeadline } from "@/lib/time/vn";
import { completedCutoffNote, documentSummary, formatRate, GENERAL_ASSESSMENT_HEADING, SECTION_HEADINGS, type SectionKey } from "./rules";
import type { SummarySnapshot } from "./snapshot";

/**
 * The office's consolidated report (báo cáo sơ kết / tổng kết) as an official document, the same
 * content as the print view (components/summary/summary-document.tsx): sections I–VI with Bảng 1 and
 * its total row last, the reporting of the units, Nơi nhận and the signature, and the per-unit table
 * (Bảng 2) as the appendix.
 */

const n = (x: number) => x.toLocaleString("vi-VN");

const paragraphs = (text: string): Nd30Block[] => {
  const paras = text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return paras.length ? paras.map((p) => ({ kind: "para", text: p })) : [{ kind: "para", italics: true, text: "(Chưa có nội dung.)" }];
};

const heading = (k: SectionKey | string) => ({ kind: "heading", text: (k in SECTION_HEADINGS ? SECTION_HEADINGS[k as SectionKey] : k).toLocaleUpperCase("vi") }) as const;

export function summaryOfficialDocument(s: SummarySnapshot, o: { draft: boolean; symbol: string; year: number }): OfficialDocument {
  const what = s.phase === "MIDTERM" ? "sơ kết" : "tổng kết";
  const t = s.fieldTable.total;
  const r = s.reporting;
  const org = s.campaign.issuingUnitName;
  const names = (list: { unitName: string }[], max = 60) =>
    list.length > max ? `${list.slice(0, max).map((u) => u.unitName).join("; ")} và ${list.length - max} đơn vị khác (xem phụ lục)` : list.map((u) => u.unitName).join("; ");
  const { signer } = decisionSigner(s.campaign.signerTitle, org, s.campaign.signerName);
  const blocks: Nd30Block[] = [
    {
      kind: "para",
      text: `Thực hiện Kế hoạch số ${s.campaign.documentNumber} ngày ${formatCalendarDate(new Date(`${s.campaign.issuedOn}T00:00:00Z`))} của ${org}${
        s.parentCampaign ? ` (triển khai Kế hoạch số ${s.parentCampaign.documentNumber} của ${s.parentCampaign.issuingUnitName})` : ""
      }, ${org} báo cáo ${what} phong trào thi đua như sau:`,
    },
    heading("situation"),
    ...paragraphs(s.sections.situation),
    heading("currentState"),
    ...paragraphs(s.sections.currentState),
    {
      kind: "para",
      text: `Kết quả thực hiện theo từng lĩnh vực như sau (tổng số đăng ký: ${n(t.registered)}; đã hoàn thành: ${n(t.completed)}${t.rate === null ? "" : `, đạt ${formatRate(t.rate)}`}; dừng thực hiện: ${n(s.lists.dropped)}):`,
    },
    { kind: "para", italics: true, bold: true, text: "Bảng 1. Kết quả thực hiện theo lĩnh vực" },
    {
      kind: "table",
      columns: [
        { title: "STT", width: 8, align: "center" },
        { title: "Lĩnh vực", width: 50 },
        { title: "Số lượng đăng ký", width: 14, align: "center" },
        { title: "Số lượng hoàn thành", width: 14, align: "center" },
        { title: "Tỷ lệ hoàn thành", width: 14, align: "center" },
      ],
      rows: [...s.fieldTable.rows.map((x) => [String(x.no), x.name, n(x.registered), n(x.completed), formatRate(x.rate)]), ["", "Tổng cộng", n(t.registered), n(t.completed), formatRate(t.rate)]],
      boldLastRow: true,
    },
    ...(s.unitMilestone ? [{ kind: "para", italics: true, text: completedCutoffNote(s.unitMilestone.dueAt) } satisfies Nd30Block] : []),
    {
      kind: "para",
      text: `Tình hình báo cáo của các đơn vị: ${r.reported}/${r.units} đơn vị đã gửi báo cáo ${what}${s.unitMilestone ? ` (hạn: ${formatDeadline(new Date(s.unitMilestone.dueAt))})` : ""}${
        r.late.length ? `; gửi trễ hạn: ${names(r.late)}` : ""
      }${r.missing.length ? `; chưa gửi: ${names(r.missing)}` : ""}.`,
    },
    heading("highlights"),
    ...paragraphs(s.sections.highlights),
    heading("results"),
    ...paragraphs(s.sections.results),
    heading(GENERAL_ASSESSMENT_HEADING),
    ...(["strengths", "limitations", "lessons"] as const).flatMap((k): Nd30Block[] => [{ kind: "para", bold: true, text: SECTION_HEADINGS[k] }, ...paragraphs(s.sections[k])]),
    heading("proposals"),
    ...paragraphs(s.sections.proposals),
    { kind: "para", text: `Trên đây là báo cáo ${what} phong trào thi đua của ${org}${s.addressee ? `, kính gửi ${s.addressee} tổng hợp` : ""}./.` },
  ];
  return {
    parentBody: s.campaign.issuingUnitParentName,
    issuingBody: org,
    numberLine: numberLine("BC", o.symbol),
    placeDate: `${placeOf(org, s.campaign.issuingUnitParentName)}, ${nd30Date(s.submission ? new Date(s.submission.submittedAt) : null, o.year)}`,
    draft: o.draft,
    title: "BÁO CÁO",
    summary: [documentSummary(s.phase, s.campaign.title)],
    addressee: s.addressee ? [`Kính gửi: ${s.addressee}`] : [],
    blocks,
    recipients: [
      ...(s.addressee ? ["- Như trên;"] : []),
      ...(s.parentCampaign && s.parentCampaign.issuingUnitName !== s.addressee ? [`- ${s.parentCampaign.issuingUnitName};`] : []),
      `- Lãnh đạo ${org};`,
      "- Lưu: VT, Bộ phận CCHC.",
    ],
    signer,
    annex: {
      title: ["PHỤ LỤC"],
      subtitle: [`Kết quả thực hiện theo đơn vị (kèm theo Báo cáo ${what} của ${org})`],
      blocks: [
        { kind: "para", italics: true, bold: true, text: `Bảng 2. Kết quả theo đơn vị (${s.units.length} đơn vị)` },
        {
          kind: "table",
          columns: [
            { title: "STT", width: 7, align: "center" },
            { title: "Đơn vị", width: 37 },
            { title: "Đăng ký", width: 11, align: "center" },
            { title: "Hoàn thành", width: 12, align: "center" },
            { title: "Tỷ lệ", width: 10, align: "center" },
            { title: "Báo cáo của đơn vị", width: 23 },
          ],
          rows: s.units.map((u, i) => [
            String(i + 1),
            `${u.unitName}${u.unitStatus === "CLOSED" ? " (đã ngừng hoạt động)" : ""}`,
            n(u.registered),
            n(u.completed),
            formatRate(u.rate),
            u.reported ? `${u.isLate ? "Nộp trễ hạn" : "Đã nộp"}${u.firstSubmittedAt ? ` (${formatDateTimeVN(new Date(u.firstSubmittedAt))})` : ""}` : "Chưa nộp",
          ]),
        },
      ],
    },
    meta: { title: `Báo cáo ${what} – Kế hoạch số ${s.campaign.documentNumber}`, creator: org },
  };
}
