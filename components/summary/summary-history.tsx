import Link from "@/components/ui/link";
import type { ReviewAction } from "@/lib/generated/prisma/enums";
import { SUMMARY_REVIEW_LABELS } from "@/lib/summary/rules";
import { formatDateTimeVN } from "@/lib/time/vn";

/** The submitted versions as links (the current one highlighted). */
export function SummaryVersions({
  versions,
  hrefOf,
  selected,
}: {
  versions: { versionNo: number; submittedAt: Date; isLate: boolean; submittedByName: string | null }[];
  hrefOf: (versionNo: number) => string;
  selected?: number;
}) {
  if (!versions.length) return <p className="text-sm text-slate-700">Chưa gửi phiên bản nào.</p>;
  return (
    <ol className="flex flex-wrap gap-2 text-sm">
      {versions.map((v) => {
        const active = v.versionNo === selected;
        return (
          <li key={v.versionNo}>
            <Link
              href={hrefOf(v.versionNo)}
              aria-current={active ? "page" : undefined}
              className={
                active
                  ? "block rounded-md border-2 border-brand-700 bg-brand-50 px-3 py-1.5 font-semibold"
                  : "block rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50"
              }
            >
              Phiên bản {v.versionNo} · {formatDateTimeVN(v.submittedAt)}
              {v.isLate && <span className="ml-1 text-amber-800">(trễ hạn)</span>}
              {v.submittedByName && <span className="block text-xs font-normal text-slate-700">Người gửi: {v.submittedByName}</span>}
            </Link>
          </li>
        );
      })}
    </ol>
  );
}

/** Submissions and the parent office's decisions, oldest first. */
export function SummaryReviewHistory({
  reviews,
}: {
  reviews: { id: string; versionNo: number; action: ReviewAction; comment: string | null; actorName: string | null; createdAt: Date }[];
}) {
  if (!reviews.length) return <p className="text-sm text-slate-700">Chưa có.</p>;
  return (
    <ol className="flex flex-col gap-2 text-sm">
      {reviews.map((r) => (
        <li key={r.id} className="rounded-md border border-slate-200 bg-white px-3 py-2">
          <p>
            <span className="font-medium">{SUMMARY_REVIEW_LABELS[r.action]}</span> · phiên bản {r.versionNo} · {formatDateTimeVN(r.createdAt)}
            {r.actorName && <span className="text-slate-700"> · {r.actorName}</span>}
          </p>
          {r.comment && <p className="mt-1 whitespace-pre-line wrap-anywhere text-slate-800">“{r.comment}”</p>}
        </li>
      ))}
    </ol>
  );
}
