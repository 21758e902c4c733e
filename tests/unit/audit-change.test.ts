import { describe, expect, it } from "vitest";
import { auditChange } from "@/lib/audit/change";

const row = (id: string, content: string) => ({ id, fieldId: "f1", content, level: "DEPARTMENT" });

describe("what an audit entry changed, as a record's history shows it", () => {
  it("a save that edits one row of twenty shows that row only, before and after, and says the rest was left out", () => {
    const before = { status: "DRAFT", rows: Array.from({ length: 20 }, (_, i) => row(`r${i}`, `Nội dung ${i}`)) };
    const after = { status: "DRAFT", rows: before.rows.map((r) => (r.id === "r7" ? { ...r, content: "Nội dung 7 đã sửa" } : r)) };
    expect(auditChange(before, after)).toEqual({ before: { rows: [row("r7", "Nội dung 7")] }, after: { rows: [row("r7", "Nội dung 7 đã sửa")] }, pruned: true });
  });

  it("added rows appear after only, removed rows before only", () => {
    const before = { rows: [row("a", "A"), row("b", "B")] };
    const after = { rows: [row("a", "A"), row("c", "C")] };
    expect(auditChange(before, after)).toEqual({ before: { rows: [row("b", "B")] }, after: { rows: [row("c", "C")] }, pruned: true });
  });

  it("a changed status is shown with its rows' changes; keys that only one side has are kept on that side", () => {
    const change = auditChange({ status: "DRAFT", submittedVersion: null }, { status: "SUBMITTED", submittedVersion: 1, isLate: false });
    expect(change).toEqual({ before: { status: "DRAFT", submittedVersion: null }, after: { status: "SUBMITTED", submittedVersion: 1, isLate: false }, pruned: false });
  });

  it("a creation (nothing before), a deletion and plain values are shown as stored", () => {
    const rows = { rows: [row("a", "A")] };
    expect(auditChange(null, rows)).toEqual({ before: null, after: rows, pruned: false });
    expect(auditChange(rows, undefined)).toEqual({ before: rows, after: undefined, pruned: false });
    expect(auditChange("x", "y")).toEqual({ before: "x", after: "y", pruned: false });
  });

  it("lists whose items have no id are compared whole", () => {
    const change = auditChange({ names: ["An", "Bình"] }, { names: ["An", "Chi"] });
    expect(change).toEqual({ before: { names: ["An", "Bình"] }, after: { names: ["An", "Chi"] }, pruned: false });
  });
});
