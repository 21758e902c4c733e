import { can, type ScopedRole, type UnitRef } from "@/lib/auth/roles";
import type { CampaignStatus } from "@/lib/generated/prisma/enums";

/**
 * The tabs of one campaign's pages (app/(portal)/campaigns/[id]/layout.tsx), each shown only to who
 * may open it: the same permission, on the campaign's ISSUING unit, as the page's own query checks
 * (the page still checks it; a tab is never an authorisation). `segment` is the first path segment
 * under /campaigns/<id> (null: the plan itself).
 */
export interface CampaignTab {
  segment: string | null;
  label: string;
}

interface TabRule extends CampaignTab {
  visible: (roles: readonly ScopedRole[], issuingUnit: UnitRef, status: CampaignStatus) => boolean;
}

const any =
  (...rules: Parameters<typeof can>[1][]) =>
  (roles: readonly ScopedRole[], unit: UnitRef) =>
    rules.some((p) => can(roles, p, unit));

const TAB_RULES: TabRule[] = [
  { segment: null, label: "Kế hoạch", visible: any("read:campaign") },
  { segment: "timeline", label: "Lịch các mốc", visible: any("read:registration", "read:campaign") },
  { segment: "status", label: "Tình hình nộp", visible: any("read:registration") },
  { segment: "compliance", label: "Tuân thủ thời hạn", visible: any("read:registration") },
  {
    segment: "extensions",
    label: "Gia hạn cho đơn vị",
    visible: (roles, unit, status) => status !== "DRAFT" && any("review:registration", "manage:campaign")(roles, unit),
  },
  {
    segment: "paper",
    label: "Nhận bản giấy",
    visible: (roles, unit, status) => status !== "DRAFT" && any("review:registration")(roles, unit),
  },
  { segment: "consolidated", label: "Tổng hợp Mẫu 1", visible: any("read:registration") },
  { segment: "typical", label: "Mô hình tiêu biểu", visible: any("read:registration") },
  { segment: "ideas", label: "Hiến kế người dân", visible: any("moderate:idea") },
  { segment: "reports", label: "Báo cáo đơn vị", visible: any("read:report") },
  { segment: "summary", label: "Báo cáo tổng hợp", visible: any("manage:summary", "read:report") },
  { segment: "forward", label: "Gửi lên cấp trên", visible: any("read:registration") },
  { segment: "incoming", label: "Cấp dưới gửi lên", visible: any("read:report", "review:report") },
  { segment: "appraisal", label: "Thẩm định", visible: any("read:appraisal", "manage:appraisal") },
  { segment: "recognition", label: "Công nhận", visible: any("read:registration") },
  { segment: "awards", label: "Đề nghị khen thưởng", visible: any("read:award") },
  { segment: "council", label: "Hội đồng TĐKT", visible: any("read:award") },
];

export function campaignTabsFor(roles: readonly ScopedRole[], campaign: { status: CampaignStatus; issuingUnit: UnitRef }): CampaignTab[] {
  return TAB_RULES.filter((t) => t.visible(roles, campaign.issuingUnit, campaign.status)).map(({ segment, label }) => ({ segment, label }));
}
