import Link from "@/components/ui/link";
import { NOMINEE_TYPE_LABELS } from "@/lib/awards/labels";
import type { YearGroup } from "@/lib/awards/history/queries";
import { formatCalendarDate } from "@/lib/time/vn";

/** Year filter of an awards list (a plain GET form: works without JavaScript). */
export function YearFilter({ years, year, action, hidden }: { years: number[]; year: number | null; action: string; hidden?: Record<string, string> }) {
  if (years.length < 2 && !year) return null;
  return (
    <form method="get" action={action} className="mb-4 flex flex-wrap items-end gap-2" role="search" aria-label="Lọc theo năm">
      {Object.entries(hidden ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div className="flex flex-col gap-1">
        <label htmlFor="award-year" className="text-sm font-medium text-slate-900">
          Năm
        </label>
        <select id="award-year" name="nam" defaultValue={year ? String(year) : ""} className="min-h-10 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm">
          <option value="">Tất cả các năm</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="min-h-10 rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50">
        Lọc
      </button>
    </form>
  );
}

/**
 * Awards grouped by year (of the emulation campaign): award form, nominee, decision number and date,
 * and the certificate (PDF). Cards, so that it reads at phone width.
 */
export function AwardHistoryList({ groups, showNominee = true }: { groups: YearGroup[]; showNominee?: boolean }) {
  return (
    <div className="flex flex-col gap-6" data-award-history>
      {groups.map((g) => (
        <section key={g.year} aria-labelledby={`year-${g.year}`}>
          <h2 id={`year-${g.year}`} className="mb-2 text-lg font-semibold">
            Năm {g.year}
          </h2>
          <ul className="flex flex-col gap-2">
            {g.rows.map((r) => (
              <li key={r.id} className="flex flex-col gap-2 rounded-md border border-slate-300 bg-white p-3 sm:flex-row sm:items-center sm:justify-between" data-award={r.id}>
                <div className="min-w-0 text-sm">
                  <p className="font-semibold text-slate-900">{r.awardForm.name}</p>
                  {showNominee && (
                    <p className="text-slate-900">
                      {r.nomineeName}{" "}
                      <span className="text-slate-700">
                        ({NOMINEE_TYPE_LABELS[r.nomineeType].toLowerCase()}
                        {r.nomineeType !== "COLLECTIVE" && r.nomineeDetail ? `, ${r.nomineeDetail}` : ""})
                      </span>
                    </p>
                  )}
                  <p className="text-slate-700">
                    {r.decision ? (
                      <>
                        Quyết định số {r.decision.number} ngày {formatCalendarDate(r.decision.signedOn)} của {r.decision.organisationUnit.name}
                        {r.certificateNo ? ` · Giấy khen số ${r.certificateNo}` : ""}
                      </>
                    ) : (
                      "Chưa có quyết định"
                    )}
                  </p>
                  <p className="text-slate-600">
                    Kế hoạch {r.campaign.documentNumber} · đơn vị đề nghị: {r.unit.name}
                  </p>
                </div>
                {r.decision && (
                  <Link
                    href={`/api/awards/certificates/${r.id}`}
                    prefetch={false}
                    download
                    className="inline-flex min-h-10 shrink-0 items-center justify-center rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-50"
                  >
                    Tải Giấy khen (PDF)<span className="sr-only">: {r.awardForm.name} năm {g.year} của {r.nomineeName}</span>
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
