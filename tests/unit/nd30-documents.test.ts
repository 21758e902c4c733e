import { describe, expect, it } from "vitest";
import { decisionSigner } from "../../lib/awards/decisions/document";
import { awardLegalGrounds } from "../../lib/awards/decisions/official";
import { criterionLine } from "../../lib/awards/proposals/dossier-text";
import { fitName, headerLayout, textWidthMm } from "../../lib/documents/nd30/header-layout";
import { documentFileName, headerParentName, nd30CalendarDate, nd30Date, numberLine, unitSymbol } from "../../lib/documents/nd30/model";

describe("Nghị định 30 wording", () => {
  it("numbers a document with its type and the unit's symbol, leaving room for the clerk's number", () => {
    expect(numberLine("QĐ", "SQHKT", "152")).toBe("Số: 152/QĐ-SQHKT");
    expect(numberLine("QĐ", "SQHKT", "152/QĐ-SQHKT")).toBe("Số: 152/QĐ-SQHKT");
    expect(numberLine("TTr", "QHKV1")).toBe("Số:        /TTr-QHKV1");
    expect(numberLine("BB", "")).toBe("Số:        /BB");
  });

  it("takes the configured symbol, else the code, as letters, digits and hyphens in capitals", () => {
    expect(unitSymbol({ documentSymbol: "sqhkt", code: "X" })).toBe("SQHKT");
    expect(unitSymbol({ documentSymbol: null, code: "SQHKT-QHKV1" })).toBe("SQHKT-QHKV1");
    expect(unitSymbol({ documentSymbol: "  ", code: "A.B c" })).toBe("ABC");
    expect(unitSymbol({ documentSymbol: "ĐKS", code: null })).toBe("ĐKS");
  });

  it("writes dates with a leading zero for days below 10 and months below 3, in Vietnam's calendar", () => {
    expect(nd30Date(new Date("2026-02-04T18:00:00Z"))).toBe("ngày 05 tháng 02 năm 2026"); // 01:00 on 5 Feb in Vietnam
    expect(nd30Date(new Date("2026-12-15T03:00:00Z"))).toBe("ngày 15 tháng 12 năm 2026");
    expect(nd30Date(null, 2026)).toBe("ngày      tháng      năm 2026");
    expect(nd30CalendarDate(new Date("2026-03-09T00:00:00Z"))).toBe("ngày 09 tháng 3 năm 2026");
  });

  it("abbreviates the body above as the decree allows and upper-cases it", () => {
    expect(headerParentName("Ủy ban nhân dân Thành phố Hồ Chí Minh")).toBe("UBND THÀNH PHỐ HỒ CHÍ MINH");
    expect(headerParentName("Hội đồng nhân dân tỉnh Bình Dương")).toBe("HĐND TỈNH BÌNH DƯƠNG");
    expect(headerParentName("Sở Quy hoạch - Kiến trúc")).toBe("SỞ QUY HOẠCH - KIẾN TRÚC");
  });

  it("makes a safe file name", () => {
    expect(documentFileName('Quyết định 1/2: "a"', "pdf")).toBe("Quyết định 1 2 a.pdf");
    expect(documentFileName("  ", "docx")).toBe("van-ban.docx");
  });
});

describe("header lines", () => {
  it("measures Times: the national title at 12 pt is about 88 mm, bold wider than regular", () => {
    const w = textWidthMm("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, "bold");
    expect(w).toBeGreaterThan(85);
    expect(w).toBeLessThan(91);
    expect(textWidthMm("SỞ NỘI VỤ", 13, "bold")).toBeGreaterThan(textWidthMm("SỞ NỘI VỤ", 13, "regular"));
  });

  it("keeps a name that fits on one line, at 13 pt when it can", () => {
    expect(fitName("SỞ QUY HOẠCH - KIẾN TRÚC", 73, "bold")).toEqual([{ text: "SỞ QUY HOẠCH - KIẾN TRÚC", sizePt: 13 }]);
    expect(fitName("UBND THÀNH PHỐ HỒ CHÍ MINH", 73, "regular")).toEqual([{ text: "UBND THÀNH PHỐ HỒ CHÍ MINH", sizePt: 12 }]);
  });

  it("breaks a long name between whole words, never inside one and never at a hyphen", () => {
    expect(fitName("BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH", 73, "bold").map((l) => l.text)).toEqual(["BAN CHỈ ĐẠO", "CẢI CÁCH HÀNH CHÍNH"]);
    expect(fitName("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", 73, "bold").map((l) => l.text)).toEqual(["HỘI ĐỒNG", "THI ĐUA - KHEN THƯỞNG"]);
    for (const l of fitName("BAN QUẢN LÝ CÁC KHU CHẾ XUẤT VÀ CÔNG NGHIỆP THÀNH PHỐ HỒ CHÍ MINH", 73, "bold")) {
      expect(textWidthMm(l.text, l.sizePt, "bold")).toBeLessThanOrEqual(73);
      expect(l.text).not.toMatch(/^-|-$|VÀ$/u);
    }
  });

  it("gives the right column room for the title, the motto and the place and date, the rest to the names", () => {
    const h = headerLayout({ parentBody: "Ủy ban nhân dân Thành phố Hồ Chí Minh", issuingBody: "Sở Quy hoạch - Kiến trúc", placeDate: "Thành phố Hồ Chí Minh, ngày 05 tháng 12 năm 2026", textWidthMm: 165 });
    expect(h.leftMm + h.rightMm).toBeLessThanOrEqual(175);
    expect(h.parent.map((l) => l.text)).toEqual(["UBND THÀNH PHỐ HỒ CHÍ MINH"]);
    expect(h.issuer.map((l) => l.text)).toEqual(["SỞ QUY HOẠCH - KIẾN TRÚC"]);
    expect(textWidthMm("Thành phố Hồ Chí Minh, ngày 05 tháng 12 năm 2026", h.placeDatePt, "italic")).toBeLessThan(h.rightMm);
  });
});

describe("decision and dossier wording", () => {
  it("a deputy signs for the head (KT.), the head signs alone", () => {
    expect(decisionSigner("Phó Giám đốc Sở", "Sở Quy hoạch - Kiến trúc", "A").signer).toEqual({ authority: ["KT. GIÁM ĐỐC"], title: "PHÓ GIÁM ĐỐC", name: "A" });
    expect(decisionSigner("Giám đốc", "Sở Quy hoạch - Kiến trúc", "B")).toEqual({ head: "Giám đốc", signer: { title: "GIÁM ĐỐC", name: "B" } });
  });

  it("cites the law in force on the day: the 2003 law and Nghị định 91/2017 before 2024, the 2022 law and Nghị định 98/2023 after", () => {
    expect(awardLegalGrounds("2022-12-28").join(" ")).toContain("Nghị định số 91/2017/NĐ-CP");
    expect(awardLegalGrounds("2022-12-28").join(" ")).not.toContain("98/2023");
    expect(awardLegalGrounds("2023-12-31").join(" ")).toContain("ngày 26 tháng 11 năm 2003");
    expect(awardLegalGrounds("2024-01-01").join(" ")).toContain("Nghị định số 98/2023/NĐ-CP");
  });

  it("a criterion reads without doubled punctuation", () => {
    expect(criterionLine({ content: "Không bị kỷ luật trong năm.", hard: true, met: true, basis: "đơn vị kê khai: không bị xử lý kỷ luật trong năm." })).toBe(
      "Không bị kỷ luật trong năm (bắt buộc): Đạt. Đơn vị kê khai: không bị xử lý kỷ luật trong năm.",
    );
    expect(criterionLine({ content: "Có sáng kiến", hard: false, met: null, basis: "" })).toBe("Có sáng kiến: Chưa xác định.");
  });
});
