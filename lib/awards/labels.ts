import type {
  AwardProposalStatus,
  BallotMode,
  CouncilOutcome,
  CouncilPosition,
  CouncilSessionStatus,
  DossierDocumentKind,
  ParticipantType,
  VoteChoice,
  VoteThresholdBase,
} from "@/lib/generated/prisma/enums";

export const NOMINEE_TYPE_LABELS: Record<ParticipantType, string> = {
  COLLECTIVE: "Tập thể",
  INDIVIDUAL: "Cá nhân",
  CITIZEN: "Người dân, doanh nghiệp",
};

export const PROPOSAL_STATUS_LABELS: Record<AwardProposalStatus, string> = {
  DRAFT: "Đang soạn",
  SUBMITTED: "Chờ Thường trực kiểm tra",
  RETURNED: "Bị trả lại",
  ADMITTED: "Đủ điều kiện trình Hội đồng",
  SCHEDULED: "Đưa vào phiên họp Hội đồng",
  APPROVED: "Hội đồng tán thành",
  REJECTED: "Hội đồng không tán thành",
  FORWARDED: "Đã trình cấp trên",
  AWARDED: "Đã có quyết định khen thưởng",
};

export const DOCUMENT_KIND_LABELS: Record<DossierDocumentKind, string> = {
  PROPOSAL_LETTER: "Văn bản đề nghị (tờ trình)",
  MEETING_MINUTES: "Biên bản họp xét của đơn vị",
  ACHIEVEMENT_REPORT: "Báo cáo thành tích",
  OTHER: "Tài liệu khác",
};

export const POSITION_LABELS: Record<CouncilPosition, string> = {
  CHAIR: "Chủ tịch Hội đồng",
  VICE_CHAIR: "Phó Chủ tịch Hội đồng",
  SECRETARY: "Ủy viên thư ký",
  MEMBER: "Ủy viên",
};

export const BALLOT_MODE_LABELS: Record<BallotMode, string> = {
  OPEN: "Biểu quyết công khai",
  SECRET: "Bỏ phiếu kín",
};

export const SESSION_STATUS_LABELS: Record<CouncilSessionStatus, string> = {
  DRAFT: "Đang chuẩn bị",
  VOTING: "Đang biểu quyết",
  CLOSED: "Đã kết thúc biểu quyết",
};

export const OUTCOME_LABELS: Record<CouncilOutcome, string> = {
  APPROVED: "Tán thành",
  REJECTED: "Không tán thành",
  NO_QUORUM: "Không đủ số thành viên có mặt",
};

export const VOTE_LABELS: Record<VoteChoice, string> = {
  AGREE: "Đồng ý",
  DISAGREE: "Không đồng ý",
  ABSTAIN: "Không biểu quyết",
};

export const THRESHOLD_BASE_LABELS: Record<VoteThresholdBase, string> = {
  MEMBERS: "Tổng số thành viên Hội đồng được triệu tập",
  VOTES_CAST: "Số phiếu của thành viên có mặt",
};
