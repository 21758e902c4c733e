import Link from "next/link";
import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ConsolidatedRow, FieldTotal } from "@/lib/consolidation/queries";
import { INITIATIVE_TYPE_LABELS, LEVEL_LABELS } from "@/lib/registrations/labels";
import { REGISTRATION_STATUS_LABELS } from "@/lib/registrations/rules";
import { formatCalendarDate } from "@/lib/time/vn";

const STATUS_TONES: Record<ConsolidatedRow["registrationStatus"], BadgeTone> = {
  SUBMITTED: "green",
  RETURNED: "red",
  ACCEPTED: "violet",
};

export function RegistrationStatusBadge({ status }: { status: ConsolidatedRow["registrationStatus"] }) {
  return (
    <Badge tone={STATUS_TONES[status]} className="whitespace-nowrap">
      {REGISTRATION_STATUS_LABELS[status]}
    </Badge>
  );
}

/**
 * One page of initiatives with the fields as heading rows (in the campaign's order, with the
 * filtered count). `typicalCell` renders the last column (a read-only mark, or the leader's toggle).
 */
export function InitiativeTable({
  campaignId,
  rows,
  totals,
  firstIndex,
  caption,
  typicalCell,
  showStatus = true,
}: {
  campaignId: string;
  rows: ConsolidatedRow[];
  totals: FieldTotal[];
  firstIndex: number;
  caption: string;
  typicalCell: (row: ConsolidatedRow) => ReactNode;
  showStatus?: boolean;
}) {
  const fieldNo = new Map(totals.map((t, i) => [t.fieldId, { no: i + 1, count: t.count }]));
  const cols = showStatus ? 11 : 10;
  return (
    <div className="overflow-x-auto rounded-md border border-slate-300 bg-white">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-2 py-2">
              STT
            </th>
            <th scope="col" className="px-2 py-2">
              Lĩnh vực
            </th>
            <th scope="col" className="min-w-40 px-2 py-2">
              Đơn vị
            </th>
            <th scope="col" className="min-w-72 px-2 py-2">
              Nội dung đăng ký
            </th>
            <th scope="col" className="px-2 py-2">
              Loại
            </th>
            <th scope="col" className="min-w-32 px-2 py-2">
              Chủ trì/tác giả
            </th>
            <th scope="col" className="px-2 py-2">
              Cấp đăng ký
            </th>
            <th scope="col" className="px-2 py-2">
              Dự kiến hoàn thành
            </th>
            <th scope="col" className="min-w-32 px-2 py-2">
              Ghi chú
            </th>
            {showStatus && (
              <th scope="col" className="px-2 py-2">
                Tình trạng
              </th>
            )}
            <th scope="col" className="px-2 py-2">
              Tiêu biểu
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const f = fieldNo.get(r.fieldId);
            const heading =
              i === 0 || rows[i - 1].fieldId !== r.fieldId ? (
                <tr key={`h-${r.fieldId}-${i}`} className="border-t border-slate-300 bg-slate-50">
                  <th scope="rowgroup" colSpan={cols} className="px-2 py-2 text-left font-semibold">
                    {f ? `${f.no}. ` : ""}
                    {r.fieldName}
                    {f && <span className="font-normal text-slate-700"> ({f.count.toLocaleString("vi-VN")})</span>}
                    {i === 0 && firstIndex > 0 && rows.length > 0 && <span className="font-normal text-slate-600"> – tiếp theo</span>}
                  </th>
                </tr>
              ) : null;
            return [
              heading,
              <tr key={r.id} className="border-t border-slate-200 align-top">
                <td className="px-2 py-2 text-slate-700">{firstIndex + i + 1}</td>
                <td className="px-2 py-2">{r.fieldName}</td>
                <td className="px-2 py-2">{r.unitName}</td>
                <td className="px-2 py-2">
                  <Link href={`/campaigns/${campaignId}/registrations/${r.registrationId}`} className="text-slate-900 underline decoration-slate-400 underline-offset-2 hover:text-brand-700">
                    {r.content}
                  </Link>
                </td>
                <td className="px-2 py-2 whitespace-nowrap">{INITIATIVE_TYPE_LABELS[r.type] ?? r.type}</td>
                <td className="px-2 py-2">{r.ownerType === "INDIVIDUALS" ? r.ownerNames : "Tập thể đơn vị"}</td>
                <td className="px-2 py-2 whitespace-nowrap">{LEVEL_LABELS[r.level] ?? r.level}</td>
                <td className="px-2 py-2 whitespace-nowrap">{formatCalendarDate(new Date(`${r.expectedCompletion}T00:00:00Z`))}</td>
                <td className="px-2 py-2">{r.note}</td>
                {showStatus && (
                  <td className="px-2 py-2">
                    <RegistrationStatusBadge status={r.registrationStatus} />
                  </td>
                )}
                <td className="px-2 py-2 text-center">{typicalCell(r)}</td>
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
