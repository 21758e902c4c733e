import Link from "@/components/ui/link";
import { formatDay, lastDayOf, monthGrid, monthLabel, shiftMonth, WEEKDAYS_VN } from "@/lib/compliance/rules";
import type { TimelineMilestone } from "./milestone-timeline";

/**
 * A month grid (Monday to Sunday) marking the last day ("hạn chót") of each milestone, in Vietnam time.
 * A real table with column headers; each marked day lists its milestones as text.
 */
export function MilestoneCalendar({ milestones, month, today, hrefFor }: { milestones: TimelineMilestone[]; month: string; today: string; hrefFor: (month: string) => string }) {
  const byDay = new Map<string, TimelineMilestone[]>();
  for (const m of milestones) {
    const d = lastDayOf(m.dueAt);
    byDay.set(d, [...(byDay.get(d) ?? []), m]);
  }
  const weeks = monthGrid(month);
  const prev = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);
  const inMonth = milestones.filter((m) => lastDayOf(m.dueAt).startsWith(month)).length;

  return (
    <div>
      <nav aria-label="Chọn tháng" className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <Link href={hrefFor(prev)} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-brand-700">
          ← {monthLabel(prev)}
        </Link>
        <Link href={hrefFor(next)} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-brand-700">
          {monthLabel(next)} →
        </Link>
      </nav>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full min-w-[40rem] table-fixed border-collapse text-sm">
          <caption className="px-3 py-2 text-left text-base font-semibold">
            {monthLabel(month)} <span className="text-sm font-normal text-slate-700">· {inMonth ? `${inMonth} hạn chót` : "không có hạn chót nào"}</span>
          </caption>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              {WEEKDAYS_VN.map((w) => (
                <th key={w.short} scope="col" className="px-2 py-1.5 text-center font-semibold">
                  <abbr title={w.long} className="no-underline">
                    {w.short}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week[0].day}>
                {week.map((d) => {
                  const items = byDay.get(d.day) ?? [];
                  const isToday = d.day === today;
                  return (
                    <td
                      key={d.day}
                      className={`h-20 border border-slate-200 p-1 align-top ${d.inMonth ? "" : "bg-slate-50 text-slate-500"} ${items.length ? "bg-amber-50" : ""}`}
                      aria-current={isToday ? "date" : undefined}
                      data-day={d.day}
                    >
                      <span className={`inline-block min-w-6 rounded px-1 text-xs font-semibold ${isToday ? "bg-brand-700 text-white" : ""}`}>
                        {Number(d.day.slice(8, 10))}
                        <span className="sr-only">/{d.day.slice(5, 7)}/{d.day.slice(0, 4)}{isToday ? " (hôm nay)" : ""}</span>
                      </span>
                      {items.length > 0 && (
                        <ul className="mt-1 flex flex-col gap-1">
                          {items.map((m) => (
                            <li key={m.id} className="rounded border-l-4 border-amber-600 bg-white px-1 py-0.5 text-xs leading-snug text-slate-900">
                              <span className="font-semibold">Hạn chót</span> {formatDay(d.day)}: {m.deliverable ?? m.name}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
