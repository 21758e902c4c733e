import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appraisalMinutesModel } from "../../lib/appraisal/outcome/document";
import { appraisalMinutesOfficialDocument } from "../../lib/appraisal/outcome/official-document";
import { awardDecisionOfficialDocument, type DecisionAwardee } from "../../lib/awards/decisions/document";
import { dossierOfficialDocument } from "../../lib/awards/dossier-drafts";
import type { DraftModel } from "../../lib/awards/proposals/dossier-text";
import { DEFAULT_RUBRIC } from "../../lib/appraisal/rubric";
import { minutesDocumentModel } from "../../lib/council/minutes/document";
import { minutesOfficialDocument } from "../../lib/council/minutes/official-document";
import { renderOfficialDocx } from "../../lib/documents/nd30/docx";
import { headerLayout, MOTTO, NATIONAL_TITLE } from "../../lib/documents/nd30/header-layout";
import type { OfficialDocument } from "../../lib/documents/nd30/model";
import { docxFilesToPdf } from "../../lib/documents/nd30/pdf";
import { surveyReportOfficialDocument } from "../../lib/surveys/report-document";
import { initiativeListOfficialDocument } from "../../lib/consolidation/official-document";
import type { ConsolidatedRow } from "../../lib/consolidation/queries";
import { registrationOfficialDocument } from "../../lib/registrations/official-document";
import { reportOfficialDocument } from "../../lib/reports/official-document";
import type { ReportSnapshot } from "../../lib/reports/snapshot";
import { recognitionOfficialDocument } from "../../lib/recognition/official-document";
import { summaryOfficialDocument } from "../../lib/summary/official-document";
import type { SummarySnapshot } from "../../lib/summary/snapshot";

/**
 * Every kind of official document, rendered by LibreOffice (as an office opening the .docx would),
 * read back with `pdftotext -layout`: the national title, the motto, the place and date and each
 * line of the unit names stand whole on one line; pages from 2 carry their number at the top and
 * page 1 none; "Nơi nhận" and the signature are on the page of the body's last line. The PNG pages
 * are left in $DOCUMENTS_RENDER_DIR when it is set, to look at.
 */

const SQHKT = "Sở Quy hoạch - Kiến trúc";
const CITY = "Ủy ban nhân dân Thành phố Hồ Chí Minh";
const long = (n: number, what: string) => Array.from({ length: n }, (_, i) => `${what} ${i + 1}: nội dung được trình bày đầy đủ để văn bản kéo dài sang trang sau, kiểm tra số trang và khối chữ ký.`);

const draftModel: DraftModel = {
  parentBodyName: SQHKT,
  unitName: "Phòng Quy hoạch khu vực 1",
  unitSymbol: "QHKV1",
  organisationName: SQHKT,
  campaign: { documentNumber: "1128/KH-SQHKT", title: "Kế hoạch phát động phong trào thi đua cải cách hành chính năm 2026", year: 2026 },
  place: "Thành phố Hồ Chí Minh",
  nominee: { type: "INDIVIDUAL", name: "Nguyễn Văn An", detail: "Chuyên viên", isBusiness: false, unitName: "Phòng Quy hoạch khu vực 1" },
  awardForm: { name: "Giấy khen của Giám đốc Sở", organisationName: SQHKT, withinAuthority: true },
  achievements: ["Chủ trì số hóa hồ sơ quy hoạch.", ...long(14, "- Kết quả")].join("\n"),
  declaredRating: "GOOD",
  declaredNoDiscipline: true,
  criteria: [
    { id: "1", content: "Không bị kỷ luật trong năm.", kind: "NO_DISCIPLINE", hard: true, met: true, basis: "Đơn vị kê khai: không bị xử lý kỷ luật trong năm." },
    { id: "2", content: "Có sáng kiến được đăng ký", kind: "INITIATIVE_REGISTERED", hard: false, met: true, basis: "2 mô hình, giải pháp, sáng kiến đã đăng ký (Mẫu 1 được tiếp nhận)." },
  ],
  facts: { initiativesRegistered: 2, initiativesCompleted: 1, initiativesRecognised: 1, reportsSubmitted: 1, reportsLate: 0, reportsMissing: 0 },
  initiatives: [],
};

const awardees: DecisionAwardee[] = Array.from({ length: 40 }, (_, i) => ({
  certificateNo: i + 1,
  nomineeType: i < 6 ? "COLLECTIVE" : i < 38 ? "INDIVIDUAL" : "CITIZEN",
  nomineeName: i < 6 ? `Phòng Quy hoạch khu vực ${i + 1}` : i < 38 ? `Nguyễn Văn Cán Bộ ${i + 1}` : `Công ty Cổ phần Tư vấn ${i + 1}`,
  nomineeDetail: i < 6 ? null : "Chuyên viên",
  nomineeIsBusiness: i >= 38,
  nomineeUnitName: i < 6 || i >= 38 ? null : "Phòng Quy hoạch khu vực 1",
  proposingUnitName: "Phòng Quy hoạch khu vực 1",
  formName: i < 30 ? "Giấy khen của Giám đốc Sở" : "Tập thể lao động xuất sắc",
  formOrder: i < 30 ? 0 : 1,
}));

const FIELDS = [
  "Công tác cải cách thể chế",
  "Cải cách thủ tục hành chính",
  "Cải cách tổ chức bộ máy hành chính nhà nước",
  "Cải cách chế độ công vụ",
  "Cải cách tài chính công",
  "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
].map((name, i) => ({ id: `f${i + 1}`, name, sortOrder: i }));
const UNIT_ISSUER = { name: "Phòng Quy hoạch khu vực 1", parentName: SQHKT, symbol: "QHKV1", place: "Thành phố Hồ Chí Minh" };
const SQHKT_ISSUER = { name: SQHKT, parentName: CITY, symbol: "SQHKT", place: "Thành phố Hồ Chí Minh" };

const listRows: ConsolidatedRow[] = Array.from({ length: 36 }, (_, i) => ({
  id: `i${i}`,
  content: `Số hóa quy trình thẩm định hồ sơ quy hoạch, giai đoạn ${i + 1}, rút ngắn thời gian giải quyết cho người dân`,
  type: "SOLUTION",
  ownerType: i % 3 === 0 ? "UNIT" : "INDIVIDUALS",
  ownerNames: i % 3 === 0 ? null : "Nguyễn Văn An",
  expectedCompletion: "2026-10-31",
  note: i % 5 === 0 ? "Đã thí điểm" : null,
  level: i % 2 ? "CITY" : "DEPARTMENT",
  isTypical: i % 4 === 0,
  fieldId: FIELDS[i % 6].id,
  fieldName: FIELDS[i % 6].name,
  fieldOrder: i % 6,
  unitId: "u1",
  unitName: i % 2 ? "Phòng Quy hoạch khu vực 1" : "Phòng Kiến trúc",
  registrationId: "r1",
  registrationStatus: "ACCEPTED",
  registrationKind: "UNIT",
  forwardedFromId: null,
  originInitiativeId: null,
  originUnitName: null,
  ownerKey: "",
  sortOrder: i,
}));
const sortedRows = [...listRows].sort((a, b) => a.fieldOrder - b.fieldOrder || a.sortOrder - b.sortOrder);
const listCampaign = { documentNumber: "1128/KH-SQHKT", title: "Kế hoạch phát động phong trào thi đua cải cách hành chính năm 2026", year: 2026, signerName: "Nguyễn Thanh Nhã", signerTitle: "Giám đốc" };
const totals = FIELDS.map((f, i) => ({ fieldId: f.id, name: f.name, sortOrder: i, count: listRows.filter((r) => r.fieldId === f.id).length, no: i + 1 }));

const reportSnapshot: ReportSnapshot = {
  schema: 1,
  phase: "FINAL",
  campaign: { id: "c1", documentNumber: "1128/KH-SQHKT", title: "Kế hoạch thi đua", issuedOn: "2026-04-14", issuingUnitName: SQHKT },
  unit: { id: "u1", name: "Phòng Quy hoạch khu vực 1" },
  dueAt: null,
  table: FIELDS.map((f, i) => ({ fieldId: f.id, fieldName: f.name, fieldOrder: i, registered: 2, computedCompleted: 1, completedOverride: null, overrideNote: null, completed: 1, note: null })),
  totals: { registered: 12, completed: 6 },
  sections: { situation: long(4, "Tình hình").join("\n"), currentState: long(3, "Thực trạng").join("\n"), strengths: long(3, "Ưu điểm").join("\n"), limitations: "Còn chậm.", lessons: "Cần số hóa sớm." },
  parts: Array.from({ length: 4 }, (_, i) => ({
    initiativeId: `i${i}`,
    fieldId: "f2",
    fieldName: FIELDS[1].name,
    content: `Giải pháp số ${i + 1}`,
    type: "SOLUTION",
    ownerType: "UNIT",
    ownerNames: null,
    expectedCompletion: "2026-10-31",
    progress: "COMPLETED",
    completedOn: "2026-09-30",
    summary: long(2, "Tóm tắt").join("\n"),
    results: long(2, "Kết quả").join("\n"),
    figures: [],
    evidence: [],
  })),
  evidence: [],
  confirmedBy: { id: "u", name: "Trần Văn Trưởng", at: "2026-11-05T03:00:00Z" },
};

const summarySnapshot: SummarySnapshot = {
  schema: 1,
  phase: "FINAL",
  campaign: { id: "c1", documentNumber: "1128/KH-SQHKT", title: "Kế hoạch phát động phong trào thi đua về cải cách hành chính năm 2026", issuedOn: "2026-04-14", issuingUnitName: SQHKT, issuingUnitParentName: CITY, signerName: "Nguyễn Thanh Nhã", signerTitle: "Giám đốc Sở" },
  parentCampaign: null,
  addressee: "Sở Nội vụ",
  summaryMilestone: null,
  unitMilestone: { name: "Báo cáo tổng kết", dueAt: "2026-11-09T17:00:00Z" },
  fieldTable: {
    rows: FIELDS.map((f, i) => ({ no: i + 1, fieldId: f.id, name: f.name, registered: 10 + i, completed: 5 + i, rate: (5 + i) / (10 + i), overrides: 0 })),
    total: { registered: 75, completed: 45, rate: 0.6, overrides: 0 },
  },
  units: Array.from({ length: 40 }, (_, i) => ({ unitId: `u${i}`, unitName: `Phòng Quy hoạch khu vực ${i + 1}`, unitStatus: "ACTIVE" as const, registered: 3, completed: 2, rate: 2 / 3, overrides: 0, reportStatus: "ACCEPTED" as const, reported: true, isLate: i % 7 === 0, firstSubmittedAt: "2026-11-05T03:00:00Z" })),
  lists: { completed: 45, dropped: 2, byField: [] },
  reporting: { units: 40, reported: 40, late: [], missing: [] },
  sections: { situation: long(3, "Tình hình").join("\n"), currentState: long(3, "Thực trạng").join("\n"), highlights: long(2, "Tiêu biểu").join("\n"), results: long(2, "Kết quả").join("\n"), strengths: "Tốt.", limitations: "Còn chậm.", lessons: "Số hóa sớm.", proposals: "Đề nghị khen thưởng." },
  submission: { versionNo: 1, submittedAt: "2026-11-20T03:00:00Z", submittedByName: "Lê Thị Văn", isLate: false },
};

const documents: Record<string, OfficialDocument> = {
  "quyet-dinh-cong-nhan": recognitionOfficialDocument({
    number: "45/QĐ-SQHKT",
    signedOn: new Date("2026-12-01T00:00:00Z"),
    signerName: "Nguyễn Thanh Nhã",
    signerTitle: "Giám đốc",
    summary: null,
    levelLabel: "cấp Sở",
    issuer: SQHKT_ISSUER,
    campaign: { documentNumber: "1128/KH-SQHKT", title: "Kế hoạch phát động phong trào thi đua cải cách hành chính năm 2026", year: 2026 },
    items: sortedRows.slice(0, 30).map((r) => ({ content: r.content, type: r.type, unitName: r.unitName, ownerNames: r.ownerNames })),
  }),
  "bao-cao-tong-ket": summaryOfficialDocument(summarySnapshot, { draft: false, symbol: "SQHKT", year: 2026 }),
  "mau-1": registrationOfficialDocument({
    issuer: UNIT_ISSUER,
    campaign: { documentNumber: "1128/KH-SQHKT", title: "Kế hoạch thi đua", issuingUnitName: SQHKT, year: 2026 },
    ownerName: null,
    fields: FIELDS,
    rows: sortedRows.slice(0, 24).map((r) => ({ ...r })),
    submittedAt: new Date("2026-04-10T03:00:00Z"),
    draft: false,
  }),
  "mau-2-de-cuong": reportOfficialDocument(reportSnapshot, UNIT_ISSUER, { draft: false, year: 2026 }),
  "tong-hop-mau-1": initiativeListOfficialDocument({ kind: "consolidated", issuer: SQHKT_ISSUER, campaign: { ...listCampaign, sendUpTo: null }, totals, rows: sortedRows, filterLine: null, showOrigin: false }),
  "danh-sach-tieu-bieu": initiativeListOfficialDocument({
    kind: "typical",
    issuer: SQHKT_ISSUER,
    campaign: { ...listCampaign, sendUpTo: "Sở Nội vụ" },
    totals,
    rows: sortedRows.map((r) => ({ ...r, isTypical: true })),
    filterLine: null,
    showOrigin: false,
  }),
  "quyet-dinh": awardDecisionOfficialDocument({
    number: "152/QĐ-SQHKT",
    signedOn: new Date("2026-12-05T00:00:00Z"),
    signerName: "Lê Văn Giám",
    signerTitle: "Phó Giám đốc Sở",
    summary: null,
    organisation: { name: SQHKT, parentName: CITY, symbol: "SQHKT" },
    campaign: { documentNumber: "1128/KH-SQHKT", title: "Kế hoạch phát động phong trào thi đua cải cách hành chính năm 2026", year: 2026 },
    session: { title: "Phiên họp xét khen thưởng năm 2026", meetingAt: new Date("2026-12-01T02:00:00Z") },
    awardees,
  }),
  "to-trinh": dossierOfficialDocument("PROPOSAL_LETTER", draftModel),
  "bien-ban-hop-xet": dossierOfficialDocument("MEETING_MINUTES", draftModel),
  "bao-cao-thanh-tich": dossierOfficialDocument("ACHIEVEMENT_REPORT", draftModel),
  "bien-ban-hoi-dong": minutesOfficialDocument(
    minutesDocumentModel({
      finalised: true,
      organisation: { name: SQHKT, parentName: CITY },
      sessionTitle: "Phiên họp xét khen thưởng năm 2026",
      meetingAt: new Date("2026-12-01T02:00:00Z"),
      minutes: ["I. THÀNH PHẦN THAM DỰ", ...long(8, "- Thành viên"), "II. NỘI DUNG", ...long(16, "Ý kiến"), "Cuộc họp kết thúc lúc 11 giờ 00 cùng ngày./."].join("\n"),
      secretaryName: "Đỗ Thị Lan",
      chairName: "Nguyễn Văn Bình",
    }),
  ),
  "bien-ban-tham-dinh": appraisalMinutesOfficialDocument(
    appraisalMinutesModel({
      issuingUnit: { name: SQHKT, kind: "DEPARTMENT", parentName: CITY },
      campaign: { documentNumber: "1128/KH-SQHKT", title: "Kế hoạch thi đua CCHC năm 2026" },
      round: {
        name: "Đợt 1",
        status: "CLOSED",
        openedAt: new Date("2026-11-01T18:00:00Z"),
        closedAt: new Date("2026-11-20T09:00:00Z"),
        inclusionNote: "Tất cả nội dung đã hoàn thành.",
        minutesPlace: null,
        minutesNote: "Ý kiến một.",
        spreadThreshold: 20,
        evaluatorsPerItem: 3,
      },
      chair: { fullName: "Nguyễn Văn Bình", jobTitle: "Phó Giám đốc", unitName: SQHKT },
      evaluators: [{ fullName: "Trần Thị Hoa", jobTitle: null, unitName: "Văn phòng Sở" }],
      recorder: { fullName: "Đỗ Thị Lan", jobTitle: "Chuyên viên", unitName: "Văn phòng Sở" },
      criteria: DEFAULT_RUBRIC,
      rows: Array.from({ length: 30 }, (_, i) => ({ rank: i + 1, tied: false, content: `Mô hình số hóa quy trình ${i + 1}`, unitName: "Phòng Quy hoạch khu vực 1", total: 90 - i, flagged: false, verdict: "RECOGNISE" as const })),
      now: new Date("2026-12-01T00:00:00Z"),
    }),
  ),
  "bao-cao-khao-sat": surveyReportOfficialDocument({
    parentName: SQHKT,
    bodyName: "Đoàn khảo sát cải cách hành chính",
    numberLine: "Số:        /BC-ĐKS",
    placeDate: "Thành phố Hồ Chí Minh, ngày 05 tháng 12 năm 2026",
    subtitle: "Kết quả khảo sát thực tế mô hình, giải pháp, sáng kiến",
    summary: long(10, "Kết quả").join("\n"),
    assessment: long(6, "Đánh giá").join("\n"),
    proposalsText: "Đoàn đề xuất như sau:",
    proposals: Array.from({ length: 12 }, (_, i) => ({ content: `Mô hình ${i + 1}`, unitName: "Phòng Kiến trúc", proposal: "Đề nghị công nhận" })),
    recipients: [SQHKT, "Thành viên Đoàn khảo sát", "Lưu: VT"],
    signerTitle: "Trưởng đoàn",
    signerName: "Nguyễn Văn Bình",
    draft: false,
  }),
};

const squeeze = (s: string) => s.replace(/\s+/g, " ").trim();
const lastWords = (text: string, n = 3) => squeeze(text).split(" ").slice(-n).join(" ");

function lastBodyText(blocks: OfficialDocument["blocks"]): string {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b.kind !== "table") return b.text;
  }
  return "";
}

let pages: Record<string, string[]> = {};
let outDir = "";

beforeAll(async () => {
  const names = Object.keys(documents);
  const docx = await Promise.all(names.map((n) => renderOfficialDocx(documents[n])));
  const pdfs = await docxFilesToPdf(docx);
  outDir = process.env.DOCUMENTS_RENDER_DIR || fs.mkdtempSync(path.join(os.tmpdir(), "nd30-render-"));
  fs.mkdirSync(outDir, { recursive: true });
  pages = {};
  names.forEach((n, i) => {
    const pdfPath = path.join(outDir, `${n}.pdf`);
    fs.writeFileSync(path.join(outDir, `${n}.docx`), docx[i]);
    fs.writeFileSync(pdfPath, pdfs[i]);
    const text = execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", pdfPath, "-"], { encoding: "utf8" });
    pages[n] = text.split("\f").filter((p, k, all) => k < all.length - 1 || p.trim() !== "");
  });
}, 180_000);

afterAll(() => {
  if (!process.env.DOCUMENTS_RENDER_DIR && outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

describe("official documents rendered by LibreOffice (Nghị định 30/2020, Phụ lục I)", () => {
  for (const [name, doc] of Object.entries(documents)) {
    describe(name, () => {
      it("keeps the national title, the motto, the place and date and each planned line of the unit names whole on one line", () => {
        const first = pages[name][0].split("\n");
        const has = (s: string) => first.some((l) => squeeze(l).includes(squeeze(s)));
        expect(has(NATIONAL_TITLE)).toBe(true);
        expect(has(MOTTO)).toBe(true);
        expect(has(doc.placeDate)).toBe(true);
        const h = headerLayout({ parentBody: doc.parentBody, issuingBody: doc.issuingBody, placeDate: doc.placeDate, textWidthMm: 165 });
        for (const line of [...h.parent, ...h.issuer]) expect(has(line.text), `header line "${line.text}"`).toBe(true);
        if (doc.numberLine) expect(has(doc.numberLine)).toBe(true);
      });

      it("spans several pages, numbered from page 2 at the top, page 1 without a number", () => {
        const p = pages[name];
        expect(p.length).toBeGreaterThanOrEqual(2);
        const firstLine = (page: string) => page.split("\n").find((l) => l.trim() !== "")?.trim();
        expect(firstLine(p[0])).not.toBe("1");
        p.slice(1).forEach((page, i) => expect(firstLine(page), `page ${i + 2}`).toBe(String(i + 2)));
      });

      it("puts the signature (and Nơi nhận) on the page of the body's last line", () => {
        const p = pages[name].map(squeeze);
        // The main document ends before its annex (a decision's list of awardees, a Mẫu 2's Đề cương).
        const endPage = p.findIndex((page) => page.includes(squeeze(doc.signer.title)));
        expect(endPage).toBeGreaterThanOrEqual(0);
        expect(p[endPage]).toContain(lastWords(lastBodyText(doc.blocks)));
        if (doc.annex?.signer) {
          const annexEnd = p.findLastIndex((page) => page.includes(squeeze(doc.annex!.signer!.title)));
          expect(annexEnd).toBeGreaterThan(endPage);
          expect(p[annexEnd]).toContain(lastWords(lastBodyText(doc.annex.blocks)));
        }
        if (doc.recipients.length && !doc.leftSigner) expect(p[endPage]).toContain("Nơi nhận:");
        if (doc.signer.name) expect(p[endPage]).toContain(squeeze(doc.signer.name));
      });
    });
  }

  it("prints no list item with a doubled dash (the layout draws the dash; a text carrying its own printed “- - …”)", () => {
    for (const [name, ps] of Object.entries(pages)) expect(ps.join("\n"), name).not.toMatch(/(^|\n)\s*[-–]\s+[-–]\s/);
  });

  it("prints the demo organisations' names whole: UBND THÀNH PHỐ HỒ CHÍ MINH, SỞ QUY HOẠCH - KIẾN TRÚC, the council and the unit", () => {
    const firstLines = (name: string) => pages[name][0].split("\n").map(squeeze);
    const whole = (name: string, s: string) => expect(firstLines(name).some((l) => l.includes(s)), `${name}: ${s}`).toBe(true);
    whole("quyet-dinh", "UBND THÀNH PHỐ HỒ CHÍ MINH");
    whole("quyet-dinh", "SỞ QUY HOẠCH - KIẾN TRÚC");
    whole("to-trinh", "SỞ QUY HOẠCH - KIẾN TRÚC");
    whole("to-trinh", "PHÒNG QUY HOẠCH KHU VỰC 1");
    // Names longer than the column: two lines broken between whole words, never "CẢI / CÁCH".
    whole("bien-ban-hoi-dong", "HỘI ĐỒNG");
    whole("bien-ban-hoi-dong", "THI ĐUA - KHEN THƯỞNG");
    whole("bien-ban-tham-dinh", "BAN CHỈ ĐẠO");
    whole("bien-ban-tham-dinh", "CẢI CÁCH HÀNH CHÍNH");
    whole("bao-cao-khao-sat", "CẢI CÁCH HÀNH CHÍNH");
  });

  it("the decision reads its number with the issuer's symbol, signs for the head, and lists every awardee in the annex", () => {
    const all = pages["quyet-dinh"].map(squeeze).join(" ");
    expect(all).toContain("Số: 152/QĐ-SQHKT");
    expect(all).toContain("KT. GIÁM ĐỐC");
    expect(all).toContain("PHÓ GIÁM ĐỐC");
    expect(all).toContain("GIÁM ĐỐC SỞ QUY HOẠCH - KIẾN TRÚC");
    expect(all).toContain("(Kèm theo Quyết định số 152/QĐ-SQHKT ngày 05 tháng 12 năm 2026");
    for (const a of awardees) expect(all).toContain(a.nomineeName);
    // The annex's table header repeats on each of its pages.
    const annexPages = pages["quyet-dinh"].filter((pg) => pg.includes("Nguyễn Văn Cán Bộ"));
    for (const pg of annexPages) expect(squeeze(pg)).toContain("Tập thể, cá nhân");
  });

  it("the typical list sent up is addressed to Sở Nội vụ, numbered, with every Mẫu 1 column, signed with Nơi nhận", () => {
    const all = pages["danh-sach-tieu-bieu"].map(squeeze).join(" ");
    expect(all).toContain("Kính gửi: Sở Nội vụ");
    expect(all).toContain("/BC-SQHKT");
    for (const h of ["Nội dung đăng ký", "Dự kiến", "Ghi chú", "Chủ trì/tác giả", "Đơn vị", "Loại"]) expect(all).toContain(h);
    expect(all).toContain("GIÁM ĐỐC");
    expect(all).toContain("Nguyễn Thanh Nhã");
  });

  it("the Mẫu 2 puts its total row last, then the Đề cương on its own pages with the head's confirmation", () => {
    const p = pages["mau-2-de-cuong"].map(squeeze);
    const mau2 = p.find((pg) => pg.includes("Tổng cộng"))!;
    expect(mau2.indexOf("Tổng cộng")).toBeGreaterThan(mau2.indexOf("6. Xây dựng và phát triển chính quyền điện tử"));
    expect(p.join(" ")).toContain("ĐỀ CƯƠNG");
    expect(p.join(" ")).toContain("Trần Văn Trưởng");
  });

  it("the tờ trình carries the unit's symbol and no doubled punctuation", () => {
    const all = pages["to-trinh"].map(squeeze).join(" ");
    expect(all).toContain("/TTr-QHKV1");
    expect(all).toContain("Không bị kỷ luật trong năm (bắt buộc): Đạt.");
    expect(all).not.toMatch(/\.\s*\(bắt buộc\)/);
    expect(all).not.toMatch(/\.\./);
  });
});
