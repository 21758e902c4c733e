"use client";

import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { initiativeColumns, type InitiativeRowData } from "./initiative-columns";

function cell(key: string, r: InitiativeRowData, typical: ReactNode): ReactNode {
  switch (key) {
    case "stt":
      return r.no;
    case "field":
      return r.fieldName;
    case "unit":
      return (
        <>
          {r.unitName}
          {r.origin !== null && (
            <span className="mt-1 block text-xs text-slate-700" data-origin>
              Nguồn: {r.origin}
            </span>
          )}
        </>
      );
    case "content":
      return (
        <Link href={r.href} className="text-slate-900 underline decoration-slate-400 underline-offset-2 hover:text-brand-700">
          {r.content}
        </Link>
      );
    case "type":
      return r.type;
    case "owner":
      return r.owner;
    case "level":
      return r.level;
    case "expected":
      return r.expected;
    case "note":
      return r.note;
    case "status":
      return (
        <Badge tone={r.statusTone} className="whitespace-nowrap">
          {r.status}
        </Badge>
      );
    case "typical":
      return typical;
  }
  return null;
}

/** One row; `typical` is the "Tiêu biểu" cell the page gives (a mark, or the leader's toggle, with the recognition). */
export function InitiativeRow({ row, selection, typical }: { row: InitiativeRowData; selection: boolean; typical: ReactNode }) {
  return (
    <tr>
      {initiativeColumns(selection).map((c) => (
        <td key={c.key} className={c.td}>
          {cell(c.key, row, typical)}
        </td>
      ))}
    </tr>
  );
}
