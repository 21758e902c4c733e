"use client";

import { ReviewDecision } from "@/components/ui/review-decision";
import { acceptReportAction, returnReportAction } from "@/lib/reports/actions";

/**
 * The office's decision on a submitted report: "Trả lại để chỉnh sửa" (comment required) or "Tiếp nhận".
 * The actions carry the lockVersion the page showed; a newer one gives a conflict.
 */
export function ReportReviewActions({
  campaignId,
  reportId,
  lockVersion,
  canReviewNow,
  status,
  unitName,
  phaseName,
}: {
  campaignId: string;
  reportId: string;
  lockVersion: number;
  canReviewNow: boolean;
  status: string;
  unitName: string;
  phaseName: string;
}) {
  return (
    <ReviewDecision
      printHide
      canReviewNow={canReviewNow}
      status={status}
      onReturn={(comment) => returnReportAction({ campaignId, reportId, lockVersion, comment })}
      onAccept={() => acceptReportAction({ campaignId, reportId, lockVersion })}
      texts={{
        commentId: "comment",
        headingId: "review-h",
        heading: "Xem xét của Bộ phận CCHC",
        acceptConfirm: { title: `Tiếp nhận ${phaseName} của ${unitName}?`, description: "Sau khi tiếp nhận, đơn vị không sửa được báo cáo này nữa." },
        acceptHint: "Nội dung đầy đủ, đúng mẫu: tiếp nhận để đưa vào báo cáo tổng hợp gửi cấp trên.",
        commentHint: "Đơn vị sẽ thấy nội dung này khi mở lại báo cáo.",
        whenReturned: "Báo cáo đã được trả lại cho đơn vị; sẽ xem xét tiếp khi đơn vị nộp lại.",
        whenAccepted: "Báo cáo đã được tiếp nhận.",
        otherwise: "Chỉ xem xét được khi báo cáo đã nộp và đang chờ tiếp nhận.",
      }}
    />
  );
}
