import clsx from "clsx";
import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import type { MatrixMilestone } from "@/lib/consolidation/queries";
import { MATRIX_STATUS_ICONS } from "@/lib/consolidation/matrix";
import { MATRIX_STATUS_LABELS, MATRIX_STATUS_ORDER, type MatrixStatus } from "@/lib/submissions/statuses";
import { describeTimeLeft, formatDateVN, formatDeadline } from "@/lib/time/vn";

const BAR: Record<MatrixStatus, string> = {
  NOT_STARTED: "bg-slate-400",
  DRAFT: "bg-blue-500",
  SUBMITTED_ON_TIME: "bg-green-600",
  SUBMITTED_LATE: "bg-amber-500",
  RETURNED: "bg-red-600",
  ACCEPTED: "bg-violet-600",
};

const CHIP: Record<MatrixStatus, string> = {
  NOT_STARTED: "border-slate-300 bg-slate-50 text-slate-900",
  DRAFT: "border-blue-300 bg-blue-50 text-blue-950",
  SUBMITTED_ON_TIME: "border-green-300 bg-green-50 text-green-950",
  SUBMITTED_LATE: "border-amber-300 bg-amber-50 text-amber-950",
  RETURNED: "border-red-300 bg-red-50 text-red-950",
  ACCEPTED: "border-violet-300 bg-violet-50 text-violet-950",
};

/**
 * One milestone of the units: its deadline, time left or overdue, and (when its deliverable is on the
 * portal: Mẫu 1, the reports of each phase) the number of units per status, each a link that filters
 * the table below. A report phase not open yet says when it opens. `action`: e.g. the reminder button.
 */
export function MilestoneSummary({
  milestone,
  counts,
  totalUnits,
  filterHref,
  activeStatus,
  action,
  note,
  now = new Date(),
}: {
  milestone: MatrixMilestone;
  counts: Record<MatrixStatus, number>;
  totalUnits: number;
  filterHref: (status?: MatrixStatus) => string;
  activeStatus?: MatrixStatus;
  action?: ReactNode;
  /** For a milestone not counted per status (award proposals): what to say instead of "Theo dõi ngoài cổng". */
  note?: ReactNode;
  now?: Date;
}) {
  const overdue = now.getTime() >= milestone.dueAt.getTime();
  const headingId = `ms-${milestone.id}`;
  const notOpen = milestone.notOpenUntil !== null && counts.NOT_STARTED === totalUnits;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4" data-milestone-summary={milestone.kind}>
      <div className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between">
        <h2 id={headingId} className="font-semibold text-slate-900">
          {milestone.name}
        </h2>
        <p className="text-sm text-slate-700">
          Hạn: {formatDeadline(milestone.dueAt)} ·{" "}
          <span className={clsx("font-medium", overdue ? "text-red-800" : "text-slate-900")}>{describeTimeLeft(milestone.dueAt, now)}</span>
        </p>
      </div>
      {!milestone.onPortal ? (
        note ? (
          <p className="mt-2 text-sm text-slate-800" data-note>
            {note}
          </p>
        ) : (
          <p className="mt-2 text-sm text-slate-600">Theo dõi ngoài cổng: các đơn vị không nộp nội dung này qua cổng.</p>
        )
      ) : notOpen ? (
        <p className="mt-2 text-sm font-medium text-slate-800" data-opens>
          Mở nhận từ {formatDateVN(milestone.notOpenUntil)}: các đơn vị chưa thể nộp trước ngày này.
        </p>
      ) : (
        <>
          {totalUnits > 0 && (
            <div className="mt-3 flex h-3 w-full overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
              {MATRIX_STATUS_ORDER.map((s) =>
                counts[s] > 0 ? <div key={s} className={BAR[s]} style={{ width: `${(counts[s] / totalUnits) * 100}%` }} /> : null,
              )}
            </div>
          )}
          <ul className="mt-3 flex flex-wrap gap-2 text-sm" aria-label={`Số đơn vị theo tình trạng (${totalUnits} đơn vị)`}>
            {MATRIX_STATUS_ORDER.map((s) => (
              <li key={s}>
                <Link
                  href={filterHref(activeStatus === s ? undefined : s)}
                  aria-current={activeStatus === s ? "true" : undefined}
                  className={clsx(
                    "inline-flex items-center gap-1.5 rounded-md border px-2.5 py-1.5 hover:underline",
                    CHIP[s],
                    activeStatus === s && "ring-2 ring-brand-700",
                  )}
                  data-status={s}
                >
                  <span aria-hidden="true">{MATRIX_STATUS_ICONS[s]}</span>
                  <span>{MATRIX_STATUS_LABELS[s]}:</span>
                  <strong data-count>{counts[s]}</strong>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {action && <div className="mt-3">{action}</div>}
    </section>
  );
}
