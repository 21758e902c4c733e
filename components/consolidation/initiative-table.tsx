import { ownerLabel } from "@/lib/registrations/labels";
import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { initiativeColumns, type InitiativeRowData } from "./initiative-columns";
import { InitiativeRow } from "./initiative-row";
import type { ConsolidatedRow, FieldTotal } from "@/lib/consolidation/queries";
import { INITIATIVE_TYPE_LABELS, LEVEL_LABELS } from "@/lib/registrations/labels";
import { SUBMISSION_STATUS_LABELS } from "@/lib/submissions/statuses";
import { formatCalendarDate } from "@/lib/time/vn";

const STATUS_TONES: Record<ConsolidatedRow["registrationStatus"], BadgeTone> = {
  SUBMITTED: "green",
  RETURNED: "red",
  ACCEPTED: "violet",
};

export function RegistrationStatusBadge({ status }: { status: ConsolidatedRow["registrationStatus"] }) {
  return (
    <Badge tone={STATUS_TONES[status]} className="whitespace-nowrap">
      {SUBMISSION_STATUS_LABELS[status]}
    </Badge>
  );
}

/** The row as the client component shows it: labels and dates formatted here, on the server. */
function rowData(r: ConsolidatedRow, no: number, campaignId: string): InitiativeRowData {
  return {
    id: r.id,
    no,
    fieldName: r.fieldName,
    unitName: r.unitName,
    origin: r.forwardedFromId ? (r.originUnitName ?? "cấp dưới") : null,
    content: r.content,
    href: `/campaigns/${campaignId}/registrations/${r.registrationId}`,
    type: INITIATIVE_TYPE_LABELS[r.type] ?? r.type,
    owner: ownerLabel(r.ownerType, r.ownerNames),
    level: LEVEL_LABELS[r.level] ?? r.level,
    expected: formatCalendarDate(new Date(`${r.expectedCompletion}T00:00:00Z`)),
    note: r.note,
    status: SUBMISSION_STATUS_LABELS[r.registrationStatus],
    statusTone: STATUS_TONES[r.registrationStatus],
  };
}

/**
 * One page of initiatives with the fields as heading rows (in the campaign's order, with the
 * filtered count). `typicalCell` renders the "Tiêu biểu" column (a read-only mark, or the leader's
 * toggle, which then comes first so that it is in view on small screens).
 */
export function InitiativeTable({
  campaignId,
  rows,
  totals,
  firstIndex,
  caption,
  typicalCell,
  selection = false,
}: {
  campaignId: string;
  rows: ConsolidatedRow[];
  totals: FieldTotal[];
  firstIndex: number;
  caption: string;
  typicalCell: (row: ConsolidatedRow) => ReactNode;
  /** The leadership's selection: the toggle first, no field column (the heading rows say it). */
  selection?: boolean;
}) {
  const fieldNo = new Map(totals.map((t, i) => [t.fieldId, { no: i + 1, count: t.count }]));
  const columns = initiativeColumns(selection);
  return (
    <div className="overflow-x-auto rounded-md border border-slate-300 bg-white">
      <table className="data-table compact min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.th}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const f = fieldNo.get(r.fieldId);
            const heading =
              i === 0 || rows[i - 1].fieldId !== r.fieldId ? (
                <tr key={`h-${r.fieldId}-${i}`} className="border-t border-slate-300 bg-slate-50">
                  <th scope="rowgroup" colSpan={columns.length} className="text-left font-semibold">
                    {f ? `${f.no}. ` : ""}
                    {r.fieldName}
                    {f && <span className="font-normal text-slate-700"> ({f.count.toLocaleString("vi-VN")})</span>}
                    {i === 0 && firstIndex > 0 && <span className="font-normal text-slate-600"> – tiếp theo</span>}
                  </th>
                </tr>
              ) : null;
            return [heading, <InitiativeRow key={r.id} row={rowData(r, firstIndex + i + 1, campaignId)} selection={selection} typical={typicalCell(r)} />];
          })}
        </tbody>
      </table>
    </div>
  );
}

export function TypicalMark({ typical }: { typical: boolean }) {
  return typical ? (
    <span className="inline-flex items-center gap-1 font-semibold text-violet-900">
      <span aria-hidden="true">★</span> Có
    </span>
  ) : (
    <span className="text-slate-500">
      <span aria-hidden="true">–</span>
      <span className="sr-only">Không</span>
    </span>
  );
}

export function FieldTotals({ totals, total }: { totals: FieldTotal[]; total: number }) {
  return (
    <section aria-labelledby="totals-h" className="mb-4">
      <h2 id="totals-h" className="mb-2 text-sm font-semibold text-slate-900">
        Số lượng theo lĩnh vực (theo bộ lọc): {total.toLocaleString("vi-VN")}
      </h2>
      <ul className="grid gap-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {totals.map((t, i) => (
          <li key={t.fieldId} className="flex justify-between gap-2 rounded border border-slate-200 bg-white px-3 py-1.5">
            <span>
              {i + 1}. {t.name}
            </span>
            <strong>{t.count.toLocaleString("vi-VN")}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
