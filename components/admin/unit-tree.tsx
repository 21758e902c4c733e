import clsx from "clsx";
import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import type { UnitTreeRow } from "@/lib/units/queries";
import { UNIT_KIND_LABELS } from "@/lib/units/tree";
import { formatDateVN } from "@/lib/time/vn";

/** The unit tree as nested lists; closed units stay in place, greyed, with their closing date. */
export function UnitTree({ units, selectedId }: { units: UnitTreeRow[]; selectedId?: string }) {
  const byParent = new Map<string | null, UnitTreeRow[]>();
  const ids = new Set(units.map((u) => u.id));
  for (const u of units) {
    const key = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    byParent.set(key, [...(byParent.get(key) ?? []), u]);
  }
  const renderLevel = (parentId: string | null, level: number) => {
    const children = byParent.get(parentId);
    if (!children?.length) return null;
    return (
      <ul className={clsx("flex flex-col gap-1", level > 0 && "ml-2 border-l border-slate-300 pl-2 sm:ml-4 sm:pl-3")}>
        {children.map((u) => (
          <li key={u.id}>
            <UnitRow unit={u} selected={u.id === selectedId} />
            {renderLevel(u.id, level + 1)}
          </li>
        ))}
      </ul>
    );
  };
  return <div aria-label="Cây đơn vị">{renderLevel(null, 0)}</div>;
}

function UnitRow({ unit, selected }: { unit: UnitTreeRow; selected: boolean }) {
  const closed = unit.status === "CLOSED";
  return (
    <div
      className={clsx(
        "rounded-md border px-3 py-2 text-sm",
        selected ? "border-brand-700 bg-brand-50" : "border-slate-200 bg-white",
        closed && !selected && "bg-slate-50",
      )}
    >
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <Link
          href={`/admin/units?unit=${unit.id}`}
          aria-current={selected ? "true" : undefined}
          className={clsx("font-medium underline-offset-2 hover:underline", closed ? "text-slate-600 line-through decoration-slate-400" : "text-brand-700")}
        >
          {unit.name}
        </Link>
        <span className="text-xs text-slate-600">{unit.code}</span>
        <Badge tone={closed ? "gray" : "blue"}>{UNIT_KIND_LABELS[unit.kind]}</Badge>
        {!closed && unit._count.users > 0 && <span className="text-xs text-slate-600">{unit._count.users} tài khoản</span>}
      </div>
      {closed && (
        <p className="mt-1 text-xs text-slate-700">
          Đã giải thể/ngừng hoạt động từ {formatDateVN(unit.closedAt)}
          {unit.mergedInto && <> · sáp nhập vào {unit.mergedInto.name}</>}
        </p>
      )}
    </div>
  );
}
