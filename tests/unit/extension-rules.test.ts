import { describe, expect, it } from "vitest";
import { deliverableOf, isHandedIn, milestoneShortLabel, submittedRefusal } from "../../lib/extensions/rules";

const at = new Date("2026-05-10T02:30:00Z"); // 10/05/2026 09:30 Vietnam time
const rec = (status: "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED" | "AWAITING_CONFIRMATION") => ({ status, lastSubmittedAt: status === "DRAFT" ? null : at, firstSubmittedAt: status === "DRAFT" ? null : at });

describe("extension refused once the unit has handed in what the milestone asks", () => {
  it("knows what each milestone asks of a unit: Mẫu 1, the report of a phase, or nothing tracked in the portal", () => {
    expect(deliverableOf("REGISTRATION")).toEqual({ kind: "REGISTRATION" });
    expect(deliverableOf("MIDTERM_REPORT")).toEqual({ kind: "REPORT", phase: "MIDTERM" });
    expect(deliverableOf("FINAL_REPORT")).toEqual({ kind: "REPORT", phase: "FINAL" });
    expect(deliverableOf("MIDTERM_SUMMARY")).toBeNull();
    expect(deliverableOf("OTHER")).toBeNull();
  });

  it("submitted and accepted are handed in; draft, awaiting confirmation and returned are not", () => {
    expect(isHandedIn("SUBMITTED")).toBe(true);
    expect(isHandedIn("ACCEPTED")).toBe(true);
    expect(isHandedIn("DRAFT")).toBe(false);
    expect(isHandedIn("AWAITING_CONFIRMATION")).toBe(false);
    expect(isHandedIn("RETURNED")).toBe(false);
    expect(isHandedIn(null)).toBe(false);
  });

  it("refuses a submitted or accepted Mẫu 1 or report with the deliverable's name and the submission time", () => {
    expect(submittedRefusal("REGISTRATION", rec("SUBMITTED"))).toBe("Đơn vị đã nộp Mẫu 1 lúc 10/05/2026 09:30: không cần gia hạn");
    expect(submittedRefusal("MIDTERM_REPORT", rec("SUBMITTED"))).toBe("Đơn vị đã nộp báo cáo sơ kết lúc 10/05/2026 09:30: không cần gia hạn");
    expect(submittedRefusal("FINAL_REPORT", rec("ACCEPTED"))).toBe("Đơn vị đã nộp báo cáo tổng kết lúc 10/05/2026 09:30: không cần gia hạn");
  });

  it("allows an extension with no record, a draft or a returned record, and for milestones tracked outside the portal", () => {
    expect(submittedRefusal("MIDTERM_REPORT", null)).toBeNull();
    expect(submittedRefusal("MIDTERM_REPORT", rec("DRAFT"))).toBeNull();
    expect(submittedRefusal("FINAL_REPORT", rec("RETURNED"))).toBeNull();
    expect(submittedRefusal("REGISTRATION", rec("RETURNED"))).toBeNull();
    expect(submittedRefusal("OTHER", rec("SUBMITTED"))).toBeNull();
  });
});

describe("short milestone names in the extension form", () => {
  it("names the deliverable and the phase, keeping the plan's own name for other milestones", () => {
    expect(milestoneShortLabel({ kind: "REGISTRATION", name: "Đăng ký giải pháp, mô hình… gửi về Văn phòng Sở", deliverable: "Mẫu 1" })).toBe("Đăng ký (Mẫu 1)");
    expect(milestoneShortLabel({ kind: "MIDTERM_REPORT", name: "Báo cáo sơ kết tiến độ thực hiện…", deliverable: "Mẫu 2 và Đề cương" })).toBe("Báo cáo sơ kết (Mẫu 2 và Đề cương)");
    expect(milestoneShortLabel({ kind: "FINAL_REPORT", name: "Báo cáo kết quả hoàn thành…", deliverable: null })).toBe("Báo cáo tổng kết (Mẫu 2 và Đề cương)");
    expect(milestoneShortLabel({ kind: "OTHER", name: "Gửi ảnh hoạt động", deliverable: "Ảnh" })).toBe("Gửi ảnh hoạt động");
  });
});
