import type { CampaignStatus, MilestoneKind, ParticipantType, Role } from "@/lib/generated/prisma/enums";

/** Labels and defaults of a campaign plan. Pure: used by server code and client forms alike. */

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  DRAFT: "Bản nháp",
  PUBLISHED: "Đã ban hành",
  CLOSED: "Đã kết thúc",
};

export const CAMPAIGN_STATUSES = Object.keys(CAMPAIGN_STATUS_LABELS) as CampaignStatus[];

export const MILESTONE_KIND_LABELS: Record<MilestoneKind, string> = {
  REGISTRATION: "Đăng ký mô hình, giải pháp, sáng kiến (Mẫu 1)",
  CONSOLIDATION: "Tổng hợp, lựa chọn, đăng ký lên cấp trên",
  MIDTERM_REPORT: "Báo cáo sơ kết của đơn vị (Mẫu 2)",
  MIDTERM_SUMMARY: "Báo cáo sơ kết tổng hợp",
  FINAL_REPORT: "Báo cáo tổng kết của đơn vị (Mẫu 2)",
  FINAL_SUMMARY: "Báo cáo tổng kết tổng hợp",
  AWARD_PROPOSAL: "Đề xuất khen thưởng",
  COUNCIL_REVIEW: "Hội đồng Thi đua - Khen thưởng xét",
  OTHER: "Khác",
};

export const MILESTONE_KINDS = Object.keys(MILESTONE_KIND_LABELS) as MilestoneKind[];

export const PARTICIPANT_TYPE_LABELS: Record<ParticipantType, string> = {
  COLLECTIVE: "Tập thể",
  INDIVIDUAL: "Cá nhân",
  CITIZEN: "Người dân, doanh nghiệp",
};

export const PARTICIPANT_TYPES = Object.keys(PARTICIPANT_TYPE_LABELS) as ParticipantType[];

/** Roles that can be responsible for a milestone (the administrator runs the portal, not campaigns). */
export const MILESTONE_ROLES: Role[] = [
  "UNIT_HEAD",
  "UNIT_STAFF",
  "CCHC_OFFICE",
  "LEADERSHIP",
  "STEERING_COMMITTEE",
  "EMULATION_OFFICE",
  "COUNCIL_MEMBER",
];

/** The six reform fields of the 2021–2030 programme, in their official order. */
export const DEFAULT_REFORM_FIELDS = [
  "Cải cách thể chế",
  "Cải cách thủ tục hành chính",
  "Cải cách tổ chức bộ máy hành chính nhà nước",
  "Cải cách chế độ công vụ",
  "Cải cách tài chính công",
  "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
] as const;

export interface MilestoneTemplate {
  kind: MilestoneKind;
  name: string;
  deliverable: string;
  responsibleRole: Role;
}

/** The seven milestones of plan 1128/KH-SQHKT (file 000), without their dates. */
export const PLAN_MILESTONES: readonly MilestoneTemplate[] = [
  {
    kind: "REGISTRATION",
    name: "Đăng ký giải pháp, mô hình, sáng kiến tiêu biểu của đơn vị, gửi Văn phòng Sở (Bộ phận CCHC)",
    deliverable: "Mẫu 1",
    responsibleRole: "UNIT_HEAD",
  },
  {
    kind: "CONSOLIDATION",
    name: "Tổng hợp đăng ký, báo cáo Ban Giám đốc lựa chọn, gửi đăng ký về Sở Nội vụ",
    deliverable: "Danh sách mô hình, giải pháp, sáng kiến tiêu biểu",
    responsibleRole: "CCHC_OFFICE",
  },
  {
    kind: "MIDTERM_REPORT",
    name: "Báo cáo tiến độ thực hiện các giải pháp, mô hình, sáng kiến đã đăng ký (sơ kết)",
    deliverable: "Mẫu 2 và Đề cương",
    responsibleRole: "UNIT_HEAD",
  },
  {
    kind: "MIDTERM_SUMMARY",
    name: "Tổng hợp, trình Lãnh đạo dự thảo báo cáo sơ kết gửi UBND Thành phố (thông qua Sở Nội vụ)",
    deliverable: "Báo cáo sơ kết",
    responsibleRole: "CCHC_OFFICE",
  },
  {
    kind: "FINAL_REPORT",
    name: "Báo cáo kết quả hoàn thành các giải pháp, mô hình, sáng kiến đã đăng ký (tổng kết)",
    deliverable: "Mẫu 2 và Đề cương",
    responsibleRole: "UNIT_HEAD",
  },
  {
    kind: "AWARD_PROPOSAL",
    name: "Trình Lãnh đạo Sở phương án đề xuất khen thưởng; gửi báo cáo kết quả về Sở Nội vụ",
    deliverable: "Phương án khen thưởng, báo cáo tổng kết",
    responsibleRole: "CCHC_OFFICE",
  },
  {
    kind: "COUNCIL_REVIEW",
    name: "Trình Hội đồng Thi đua - Khen thưởng Sở xét tặng Giấy khen; lập hồ sơ đề nghị UBND Thành phố khen thưởng",
    deliverable: "Giấy khen của Giám đốc Sở, hồ sơ đề nghị khen thưởng",
    responsibleRole: "EMULATION_OFFICE",
  },
];

/** "ngày 14 tháng 4 năm 2022" (Nghị định 30/2020: day < 10 and months 1, 2 take a leading zero). */
export function formatOfficialDate(calendarDate: Date): string {
  const day = calendarDate.getUTCDate();
  const month = calendarDate.getUTCMonth() + 1;
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month < 3 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${calendarDate.getUTCFullYear()}`;
}
