import { describe, expect, it } from "vitest";
import type { CriterionResult } from "../../lib/awards/criteria";
import { draftDocument, nomineeLine, type DraftModel } from "../../lib/awards/proposals/dossier-text";
import { criteriaFor, namesInclude } from "../../lib/awards/proposals/rules";

describe("criteria of a form for a nominee", () => {
  const form = {
    criteria: [
      { id: "a", content: "Chung", kind: "DECLARED" as const, hard: false, recipientType: null },
      { id: "b", content: "Tập thể", kind: "REPORTS_ON_TIME" as const, hard: true, recipientType: "COLLECTIVE" as const },
      { id: "c", content: "Cá nhân", kind: "NO_DISCIPLINE" as const, hard: true, recipientType: "INDIVIDUAL" as const },
    ],
  };
  it("keeps the criteria without a type and those of the nominee's type", () => {
    expect(criteriaFor(form, "COLLECTIVE").map((c) => c.id)).toEqual(["a", "b"]);
    expect(criteriaFor(form, "INDIVIDUAL").map((c) => c.id)).toEqual(["a", "c"]);
    expect(criteriaFor(form, "CITIZEN").map((c) => c.id)).toEqual(["a"]);
  });
});

describe("an individual named among the authors of an initiative", () => {
  it("matches whole names, whatever the case, spacing or honorific", () => {
    expect(namesInclude("Nguyễn Văn An, Trần Thị Bình", "Nguyễn Văn An")).toBe(true);
    expect(namesInclude("ông NGUYỄN  VĂN AN; bà Lê C", "Nguyễn Văn An")).toBe(true);
    expect(namesInclude("Trần Thị Bình và Nguyễn Văn An", "Nguyễn Văn An")).toBe(true);
    // Composed and decomposed Vietnamese letters are the same name.
    expect(namesInclude("Nguye\u0302\u0303n Va\u0306n An", "Nguyễn Văn An")).toBe(true);
  });
  it("does not match a longer or different name, nor an empty list", () => {
    expect(namesInclude("Nguyễn Văn Anh", "Nguyễn Văn An")).toBe(false);
    expect(namesInclude("Phòng Quy hoạch", "Nguyễn Văn An")).toBe(false);
    expect(namesInclude(null, "Nguyễn Văn An")).toBe(false);
    expect(namesInclude("Nguyễn Văn An", "  ")).toBe(false);
  });
});

describe("the text of the dossier drafts", () => {
  const criteria: CriterionResult[] = [
    { id: "1", content: "Hoàn thành tốt nhiệm vụ trở lên", kind: "RATING_AT_LEAST_GOOD", hard: true, met: true, basis: "Đơn vị kê khai: Hoàn thành tốt nhiệm vụ." },
    { id: "2", content: "Có sáng kiến được đăng ký", kind: "INITIATIVE_REGISTERED", hard: false, met: false, basis: "0 mô hình, giải pháp, sáng kiến đã đăng ký (Mẫu 1 được tiếp nhận)." },
  ];
  const model: DraftModel = {
    parentBodyName: "Sở Quy hoạch - Kiến trúc",
    unitName: "Phòng Quy hoạch khu vực 1",
    unitSymbol: "QHKV1",
    organisationName: "Sở Quy hoạch - Kiến trúc",
    campaign: { documentNumber: "1128/KH-SQHKT", title: "Kế hoạch phát động phong trào thi đua cải cách hành chính năm 2026", year: 2026 },
    place: "Thành phố Hồ Chí Minh",
    nominee: { type: "INDIVIDUAL", name: "Nguyễn Văn An", detail: "Chuyên viên", isBusiness: false, unitName: "Phòng Quy hoạch khu vực 1" },
    awardForm: { name: "Giấy khen của Giám đốc Sở", organisationName: "Sở Quy hoạch - Kiến trúc", withinAuthority: true },
    achievements: "Chủ trì số hóa hồ sơ.\n- Rút ngắn 30 % thời gian giải quyết.",
    declaredRating: "GOOD",
    declaredNoDiscipline: true,
    criteria,
    facts: { initiativesRegistered: 2, initiativesCompleted: 1, initiativesRecognised: 1, reportsSubmitted: 1, reportsLate: 1, reportsMissing: 0 },
    initiatives: [
      {
        id: "i1",
        content: "Số hóa hồ sơ quy hoạch",
        type: "SOLUTION",
        progress: "COMPLETED",
        isTypical: true,
        recognition: "được công nhận cấp Sở (QĐ số 52/QĐ-SQHKT ngày 05/12/2026)",
        completedOn: new Date("2026-06-30T00:00:00Z"),
        unitName: "Phòng Quy hoạch khu vực 1",
        ownerNames: "Nguyễn Văn An",
        results: [{ indicator: "Tỷ lệ hồ sơ đúng hạn", unitOfMeasure: "%", valueBefore: 92, valueAfter: 99.5 }],
      },
    ],
  };
  const text = (d: ReturnType<typeof draftDocument>) => d.blocks.map((b) => b.text).join("\n");

  it("the proposal letter: Tờ trình with its number, addressee, nominee, achievements, criteria and recipients", () => {
    const d = draftDocument("PROPOSAL_LETTER", model);
    expect(d.title).toBe("TỜ TRÌNH");
    expect(d.numberLine).toBe("Số:        /TTr-QHKV1");
    expect(d.placeAndDate).toBe("Thành phố Hồ Chí Minh, ngày     tháng     năm 2026");
    expect(d.subtitle).toEqual(["Về việc đề nghị tặng Giấy khen của Giám đốc Sở"]);
    expect(d.addressee).toBe("Kính gửi: Hội đồng Thi đua - Khen thưởng Sở Quy hoạch - Kiến trúc");
    const t = text(d);
    expect(t).toContain("Căn cứ Kế hoạch số 1128/KH-SQHKT của Sở Quy hoạch - Kiến trúc về phát động phong trào thi đua");
    expect(t).toContain("Cá nhân: Nguyễn Văn An, Chuyên viên, Phòng Quy hoạch khu vực 1");
    expect(t).toContain("Rút ngắn 30 % thời gian giải quyết.");
    expect(t).toContain("Hoàn thành tốt nhiệm vụ trở lên (bắt buộc): Đạt.");
    expect(t).toContain("Có sáng kiến được đăng ký: Không đạt.");
    expect(d.recipients).toEqual(["- Như trên;", "- Thường trực Hội đồng TĐKT;", "- Lưu: VT, QHKV1."]);
    expect(d.fileName).toBe("Tờ trình đề nghị khen thưởng - Nguyễn Văn An.docx");
  });

  it("the meeting minutes leave blanks for attendance and the vote, signed by the secretary and the chair", () => {
    const d = draftDocument("MEETING_MINUTES", model);
    expect(d.title).toBe("BIÊN BẢN");
    const t = text(d);
    expect(t).toContain("Số người đồng ý: ……………/…………… người dự họp");
    expect(t).toContain("Thành phần tham dự: ……………");
    expect(d.leftSigner?.title).toBe("THƯ KÝ");
    expect(d.signer.title).toBe("CHỦ TRÌ");
  });

  it("the achievement report lists the initiatives with their figures and the portal's counts", () => {
    const d = draftDocument("ACHIEVEMENT_REPORT", model);
    const t = text(d);
    expect(t).toContain("Họ và tên: Nguyễn Văn An");
    expect(t).toContain("Giải pháp: Số hóa hồ sơ quy hoạch (Phòng Quy hoạch khu vực 1) – Đã hoàn thành ngày 30/06/2026; được công nhận cấp Sở (QĐ số 52/QĐ-SQHKT ngày 05/12/2026).");
    expect(t).toContain("Tỷ lệ hồ sơ đúng hạn: 92 % → 99,5 %");
    expect(t).toContain("Báo cáo sơ kết, tổng kết đã gửi: 1, trong đó 1 nộp trễ hạn");
    expect(t).toContain("Xếp loại chất lượng năm 2026: Hoàn thành tốt nhiệm vụ");
    expect(d.signer.title).toBe("NGƯỜI BÁO CÁO THÀNH TÍCH");
  });

  it("names a business and a collective as such", () => {
    expect(nomineeLine({ type: "CITIZEN", name: "Công ty X", detail: "Quận 3", isBusiness: true, unitName: null })).toBe("Doanh nghiệp: Công ty X, Quận 3");
    expect(nomineeLine({ type: "COLLECTIVE", name: "Phòng QHKV1", detail: null, isBusiness: false, unitName: "Phòng QHKV1" })).toBe("Tập thể: Phòng QHKV1");
  });
});
