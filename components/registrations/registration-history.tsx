import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { RegistrationHistory } from "@/lib/registrations/queries";
import { formatDateTimeVN } from "@/lib/time/vn";

const REQUEST_COMMENT = "Gửi trưởng đơn vị xác nhận";

function reviewLabel(action: string, comment: string | null) {
  if (action === "SUBMIT" && comment === REQUEST_COMMENT) return REQUEST_COMMENT;
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
export function RegistrationHistoryView({ registrationId, history }: { registrationId: string; history: RegistrationHistory }) {
  return (
    <div className="mt-8 grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="versions-title">
        <h2 id="versions-title" className="mb-2 text-lg font-semibold">
          Các phiên bản đã nộp
        </h2>
        {history.versions.length === 0 ? (
          <p className="text-sm text-slate-600">Chưa nộp phiên bản nào. Khi trưởng đơn vị xác nhận và nộp, phiên bản sẽ được lưu lại tại đây.</p>
        ) : (
          <ol className="flex flex-col gap-2" data-testid="version-list">
            {history.versions.map((v) => (
              <li key={v.versionNo} className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm">
                <Link href={`/registrations/${registrationId}/versions/${v.versionNo}`} className="font-semibold text-brand-700 underline underline-offset-2">
                  Phiên bản {v.versionNo}
                </Link>
                <span>
                  <time dateTime={v.submittedAt.toISOString()}>{formatDateTimeVN(v.submittedAt)}</time> · {v.submittedByName}
                </span>
                {v.isLate ? <Badge tone="amber">Trễ hạn</Badge> : <Badge tone="green">Đúng hạn</Badge>}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="reviews-title">
        <h2 id="reviews-title" className="mb-2 text-lg font-semibold">
          Quá trình xử lý
        </h2>
        {history.reviews.length === 0 ? (
          <p className="text-sm text-slate-600">Chưa có sự kiện nào.</p>
        ) : (
          <ol className="flex flex-col gap-2">
            {history.reviews.map((r) => (
              <li key={r.id} className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm">
                <p>
                  <time className="font-medium" dateTime={r.createdAt.toISOString()}>
                    {formatDateTimeVN(r.createdAt)}
                  </time>{" "}
                  · {reviewLabel(r.action, r.comment)} (phiên bản {r.versionNo}) · {r.actorName}
                </p>
                {r.comment && r.comment !== REQUEST_COMMENT && <p className="mt-1 whitespace-pre-line text-slate-800">Ý kiến: {r.comment}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
