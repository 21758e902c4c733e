import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { formatDateTimeVN } from "@/lib/time/vn";

import type { SubmissionHistory } from "@/lib/submissions/history";

export type { SubmissionHistory };

/**
 * Every submitted version of a form (time, who, on time/late, link to the frozen version) and its
 * review events: shared by Mẫu 1 and the unit reports, which label their events differently.
 */
export function SubmissionHistoryView({
  history,
  versionHref,
  reviewLabel,
  showComment = () => true,
  reviewsHeading,
  printHide,
}: {
  history: SubmissionHistory;
  versionHref: (versionNo: number) => string;
  reviewLabel: (action: string, comment: string | null) => string;
  showComment?: (comment: string) => boolean;
  reviewsHeading: string;
  printHide?: boolean;
}) {
  return (
    <div className="mt-8 grid gap-6 lg:grid-cols-2" data-print-hide={printHide ? "" : undefined}>
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
                <Link href={versionHref(v.versionNo)} className="font-semibold text-brand-700 underline underline-offset-2">
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
          {reviewsHeading}
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
                {r.comment && showComment(r.comment) && <p className="mt-1 whitespace-pre-line text-slate-800">Ý kiến: {r.comment}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
