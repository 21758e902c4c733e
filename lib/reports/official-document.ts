import type { DocumentIssuerInfo } from "@/lib/documents/nd30/issuer-info";
import { nd30Date, type Nd30Block, type OfficialDocument, type Signer } from "@/lib/documents/nd30/model";
import { INITIATIVE_TYPE_LABELS } from "@/lib/registrations/labels";
import { formatCalendarDate, formatDateTimeVN } from "@/lib/time/vn";
import { PROGRESS_LABELS } from "./labels";
import type { ReportSnapshot } from "./snapshot";

/**
 * A unit's Mẫu 2 with its Đề cương as the unit head signs them (Nghị định 30/2020): the Mẫu 2 table
 * per reform field with its total row last, "XÁC NHẬN CỦA TRƯỞNG ĐƠN VỊ"; then, on a new page, the
 * Đề cương I–V with one part per initiative and its figures. Built from the frozen version (or the
 * live preview of a draft, marked "DỰ THẢO").
 */

const PHASE_TITLES = {
  MIDTERM: "Báo cáo tiến độ thực hiện giải pháp, mô hình, sáng kiến cải cách hành chính đã đăng ký (sơ kết)",
  FINAL: "Báo cáo kết quả hoàn thành giải pháp, mô hình, sáng kiến cải cách hành chính đã đăng ký (tổng kết)",
} as const;

const paragraphs = (text: string, empty = "(Chưa có nội dung)"): Nd30Block[] => {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length ? lines.map((l) => (/^[-–•+]\s*/.test(l) ? { kind: "item", text: l.replace(/^[-–•+]\s*/, "") } : { kind: "para", text: l })) : [{ kind: "para", text: empty, italics: true }];
};

function withoutFirstLine(text: string, line: string): string {
  const [first, ...rest] = text.split("\n");
  return first.trim() === line ? rest.join("\n") : text;
}

export function reportOfficialDocument(s: ReportSnapshot, issuer: DocumentIssuerInfo, o: { draft: boolean; year: number }): OfficialDocument {
  const plan = `(Kèm theo Kế hoạch số ${s.campaign.documentNumber} ngày ${formatCalendarDate(new Date(`${s.campaign.issuedOn}T00:00:00Z`))} của ${s.campaign.issuingUnitName})`;
  const confirmedAt = s.confirmedBy ? new Date(s.confirmedBy.at) : null;
  const signer: Signer = {
    title: "XÁC NHẬN CỦA TRƯỞNG ĐƠN VỊ",
    note: confirmedAt ? `(Đã xác nhận trên cổng lúc ${formatDateTimeVN(confirmedAt)})` : "(Ký, ghi rõ họ tên)",
    name: s.confirmedBy?.name ?? null,
  };
  const parts = (make: (p: ReportSnapshot["parts"][number], i: number) => Nd30Block[]): Nd30Block[] =>
    s.parts.length ? s.parts.flatMap(make) : [{ kind: "para", italics: true, text: "(Đơn vị không có mô hình, giải pháp đã đăng ký được tiếp nhận.)" }];
  const outline: Nd30Block[] = [
    { kind: "centered", text: `Đơn vị: ${s.unit.name}`, bold: true },
    { kind: "heading", text: "I. ĐẶC ĐIỂM TÌNH HÌNH" },
    ...paragraphs(s.sections.situation),
    { kind: "heading", text: "II. THỰC TRẠNG TẠI ĐỊA PHƯƠNG/CƠ QUAN, ĐƠN VỊ" },
    ...paragraphs(s.sections.currentState),
    { kind: "heading", text: "III. TÓM TẮT VỀ MÔ HÌNH, GIẢI PHÁP" },
    ...parts((p, i) => [
      { kind: "para", bold: true, text: `${i + 1}. ${INITIATIVE_TYPE_LABELS[p.type] ?? "Mô hình, giải pháp"}: ${p.content.trim()}` },
      { kind: "para", italics: true, text: `Lĩnh vực: ${p.fieldName}` },
      ...paragraphs(withoutFirstLine(p.summary, `Nội dung: ${p.content.trim()}`)),
    ]),
    { kind: "heading", text: "IV. KẾT QUẢ ĐẠT ĐƯỢC SAU KHI ÁP DỤNG MÔ HÌNH, GIẢI PHÁP" },
    ...parts((p, i) => [
      { kind: "para", bold: true, text: `${i + 1}. ${p.content.trim()}` },
      ...(p.results.trimStart().startsWith("Tiến độ:")
        ? []
        : [{ kind: "para", text: `Tiến độ: ${PROGRESS_LABELS[p.progress]}${p.completedOn ? ` (hoàn thành ngày ${formatCalendarDate(new Date(`${p.completedOn}T00:00:00Z`))})` : ""}.` } satisfies Nd30Block]),
      ...paragraphs(p.results),
      ...(p.evidence.length ? [{ kind: "para", italics: true, text: `Minh chứng: ${p.evidence.map((f) => f.fileName).join("; ")}.` } satisfies Nd30Block] : []),
    ]),
    { kind: "heading", text: "V. ĐÁNH GIÁ CHUNG" },
    { kind: "para", bold: true, text: "1. Ưu điểm" },
    ...paragraphs(s.sections.strengths),
    { kind: "para", bold: true, text: "2. Hạn chế" },
    ...paragraphs(s.sections.limitations),
    { kind: "para", bold: true, text: "3. Bài học kinh nghiệm" },
    ...paragraphs(s.sections.lessons),
    ...(s.evidence.length ? [{ kind: "para", italics: true, text: `Tài liệu đính kèm báo cáo: ${s.evidence.map((f) => f.fileName).join("; ")}.` } satisfies Nd30Block] : []),
  ];
  return {
    parentBody: issuer.parentName,
    issuingBody: issuer.name,
    numberLine: null,
    placeDate: `${issuer.place}, ${nd30Date(confirmedAt, o.year)}`,
    draft: o.draft,
    title: "MẪU 2",
    summary: [PHASE_TITLES[s.phase]],
    subtitle: [plan],
    blocks: [
      {
        kind: "table",
        columns: [
          { title: "Lĩnh vực", width: 44 },
          { title: "Số lượng đăng ký", width: 14, align: "center" },
          { title: "Số lượng hoàn thành", width: 14, align: "center" },
          { title: "Ghi chú", width: 28 },
        ],
        rows: [
          ...s.table.map((r, i) => [
            `${i + 1}. ${r.fieldName}`,
            String(r.registered),
            String(r.completed),
            [r.note, r.completedOverride !== null ? `Số lượng hoàn thành do đơn vị điều chỉnh (theo tiến độ: ${r.computedCompleted})${r.overrideNote ? `: ${r.overrideNote}` : ""}` : ""].filter(Boolean).join("\n"),
          ]),
          ["Tổng cộng", String(s.totals.registered), String(s.totals.completed), ""],
        ],
        boldLastRow: true,
      },
      { kind: "para", italics: true, text: "(Nội dung chi tiết tại Đề cương kèm theo.)" },
    ],
    recipients: [`- ${s.campaign.issuingUnitName} (Bộ phận Cải cách hành chính);`, `- Lưu: ${issuer.symbol || "VT"}.`],
    signer,
    annex: {
      title: ["ĐỀ CƯƠNG", "KẾT QUẢ TRIỂN KHAI ÁP DỤNG MÔ HÌNH, GIẢI PHÁP TRÊN ĐỊA BÀN/CƠ QUAN/ĐƠN VỊ"],
      subtitle: [plan],
      blocks: outline,
      signer,
    },
    meta: { title: `Mẫu 2 và Đề cương – ${s.unit.name}`, creator: issuer.name },
  };
}
