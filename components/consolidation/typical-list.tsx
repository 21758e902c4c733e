import { ForwardOutcomes } from "@/components/cascade/forward-outcome";
import type { ForwardInfo } from "@/lib/cascade/rules";
import type { TypicalList } from "@/lib/consolidation/queries";
import { INITIATIVE_TYPE_LABELS, LEVEL_LABELS } from "@/lib/registrations/labels";
import { formatDateVN } from "@/lib/time/vn";

/**
 * "Danh sách mô hình, giải pháp, sáng kiến tiêu biểu" as it goes to the level above: grouped by
 * field, in the state document's typeface; the only part of the page that prints.
 */
export function TypicalListDocument({
  list,
  title,
  addressee,
  forwards,
}: {
  list: TypicalList;
  title: string;
  addressee: string | null;
  /** Where each initiative was forwarded and the parent's outcome (shown on screen, not printed). */
  forwards?: ReadonlyMap<string, ForwardInfo[]>;
}) {
  const byField = new Map<string, TypicalList["rows"]>();
  for (const r of list.rows) byField.set(r.fieldId, [...(byField.get(r.fieldId) ?? []), r]);
  // fields keep their number in the plan (as in Mẫu 1), only those with a selection are listed
  const fields = list.fields.map((f, i) => ({ ...f, no: i + 1 })).filter((f) => byField.has(f.id));
  let stt = 0;
  return (
    <article className="rounded-lg border border-slate-300 bg-white p-4 font-serif text-slate-950 sm:p-8 print:border-0 print:p-0" style={{ fontFamily: '"Times New Roman", Times, serif' }}>
      <p className="text-sm font-bold uppercase">{list.campaign.issuingUnit.name}</p>
      <h3 className="mt-4 text-center text-base font-bold uppercase sm:text-lg">{title}</h3>
      <p className="mt-1 text-center text-sm italic">
        (Kèm theo Kế hoạch số {list.campaign.documentNumber} ngày {formatDateVN(list.campaign.issuedOn)} của {list.campaign.issuingUnit.name})
      </p>
      {addressee && <p className="mt-3 text-center text-sm">{addressee}</p>}
      {list.rows.length === 0 ? (
        <p className="mt-6 text-center text-sm italic">Chưa có mô hình, giải pháp, sáng kiến nào được chọn.</p>
      ) : (
        <div className="mt-4 overflow-x-auto print:overflow-visible" role="region" aria-label={title} tabIndex={0}>
          <table className="w-full min-w-[44rem] border-collapse text-sm print:min-w-0" data-typical-list>
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                {["STT", "Đơn vị", "Nội dung", "Loại", "Cấp đăng ký"].map((h) => (
                  <th key={h} scope="col" className="border border-slate-500 px-2 py-1.5 text-center font-bold">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {fields.map((f) => [
                <tr key={`f-${f.id}`} className="break-inside-avoid">
                  <th scope="rowgroup" colSpan={5} className="border border-slate-500 px-2 py-1.5 text-left font-bold">
                    {f.no}. {f.name}
                  </th>
                </tr>,
                ...byField.get(f.id)!.map((r) => (
                  <tr key={r.id} className="break-inside-avoid align-top">
                    <td className="border border-slate-500 px-2 py-1.5 text-center">{++stt}</td>
                    <td className="border border-slate-500 px-2 py-1.5">{r.unitName}</td>
                    <td className="border border-slate-500 px-2 py-1.5">
                      {r.content}
                      {forwards?.get(r.id) && <ForwardOutcomes forwards={forwards.get(r.id)!} className="mt-1 font-sans print:hidden" />}
                    </td>
                    <td className="border border-slate-500 px-2 py-1.5 whitespace-nowrap">{INITIATIVE_TYPE_LABELS[r.type] ?? r.type}</td>
                    <td className="border border-slate-500 px-2 py-1.5 whitespace-nowrap">{LEVEL_LABELS[r.level] ?? r.level}</td>
                  </tr>
                )),
              ])}
            </tbody>
          </table>
          <p className="mt-2 text-sm">Tổng số: {list.rows.length} mô hình, giải pháp, sáng kiến.</p>
        </div>
      )}
    </article>
  );
}
