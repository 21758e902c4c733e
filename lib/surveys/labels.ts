import type { SatisfactionImpact, SurveyProposalKind, SurveyReportStatus, SurveyRoundStatus, SurveyTeamRole, SurveyVisitStatus } from "@/lib/generated/prisma/enums";

/** Vietnamese labels of the survey enums (client-safe). */
export const SURVEY_ROUND_STATUS_LABELS: Record<SurveyRoundStatus, string> = {
  DRAFT: "Đang chuẩn bị",
  ANNOUNCED: "Đã thông báo",
  CLOSED: "Đã kết thúc",
};

export const SURVEY_TEAM_ROLE_LABELS: Record<SurveyTeamRole, string> = {
  LEADER: "Trưởng đoàn",
  DEPUTY: "Phó Trưởng đoàn",
  MEMBER: "Thành viên",
  SECRETARY: "Thư ký",
};

export const SURVEY_VISIT_STATUS_LABELS: Record<SurveyVisitStatus, string> = {
  SCHEDULED: "Đã lên lịch",
  CANCELLED: "Đã hủy",
};

export const SURVEY_REPORT_STATUS_LABELS: Record<SurveyReportStatus, string> = {
  DRAFT: "Đang soạn",
  SUBMITTED: "Đã gửi",
};

export const SATISFACTION_IMPACT_LABELS: Record<SatisfactionImpact, string> = {
  SIGNIFICANT: "Tác động rõ rệt",
  MODERATE: "Có tác động",
  LITTLE: "Tác động ít",
  UNCLEAR: "Chưa đánh giá được",
};

export const SURVEY_PROPOSAL_LABELS: Record<SurveyProposalKind, string> = {
  RECOGNISE: "Đề nghị công nhận",
  REPLICATE: "Đề nghị công nhận và nhân rộng",
  NONE: "Không đề nghị",
};
