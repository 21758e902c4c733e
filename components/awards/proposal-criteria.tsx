import { Badge } from "@/components/ui/badge";
import { CRITERION_KIND_LABELS, type CriterionResult } from "@/lib/awards/criteria";

/** Đạt / Không đạt / Chưa xác định. */
export function CriterionVerdict({ met }: { met: boolean | null }) {
  if (met === true) return <Badge tone="green">Đạt</Badge>;
  if (met === false) return <Badge tone="red">Không đạt</Badge>;
  return <Badge tone="gray">Chưa xác định</Badge>;
}

/**
 * The criteria checklist of an award form for one nominee: each criterion with "Bắt buộc" when hard,
 * whether it is met (Đạt / Không đạt / Chưa xác định) and the basis (the portal's figures or the
 * unit's declaration). A list rather than a table: it reads the same on a phone.
 */
export function CriteriaChecklist({ criteria, caption }: { criteria: readonly CriterionResult[]; caption?: string }) {
  if (criteria.length === 0) return <p className="text-sm italic text-slate-600">Hình thức khen thưởng này chưa có tiêu chí.</p>;
  return (
    <ol className="divide-y divide-slate-200 rounded-md border border-slate-300 bg-white" aria-label={caption ?? "Tiêu chí khen thưởng"} data-testid="criteria-checklist">
      {criteria.map((c, i) => (
        <li key={c.id} className="flex flex-col gap-1 px-3 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-4" data-criterion={c.id} data-met={String(c.met)}>
          <div className="min-w-0">
            <p className="text-sm text-slate-900">
              <span className="font-semibold">{i + 1}.</span> {c.content}{" "}
              {c.hard && (
                <Badge tone="red" className="ml-1 align-middle">
                  Bắt buộc
                </Badge>
              )}
            </p>
            <p className="mt-0.5 text-xs text-slate-600">{CRITERION_KIND_LABELS[c.kind]}</p>
            <p className="mt-1 text-sm text-slate-800">
              <span className="text-slate-600">Căn cứ: </span>
              {c.basis}
            </p>
          </div>
          <div className="shrink-0">
            <span className="sr-only">Kết quả: </span>
            <CriterionVerdict met={c.met} />
          </div>
        </li>
      ))}
    </ol>
  );
}
