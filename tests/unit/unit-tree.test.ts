import { describe, expect, it } from "vitest";
import { childPath, depthOf, isInSubtree, sortAsTree } from "../../lib/units/tree";

const u = (id: string, parentId: string | null, name: string, sortOrder = 0) => ({ id, parentId, name, sortOrder });

describe("unit tree helpers", () => {
  it("lists parents before children, siblings by order then Vietnamese name, with their level", () => {
    const rows = sortAsTree([
      u("p2", "city", "Phường Bến Thành"),
      u("o2", "dept", "Phòng Kiến trúc", 2),
      u("city", null, "UBND Thành phố"),
      u("o1", "dept", "Văn phòng Sở", 1),
      u("dept", "city", "Sở Quy hoạch - Kiến trúc"),
      u("p1", "city", "Phường Đa Kao"),
      u("o3", "dept", "Phòng Ánh sáng", 2),
    ]);
    expect(rows.map((r) => `${"-".repeat(r.level)}${r.name}`)).toEqual([
      "UBND Thành phố",
      "-Phường Bến Thành",
      "-Phường Đa Kao",
      "-Sở Quy hoạch - Kiến trúc",
      "--Văn phòng Sở",
      "--Phòng Ánh sáng",
      "--Phòng Kiến trúc",
    ]);
  });

  it("treats units whose parent is not in the list as roots", () => {
    expect(sortAsTree([u("a", "missing", "A"), u("b", "a", "B")]).map((r) => [r.id, r.level])).toEqual([
      ["a", 0],
      ["b", 1],
    ]);
  });

  it("builds materialised paths and depths", () => {
    const root = childPath(null, "r");
    const child = childPath(root, "c");
    expect([root, child]).toEqual(["/r/", "/r/c/"]);
    expect([depthOf(root), depthOf(child)]).toEqual([0, 1]);
    expect(isInSubtree(child, root)).toBe(true);
    expect(isInSubtree(root, child)).toBe(false);
  });
});
