import { Badge } from "@/components/ui/badge";
import { Pagination } from "@/components/ui/pagination";
import { formatFigure, SPREAD_PROGRESS_LABELS, spreadText } from "@/lib/library/labels";
import { SPREAD_PAGE_SIZE, type SpreadRow } from "@/lib/library/queries";
import { formatCalendarDate, formatDateVN } from "@/lib/time/vn";

/** "Nơi đã nhân rộng": where a model spread, with the state and the first figures of each adoption. */
export function SpreadList({ total, rows, page, basePath }: { total: number; rows: SpreadRow[]; page: number; basePath: string }) {
  return (
    <section aria-labelledby="spread-title" id="spread" className="mt-8">
      <h2 id="spread-title" className="mb-2 text-lg font-semibold">
        Nơi đã nhân rộng
      </h2>
      <p className="mb-3 font-medium text-slate-900" data-testid="spread-count">
        {spreadText(total)}
      </p>
      {rows.length > 0 && (
        <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <thead className="bg-slate-50 text-slate-800">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Đơn vị
                </th>
                <th scope="col" className="px-3 py-2">
                  Từ ngày
                </th>
                <th scope="col" className="px-3 py-2">
                  Tình trạng
                </th>
                <th scope="col" className="px-3 py-2">
                  Kết quả
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-t border-slate-200 align-top">
                  <td className="px-3 py-2">
                    {r.unitName}
                    {r.viaCampaign && <span className="block text-xs text-slate-600">Đăng ký trong Mẫu 1 kế hoạch số {r.viaCampaign}</span>}
                  </td>
                  <td className="px-3 py-2">{formatCalendarDate(r.since)}</td>
                  <td className="px-3 py-2">
                    {SPREAD_PROGRESS_LABELS[r.progress]}
                    {r.completedOn && ` (${formatCalendarDate(r.completedOn)})`}
                    {r.reportedAt && (
                      <span className="mt-1 block">
                        <Badge tone="green">Đã báo cáo {formatDateVN(r.reportedAt)}</Badge>
                      </span>
                    )}
                  </td>
                  <td className="px-3 py-2">
                    {r.results.length === 0 ? (
                      <span className="text-slate-600">Chưa có số liệu</span>
                    ) : (
                      <ul>
                        {r.results.map((x, i) => (
                          <li key={i}>
                            {x.indicator}: {formatFigure(x)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pageSize={SPREAD_PAGE_SIZE} total={total} basePath={basePath} params={{}} param="spreadPage" anchor="spread" label="Nơi đã nhân rộng" />
    </section>
  );
}
