import { awardLegalGrounds } from "@/lib/awards/decisions/official";
import { numberLine } from "@/lib/documents/nd30/model";
import { formatFigure } from "@/lib/reports/rules";
import { INITIATIVE_TYPE_LABELS } from "@/lib/registrations/labels";
import { PROGRESS_LABELS } from "@/lib/reports/labels";
import { formatCalendarDate } from "@/lib/time/vn";
import { RATING_LABELS, type CriterionResult, type PortalFacts, type Rating } from "../criteria";
import type { NomineeInitiative } from "../facts";

/**
 * The text of the three dossier documents the portal drafts (pure: tested without Word). The .docx
 * layout is lib/awards/dossier-drafts.ts. Blanks ("……") are left for what only the unit knows: the
 * number, the day, the meeting's attendance and votes, the signatures.
 */

export type DraftKind = "PROPOSAL_LETTER" | "MEETING_MINUTES" | "ACHIEVEMENT_REPORT";

export interface DraftModel {
  /** The organisation above the proposing unit in the header (the campaign's issuing unit, or its parent). */
  parentBodyName: string;
  unitName: string;
  /** Short symbol for the number line (e.g. "QHKV1"); blank when unknown. */
  unitSymbol: string;
  /** The organisation whose council considers the proposal (the campaign's issuing unit). */
  organisationName: string;
  campaign: { documentNumber: string; title: string; year: number };
  place: string;
  nominee: { type: "COLLECTIVE" | "INDIVIDUAL" | "CITIZEN"; name: string; detail: string | null; isBusiness: boolean; unitName: string | null };
  awardForm: { name: string; organisationName: string; withinAuthority: boolean };
  achievements: string;
  declaredRating: Rating | null;
  declaredNoDiscipline: boolean | null;
  criteria: CriterionResult[];
  facts: PortalFacts | null;
  initiatives: NomineeInitiative[];
  /** Issue 14: a citizen's or business's idea accepted into the campaign, evidence of the nomination. */
  publicIdea?: { title: string; accepted: boolean; campaignNumber: string } | null;
}

export type DraftBlock =
  | { type: "heading"; text: string }
  | { type: "para"; text: string; italics?: boolean; bold?: boolean }
  | { type: "item"; text: string }
  | { type: "centered"; text: string; bold?: boolean; italics?: boolean };

export interface DraftDocument {
  parentBody: string;
  issuingBody: string;
  numberLine: string;
  placeAndDate: string;
  title: string;
  subtitle: string[];
  addressee: string | null;
  blocks: DraftBlock[];
  recipients: string[];
  signer: { title: string; note: string; name: string | null };
  leftSigner: { title: string; note: string; name: string | null } | null;
  fileName: string;
}

const BLANK = "……………";
const verdict = (met: boolean | null) => (met === true ? "Đạt" : met === false ? "Không đạt" : "Chưa xác định");

function nomineeLabel(n: DraftModel["nominee"]): string {
  if (n.type === "COLLECTIVE") return "Tập thể";
  if (n.type === "INDIVIDUAL") return "Cá nhân";
  return n.isBusiness ? "Doanh nghiệp" : "Cá nhân (người dân)";
}

/** "Ông/Bà Nguyễn Văn A, Chuyên viên, Phòng QHKV1" / "Phòng Quy hoạch khu vực 1" / "Công ty X, địa chỉ …". */
export function nomineeLine(n: DraftModel["nominee"]): string {
  const parts = [n.name];
  if (n.detail) parts.push(n.detail);
  if (n.type === "INDIVIDUAL" && n.unitName) parts.push(n.unitName);
  return `${nomineeLabel(n)}: ${parts.join(", ")}`;
}

function achievementParas(text: string): DraftBlock[] {
  const lines = text
    .replace(/\r\n/g, "\n")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0) return [{ type: "para", text: BLANK }];
  return lines.map((l) => (/^[-–•+]\s*/.test(l) ? { type: "item", text: l.replace(/^[-–•+]\s*/, "") } : { type: "para", text: l }));
}

function criteriaItems(criteria: CriterionResult[]): DraftBlock[] {
  if (criteria.length === 0) return [{ type: "item", text: "Hình thức khen thưởng chưa quy định tiêu chí." }];
  return criteria.map((c) => ({ type: "item", text: criterionLine(c) }));
}

/** "Không bị kỷ luật trong năm (bắt buộc): Đạt. Theo số liệu …." without doubled punctuation. */
export function criterionLine(c: Pick<CriterionResult, "content" | "hard" | "met" | "basis">): string {
  const content = c.content.trim().replace(/[\s.;:,]+$/u, "");
  const basis = c.basis.trim().replace(/[\s.;:,]+$/u, "");
  const sentence = basis ? ` ${basis.charAt(0).toLocaleUpperCase("vi")}${basis.slice(1)}.` : "";
  return `${content}${c.hard ? " (bắt buộc)" : ""}: ${verdict(c.met)}.${sentence}`;
}

/** " (cấp Thành phố: 1; QĐ số … ngày …)" when the facts carry the decisions. */
function recognitionRefs(f: PortalFacts): string {
  const r = f.recognition;
  if (!r || r.decisions.length === 0) return "";
  return ` (cấp Thành phố: ${r.city}; ${r.decisions.map((d) => `QĐ số ${d.number} ngày ${d.signedOn}`).join("; ")})`;
}

function factsItems(f: PortalFacts | null): DraftBlock[] {
  if (!f) return [{ type: "item", text: "Cổng không có dữ liệu về đối tượng này (người dân, doanh nghiệp)." }];
  return [
    { type: "item", text: `Số mô hình, giải pháp, sáng kiến đăng ký (Mẫu 1 được tiếp nhận): ${f.initiativesRegistered}` },
    { type: "item", text: `Số đã hoàn thành: ${f.initiativesCompleted}; được công nhận bằng quyết định: ${f.initiativesRecognised}${recognitionRefs(f)}` },
    {
      type: "item",
      text: `Báo cáo sơ kết, tổng kết đã gửi: ${f.reportsSubmitted}${f.reportsLate ? `, trong đó ${f.reportsLate} nộp trễ hạn` : ""}${f.reportsMissing ? `; ${f.reportsMissing} báo cáo quá hạn chưa gửi` : ""}`,
    },
  ];
}

function initiativeItems(list: NomineeInitiative[]): DraftBlock[] {
  if (list.length === 0) return [{ type: "item", text: "Chưa có mô hình, giải pháp, sáng kiến trong Mẫu 1 được tiếp nhận." }];
  const out: DraftBlock[] = [];
  for (const i of list) {
    let head = `${INITIATIVE_TYPE_LABELS[i.type]}: ${i.content} (${i.unitName}) – ${PROGRESS_LABELS[i.progress]}`;
    if (i.progress === "COMPLETED" && i.completedOn) head += ` ngày ${formatCalendarDate(i.completedOn)}`;
    if (i.recognition) head += `; ${i.recognition}`;
    out.push({ type: "item", text: `${head}.` });
    for (const r of i.results) {
      const unit = r.unitOfMeasure.trim();
      const v = (n: number) => (unit ? `${formatFigure(n)} ${unit}` : formatFigure(n));
      out.push({ type: "item", text: `    ${r.indicator.trim()}: ${r.valueBefore === null ? v(r.valueAfter) : `${v(r.valueBefore)} → ${v(r.valueAfter)}`}` });
    }
  }
  return out;
}

const ratingText = (r: Rating | null) => (r ? RATING_LABELS[r] : BLANK);
const disciplineText = (d: boolean | null) => (d === null ? BLANK : d ? "Không bị xử lý kỷ luật trong năm." : "Có bị xử lý kỷ luật trong năm.");

/** The text of one draft document. */
export function draftDocument(kind: DraftKind, m: DraftModel): DraftDocument {
  const placeAndDate = `${m.place}, ngày     tháng     năm ${m.campaign.year}`;
  const base = {
    parentBody: m.parentBodyName,
    issuingBody: m.unitName,
    placeAndDate,
  };
  const symbol = m.unitSymbol ? `-${m.unitSymbol}` : "";
  const forWhat = `tặng ${m.awardForm.name}`;
  const basis: DraftBlock[] = [
    // The law in force at the end of the campaign's year (a 2022 dossier cites the 2003 law and its decree).
    ...awardLegalGrounds(`${m.campaign.year}-12-31`).map((text): DraftBlock => ({ type: "para", text })),
    { type: "para", text: `Căn cứ Kế hoạch số ${m.campaign.documentNumber} của ${m.organisationName} về ${lowerFirst(m.campaign.title)};` },
  ];

  if (kind === "PROPOSAL_LETTER") {
    return {
      ...base,
      numberLine: numberLine("TTr", m.unitSymbol),
      title: "TỜ TRÌNH",
      subtitle: [`Về việc đề nghị ${forWhat}`],
      addressee: `Kính gửi: Hội đồng Thi đua - Khen thưởng ${m.organisationName}`,
      blocks: [
        ...basis,
        { type: "para", text: `Căn cứ kết quả họp xét khen thưởng của ${m.unitName} ngày ${BLANK};` },
        { type: "para", text: `${m.unitName} kính trình Hội đồng Thi đua - Khen thưởng ${m.organisationName} xem xét, đề nghị ${forWhat} cho:` },
        { type: "item", text: nomineeLine(m.nominee) },
        { type: "para", text: "Tóm tắt thành tích:" },
        ...achievementParas(m.achievements),
        { type: "para", text: "Kết quả đối chiếu tiêu chuẩn khen thưởng:" },
        ...criteriaItems(m.criteria),
        { type: "para", text: "(Kèm theo Biên bản họp xét khen thưởng và Báo cáo thành tích.)", italics: true },
        { type: "para", text: `Kính trình Hội đồng Thi đua - Khen thưởng ${m.organisationName} xem xét, quyết định./.` },
      ],
      recipients: ["- Như trên;", "- Thường trực Hội đồng TĐKT;", `- Lưu: VT${symbol ? `, ${m.unitSymbol}` : ""}.`],
      signer: { title: "THỦ TRƯỞNG ĐƠN VỊ", note: "(Ký, ghi rõ họ tên, đóng dấu)", name: null },
      leftSigner: null,
      fileName: `Tờ trình đề nghị khen thưởng - ${m.nominee.name}.docx`,
    };
  }

  if (kind === "MEETING_MINUTES") {
    return {
      ...base,
      numberLine: numberLine("BB", m.unitSymbol),
      title: "BIÊN BẢN",
      subtitle: [`Họp xét đề nghị khen thưởng của ${m.unitName}`, `(Kế hoạch số ${m.campaign.documentNumber})`],
      addressee: null,
      blocks: [
        { type: "para", text: `Thời gian: ${BLANK} giờ ${BLANK}, ngày ${BLANK} tháng ${BLANK} năm ${m.campaign.year}.` },
        { type: "para", text: `Địa điểm: ${BLANK}` },
        { type: "para", text: `Chủ trì: ${BLANK}                Thư ký: ${BLANK}` },
        { type: "para", text: `Thành phần tham dự: ${BLANK}` },
        { type: "para", text: `Số người dự họp: ${BLANK}/${BLANK} người (vắng ${BLANK} người, lý do: ${BLANK}).` },
        { type: "heading", text: "I. NỘI DUNG" },
        { type: "para", text: `Cuộc họp xem xét thành tích, đối chiếu tiêu chuẩn và đề nghị ${forWhat} cho:` },
        { type: "item", text: nomineeLine(m.nominee) },
        { type: "para", text: "Tóm tắt thành tích:" },
        ...achievementParas(m.achievements),
        { type: "para", text: "Đối chiếu tiêu chuẩn:" },
        ...criteriaItems(m.criteria),
        { type: "heading", text: "II. KẾT QUẢ BIỂU QUYẾT" },
        { type: "item", text: `Số người đồng ý: ${BLANK}/${BLANK} người dự họp (tỷ lệ ${BLANK} %)` },
        { type: "item", text: `Số người không đồng ý: ${BLANK}` },
        { type: "item", text: `Số người không biểu quyết: ${BLANK}` },
        { type: "para", text: `Kết luận: cuộc họp thống nhất đề nghị Hội đồng Thi đua - Khen thưởng ${m.organisationName} xem xét, trình ${forWhat} cho ${m.nominee.name}.` },
        { type: "para", text: `Cuộc họp kết thúc lúc ${BLANK} giờ ${BLANK} cùng ngày; biên bản đã được đọc lại và thông qua tại cuộc họp./.` },
      ],
      recipients: [],
      signer: { title: "CHỦ TRÌ", note: "(Ký, ghi rõ họ tên)", name: null },
      leftSigner: { title: "THƯ KÝ", note: "(Ký, ghi rõ họ tên)", name: null },
      fileName: `Biên bản họp xét khen thưởng - ${m.nominee.name}.docx`,
    };
  }

  const n = m.nominee;
  const info: DraftBlock[] =
    n.type === "COLLECTIVE"
      ? [
          { type: "item", text: `Tên tập thể: ${n.name}` },
          { type: "item", text: `Trực thuộc: ${m.organisationName}` },
          { type: "item", text: `Số cán bộ, công chức, viên chức: ${BLANK}` },
          { type: "item", text: `Chức năng, nhiệm vụ được giao: ${BLANK}` },
        ]
      : n.type === "INDIVIDUAL"
        ? [
            { type: "item", text: `Họ và tên: ${n.name}` },
            { type: "item", text: `Chức vụ: ${n.detail ?? BLANK}` },
            { type: "item", text: `Đơn vị công tác: ${n.unitName ?? m.unitName}` },
            { type: "item", text: `Ngày, tháng, năm sinh: ${BLANK}   Giới tính: ${BLANK}` },
            { type: "item", text: `Nhiệm vụ được giao: ${BLANK}` },
          ]
        : [
            { type: "item", text: `${n.isBusiness ? "Tên doanh nghiệp" : "Họ và tên"}: ${n.name}` },
            { type: "item", text: `${n.isBusiness ? "Địa chỉ, người đại diện" : "Địa chỉ"}: ${n.detail ?? BLANK}` },
          ];
  // A citizen or business is described by file 004's criteria for them (online public services, satisfaction
  // ratings, reporting wrongdoing, ideas), not by initiatives, reports, rating or discipline.
  const body: DraftBlock[] =
    n.type === "CITIZEN"
      ? [
          { type: "heading", text: "II. THÀNH TÍCH ĐÓNG GÓP CHO CẢI CÁCH HÀNH CHÍNH" },
          { type: "para", text: "1. Tóm tắt thành tích", bold: true },
          ...achievementParas(m.achievements),
          { type: "para", text: "2. Hiến kế, giải pháp đóng góp", bold: true },
          {
            type: "item",
            text: m.publicIdea
              ? `Hiến kế “${m.publicIdea.title}” gửi qua Cổng thi đua cải cách hành chính, ${m.publicIdea.accepted ? "đã được ghi nhận vào phong trào" : "chưa được ghi nhận"} (Kế hoạch số ${m.publicIdea.campaignNumber}).`
              : `Không có hiến kế gửi qua Cổng thi đua; nêu tại mục 1 nếu có hiến kế, giải pháp gửi bằng hình thức khác.`,
          },
          { type: "heading", text: "III. ĐỐI CHIẾU TIÊU CHÍ THI ĐUA ĐỐI VỚI NGƯỜI DÂN, DOANH NGHIỆP" },
          {
            type: "para",
            text: "Tích cực hợp tác cùng cơ quan, chính quyền; sử dụng dịch vụ công trực tuyến; đánh giá mức độ hài lòng; phản ánh kịp thời, trung thực hành vi sai trái, nhũng nhiễu của cán bộ, công chức, viên chức; có hiến kế, giải pháp đóng góp tích cực cho cải cách hành chính:",
            italics: true,
          },
          ...criteriaItems(m.criteria),
        ]
      : [
          { type: "heading", text: "II. THÀNH TÍCH ĐẠT ĐƯỢC" },
          { type: "para", text: "1. Tóm tắt thành tích", bold: true },
          ...achievementParas(m.achievements),
          { type: "para", text: `2. Mô hình, giải pháp, sáng kiến cải cách hành chính (Kế hoạch số ${m.campaign.documentNumber})`, bold: true },
          ...initiativeItems(m.initiatives),
          { type: "para", text: "3. Số liệu theo dõi trên Cổng thi đua cải cách hành chính", bold: true },
          ...factsItems(m.facts),
          { type: "heading", text: "III. XẾP LOẠI VÀ KỶ LUẬT" },
          { type: "item", text: `Xếp loại chất lượng năm ${m.campaign.year}: ${ratingText(m.declaredRating)}` },
          { type: "item", text: `Kỷ luật: ${disciplineText(m.declaredNoDiscipline)}` },
          { type: "heading", text: "IV. ĐỐI CHIẾU TIÊU CHUẨN KHEN THƯỞNG" },
          ...criteriaItems(m.criteria),
        ];
  return {
    ...base,
    numberLine: "",
    title: "BÁO CÁO THÀNH TÍCH",
    subtitle: [`Đề nghị ${forWhat}`, n.name],
    addressee: null,
    blocks: [{ type: "heading", text: "I. THÔNG TIN CHUNG" }, ...info, ...body],
    recipients: [],
    signer: { title: n.type === "INDIVIDUAL" ? "NGƯỜI BÁO CÁO THÀNH TÍCH" : "THỦ TRƯỞNG ĐƠN VỊ", note: n.type === "INDIVIDUAL" ? "(Ký, ghi rõ họ tên)" : "(Ký, ghi rõ họ tên, đóng dấu)", name: n.type === "INDIVIDUAL" ? n.name : null },
    leftSigner: n.type === "INDIVIDUAL" ? { title: "XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ", note: "(Ký, ghi rõ họ tên, đóng dấu)", name: null } : null,
    fileName: `Báo cáo thành tích - ${n.name}.docx`,
  };
}

function lowerFirst(s: string): string {
  const t = s.trim().replace(/^kế hoạch\s+/i, "");
  return t ? t.charAt(0).toLocaleLowerCase("vi") + t.slice(1) : t;
}
