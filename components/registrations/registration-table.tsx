import type { RegistrationSnapshot } from "@/lib/registrations/snapshot";
import { INITIATIVE_TYPE_LABELS, LEVEL_LABELS, ownerLabel } from "@/lib/registrations/labels";
import { formatCalendarDate } from "@/lib/time/vn";

type Row = RegistrationSnapshot["rows"][number];

/**
 * Read-only Mẫu 1: one block per reform field (in the campaign's order, empty fields included),
 * with the form's columns. Used for live forms, submitted versions and the office's review.
 */
export function RegistrationTable({
  fields,
  rows,
  caption,
}: {
  fields: { id: string; name: string; sortOrder: number }[];
  rows: Row[];
  caption?: string;
}) {
  const byField = new Map<string, Row[]>();
  for (const r of rows) byField.set(r.fieldId, [...(byField.get(r.fieldId) ?? []), r]);
  // Fields removed from the campaign after submission still show, under the name the snapshot kept.
  const known = new Set(fields.map((f) => f.id));
  const orphanFields = [...new Map(rows.filter((r) => !known.has(r.fieldId)).map((r) => [r.fieldId, { id: r.fieldId, name: r.fieldName, sortOrder: r.fieldOrder }])).values()];
  const allFields = [...fields, ...orphanFields].sort((a, b) => a.sortOrder - b.sortOrder);
  return (
    <div className="overflow-x-auto rounded-md border border-slate-300 bg-white">
      <table className="w-full min-w-[720px] text-sm">
        {caption && <caption className="px-3 py-2 text-left font-semibold">{caption}</caption>}
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">
              Nội dung đăng ký
            </th>
            <th scope="col" className="px-3 py-2">
              Loại
            </th>
            <th scope="col" className="px-3 py-2">
              Chủ trì / tác giả
            </th>
            <th scope="col" className="px-3 py-2">
              Cấp đăng ký
            </th>
            <th scope="col" className="px-3 py-2 whitespace-nowrap">
              Dự kiến hoàn thành
            </th>
            <th scope="col" className="px-3 py-2">
              Ghi chú
            </th>
          </tr>
        </thead>
        <tbody>
          {allFields.map((f, i) => {
            const fieldRows = byField.get(f.id) ?? [];
            return [
              <tr key={`f-${f.id}`} className="border-t border-slate-300 bg-slate-50">
                <th scope="rowgroup" colSpan={6} className="px-3 py-2 text-left font-semibold">
                  {i + 1}. {f.name}
                </th>
              </tr>,
              fieldRows.length === 0 ? (
                <tr key={`e-${f.id}`} className="border-t border-slate-200">
                  <td colSpan={6} className="px-3 py-2 italic text-slate-600">
                    Không đăng ký
                  </td>
                </tr>
              ) : (
                fieldRows.map((r) => (
                  <tr key={r.initiativeId} className="border-t border-slate-200 align-top">
                    <td className="px-3 py-2">{r.content}</td>
                    <td className="px-3 py-2">{INITIATIVE_TYPE_LABELS[r.type as keyof typeof INITIATIVE_TYPE_LABELS] ?? r.type}</td>
                    <td className="px-3 py-2">{ownerLabel(r.ownerType, r.ownerNames)}</td>
                    <td className="px-3 py-2 whitespace-nowrap">{LEVEL_LABELS[r.level as keyof typeof LEVEL_LABELS] ?? r.level}</td>
                    <td className="px-3 py-2 whitespace-nowrap">{formatCalendarDate(new Date(`${r.expectedCompletion}T00:00:00Z`))}</td>
                    <td className="px-3 py-2">{r.note}</td>
                  </tr>
                ))
              ),
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}
