import { describe, expect, it } from "vitest";
import { clampDate, forwardBlocker, forwardLevel, mapFields, normaliseName, originOf, outcomeOf } from "../../lib/cascade/rules";

const f = (id: string, name: string, sortOrder: number) => ({ id, name, sortOrder });
const day = (d: string) => new Date(`${d}T00:00:00.000Z`);

describe("cascade rules", () => {
  it("compares field names without accents, case or extra spaces", () => {
    expect(normaliseName("  Cải cách  THỦ TỤC hành chính ")).toBe("cai cach thu tuc hanh chinh");
    expect(normaliseName("Xây dựng và phát triển chính quyền điện tử, chính quyền số")).toBe(
      normaliseName("xay dung va phat trien chinh quyen dien tu chinh quyen so"),
    );
    expect(normaliseName("Đổi mới")).toBe("doi moi");
  });

  it("maps fields by name, else by position, else to the parent's first field", () => {
    const child = [f("c1", "Cải cách thể chế", 1), f("c2", "Cải cách thủ tục hành chính", 2), f("c3", "Chuyển đổi số", 3), f("c4", "Khác", 4)];
    const parent = [f("p2", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 2), f("p1", "Cai cach the che", 1), f("p3", "Chính quyền số", 3)];
    const m = mapFields(child, parent)!;
    expect(m.get("c1")).toMatchObject({ to: { id: "p1" }, match: "name" });
    expect(m.get("c2")).toMatchObject({ to: { id: "p2" }, match: "name" });
    expect(m.get("c3")).toMatchObject({ to: { id: "p3" }, match: "position" });
    expect(m.get("c4")).toMatchObject({ to: { id: "p1" }, match: "first" });
    expect(mapFields(child, [])).toBeNull();
  });

  it("prefers City level when the parent allows it, else the parent's level, else the original's", () => {
    expect(forwardLevel(["DEPARTMENT", "CITY"], "DEPARTMENT")).toBe("CITY");
    expect(forwardLevel(["DEPARTMENT"], "CITY")).toBe("DEPARTMENT");
    expect(forwardLevel([], "DEPARTMENT")).toBe("DEPARTMENT");
  });

  it("clamps the expected completion into the parent's period", () => {
    expect(clampDate(day("2026-10-31"), day("2026-01-01"), day("2026-06-30"))).toEqual(day("2026-06-30"));
    expect(clampDate(day("2025-10-31"), day("2026-01-01"), day("2026-06-30"))).toEqual(day("2026-01-01"));
    expect(clampDate(day("2026-03-31"), day("2026-01-01"), day("2026-06-30"))).toEqual(day("2026-03-31"));
  });

  it("keeps the first link of the chain as the origin", () => {
    expect(originOf({ id: "a", unitId: "ua", originInitiativeId: null, originUnitId: null })).toEqual({ originInitiativeId: "a", originUnitId: "ua" });
    expect(originOf({ id: "b", unitId: "ub", originInitiativeId: "a", originUnitId: "ua" })).toEqual({ originInitiativeId: "a", originUnitId: "ua" });
  });

  it("reads the parent's outcome, the furthest step first", () => {
    const base = { registrationStatus: "SUBMITTED" as const, returnComment: null, isTypical: false, furtherDocumentNumber: null };
    expect(outcomeOf(base).label).toBe("Đang chờ tiếp nhận");
    expect(outcomeOf({ ...base, registrationStatus: "RETURNED", returnComment: "Bổ sung số liệu." }).label).toBe("Bị trả lại: Bổ sung số liệu.");
    expect(outcomeOf({ ...base, registrationStatus: "ACCEPTED" }).label).toBe("Đã tiếp nhận");
    expect(outcomeOf({ ...base, registrationStatus: "ACCEPTED", isTypical: true }).label).toBe("Được cấp trên chọn tiêu biểu");
    expect(outcomeOf({ ...base, isTypical: true, furtherDocumentNumber: "100/KH-UBND" }).label).toBe("Đã gửi tiếp lên 100/KH-UBND");
  });

  it("says why nothing can be forwarded", () => {
    expect(forwardBlocker({ organisationName: "Sở A", parent: null, isParticipant: false })).toContain("không thực hiện kế hoạch cấp trên");
    expect(forwardBlocker({ organisationName: "Sở A", parent: { documentNumber: "1018/KH-UBND", status: "PUBLISHED" }, isParticipant: false })).toBe(
      "Sở A không có trong danh sách đơn vị tham gia kế hoạch 1018/KH-UBND.",
    );
    expect(forwardBlocker({ organisationName: "Sở A", parent: { documentNumber: "1018/KH-UBND", status: "PUBLISHED" }, isParticipant: true })).toBeNull();
  });
});
