import { describe, expect, it } from "vitest";
import type { ScopedRole } from "@/lib/auth/roles";
import { campaignTabsFor } from "@/lib/campaigns/navigation";

const so = { id: "so", path: "/root/so/" };
const other = { id: "other", path: "/root/other/" };
const phong = { id: "phong", path: "/root/so/phong/" };
const role = (r: ScopedRole["role"], unit = so): ScopedRole => ({ role: r, unitId: unit.id, unitPath: unit.path });
const labels = (roles: ScopedRole[], status: "DRAFT" | "PUBLISHED" | "CLOSED" = "PUBLISHED", issuingUnit = so) =>
  campaignTabsFor(roles, { status, issuingUnit }).map((t) => t.label);

describe("the tabs of a campaign's pages", () => {
  it("give the issuing unit's CCHC office every page of the plan, the extensions included once published", () => {
    const tabs = labels([role("CCHC_OFFICE")]);
    expect(tabs).toEqual([
      "Kế hoạch",
      "Lịch các mốc",
      "Tình hình nộp",
      "Tuân thủ thời hạn",
      "Gia hạn cho đơn vị",
      "Nhận bản giấy",
      "Tổng hợp Mẫu 1",
      "Mô hình tiêu biểu",
      "Hiến kế người dân",
      "Báo cáo đơn vị",
      "Báo cáo tổng hợp",
      "Gửi lên cấp trên",
      "Cấp dưới gửi lên",
      "Thẩm định",
      "Công nhận",
      "Đề nghị khen thưởng",
      "Hội đồng TĐKT",
    ]);
    expect(labels([role("CCHC_OFFICE")], "DRAFT")).not.toContain("Gia hạn cho đơn vị");
    // Issue 15: a Mẫu 1 received on paper is entered by the office that reviews the forms, once the plan is out.
    expect(labels([role("CCHC_OFFICE")], "DRAFT")).not.toContain("Nhận bản giấy");
  });

  it("leave out the extensions for the leadership, who may read but not grant them", () => {
    const tabs = labels([role("LEADERSHIP")]);
    expect(tabs).toContain("Tuân thủ thời hạn");
    expect(tabs).not.toContain("Gia hạn cho đơn vị");
    expect(tabs).not.toContain("Nhận bản giấy");
    // Issue 14: the ideas of citizens are moderated by the office, not by the leadership.
    expect(tabs).not.toContain("Hiến kế người dân");
  });

  it("give a council member only the award pages, and the head of a unit taking part none of the office's pages", () => {
    expect(labels([role("COUNCIL_MEMBER")])).toEqual(["Đề nghị khen thưởng", "Hội đồng TĐKT"]);
    expect(labels([role("UNIT_HEAD", phong)])).toEqual([]);
  });

  it("give nothing on a campaign issued by a unit outside the user's subtree", () => {
    expect(labels([role("CCHC_OFFICE")], "PUBLISHED", other)).toEqual([]);
  });
});
