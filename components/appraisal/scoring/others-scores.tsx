import { formatPoints } from "@/lib/appraisal/rubric";
import type { ScoringView } from "@/lib/appraisal/scoring/queries";
import { formatDateTimeVN } from "@/lib/time/vn";

/** The other evaluators' SUBMITTED scores of the item (only rendered when the round shows them). */
export function OthersScores({ others, criteria }: { others: NonNullable<ScoringView["others"]>; criteria: ScoringView["criteria"] }) {
  const maxTotal = criteria.reduce((s, c) => s + c.maxPoints, 0);
  return (
    <section aria-labelledby="others-title" className="rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="others-title" className="mb-1 text-lg font-semibold">
        Điểm đã gửi của thành viên khác
      </h2>
      <p className="mb-3 text-sm text-slate-700">Đợt thẩm định này cho phép xem điểm các thành viên khác đã gửi.</p>
      {others.length === 0 ? (
        <p className="text-sm text-slate-700">Chưa có thành viên nào khác gửi kết quả chấm nội dung này.</p>
      ) : (
        <ul className="flex flex-col gap-3 text-sm">
          {others.map((o) => {
            const by = new Map(o.scores.map((s) => [s.criterionId, s]));
            return (
              <li key={o.id} className="rounded-md border border-slate-200 p-3">
                <p className="font-medium">
                  {o.name}: <span className="tabular-nums">{formatPoints(o.total)}</span>/{formatPoints(maxTotal)} điểm
                  {o.submittedAt && <span className="font-normal text-slate-600"> · gửi {formatDateTimeVN(o.submittedAt)}</span>}
                </p>
                <dl className="mt-2 grid gap-1">
                  {criteria.map((c) => (
                    <div key={c.id} className="flex flex-wrap justify-between gap-x-3">
                      <dt className="text-slate-700">{c.name}</dt>
                      <dd className="tabular-nums">
                        {by.has(c.id) ? formatPoints(by.get(c.id)!.points) : "—"}/{formatPoints(c.maxPoints)}
                        {by.get(c.id)?.comment ? <span className="block text-slate-600">{by.get(c.id)!.comment}</span> : null}
                      </dd>
                    </div>
                  ))}
                </dl>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
