"use client";

import Link from "@/components/ui/link";
import type { MatrixColumnView, MatrixRecordCellView, MatrixRowView } from "@/lib/consolidation/matrix-view";
import { MatrixStatusBadge } from "./matrix-status-badge";

/**
 * The office's status matrix: participating units × the units' milestones. A client component given the
 * rows' texts and links (lib/consolidation/matrix-view.ts): the page sends 50 rows of data, not their
 * element tree a second time.
 */
export function StatusMatrixTable({ columns, rows }: { columns: MatrixColumnView[]; rows: MatrixRowView[] }) {
  return (
    <div className="overflow-x-auto rounded-md border border-slate-300 bg-white">
      <table className="min-w-full text-sm">
        <caption className="sr-only">Tình trạng nộp của các đơn vị tham gia theo từng mốc</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="w-12 px-3 py-2">
              STT
            </th>
            <th scope="col" className="min-w-40 px-3 py-2">
              Đơn vị
            </th>
            {columns.map((c) => (
              <th key={c.id} scope="col" className="min-w-44 px-3 py-2" title={c.title}>
                {c.heading}
                {c.deliverable && <span className="block text-xs font-normal text-slate-700">{c.deliverable}</span>}
                <span className="block text-xs font-normal text-slate-700">{c.due}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.unitId} className="border-t border-slate-200 align-top">
              <td className="px-3 py-2 text-slate-700">{r.no}</td>
              <th scope="row" className="px-3 py-2 text-left font-medium">
                {r.unitName}
                {r.closed && <span className="ml-1 font-normal text-slate-600">(đã ngừng hoạt động)</span>}
              </th>
              {r.cells.map((cell, i) => {
                const key = columns[i]?.id ?? i;
                if (cell.kind === "record") return <RecordCell key={key} cell={cell} />;
                if (cell.kind === "proposals") {
                  return (
                    <td key={key} className={`px-3 py-2 ${cell.active ? "text-slate-900" : "text-slate-600"}`} data-cell="proposals">
                      {cell.text}
                    </td>
                  );
                }
                return (
                  <td key={key} className="px-3 py-2 text-slate-600">
                    Theo dõi ngoài cổng
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RecordCell({ cell }: { cell: MatrixRecordCellView }) {
  return (
    <td className="px-3 py-2" data-cell={cell.dataCell}>
      <div className="flex flex-col items-start gap-1">
        {cell.status ? <MatrixStatusBadge status={cell.status} /> : cell.note && <span className="text-xs text-slate-700">{cell.note}</span>}
        {cell.submittedAt && <span className="text-xs text-slate-700">{cell.submittedAt}</span>}
        {cell.extendedTo && (
          <span className="text-xs font-medium text-brand-800" data-extension>
            {cell.extendedTo}
          </span>
        )}
        {cell.view && (
          <Link href={cell.view.href} className="text-brand-700 underline">
            {cell.view.label}
            <span className="sr-only">{cell.view.srLabel}</span>
          </Link>
        )}
        {cell.extend && (
          <Link href={cell.extend.href} className="text-xs text-brand-700 underline">
            Gia hạn<span className="sr-only">{cell.extend.srLabel}</span>
          </Link>
        )}
      </div>
    </td>
  );
}
