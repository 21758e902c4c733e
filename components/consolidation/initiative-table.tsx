import Link from "next/link";
import { ownerLabel } from "@/lib/registrations/labels";
import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
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

type Column = { key: string; header: string; th?: string; td?: string; cell: (r: ConsolidatedRow, index: number) => ReactNode };

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
  const typical: Column = { key: "typical", header: "Tiêu biểu", td: "text-center", cell: (r) => typicalCell(r) };
  const columns: Column[] = [
    { key: "stt", header: "STT", td: "text-slate-700", cell: (_r, i) => firstIndex + i + 1 },
    ...(selection ? [typical] : []),
    ...(selection ? [] : [{ key: "field", header: "Lĩnh vực", th: "min-w-44", td: "text-slate-700", cell: (r: ConsolidatedRow) => r.fieldName }]),
    {
      key: "unit",
      header: "Đơn vị",
      th: "min-w-40",
      cell: (r) => (
        <>
          {r.unitName}
          {r.forwardedFromId && (
            <span className="mt-1 block text-xs text-slate-700" data-origin>
              Nguồn: {r.originUnitName ?? "cấp dưới"}
            </span>
          )}
        </>
      ),
    },
    {
      key: "content",
      header: "Nội dung đăng ký",
      th: "min-w-72",
      cell: (r) => (
        <Link href={`/campaigns/${campaignId}/registrations/${r.registrationId}`} className="text-slate-900 underline decoration-slate-400 underline-offset-2 hover:text-brand-700">
          {r.content}
        </Link>
      ),
    },
    { key: "type", header: "Loại", td: "whitespace-nowrap", cell: (r) => INITIATIVE_TYPE_LABELS[r.type] ?? r.type },
    { key: "owner", header: "Chủ trì/tác giả", th: "min-w-32", cell: (r) => ownerLabel(r.ownerType, r.ownerNames) },
    { key: "level", header: "Cấp đăng ký", td: "whitespace-nowrap", cell: (r) => LEVEL_LABELS[r.level] ?? r.level },
    { key: "expected", header: "Dự kiến hoàn thành", td: "whitespace-nowrap", cell: (r) => formatCalendarDate(new Date(`${r.expectedCompletion}T00:00:00Z`)) },
    { key: "note", header: "Ghi chú", th: "min-w-32", cell: (r) => r.note },
    { key: "status", header: "Tình trạng", cell: (r) => <RegistrationStatusBadge status={r.registrationStatus} /> },
    ...(selection ? [] : [typical]),
  ];
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
            return [
              heading,
              <tr key={r.id}>
                {columns.map((c) => (
                  <td key={c.key} className={c.td}>
                    {c.cell(r, i)}
                  </td>
                ))}
              </tr>,
            ];
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
