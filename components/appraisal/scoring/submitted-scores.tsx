import { formatPoints } from "@/lib/appraisal/rubric";
import type { ScoringView } from "@/lib/appraisal/scoring/queries";

/** The evaluator's own sheet, read-only (submitted, or the round is no longer open). */
export function SubmittedScores({ criteria, scores, title }: { criteria: ScoringView["criteria"]; scores: ScoringView["assignment"]["scores"]; title: string }) {
  const by = new Map(scores.map((s) => [s.criterionId, s]));
  const total = scores.reduce((t, s) => t + s.points, 0);
  const maxTotal = criteria.reduce((t, c) => t + c.maxPoints, 0);
  return (
    <section aria-labelledby="my-scores-title" className="rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="my-scores-title" className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      <ol className="flex flex-col divide-y divide-slate-200 text-sm">
        {criteria.map((c, i) => {
          const s = by.get(c.id);
          return (
            <li key={c.id} className="py-2">
              <div className="flex flex-wrap justify-between gap-x-3">
                <span className="font-medium">
                  {i + 1}. {c.name}
                </span>
                <span className="tabular-nums">
                  <strong>{s ? formatPoints(s.points) : "—"}</strong>/{formatPoints(c.maxPoints)} điểm
                </span>
              </div>
              {s?.comment && <p className="mt-1 whitespace-pre-line text-slate-700">{s.comment}</p>}
            </li>
          );
        })}
      </ol>
      <p className="mt-3 border-t border-slate-300 pt-2 text-sm font-semibold" data-testid="submitted-total">
        Tổng: <span className="tabular-nums">{formatPoints(total)}</span>/{formatPoints(maxTotal)} điểm
      </p>
    </section>
  );
}
