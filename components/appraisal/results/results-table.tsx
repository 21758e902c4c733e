import Link from "@/components/ui/link";
import { LEVEL_LABELS } from "@/lib/registrations/labels";
import { pointsOrDash, rankLabel } from "@/lib/appraisal/outcome/labels";
import type { ResultRow } from "@/lib/appraisal/outcome/queries";
import { formatPoints } from "@/lib/appraisal/rubric";
import { DiscussFlag, VerdictBadge } from "./verdict-badge";

interface Props {
  rows: ResultRow[];
  criteria: { id: string; name: string; maxPoints: number }[];
  issuingUnitKind: string;
  spreadThreshold: number;
  /** Base of the item detail links: /campaigns/<id>/appraisal/<roundId>/results */
  basePath: string;
}

const level = (l: string) => LEVEL_LABELS[l as keyof typeof LEVEL_LABELS] ?? l;

/**
 * The ranking: a table from tablet width, one card per item on a phone (the same facts, in the same
 * order). Server-rendered, no script per row: 100 rows a page stay light.
 */
export function ResultsTable({ rows, criteria, issuingUnitKind, spreadThreshold, basePath }: Props) {
  return (
    <>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-300 bg-white md:block">
        <table className="w-full min-w-[56rem] border-collapse text-sm" data-testid="results-table">
          <caption className="sr-only">Xếp hạng kết quả thẩm định; điểm tổng trên thang 100, điểm từng tiêu chí là điểm trung bình của các thành viên đã nộp.</caption>
          <thead className="bg-slate-100 text-left align-bottom text-xs text-slate-800">
            <tr>
              <th scope="col" className="px-2 py-2">Hạng</th>
              <th scope="col" className="px-2 py-2">Nội dung</th>
              <th scope="col" className="px-2 py-2">Đơn vị</th>
              <th scope="col" className="px-2 py-2">Cấp</th>
              <th scope="col" className="px-2 py-2 text-right">Tổng điểm (/100)</th>
              {criteria.map((c, i) => (
                <th key={c.id} scope="col" className="px-2 py-2 text-right" title={c.name}>
                  <abbr title={c.name} className="no-underline">TC{i + 1}</abbr>
                  <span className="block font-normal text-slate-600">/{formatPoints(c.maxPoints)}</span>
                </th>
              ))}
              <th scope="col" className="px-2 py-2 text-right">Đã chấm / phân công</th>
              <th scope="col" className="px-2 py-2 text-right">Độ lệch</th>
              <th scope="col" className="px-2 py-2">Kết luận</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.itemId} className="border-t border-slate-200 align-top" data-testid="result-row">
                <td className="px-2 py-2 font-semibold tabular-nums whitespace-nowrap">{rankLabel(r.result.rank, r.tied)}</td>
                <td className="max-w-md px-2 py-2">
                  <Link href={`${basePath}/${r.itemId}`} className="text-brand-800 underline-offset-2 hover:underline">
                    {r.content}
                  </Link>
                </td>
                <td className="px-2 py-2">{r.unitName}</td>
                <td className="px-2 py-2 whitespace-nowrap">{level(r.level)}</td>
                <td className="px-2 py-2 text-right font-semibold tabular-nums">{pointsOrDash(r.result.total)}</td>
                {criteria.map((c, i) => (
                  <td key={c.id} className="px-2 py-2 text-right tabular-nums">
                    {pointsOrDash(r.result.criterionMeans[i])}
                  </td>
                ))}
                <td className="px-2 py-2 text-right tabular-nums whitespace-nowrap">
                  {r.submitted}/{r.assigned}
                  {r.result.missing > 0 && <span className="block text-xs text-amber-800">thiếu {r.result.missing}</span>}
                </td>
                <td className="px-2 py-2 text-right tabular-nums">
                  {pointsOrDash(r.result.spread)}
                  {r.result.flagged && (
                    <span className="mt-1 block whitespace-nowrap">
                      <DiscussFlag />
                    </span>
                  )}
                </td>
                <td className="px-2 py-2">
                  <VerdictBadge verdict={r.verdict} issuingUnitKind={issuingUnitKind} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <ol className="border-t border-slate-200 px-3 py-2 text-xs text-slate-700">
          {criteria.map((c, i) => (
            <li key={c.id} className="inline after:content-['_·_'] last:after:content-none">
              TC{i + 1}: {c.name} (tối đa {formatPoints(c.maxPoints)})
            </li>
          ))}
          <li className="mt-1 block">Độ lệch: chênh lệch giữa tổng điểm cao nhất và thấp nhất của các thành viên; trên {formatPoints(spreadThreshold)} điểm thì cần thảo luận.</li>
        </ol>
      </div>

      <ol className="flex flex-col gap-3 md:hidden" aria-label="Xếp hạng kết quả thẩm định">
        {rows.map((r) => (
          <li key={r.itemId} className="rounded-lg border border-slate-300 bg-white p-3 text-sm" data-testid="result-card">
            <div className="flex items-start justify-between gap-3">
              <p className="font-semibold">Hạng {rankLabel(r.result.rank, r.tied)}</p>
              <p className="text-right">
                <span className="text-lg font-bold tabular-nums">{pointsOrDash(r.result.total)}</span>
                <span className="text-slate-600">/100</span>
              </p>
            </div>
            <p className="mt-1">
              <Link href={`${basePath}/${r.itemId}`} className="text-brand-800 underline underline-offset-2">
                {r.content}
              </Link>
            </p>
            <p className="mt-1 text-slate-700">
              {r.unitName} · {level(r.level)}
            </p>
            <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-xs [&_dd]:font-semibold [&_dd]:tabular-nums [&_dt]:text-slate-600">
              {criteria.map((c, i) => (
                <div key={c.id} className="flex justify-between gap-2">
                  <dt className="min-w-0">{c.name}</dt>
                  <dd>
                    {pointsOrDash(r.result.criterionMeans[i])}/{formatPoints(c.maxPoints)}
                  </dd>
                </div>
              ))}
              <div className="flex justify-between gap-2">
                <dt>Đã chấm / phân công</dt>
                <dd>
                  {r.submitted}/{r.assigned}
                </dd>
              </div>
              <div className="flex justify-between gap-2">
                <dt>Độ lệch</dt>
                <dd>{pointsOrDash(r.result.spread)}</dd>
              </div>
            </dl>
            <p className="mt-2 flex flex-wrap gap-1">
              {r.result.flagged && <DiscussFlag />}
              <VerdictBadge verdict={r.verdict} issuingUnitKind={issuingUnitKind} />
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
