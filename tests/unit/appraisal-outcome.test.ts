import { describe, expect, it } from "vitest";
import { appraisalMinutesModel, minutesFileName, splitHeaderName, type AppraisalMinutesInput } from "../../lib/appraisal/outcome/document";
import { filterRows, parseResultFilters, rankLabel, safeCellText, tiedRanks, verdictCounts, verdictLabel } from "../../lib/appraisal/outcome/labels";
import { columnLetter, scoresFileName } from "../../lib/appraisal/outcome/xlsx";
import { DEFAULT_RUBRIC } from "../../lib/appraisal/rubric";

describe("appraisal outcome wording", () => {
  it("names the recognising level after the campaign's issuing unit", () => {
    expect(verdictLabel("RECOGNISE", "CITY")).toBe("Đề nghị công nhận cấp Thành phố");
    expect(verdictLabel("RECOGNISE", "DEPARTMENT")).toBe("Đề nghị công nhận cấp Sở");
    expect(verdictLabel("RECOGNISE", "WARD")).toBe("Đề nghị công nhận cấp Sở");
    expect(verdictLabel("PROPOSE_UPPER", "CITY")).toBe("Đề nghị cấp trên công nhận");
    expect(verdictLabel("NOT_PASSED", "CITY")).toBe("Chưa đạt");
    expect(verdictLabel("NEEDS_SURVEY", "CITY")).toBe("Cần khảo sát thực tế");
  });

  it("counts verdicts in the fixed order, zeros left out, the undecided last", () => {
    expect(verdictCounts(["NOT_PASSED", null, "RECOGNISE", "NOT_PASSED"], "DEPARTMENT")).toEqual([
      { label: "Đề nghị công nhận cấp Sở", count: 1 },
      { label: "Chưa đạt", count: 2 },
      { label: "Chưa có kết luận", count: 1 },
    ]);
    expect(verdictCounts([], "CITY")).toEqual([]);
  });

  it("shows shared ranks as equal", () => {
    const tied = tiedRanks([1, 1, 3, null, 4]);
    expect([...tied]).toEqual([1]);
    expect(rankLabel(1, tied.has(1))).toBe("1 (đồng hạng)");
    expect(rankLabel(3, tied.has(3))).toBe("3");
    expect(rankLabel(null, false)).toBe("—");
  });

  it("filters: only items to discuss, only items without a verdict", () => {
    const rows = [
      { id: "a", verdict: null, result: { flagged: true } },
      { id: "b", verdict: "NOT_PASSED", result: { flagged: true } },
      { id: "c", verdict: null, result: { flagged: false } },
    ];
    expect(parseResultFilters({ discuss: "1", pending: ["1"] })).toEqual({ discuss: true, pending: true });
    expect(parseResultFilters({ discuss: "yes" })).toEqual({ discuss: false, pending: false });
    expect(filterRows(rows, { discuss: true, pending: false }).map((r) => r.id)).toEqual(["a", "b"]);
    expect(filterRows(rows, { discuss: false, pending: true }).map((r) => r.id)).toEqual(["a", "c"]);
    expect(filterRows(rows, { discuss: true, pending: true }).map((r) => r.id)).toEqual(["a"]);
  });

  it("neutralises text that a spreadsheet would read as a formula, keeps ordinary dashes", () => {
    expect(safeCellText("=1+1")).toBe("'=1+1");
    expect(safeCellText("+84 90")).toBe("'+84 90");
    expect(safeCellText("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(safeCellText("\t=x")).toBe("'\t=x");
    expect(safeCellText("-A1")).toBe("'-A1");
    expect(safeCellText("- Giảm thời gian")).toBe("- Giảm thời gian");
    expect(safeCellText("-5 ngày")).toBe("-5 ngày");
    expect(safeCellText("Số hóa = hiệu quả")).toBe("Số hóa = hiệu quả");
  });

  it("spreadsheet helpers: column letters beyond Z, file names", () => {
    expect([1, 26, 27, 52, 53].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "BA"]);
    expect(scoresFileName("Đợt 1/2026: cấp Sở")).toBe("Kết quả thẩm định - Đợt 1 2026 cấp Sở.xlsx");
    expect(minutesFileName("  ")).toBe("Biên bản thẩm định - đợt thẩm định.docx");
  });
});

describe("appraisal minutes model", () => {
  it("breaks a long organisation name between words, keeps a short one on one line", () => {
    expect(splitHeaderName("Sở Quy hoạch - Kiến trúc")).toEqual(["Sở Quy hoạch - Kiến trúc"]);
    expect(splitHeaderName("Ủy ban nhân dân Thành phố Hồ Chí Minh")).toEqual(["Ủy ban nhân dân", "Thành phố Hồ Chí Minh"]);
    for (const l of splitHeaderName("Ban Quản lý các Khu chế xuất và công nghiệp Thành phố Hồ Chí Minh")) expect(l.length).toBeLessThanOrEqual(30);
  });

  const input = (over: Partial<AppraisalMinutesInput["round"]> = {}, kind = "DEPARTMENT"): AppraisalMinutesInput => ({
    issuingUnit: { name: "Sở Quy hoạch - Kiến trúc", kind, parentName: "Ủy ban nhân dân Thành phố Hồ Chí Minh" },
    campaign: { documentNumber: "1128/KH-SQHKT", title: "Kế hoạch thi đua CCHC năm 2026" },
    round: {
      name: "Đợt 1",
      status: "CLOSED",
      openedAt: new Date("2026-11-01T18:00:00Z"), // 02/11 in Vietnam
      closedAt: new Date("2026-11-20T09:00:00Z"),
      inclusionNote: "Tất cả nội dung đã hoàn thành.",
      minutesPlace: null,
      minutesNote: "Ý kiến một.\n\nÝ kiến hai.",
      spreadThreshold: 20,
      evaluatorsPerItem: 3,
      ...over,
    },
    chair: { fullName: "Nguyễn Văn Bình", jobTitle: "Phó Giám đốc", unitName: "Sở Quy hoạch - Kiến trúc" },
    evaluators: [{ fullName: "Trần Thị Hoa", jobTitle: null, unitName: "Văn phòng Sở" }],
    recorder: { fullName: "Đỗ Thị Lan", jobTitle: "Chuyên viên", unitName: "Văn phòng Sở" },
    criteria: DEFAULT_RUBRIC,
    rows: [
      { rank: 1, tied: true, content: "A", unitName: "Phòng 1", total: 85, flagged: false, verdict: "RECOGNISE" },
      { rank: 1, tied: true, content: "B", unitName: "Phòng 2", total: 85, flagged: true, verdict: null },
    ],
    now: new Date("2026-12-01T00:00:00Z"),
  });

  it("has the header, the dates in Vietnam time, the panel, the rubric, the inclusion rule, the table and the counts", () => {
    const m = appraisalMinutesModel(input());
    expect(m.draft).toBe(false);
    expect(m.parentLines).toEqual(["Sở Quy hoạch - Kiến trúc"]);
    expect(m.bodyLines).toEqual(["BAN CHỈ ĐẠO", "CẢI CÁCH HÀNH CHÍNH"]);
    expect(m.placeDate).toBe("Thành phố Hồ Chí Minh, ngày 20 tháng 11 năm 2026");
    // As printed: the layout draws an item's dash (lib/documents/nd30), so the text carries none.
    expect(m.blocks.filter((b) => b.kind === "item").every((b) => !/^\s*[-–•]/.test(b.text))).toBe(true);
    const text = m.blocks.map((b) => (b.kind === "item" ? `- ${b.text}` : "text" in b ? b.text : "[TABLE]")).join("\n");
    expect(text).toContain("Thời gian thẩm định: từ ngày 02/11/2026 đến ngày 20/11/2026.");
    expect(text).toContain("Địa điểm: Sở Quy hoạch - Kiến trúc.");
    expect(text).toContain("Chủ trì: Nguyễn Văn Bình, Phó Giám đốc, Sở Quy hoạch - Kiến trúc.");
    expect(text).toContain("- Trần Thị Hoa, Văn phòng Sở.");
    expect(text).toContain("- Tiêu chí 2: Hiệu quả (có số liệu minh chứng), tối đa 30 điểm.");
    expect(text).toContain("2 mô hình, giải pháp, sáng kiến (Tất cả nội dung đã hoàn thành); mỗi nội dung do 3 thành viên chấm độc lập.");
    expect(text).toContain("1 nội dung có độ lệch điểm giữa các thành viên trên 20 điểm");
    expect(text).toContain("- Đề nghị công nhận cấp Sở: 1 nội dung.\n- Chưa có kết luận: 1 nội dung.");
    expect(text).toContain("Ý kiến khác:\nÝ kiến một.\nÝ kiến hai.");
    expect(text).not.toMatch(/\.\./);
    expect(m.table).toEqual([
      { no: "1", rank: "1 (đồng hạng)", content: "A", unitName: "Phòng 1", total: "85", verdict: "Đề nghị công nhận cấp Sở" },
      { no: "2", rank: "1 (đồng hạng)", content: "B", unitName: "Phòng 2", total: "85", verdict: "Chưa có kết luận" },
    ]);
    expect(m.recorderName).toBe("Đỗ Thị Lan");
    expect(m.chairName).toBe("Nguyễn Văn Bình");
  });

  it("an open round gives a draft dated today, a City plan recognises at cấp Thành phố", () => {
    const m = appraisalMinutesModel(input({ status: "OPEN", closedAt: null, minutesPlace: "Phòng họp 2" }, "CITY"));
    expect(m.draft).toBe(true);
    expect(m.placeDate).toBe("Thành phố Hồ Chí Minh, ngày 01 tháng 12 năm 2026");
    const text = m.blocks.map((b) => ("text" in b ? b.text : "")).join("\n");
    expect(text).toContain("từ ngày 02/11/2026 (đợt thẩm định chưa kết thúc)");
    expect(text).toContain("Địa điểm: Phòng họp 2.");
    expect(m.table[0].verdict).toBe("Đề nghị công nhận cấp Thành phố");
  });
});
