import type { ComplianceSummary } from "@/lib/compliance/rules";
import { barWidth, formatPercentVN } from "@/lib/compliance/rules";

/** On-time / late / missing split as a bar; every part also carries its number as text (not colour only). */
export function ComplianceBar({ summary, label }: { summary: ComplianceSummary; label: string }) {
  const total = summary.participating;
  const parts = [
    { key: "on-time", text: "Đúng hạn", n: summary.onTime, cls: "bg-green-700 text-white" },
    { key: "late", text: "Trễ hạn", n: summary.late, cls: "bg-amber-500 text-slate-950" },
    { key: "missing", text: summary.overdue ? "Chưa nộp (quá hạn)" : "Chưa nộp", n: summary.missing, cls: "bg-slate-300 text-slate-950 bg-[repeating-linear-gradient(45deg,transparent,transparent_4px,rgba(0,0,0,0.08)_4px,rgba(0,0,0,0.08)_8px)]" },
  ];
  return (
    <figure className="flex flex-col gap-2">
      <figcaption className="sr-only">{label}</figcaption>
      <div className="flex h-7 w-full overflow-hidden rounded-md border border-slate-300 bg-slate-100 text-xs font-semibold" aria-hidden="true">
        {parts.map((p) =>
          p.n > 0 ? (
            <div key={p.key} className={`flex items-center justify-center overflow-hidden whitespace-nowrap ${p.cls}`} style={{ width: `${barWidth(p.n, total)}%` }}>
              {p.n}
            </div>
          ) : null,
        )}
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800">
        {parts.map((p) => (
          <li key={p.key} className="flex items-center gap-1.5">
            <span className={`inline-block h-3 w-3 rounded-sm border border-slate-400 ${p.cls}`} aria-hidden="true" />
            {p.text}: <span className="font-semibold">{p.n}</span>
            <span className="text-slate-600">({total ? formatPercentVN(p.n / total) : "–"})</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
