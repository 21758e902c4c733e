import { formatVnNumber } from "@/lib/progress/rules";

export interface ResultRowView {
  id: string;
  indicator: string;
  unitOfMeasure: string;
  valueBefore: number | null;
  valueAfter: number;
  source: string | null;
}

/** Results as figures, read-only: "Tỷ lệ hồ sơ đúng hạn (%): 92,5 → 99". */
export function ResultsTable({ results, caption = "Kết quả bằng số liệu" }: { results: ResultRowView[]; caption?: string }) {
  if (results.length === 0) return <p className="text-sm italic text-slate-600">Chưa có chỉ tiêu kết quả nào.</p>;
  return (
    <div className="overflow-x-auto rounded-md border border-slate-300 bg-white">
      <table className="w-full min-w-[560px] text-sm" data-testid="results-table">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">
              Chỉ tiêu
            </th>
            <th scope="col" className="px-3 py-2">
              Đơn vị tính
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Trước khi áp dụng
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Sau khi áp dụng
            </th>
            <th scope="col" className="px-3 py-2">
              Nguồn số liệu
            </th>
          </tr>
        </thead>
        <tbody>
          {results.map((r) => (
            <tr key={r.id} className="border-t border-slate-200 align-top">
              <td className="px-3 py-2">{r.indicator}</td>
              <td className="px-3 py-2">{r.unitOfMeasure}</td>
              <td className="px-3 py-2 text-right tabular-nums">{r.valueBefore === null ? "—" : formatVnNumber(r.valueBefore)}</td>
              <td className="px-3 py-2 text-right font-medium tabular-nums">{formatVnNumber(r.valueAfter)}</td>
              <td className="px-3 py-2">{r.source ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
