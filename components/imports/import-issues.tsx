export interface ImportIssue {
  row: number | null;
  column: string | null;
  message: string;
}

/** The errors of an uploaded sheet by Excel row and column (the first 200, then a count). */
export function ImportIssuesTable({ issues }: { issues: ImportIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-import-issues>
        <caption className="mb-1 text-left font-semibold">Lỗi theo dòng và cột của tệp ({issues.length})</caption>
        <thead>
          <tr className="bg-slate-50">
            {["Dòng", "Cột", "Lỗi"].map((h) => (
              <th key={h} scope="col" className="border border-slate-300 px-2 py-1 text-left">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {issues.slice(0, 200).map((i, k) => (
            <tr key={k} className="align-top">
              <td className="border border-slate-300 px-2 py-1">{i.row ?? "—"}</td>
              <td className="border border-slate-300 px-2 py-1">{i.column ?? "—"}</td>
              <td className="border border-slate-300 px-2 py-1">{i.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {issues.length > 200 && <p className="mt-1 text-slate-600">… và {issues.length - 200} lỗi khác.</p>}
    </div>
  );
}
