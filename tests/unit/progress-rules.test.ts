import { describe, expect, it } from "vitest";
import { formatVnNumber, numberToInput, parseVnNumber, progressColumns, progressOpenFor } from "@/lib/progress/rules";
import { MESSAGES, progressFormSchema } from "@/lib/progress/schemas";

const value = (s: string) => {
  const r = parseVnNumber(s);
  return r.ok ? r.value : r.empty ? "empty" : "error";
};

describe("figures typed by Vietnamese users", () => {
  it("reads a decimal comma and a decimal point", () => {
    expect(value("92,5")).toBe(92.5);
    expect(value("92.5")).toBe(92.5);
    expect(value(" 99 ")).toBe(99);
    expect(value("0,75")).toBe(0.75);
    expect(value("-3,5")).toBe(-3.5);
    expect(value("0.500")).toBe(0.5);
  });

  it("reads thousands grouped with dots or spaces, and dots with a decimal comma", () => {
    expect(value("1.234.567")).toBe(1234567);
    expect(value("1 234 567")).toBe(1234567);
    expect(value("1\u00a0500")).toBe(1500);
    expect(value("1.234,5")).toBe(1234.5);
    expect(value("1,234.5")).toBe(1234.5);
  });

  it("refuses text, units inside the number and badly grouped figures", () => {
    for (const bad of ["abc", "92%", "9 2", "1.2.3", "1,,5", "12,", ",5", "--1", "1e5", "NaN", "Infinity", "1.23.456"]) {
      expect(value(bad), bad).toBe("error");
    }
    const r = parseVnNumber("mười");
    expect(r.ok === false && !r.empty && r.message).toContain("Giá trị phải là số");
  });

  it("refuses a single dot followed by three digits as ambiguous (1.500 is one thousand five hundred in Vietnamese)", () => {
    const r = parseVnNumber("1.500");
    expect(r.ok).toBe(false);
    if (!r.ok && !r.empty) expect(r.message).toContain("chưa rõ");
  });

  it("treats an empty box as no value, and writes numbers back with a decimal comma", () => {
    expect(value("")).toBe("empty");
    expect(value("   ")).toBe("empty");
    expect(numberToInput(92.5)).toBe("92,5");
    expect(numberToInput(null)).toBe("");
    expect(formatVnNumber(31500)).toBe("31.500");
    expect(formatVnNumber(92.5)).toBe("92,5");
  });
});

describe("progress rules", () => {
  const rules = { today: "2026-11-22", startsOn: "2026-01-01" };
  const schema = progressFormSchema(rules);
  const base = { initiativeId: "i1", updatedAt: "2026-11-01T00:00:00.000Z", progress: "IN_PROGRESS", completedOn: "", droppedReason: "", progressNote: "", results: [] };
  const issues = (input: object) => {
    const r = schema.safeParse({ ...base, ...input });
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
  };
  const row = (o: object) => ({ indicator: "Tỷ lệ hồ sơ đúng hạn", unitOfMeasure: "%", valueBefore: "", valueAfter: "", source: "", ...o });

  it("needs a completion date when completed, not in the future and not before the campaign", () => {
    expect(issues({ progress: "COMPLETED" })).toEqual({ completedOn: MESSAGES.completedOn });
    expect(issues({ progress: "COMPLETED", completedOn: "2026-11-23" })).toEqual({ completedOn: MESSAGES.completedOnFuture });
    expect(issues({ progress: "COMPLETED", completedOn: "2025-12-31" }).completedOn).toContain("01/01/2026");
    expect(issues({ progress: "COMPLETED", completedOn: "2026-11-22" })).toEqual({});
    expect(issues({ progress: "COMPLETED", completedOn: "2026-02-30" })).toEqual({ completedOn: MESSAGES.completedOn });
  });

  it("needs a reason when dropped", () => {
    expect(issues({ progress: "DROPPED", droppedReason: "   " })).toEqual({ droppedReason: MESSAGES.droppedReason });
    expect(issues({ progress: "DROPPED", droppedReason: "Thay đổi quy định" })).toEqual({});
  });

  it("refuses a 'before' without an 'after', a figure that is not a number and an empty indicator, all at once", () => {
    expect(issues({ results: [row({ valueBefore: "92,5" })] })).toEqual({ "results.0.valueAfter": MESSAGES.beforeWithoutAfter });
    expect(issues({ results: [row({})] })).toEqual({ "results.0.valueAfter": MESSAGES.valueAfter });
    const many = issues({ results: [row({ indicator: " ", valueBefore: "nhiều", valueAfter: "99" }), row({ unitOfMeasure: "", valueAfter: "abc" })] });
    expect(many["results.0.indicator"]).toBe(MESSAGES.indicator);
    expect(many["results.0.valueBefore"]).toContain("Giá trị phải là số");
    expect(many["results.1.unitOfMeasure"]).toBe(MESSAGES.unitOfMeasure);
    expect(many["results.1.valueAfter"]).toContain("Giá trị phải là số");
  });

  it("parses the figures to numbers (decimal comma) and accepts an 'after' alone", () => {
    const r = schema.parse({ ...base, results: [row({ valueBefore: "92,5", valueAfter: "99" }), row({ valueAfter: "1.234,5" })] });
    expect(r.results.map((x) => [x.valueBefore, x.valueAfter])).toEqual([
      [92.5, 99],
      [null, 1234.5],
    ]);
  });

  it("keeps a completion date only when completed and a reason only when dropped", () => {
    expect(progressColumns({ progress: "IN_PROGRESS", completedOn: "2026-01-02", droppedReason: "x" })).toEqual({ completedOn: null, droppedReason: null });
    expect(progressColumns({ progress: "COMPLETED", completedOn: "2026-01-02", droppedReason: "x" })).toEqual({ completedOn: "2026-01-02", droppedReason: null });
    expect(progressColumns({ progress: "DROPPED", completedOn: "2026-01-02", droppedReason: "x" })).toEqual({ completedOn: null, droppedReason: "x" });
  });

  it("opens progress once the form was submitted at least once or accepted", () => {
    expect(progressOpenFor({ firstSubmittedAt: null, status: "DRAFT" })).toBe(false);
    expect(progressOpenFor({ firstSubmittedAt: null, status: "AWAITING_CONFIRMATION" })).toBe(false);
    expect(progressOpenFor({ firstSubmittedAt: new Date(), status: "RETURNED" })).toBe(true);
    expect(progressOpenFor({ firstSubmittedAt: null, status: "ACCEPTED" })).toBe(true);
  });
});
