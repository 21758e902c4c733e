"use client";

import { ReviewDecision } from "@/components/ui/review-decision";
import { acceptRegistrationAction, returnRegistrationAction } from "@/lib/review/actions";

/**
 * The office's decision on a submitted Mẫu 1: "Trả lại để chỉnh sửa" (with a required comment) or
 * "Tiếp nhận". The actions carry the lockVersion the page showed; a newer version gives a conflict.
 */
export function ReviewActions({
  campaignId,
  registrationId,
  lockVersion,
  canReviewNow,
  status,
  unitName,
}: {
  campaignId: string;
  registrationId: string;
  lockVersion: number;
  canReviewNow: boolean;
  status: string;
  unitName: string;
}) {
  return (
    <ReviewDecision
      canReviewNow={canReviewNow}
      status={status}
      onReturn={(comment) => returnRegistrationAction({ campaignId, registrationId, lockVersion, comment })}
      onAccept={() => acceptRegistrationAction({ campaignId, registrationId, lockVersion })}
      texts={{
        commentId: "comment",
        headingId: "review-h",
        heading: "Xem xét của Bộ phận CCHC",
        acceptConfirm: { title: `Tiếp nhận Mẫu 1 của ${unitName}?`, description: "Sau khi tiếp nhận, đơn vị không sửa được biểu mẫu này nữa." },
        acceptHint: "Nội dung đầy đủ, đúng mẫu: tiếp nhận để đưa vào tổng hợp báo cáo Ban Giám đốc.",
        commentHint: "Đơn vị sẽ thấy nội dung này khi mở lại biểu mẫu.",
        whenReturned: "Biểu mẫu đã được trả lại cho đơn vị; sẽ xem xét tiếp khi đơn vị nộp lại.",
        whenAccepted: "Biểu mẫu đã được tiếp nhận.",
        otherwise: "Chỉ xem xét được khi biểu mẫu đã nộp và đang chờ tiếp nhận.",
      }}
    />
  );
}
