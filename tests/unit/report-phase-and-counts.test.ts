import { describe, expect, it } from "vitest";
import { completedFor, completionRate, overrideProblem, sumByField } from "@/lib/reports/counts";
import { isWindowOpen, phaseOfMilestoneKind, phaseWindow } from "@/lib/reports/phase";

const d = (iso: string) => new Date(iso);
const plan = [
  { id: "reg", kind: "REGISTRATION" as const, dueAt: d("2022-04-17T17:00:00Z"), opensAt: null },
  { id: "mid", kind: "MIDTERM_REPORT" as const, dueAt: d("2022-06-09T17:00:00Z"), opensAt: null },
  { id: "midsum", kind: "MIDTERM_SUMMARY" as const, dueAt: d("2022-06-19T17:00:00Z"), opensAt: null },
  { id: "fin", kind: "FINAL_REPORT" as const, dueAt: d("2022-11-09T17:00:00Z"), opensAt: null },
];

describe("report phases", () => {
  it("opens the mid-term report when registration falls due", () => {
    const w = phaseWindow(plan, "MIDTERM");
    expect(w?.milestone.id).toBe("mid");
    expect(w?.opensAt).toEqual(plan[0].dueAt);
    expect(isWindowOpen(w, d("2022-04-17T16:59:59Z"))).toBe(false);
    expect(isWindowOpen(w, d("2022-04-17T17:00:00Z"))).toBe(true);
  });

  it("opens the final report when the mid-term report falls due", () => {
    expect(phaseWindow(plan, "FINAL")?.opensAt).toEqual(plan[1].dueAt);
  });

  it("opens the summary report when the units' report falls due", () => {
    expect(phaseWindow(plan, "MIDTERM", true)?.opensAt).toEqual(plan[1].dueAt);
  });

  it("prefers the milestone's own opening date", () => {
    const own = plan.map((m) => (m.id === "fin" ? { ...m, opensAt: d("2022-10-01T00:00:00Z") } : m));
    expect(phaseWindow(own, "FINAL")?.opensAt).toEqual(d("2022-10-01T00:00:00Z"));
  });

  it("has no window, and is closed, when the plan has no such milestone", () => {
    expect(phaseWindow(plan, "FINAL", true)).toBeNull();
    expect(isWindowOpen(null, new Date())).toBe(false);
  });

  it("is open from publication when nothing comes before it", () => {
    const w = phaseWindow([plan[1]], "MIDTERM");
    expect(w?.opensAt).toBeNull();
    expect(isWindowOpen(w, d("2000-01-01T00:00:00Z"))).toBe(true);
  });

  it("maps milestone kinds to phases", () => {
    expect(phaseOfMilestoneKind("FINAL_SUMMARY")).toEqual({ phase: "FINAL", summary: true });
    expect(phaseOfMilestoneKind("REGISTRATION")).toBeNull();
  });
});

describe("Mẫu 2 counts", () => {
  it("uses the override only when one is given", () => {
    expect(completedFor(3, null)).toBe(3);
    expect(completedFor(3, 0)).toBe(0);
  });

  it("has no rate when nothing was registered", () => {
    expect(completionRate(0, 0)).toBeNull();
    expect(completionRate(4, 3)).toBe(0.75);
  });

  it("refuses a completed count above the registered count", () => {
    expect(overrideProblem(2, 3, "lý do")).toBe("Số lượng hoàn thành (3) không được lớn hơn số lượng đăng ký (2).");
  });

  it("asks for a note with every override, and accepts the boundary", () => {
    expect(overrideProblem(2, 2, " ")).toMatch(/lý do/);
    expect(overrideProblem(2, 2, "Hai nội dung hoàn thành ngoài kế hoạch")).toBeNull();
    expect(overrideProblem(2, -1, "x")).toMatch(/không âm/);
    expect(overrideProblem(2, null, null)).toBeNull();
  });

  it("sums rows per field and in total", () => {
    const { byField, total } = sumByField([
      { fieldId: "a", registered: 2, completed: 1 },
      { fieldId: "a", registered: 3, completed: 3 },
      { fieldId: "b", registered: 1, completed: 0 },
    ]);
    expect(byField.get("a")).toEqual({ registered: 5, completed: 4 });
    expect(total).toEqual({ registered: 6, completed: 4 });
  });
});
