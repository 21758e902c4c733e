"use client";

import Link from "@/components/ui/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";

/**
 * One unit of the compliance table, its texts formatted by the server: the row reaches the browser as
 * one small object instead of the element tree of its cells (50 rows per request).
 */
export interface UnitStandingRowData {
  unitId: string;
  name: string;
  /** The office's own deliverable (a summary report): "Bộ phận CCHC – <name>", without a link. */
  office: boolean;
  closed: boolean;
  status: string;
  standing: string;
  standingTone: BadgeTone;
  /** "Mẫu 1: Đang soạn" (null: no record yet). */
  record: string | null;
  firstSubmitted: string;
  daysLate: string;
  extension: { due: string; reason: string } | null;
}

export function UnitStandingRow({ row }: { row: UnitStandingRowData }) {
  return (
    <tr data-unit={row.name} data-status={row.status}>
      <th scope="row" className="font-normal">
        {row.office ? (
          <>Bộ phận CCHC – {row.name}</>
        ) : (
          <Link href={`/units/${row.unitId}/record`} className="link">
            {row.name}
          </Link>
        )}
        {row.closed && <span className="text-amber-800"> (đã ngừng hoạt động)</span>}
      </th>
      <td>
        <Badge tone={row.standingTone}>{row.standing}</Badge>
        {row.record && <span className="block text-xs text-slate-600">{row.record}</span>}
      </td>
      <td className="whitespace-nowrap">{row.firstSubmitted}</td>
      <td className="whitespace-nowrap text-right">{row.daysLate}</td>
      <td>
        {row.extension ? (
          <>
            <span className="whitespace-nowrap">{row.extension.due}</span>
            <span className="block text-xs text-slate-600">{row.extension.reason}</span>
          </>
        ) : (
          "—"
        )}
      </td>
    </tr>
  );
}
