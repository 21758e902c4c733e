"use client";

import { ReviewDecision } from "@/components/ui/review-decision";
import { acceptSummaryAction, returnSummaryAction } from "@/lib/summary/actions";

/**
 * The parent campaign's office decides on a consolidated report sent up by a child campaign:
 * "Trả lại để chỉnh sửa" with a required comment, or "Tiếp nhận". Carries the lockVersion shown.
 */
export function SummaryReviewActions({
  parentCampaignId,
  summaryReportId,
  lockVersion,
  canReviewNow,
  status,
  senderName,
}: {
  parentCampaignId: string;
  summaryReportId: string;
  lockVersion: number;
  canReviewNow: boolean;
  status: string;
  senderName: string;
}) {
  return (
    <ReviewDecision
      canReviewNow={canReviewNow}
      status={status}
      onReturn={(comment) => returnSummaryAction({ parentCampaignId, summaryReportId, lockVersion, comment })}
      onAccept={() => acceptSummaryAction({ parentCampaignId, summaryReportId, lockVersion })}
      texts={{
        commentId: "summary-comment",
        headingId: "summary-review-h",
        heading: "Xem xét báo cáo",
        acceptConfirm: { title: `Tiếp nhận báo cáo của ${senderName}?`, description: "Sau khi tiếp nhận, báo cáo không thay đổi được nữa." },
        acceptHint: "Nội dung, số liệu đầy đủ: tiếp nhận để tổng hợp vào báo cáo của kế hoạch này.",
        commentHint: "Bộ phận CCHC cấp dưới sẽ thấy nội dung này trên trang báo cáo.",
        whenReturned: "Báo cáo đã được trả lại; sẽ xem xét tiếp khi cấp dưới gửi lại.",
        whenAccepted: "Báo cáo đã được tiếp nhận.",
        otherwise: "Chỉ xem xét được báo cáo đã gửi và đang chờ tiếp nhận.",
      }}
    />
  );
}
