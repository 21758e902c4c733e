import { compareVi } from "@/lib/text/collate";
import { nd30CalendarDate, nd30Date, numberLine, type Nd30Block, type OfficialDocument, type Signer } from "@/lib/documents/nd30/model";
import { awardLegalGrounds, bareTitle, certificateReason, placeOf } from "./official";

/**
 * The award decision (Quyết định khen thưởng) as an official document (Nghị định 30/2020, Phụ lục
 * I): the organisation's head decides on the grounds (the law, its decree, the campaign's plan, the
 * council's meeting), Điều 1 awards each form to the listed awardees, Điều 2 and 3 the usual clauses,
 * and the annex lists the awardees by award form in certificate order. Pure: built from the recorded
 * decision, so the document says exactly what the portal recorded.
 */

export interface DecisionAwardee {
  certificateNo: number | null;
  nomineeType: "COLLECTIVE" | "INDIVIDUAL" | "CITIZEN";
  nomineeName: string;
  nomineeDetail: string | null;
  nomineeIsBusiness: boolean;
  /** The nominee's own unit (an individual's), else null. */
  nomineeUnitName: string | null;
  proposingUnitName: string;
  formName: string;
  formOrder: number;
}

export interface AwardDecisionDocumentInput {
  number: string;
  signedOn: Date;
  signerName: string;
  signerTitle: string;
  summary: string | null;
  organisation: { name: string; parentName: string | null; symbol: string };
  campaign: { documentNumber: string; title: string; year: number };
  session: { title: string; meetingAt: Date } | null;
  awardees: DecisionAwardee[];
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
const roman = (i: number) => ROMAN[i] ?? String(i + 1);

/** "Giám đốc" heads, "Phó Giám đốc" signs for the head ("KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC"). */
export function decisionSigner(signerTitle: string, organisationName: string, name: string): { head: string; signer: Signer } {
  const bare = bareTitle(signerTitle, organisationName).trim() || signerTitle.trim();
  const deputy = bare.match(/^Phó\s+(.+)$/iu);
  const head = deputy ? deputy[1] : bare;
  return {
    head,
    signer: deputy
      ? { authority: [`KT. ${head.toLocaleUpperCase("vi")}`], title: bare.toLocaleUpperCase("vi"), name }
      : { title: bare.toLocaleUpperCase("vi"), name },
  };
}

function awardeeKind(a: DecisionAwardee): string {
  if (a.nomineeType === "COLLECTIVE") return "tập thể";
  if (a.nomineeType === "INDIVIDUAL") return "cá nhân";
  return a.nomineeIsBusiness ? "doanh nghiệp" : "cá nhân (người dân)";
}

function countPhrase(list: DecisionAwardee[]): string {
  const counts = new Map<string, number>();
  for (const a of list) counts.set(awardeeKind(a), (counts.get(awardeeKind(a)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${String(n).padStart(2, "0")} ${k}`).join(", ");
}

/** "Tặng Giấy khen của Giám đốc Sở …" / "Công nhận danh hiệu “Tập thể lao động xuất sắc”". */
function awardVerb(formName: string): string {
  const name = formName.trim();
  return /^(giấy khen|bằng khen)/iu.test(name) ? `Tặng ${name}` : `Công nhận danh hiệu “${name}”`;
}

function groupsByForm(awardees: DecisionAwardee[]): { formName: string; list: DecisionAwardee[] }[] {
  const groups = new Map<string, { formName: string; order: number; list: DecisionAwardee[] }>();
  for (const a of awardees) {
    const g = groups.get(a.formName) ?? { formName: a.formName, order: a.formOrder, list: [] };
    g.list.push(a);
    groups.set(a.formName, g);
  }
  return [...groups.values()].sort((x, y) => x.order - y.order || compareVi(x.formName, y.formName));
}

function whereFrom(a: DecisionAwardee): string {
  if (a.nomineeType === "COLLECTIVE") return a.nomineeDetail?.trim() || `Thuộc ${a.proposingUnitName}`;
  if (a.nomineeType === "INDIVIDUAL") return [a.nomineeDetail?.trim(), a.nomineeUnitName ?? a.proposingUnitName].filter(Boolean).join(", ");
  return [a.nomineeIsBusiness ? "Doanh nghiệp" : "Người dân", a.nomineeDetail?.trim()].filter(Boolean).join(", ");
}

export function awardDecisionOfficialDocument(d: AwardDecisionDocumentInput): OfficialDocument {
  const org = d.organisation.name.trim();
  const { head, signer } = decisionSigner(d.signerTitle, org, d.signerName);
  const dateLine = nd30CalendarDate(d.signedOn);
  const groups = groupsByForm(d.awardees);
  const reason = certificateReason(d.campaign);
  const summary = d.summary?.trim() || `Về việc khen thưởng thành tích trong phong trào thi đua cải cách hành chính năm ${d.campaign.year}`;
  const planOf = d.campaign.title.replace(/^kế hoạch\s+/iu, "").trim();

  const grounds: Nd30Block[] = [
    ...awardLegalGrounds(d.signedOn.toISOString().slice(0, 10)).map((text): Nd30Block => ({ kind: "para", italics: true, text })),
    { kind: "para", italics: true, text: `Căn cứ Kế hoạch số ${d.campaign.documentNumber} về ${planOf.charAt(0).toLocaleLowerCase("vi")}${planOf.slice(1)};` },
    ...(d.session
      ? [
          {
            kind: "para",
            italics: true,
            // The session's title names the council already ("Phiên họp Hội đồng Thi đua - Khen thưởng Sở …").
            text: `Căn cứ kết quả ${d.session.title.charAt(0).toLocaleLowerCase("vi")}${d.session.title.slice(1)}${/hội đồng/iu.test(d.session.title) ? "" : ` của Hội đồng Thi đua - Khen thưởng ${org}`} ${nd30Date(d.session.meetingAt)};`,
          } satisfies Nd30Block,
        ]
      : []),
    { kind: "para", italics: true, text: `Theo đề nghị của Thường trực Hội đồng Thi đua - Khen thưởng ${org}.` },
  ];
  const achievement = `đã có thành tích xuất sắc trong phong trào thi đua${reason.replace(/^Đã có thành tích xuất sắc trong phong trào thi đua/u, "")}`;
  const article1: Nd30Block[] =
    groups.length === 0
      ? [{ kind: "para", lead: "Điều 1.", text: "Khen thưởng các tập thể, cá nhân có tên trong danh sách kèm theo." }]
      : groups.length === 1
        ? [{ kind: "para", lead: "Điều 1.", text: `${awardVerb(groups[0].formName)} cho ${countPhrase(groups[0].list)} (có danh sách kèm theo), ${achievement}.` }]
        : [
            { kind: "para", lead: "Điều 1.", text: `Khen thưởng các tập thể, cá nhân ${achievement} (có danh sách kèm theo), cụ thể:` },
            ...groups.map((g, i): Nd30Block => ({ kind: "para", text: `${i + 1}. ${awardVerb(g.formName)} cho ${countPhrase(g.list)}${i === groups.length - 1 ? "." : ";"}` })),
          ];
  const blocks: Nd30Block[] = [
    ...grounds,
    { kind: "centered", text: "QUYẾT ĐỊNH:", bold: true },
    ...article1,
    { kind: "para", lead: "Điều 2.", text: "Tập thể, cá nhân có tên tại Điều 1 được hưởng chế độ khen thưởng theo quy định hiện hành. Quyết định này có hiệu lực kể từ ngày ký." },
    {
      kind: "para",
      lead: "Điều 3.",
      text: `Chánh Văn phòng, Thường trực Hội đồng Thi đua - Khen thưởng, Thủ trưởng các đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
    },
  ];
  const annexBlocks: Nd30Block[] = groups.flatMap((g, i) => [
    { kind: "heading", text: `${roman(i)}. ${g.formName.toLocaleUpperCase("vi")} (${g.list.length})` } satisfies Nd30Block,
    {
      kind: "table",
      columns: [
        { title: "STT", width: 8, align: "center" },
        { title: "Tập thể, cá nhân", width: 42 },
        { title: "Chức vụ, đơn vị công tác / địa chỉ", width: 38 },
        { title: "Số Giấy khen", width: 12, align: "center" },
      ],
      rows: g.list.map((a, n) => [String(n + 1), a.nomineeName, whereFrom(a), a.certificateNo === null ? "" : String(a.certificateNo)]),
    } satisfies Nd30Block,
  ]);
  return {
    parentBody: d.organisation.parentName,
    issuingBody: org,
    numberLine: numberLine("QĐ", d.organisation.symbol, d.number),
    placeDate: `${placeOf(org, d.organisation.parentName)}, ${dateLine}`,
    title: "QUYẾT ĐỊNH",
    summary: [summary],
    authority: `${head} ${org}`,
    blocks,
    recipients: ["- Như Điều 3;", `- Hội đồng Thi đua - Khen thưởng ${org};`, "- Các đơn vị có tập thể, cá nhân được khen thưởng;", `- Lưu: VT${d.organisation.symbol ? `, ${d.organisation.symbol}` : ""}.`],
    signer,
    annex: {
      title: ["DANH SÁCH", "TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG"],
      subtitle: [`(Kèm theo Quyết định số ${d.number} ${dateLine}`, `của ${head} ${org})`],
      blocks: annexBlocks.length ? annexBlocks : [{ kind: "para", italics: true, text: "Quyết định chưa ghi nhận tập thể, cá nhân nào." }],
    },
    meta: { title: `Quyết định số ${d.number} – ${summary}`, creator: org },
  };
}

/** "Quyết định 12-QĐ-SQHKT khen thưởng" (the route adds the extension). */
export function decisionFileBase(number: string): string {
  return `Quyết định ${number.replace(/[\\/]+/g, "-")} khen thưởng`;
}
