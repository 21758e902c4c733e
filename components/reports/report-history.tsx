import { SubmissionHistoryView } from "@/components/ui/submission-history";
import type { SubmissionHistory } from "@/lib/submissions/history";

const ACTION_LABELS: Record<string, string> = {
  SUBMIT: "Trưởng đơn vị xác nhận và nộp",
  RETURN: "Bộ phận CCHC trả lại để chỉnh sửa",
  ACCEPT: "Bộ phận CCHC tiếp nhận",
  CONFIRM: "Trưởng đơn vị xác nhận",
};

/** Every submitted version of a report (time, who, on time/late, link to the frozen report) and the review events. */
export function ReportHistoryView({ reportId, history }: { reportId: string; history: SubmissionHistory }) {
  return (
    <SubmissionHistoryView
      printHide
      history={history}
      versionHref={(n) => `/reports/${reportId}/versions/${n}`}
      reviewLabel={(action) => ACTION_LABELS[action] ?? action}
      reviewsHeading="Quá trình nộp và xem xét"
    />
  );
}
