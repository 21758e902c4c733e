import { SubmissionHistoryView } from "@/components/ui/submission-history";
import { isPaperReceipt } from "@/lib/registrations/labels";
import type { SubmissionHistory } from "@/lib/submissions/history";

const REQUEST_COMMENT = "Gửi trưởng đơn vị xác nhận";

function reviewLabel(action: string, comment: string | null) {
  if (action === "SUBMIT" && comment === REQUEST_COMMENT) return REQUEST_COMMENT;
  // paperReceiptText: a form the office entered from paper.
  if (action === "SUBMIT" && isPaperReceipt(comment)) return "Nộp bằng bản giấy (Bộ phận CCHC ghi nhận)";
  switch (action) {
    case "SUBMIT":
      return "Nộp";
    case "CONFIRM":
      return "Trưởng đơn vị xác nhận và nộp";
    case "RETURN":
      return "Trả lại để chỉnh sửa";
    case "ACCEPT":
      return "Tiếp nhận";
    default:
      return action;
  }
}

/** Every submitted version (time, who, on time/late, link to the frozen form) and the review events. */
export function RegistrationHistoryView({ registrationId, history }: { registrationId: string; history: SubmissionHistory }) {
  return (
    <SubmissionHistoryView
      history={history}
      versionHref={(n) => `/registrations/${registrationId}/versions/${n}`}
      reviewLabel={reviewLabel}
      showComment={(comment) => comment !== REQUEST_COMMENT}
      reviewsHeading="Quá trình xử lý"
    />
  );
}
