import { describe, expect, it } from "vitest";
import {
  addresseeOf,
  assembleDraft,
  buildFieldTable,
  documentSummary,
  figuresLine,
  formatRate,
  isSummaryEditable,
  joinParagraphs,
  oneParagraph,
  summaryStatusKey,
  sumUnitFieldCounts,
  UNIT_PARAGRAPH_MAX,
  type UnitReportText,
} from "../../lib/summary/rules";

const FIELDS = [
  { id: "f1", name: "Cải cách thể chế" },
  { id: "f2", name: "Cải cách thủ tục hành chính" },
  { id: "f3", name: "Cải cách tài chính công" },
];

describe("sums of the consolidated report", () => {
  it("adds units per field, a unit's override replacing its computed completed count", () => {
    const { byField, total } = sumUnitFieldCounts([
      { unitId: "a", fieldId: "f1", registered: 2, computedCompleted: 1, override: null },
      { unitId: "b", fieldId: "f1", registered: 1, computedCompleted: 0, override: null },
      { unitId: "b", fieldId: "f2", registered: 2, computedCompleted: 2, override: 1 },
      { unitId: "a", fieldId: "f2", registered: 3, computedCompleted: 0, override: 0 },
    ]);
    expect(byField.get("f1")).toEqual({ registered: 3, completed: 1 });
    expect(byField.get("f2")).toEqual({ registered: 5, completed: 1 });
    expect(total).toEqual({ registered: 8, completed: 2 });
  });

  it("lists every field of the plan in order with its number, rate and the totals row", () => {
    const table = buildFieldTable(FIELDS, [
      { fieldId: "f2", registered: 4, completed: 3, overrides: 1 },
      { fieldId: "f1", registered: 3, completed: 1, overrides: 0 },
    ]);
    expect(table.rows.map((r) => [r.no, r.name, r.registered, r.completed, r.rate])).toEqual([
      [1, "Cải cách thể chế", 3, 1, 1 / 3],
      [2, "Cải cách thủ tục hành chính", 4, 3, 0.75],
      [3, "Cải cách tài chính công", 0, 0, null],
    ]);
    expect(table.total).toEqual({ registered: 7, completed: 4, rate: 4 / 7, overrides: 1 });
  });

  it("writes rates with one decimal and a Vietnamese comma, a dash when nothing was registered", () => {
    expect(formatRate(null)).toBe("—");
    expect(formatRate(1)).toBe("100 %");
    expect(formatRate(0)).toBe("0 %");
    expect(formatRate(2 / 3)).toBe("66,7 %");
    expect(formatRate(0.5)).toBe("50 %");
    expect(formatRate(0.0049)).toBe("0,5 %");
  });

  it("states the totals in one sentence", () => {
    expect(figuresLine({ registered: 30, completed: 22 })).toBe("Tổng số mô hình, giải pháp đăng ký: 30; đã hoàn thành: 22 (73,3 %).");
    expect(figuresLine({ registered: 0, completed: 0 })).toBe("Tổng số mô hình, giải pháp đăng ký: 0; đã hoàn thành: 0.");
  });
});

describe("the draft assembled from the units' reports", () => {
  const table = buildFieldTable(FIELDS, [{ fieldId: "f1", registered: 4, completed: 1, overrides: 0 }]);
  const unit = (name: string, extra: Partial<UnitReportText> = {}): UnitReportText => ({
    unitName: name,
    situation: null,
    currentState: null,
    strengths: null,
    limitations: null,
    lessons: null,
    parts: [],
    ...extra,
  });

  it("writes one paragraph per unit that wrote the section, prefixed with its name, in the given order", () => {
    const draft = assembleDraft({
      table,
      units: [
        unit("Phòng A", { situation: "  Có 12 công chức.\n\nĐịa bàn   rộng. ", lessons: "Phân công rõ." }),
        unit("Phòng B", { situation: "", lessons: "   " }),
        unit("Văn phòng Sở", { situation: "Tiếp nhận 3.000 hồ sơ." }),
      ],
    });
    expect(draft.situation).toBe("Phòng A: Có 12 công chức. Địa bàn rộng.\n\nVăn phòng Sở: Tiếp nhận 3.000 hồ sơ.");
    expect(draft.lessons).toBe("Phòng A: Phân công rõ.");
    expect(draft.strengths).toBe("");
  });

  it("opens section II with the computed totals, then the units' paragraphs", () => {
    const draft = assembleDraft({ table, units: [unit("Phòng A", { currentState: "Đã triển khai 4 nội dung." })] });
    expect(draft.currentState).toBe("Tổng số mô hình, giải pháp đăng ký: 4; đã hoàn thành: 1 (25 %).\n\nPhòng A: Đã triển khai 4 nội dung.");
    expect(assembleDraft({ table, units: [] }).currentState).toBe("Tổng số mô hình, giải pháp đăng ký: 4; đã hoàn thành: 1 (25 %).");
  });

  it("gathers a unit's parts III and IV per initiative into its paragraph, skipping empty parts", () => {
    const draft = assembleDraft({
      table,
      units: [
        unit("Phòng A", {
          parts: [
            { content: "Số hóa hồ sơ", summary: "Quét 5.000 hồ sơ.", results: "Tra cứu: 3 ngày → 1 giờ." },
            { content: "Một cửa", summary: null, results: "Đúng hạn 92 % → 99 %." },
          ],
        }),
      ],
    });
    expect(draft.highlights).toBe("Phòng A: “Số hóa hồ sơ”: Quét 5.000 hồ sơ.");
    expect(draft.results).toBe("Phòng A: “Số hóa hồ sơ”: Tra cứu: 3 ngày → 1 giờ.; “Một cửa”: Đúng hạn 92 % → 99 %.");
  });

  it("cuts a very long unit paragraph, and a section that would exceed its limit says how many units were left out", () => {
    expect(oneParagraph("x".repeat(UNIT_PARAGRAPH_MAX + 50))).toHaveLength(UNIT_PARAGRAPH_MAX);
    expect(oneParagraph("x".repeat(UNIT_PARAGRAPH_MAX + 50)).endsWith("…")).toBe(true);
    const joined = joinParagraphs(["a".repeat(40), "b".repeat(40), "c".repeat(40)], 120);
    expect(joined).toBe(`${"a".repeat(40)}\n\n(Còn 2 đơn vị khác: xem báo cáo của từng đơn vị.)`);
    expect(joined.length).toBeLessThanOrEqual(120);
  });
});

describe("the report's life and its document", () => {
  it("is edited while a draft or returned, and a submission without a parent campaign is final", () => {
    expect([null, "DRAFT", "RETURNED", "SUBMITTED", "ACCEPTED"].map((s) => isSummaryEditable(s as never))).toEqual([true, true, true, false, false]);
    expect(summaryStatusKey(null, true)).toBe("NOT_STARTED");
    expect(summaryStatusKey("SUBMITTED", true)).toBe("SUBMITTED");
    expect(summaryStatusKey("SUBMITTED", false)).toBe("FINALISED");
    expect(summaryStatusKey("RETURNED", true)).toBe("RETURNED");
  });

  it("names the document after the campaign's movement and addresses the parent's receiving unit, else its issuer", () => {
    expect(documentSummary("MIDTERM", "Kế hoạch phát động phong trào thi đua về cải cách hành chính năm 2022")).toBe(
      "Sơ kết phong trào thi đua về cải cách hành chính năm 2022",
    );
    expect(documentSummary("FINAL", "Kế hoạch cải cách hành chính năm 2024")).toBe("Tổng kết thực hiện Kế hoạch cải cách hành chính năm 2024");
    expect(addresseeOf(null)).toBeNull();
    expect(addresseeOf({ issuingUnit: { name: "UBND Thành phố" }, receivingUnit: { name: "Sở Nội vụ" } })).toBe("Sở Nội vụ");
    expect(addresseeOf({ issuingUnit: { name: "UBND Quận 12" }, receivingUnit: null })).toBe("UBND Quận 12");
  });
});
