import { Badge } from "@/components/ui/badge";
import { pointsOrDash, VERDICT_TONES } from "@/lib/appraisal/outcome/labels";
import type { AppraisalOutcome } from "@/lib/appraisal/unit-view";
import { formatDateVN } from "@/lib/time/vn";

/**
 * "Kết quả thẩm định" of an initiative as its unit sees it: for each closed round, the total, the rank
 * and the verdict with its reason. No evaluator's name or score. Nothing before a round is closed.
 */
export function AppraisalOutcomePanel({ outcomes }: { outcomes: AppraisalOutcome[] }) {
  if (!outcomes.length) return null;
  return (
    <section aria-labelledby="appraisal-outcome-heading" className="mt-8" data-testid="appraisal-outcome">
      <h2 id="appraisal-outcome-heading" className="mb-2 text-lg font-semibold text-slate-900">
        Kết quả thẩm định
      </h2>
      <ul className="flex flex-col gap-3">
        {outcomes.map((o) => (
          <li key={o.roundId} className="rounded-md border border-slate-300 bg-white p-4 text-sm">
            <p className="font-medium">
              {o.roundName} <span className="font-normal text-slate-700">· kết thúc ngày {formatDateVN(o.closedAt)}</span>
            </p>
            <dl className="mt-2 grid gap-3 sm:grid-cols-3">
              <div>
                <dt className="text-slate-600">Tổng điểm</dt>
                <dd className="font-semibold tabular-nums">{o.total == null ? "Chưa có điểm" : `${pointsOrDash(o.total)}/100`}</dd>
              </div>
              <div>
                <dt className="text-slate-600">Xếp hạng</dt>
                <dd className="font-semibold tabular-nums">{o.rank == null ? "—" : `${o.rank}/${o.of}`}</dd>
              </div>
              <div>
                <dt className="text-slate-600">Kết luận</dt>
                <dd>{o.verdict && o.verdictLabel ? <Badge tone={VERDICT_TONES[o.verdict]}>{o.verdictLabel}</Badge> : <span className="text-slate-700">Chưa có kết luận</span>}</dd>
              </div>
              {o.verdictReason && (
                <div className="sm:col-span-3">
                  <dt className="text-slate-600">Lý do</dt>
                  <dd className="whitespace-pre-line">{o.verdictReason}</dd>
                </div>
              )}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One line for a list of initiatives: the latest closed round's total, rank and verdict. */
export function AppraisalOutcomeLine({ outcomes }: { outcomes: AppraisalOutcome[] | undefined }) {
  const o = outcomes?.[0];
  if (!o) return null;
  return (
    <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700" data-testid="appraisal-outcome-line">
      <span>
        Thẩm định: {o.total == null ? "chưa có điểm" : `${pointsOrDash(o.total)}/100`}
        {o.rank != null && ` · hạng ${o.rank}/${o.of}`}
      </span>
      {o.verdict && o.verdictLabel && <Badge tone={VERDICT_TONES[o.verdict]}>{o.verdictLabel}</Badge>}
    </p>
  );
}
