"use client";

import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";

/**
 * The rows of the summary's lists (completed or dropped initiatives, units late or missing), as client
 * components given their texts: the page sends 50 rows of data per list instead of their element tree a
 * second time (the page weighed ~310 kB, ~190 kB of it the payload). The texts are formatted on the server
 * (components/summary/summary-lists.tsx).
 */
export interface InitiativeListRowView {
  id: string;
  no: number;
  content: string;
  type: string;
  unitName: string;
  /** "3. Cải cách thủ tục hành chính" */
  field: string;
  /** The completion date, or the reason it was dropped ("—" when missing). */
  detail: string;
  /** The unit and the detail in one line, on a phone (the columns are hidden there). */
  phoneLine: string;
}

export function InitiativeListRows({ rows }: { rows: InitiativeListRowView[] }) {
  return (
    <>
      {rows.map((r) => (
        <tr key={r.id} className="border-t border-slate-200 align-top">
          <td className="px-3 py-2 text-center">{r.no}</td>
          <td className="px-3 py-2">
            <Link href={`/initiatives/${r.id}`} className="text-brand-700 underline-offset-2 hover:underline">
              {r.content}
            </Link>
            <span className="block text-xs text-slate-600">{r.type}</span>
            <span className="mt-1 block text-xs text-slate-700 sm:hidden">{r.phoneLine}</span>
            <span className="mt-0.5 block text-xs text-slate-700 md:hidden">Lĩnh vực {r.field}</span>
          </td>
          <td className="hidden px-3 py-2 sm:table-cell">{r.unitName}</td>
          <td className="hidden px-3 py-2 md:table-cell">{r.field}</td>
          <td className="hidden px-3 py-2 sm:table-cell">{r.detail}</td>
        </tr>
      ))}
    </>
  );
}

export interface LateUnitView {
  unitId: string;
  unitName: string;
  /** "Nộp lúc dd/MM/yyyy HH:mm", or "". */
  submitted: string;
}

export function LateUnitItems({ rows }: { rows: LateUnitView[] }) {
  return (
    <>
      {rows.map((u) => (
        <li key={u.unitId} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
          <span>{u.unitName}</span>
          <span className="text-slate-700">{u.submitted}</span>
        </li>
      ))}
    </>
  );
}

export interface MissingUnitView {
  unitId: string;
  unitName: string;
  /** The unit has a draft it has not submitted. */
  drafting: boolean;
  /** The unit's own deadline ("trước ngày …"), extensions included; null when the plan has none. */
  due: string | null;
  overdue: boolean;
}

export function MissingUnitItems({ rows }: { rows: MissingUnitView[] }) {
  return (
    <>
      {rows.map((u) => (
        <li key={u.unitId} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
          <span>
            {u.unitName}
            {u.drafting && <span className="text-slate-600"> · đang soạn</span>}
          </span>
          {u.due && (
            <span className="flex items-center gap-2 text-slate-700">
              {u.due}
              {u.overdue ? <Badge tone="red">Quá hạn</Badge> : <Badge tone="gray">Chưa đến hạn</Badge>}
            </span>
          )}
        </li>
      ))}
    </>
  );
}
