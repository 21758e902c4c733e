import { describe, expect, it } from "vitest";
import { awardeeOrder } from "../../lib/awards/decisions/rules";
import { bareTitle, certificateHeading, certificateReason, clockVN, issuingAuthority, longCalendarDate, longDateVN, placeOf } from "../../lib/awards/decisions/official";
import { composeMinutes, type MinutesInput } from "../../lib/council/minutes/compose";
import { isHeadingLine } from "../../lib/council/minutes/document";

describe("wording of the certificate and the decision", () => {
  it("prints the issuing authority from the signer's title and the organisation without repeating a shared word", () => {
    expect(issuingAuthority("Giám đốc Sở", "Sở Quy hoạch - Kiến trúc")).toBe("GIÁM ĐỐC SỞ QUY HOẠCH - KIẾN TRÚC");
    expect(issuingAuthority("Giám đốc", "Sở Quy hoạch - Kiến trúc")).toBe("GIÁM ĐỐC SỞ QUY HOẠCH - KIẾN TRÚC");
    expect(issuingAuthority("Chủ tịch", "Ủy ban nhân dân Thành phố Hồ Chí Minh")).toBe("CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH");
    expect(issuingAuthority("Giám đốc Sở Quy hoạch - Kiến trúc", "Sở Quy hoạch - Kiến trúc")).toBe("GIÁM ĐỐC SỞ QUY HOẠCH - KIẾN TRÚC");
    expect(bareTitle("Giám đốc Sở", "Sở Quy hoạch - Kiến trúc")).toBe("Giám đốc");
    expect(bareTitle("Phó Chủ tịch", "Ủy ban nhân dân Thành phố")).toBe("Phó Chủ tịch");
  });

  it("gives a Giấy khen or Bằng khen, and confers an emulation title", () => {
    expect(certificateHeading("Giấy khen của Giám đốc Sở")).toEqual({ verb: "TẶNG", title: "GIẤY KHEN" });
    expect(certificateHeading("Bằng khen của Chủ tịch Ủy ban nhân dân Thành phố")).toEqual({ verb: "TẶNG", title: "BẰNG KHEN" });
    expect(certificateHeading("Tập thể lao động xuất sắc")).toEqual({ verb: "CÔNG NHẬN DANH HIỆU", title: "TẬP THỂ LAO ĐỘNG XUẤT SẮC" });
  });

  it("states the reason from the campaign's title", () => {
    expect(certificateReason({ title: "Kế hoạch phát động phong trào thi đua về cải cách hành chính năm 2022", documentNumber: "1128/KH-SQHKT" })).toBe(
      "Đã có thành tích xuất sắc trong phong trào thi đua về cải cách hành chính năm 2022",
    );
    expect(certificateReason({ title: "Kế hoạch cải cách hành chính 2022", documentNumber: "1/KH" })).toBe(
      "Đã có thành tích xuất sắc trong phong trào thi đua theo Kế hoạch số 1/KH: Kế hoạch cải cách hành chính 2022",
    );
  });

  it("writes place and dates as official documents do, in Vietnam time", () => {
    expect(placeOf("Sở Quy hoạch - Kiến trúc", "Ủy ban nhân dân Thành phố Hồ Chí Minh")).toBe("Thành phố Hồ Chí Minh");
    expect(placeOf("Sở X", null)).toBe("……………");
    expect(longCalendarDate(new Date("2022-12-28T00:00:00Z"))).toBe("ngày 28 tháng 12 năm 2022");
    expect(longCalendarDate(new Date("2022-04-05T00:00:00Z"))).toBe("ngày 05 tháng 4 năm 2022");
    // 17:30 UTC on 31/12 is 00:30 on 1/1 in Vietnam.
    expect(longDateVN(new Date("2025-12-31T17:30:00Z"))).toBe("ngày 01 tháng 1 năm 2026");
    expect(clockVN(new Date("2025-12-31T17:30:00Z"))).toBe("00 giờ 30");
  });

  it("numbers awardees by form, then collectives before individuals before citizens, then name", () => {
    const gk = { sortOrder: 1, name: "Giấy khen" };
    const rows = [
      { id: "3", nomineeType: "CITIZEN" as const, nomineeName: "Công ty A", awardForm: gk },
      { id: "2", nomineeType: "INDIVIDUAL" as const, nomineeName: "Võ Thị Mai", awardForm: gk },
      { id: "4", nomineeType: "INDIVIDUAL" as const, nomineeName: "Đặng Quốc Bảo", awardForm: gk },
      { id: "1", nomineeType: "COLLECTIVE" as const, nomineeName: "Phòng QHKV1", awardForm: gk },
      { id: "5", nomineeType: "COLLECTIVE" as const, nomineeName: "Phòng B", awardForm: { sortOrder: 2, name: "Tập thể lao động xuất sắc" } },
    ];
    expect([...rows].sort(awardeeOrder).map((r) => r.id)).toEqual(["1", "4", "2", "3", "5"]);
  });
});

describe("draft minutes", () => {
  const base: MinutesInput = {
    title: "Phiên họp",
    organisationName: "Sở Quy hoạch - Kiến trúc",
    headTitle: "Giám đốc Sở",
    parentOrganisationName: "Ủy ban nhân dân Thành phố Hồ Chí Minh",
    campaign: { documentNumber: "1128/KH-SQHKT", title: "Kế hoạch 2022" },
    meetingAt: new Date("2022-12-15T07:00:00Z"),
    location: null,
    agenda: null,
    ballotMode: "SECRET",
    chair: { fullName: "Nguyễn Thanh Nhã", jobTitle: "Giám đốc Sở" },
    secretary: null,
    members: [
      { fullName: "Nguyễn Thanh Nhã", jobTitle: "Giám đốc Sở", position: "CHAIR", present: true },
      { fullName: "Tạ Thị Bích Ngọc", jobTitle: null, position: "MEMBER", present: false },
    ],
    items: [
      {
        nomineeName: "Phòng QHKV1",
        nomineeType: "COLLECTIVE",
        nomineeDetail: null,
        unitName: "Phòng QHKV1",
        awardFormName: "Bằng khen của Chủ tịch UBND Thành phố",
        rule: { quorum: { numerator: 1, denominator: 2, strict: false }, threshold: { numerator: 1, denominator: 2, strict: true }, thresholdBase: "VOTES_CAST" },
        withinAuthority: false,
        failsHardCriterion: true,
        admissionJustification: "Thành tích đột xuất",
        invited: 2,
        present: 1,
        agree: 1,
        disagree: 0,
        abstain: 0,
        outcome: "APPROVED",
      },
    ],
  };

  it("states time and place in Vietnam time, the absent members, the office's justification and sends beyond-authority approvals up", () => {
    const text = composeMinutes(base);
    expect(text).toContain("Thời gian: 14 giờ 00, ngày 15 tháng 12 năm 2022.");
    expect(text).toContain("Địa điểm: Sở Quy hoạch - Kiến trúc.");
    expect(text).toContain("Thư ký: …………….");
    expect(text).toMatch(/Thành viên vắng mặt:\n- Tạ Thị Bích Ngọc – Ủy viên\./);
    expect(text).toContain("Thường trực đưa ra xét với lý do: Thành tích đột xuất.");
    expect(text).toContain("Hội đồng thống nhất trình Ủy ban nhân dân Thành phố Hồ Chí Minh xét khen thưởng 1 tập thể, cá nhân");
    expect(text).toContain("Hình thức biểu quyết: bỏ phiếu kín.");
    expect(text).not.toContain("Nguyễn Thanh Nhã.");
  });

  it("recognises the section headings the print bolds", () => {
    expect(isHeadingLine("I. THÀNH PHẦN THAM DỰ")).toBe(true);
    expect(isHeadingLine("IV. KẾT LUẬN")).toBe(true);
    expect(isHeadingLine("I. Thành phần")).toBe(false);
    expect(isHeadingLine("1. Phòng A")).toBe(false);
  });
});
