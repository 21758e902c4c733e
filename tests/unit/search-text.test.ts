import { describe, expect, it } from "vitest";
import { unitComboboxOptions } from "@/components/admin/unit-options";
import { foldSearchText, matchesSearch } from "@/components/ui/search-text";

describe("search without diacritics (combobox)", () => {
  it("folds Vietnamese marks, đ and case", () => {
    expect(foldSearchText("Phòng Đô thị  thông minh")).toBe("phong do thi thong minh");
    expect(foldSearchText("Ủy ban nhân dân Thành phố Hồ Chí Minh")).toBe("uy ban nhan dan thanh pho ho chi minh");
    // Precomposed and decomposed forms fold alike.
    expect(foldSearchText("Nguyễn".normalize("NFD"))).toBe(foldSearchText("Nguyễn".normalize("NFC")));
  });

  it("matches every word in any order, typed with or without marks", () => {
    const text = foldSearchText("Phòng Kế hoạch - Tài chính Sở Quy hoạch - Kiến trúc");
    expect(matchesSearch(text, "ke hoach tai chinh")).toBe(true);
    expect(matchesSearch(text, "tài chính kế")).toBe(true);
    expect(matchesSearch(text, "so quy hoach")).toBe(true);
    expect(matchesSearch(text, "xay dung")).toBe(false);
    expect(matchesSearch(text, "   ")).toBe(true);
  });

  it("unit options keep the tree: name without indentation, depth, parent as hint", () => {
    const nb = "\u00a0\u00a0\u00a0";
    const options = unitComboboxOptions([
      { id: "a", label: "UBND Thành phố", path: "/a/", level: 0 },
      { id: "b", label: `${nb}Sở Quy hoạch - Kiến trúc`, path: "/a/b/", level: 1 },
      { id: "c", label: `${nb}${nb}Văn phòng Sở`, path: "/a/b/c/", level: 2 },
      { id: "d", label: `${nb}Sở Xây dựng`, path: "/a/d/", level: 1 },
    ]);
    expect(options).toEqual([
      { value: "a", label: "UBND Thành phố", depth: 0, hint: undefined },
      { value: "b", label: "Sở Quy hoạch - Kiến trúc", depth: 1, hint: "UBND Thành phố" },
      { value: "c", label: "Văn phòng Sở", depth: 2, hint: "Sở Quy hoạch - Kiến trúc" },
      { value: "d", label: "Sở Xây dựng", depth: 1, hint: "UBND Thành phố" },
    ]);
  });
});
