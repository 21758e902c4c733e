import { describe, expect, it } from "vitest";
import { linesNeeded, rowHeightFor, titleRowHeight } from "../../lib/documents/xlsx-layout";

describe("row heights of wrapped text in XLSX", () => {
  it("counts the lines a text takes in a column, explicit line breaks included", () => {
    expect(linesNeeded("", 20)).toBe(1);
    expect(linesNeeded("Rà soát quy chế", 20)).toBe(1);
    expect(linesNeeded("a".repeat(100), 20)).toBe(6);
    expect(linesNeeded("dòng 1\ndòng 2\ndòng 3", 60)).toBe(3);
  });

  it("gives a row the height of its tallest cell, one line at least, never more than Excel allows", () => {
    expect(rowHeightFor([{ text: "1", width: 6 }])).toBe(19);
    const tall = rowHeightFor([
      { text: "1", width: 6 },
      { text: "Số hóa hồ sơ quy hoạch ".repeat(10), width: 60 },
    ]);
    expect(tall).toBeGreaterThan(rowHeightFor([{ text: "Số hóa", width: 60 }]));
    expect(rowHeightFor([{ text: "x".repeat(100_000), width: 10 }])).toBe(409);
  });

  it("gives a title line room for its larger font and the marks above Vietnamese capitals", () => {
    const title = "BÁO CÁO SƠ KẾT PHONG TRÀO THI ĐUA VỀ CẢI CÁCH HÀNH CHÍNH";
    expect(titleRowHeight(title, 200, 14)).toBe(25); // one line of 14 pt with its marks
    expect(titleRowHeight(title, 40, 14)).toBeGreaterThan(titleRowHeight(title, 40, 12));
    expect(titleRowHeight(title, 200, 14)).toBeGreaterThan(rowHeightFor([{ text: title, width: 200 }], 14));
    expect(titleRowHeight("x".repeat(100_000), 10)).toBe(409);
  });
});
