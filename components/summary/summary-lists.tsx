import clsx from "clsx";
import Link from "@/components/ui/link";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import type { ListCounts, ListKind, ListRow, ReportingUnit } from "@/lib/summary/figures";
import { INITIATIVE_TYPE_LABELS } from "@/lib/registrations/labels";
import { formatCalendarDate, formatDateTimeVN, formatDeadline } from "@/lib/time/vn";
import { Pagination } from "@/components/ui/pagination";
import { InitiativeListRows, LateUnitItems, MissingUnitItems, type InitiativeListRowView } from "./summary-list-rows";

type Query = Record<string, string | undefined>;

function href(base: string, query: Query, change: Query, anchor: string) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...query, ...change })) if (v) q.set(k, v);
  const s = q.toString();
  return `${base}${s ? `?${s}` : ""}#${anchor}`;
}

/** One row of the completed or dropped list, its texts formatted here (on the server). */
function initiativeRowView(r: ListRow, kind: ListKind, no: number): InitiativeListRowView {
  const completed = r.completedOn ? formatCalendarDate(new Date(`${r.completedOn}T00:00:00Z`)) : "—";
  return {
    id: r.id,
    no,
    content: r.content,
    type: INITIATIVE_TYPE_LABELS[r.type] ?? r.type,
    unitName: r.unitName,
    field: `${r.fieldOrder}. ${r.fieldName}`,
    detail: kind === "COMPLETED" ? completed : (r.droppedReason ?? "—"),
    phoneLine: `${r.unitName} · ${kind === "COMPLETED" ? `hoàn thành ${completed}` : `lý do: ${r.droppedReason ?? "—"}`}`,
  };
}

/** Completed / dropped initiatives: two tabs (links), a field filter (GET form), one page of rows. */
export function InitiativeLists({
  base,
  query,
  fields,
  counts,
  kind,
  fieldId,
  rows,
  page,
  pageSize,
  total,
}: {
  base: string;
  query: Query;
  fields: { id: string; name: string }[];
  counts: ListCounts;
  kind: ListKind;
  fieldId?: string;
  rows: ListRow[];
  page: number;
  pageSize: number;
  total: number;
}) {
  const tabs: { kind: ListKind; label: string; n: number }[] = [
    { kind: "COMPLETED", label: "Đã hoàn thành", n: counts.completed },
    { kind: "DROPPED", label: "Dừng thực hiện", n: counts.dropped },
  ];
  const countIn = (f: string) => counts.byField.find((x) => x.fieldId === f)?.[kind === "COMPLETED" ? "completed" : "dropped"] ?? 0;
  return (
    <div>
      <div className="mb-3 flex flex-col gap-3 lg:flex-row lg:items-end lg:justify-between">
        <nav aria-label="Danh sách" className="flex gap-1 border-b border-slate-200 text-sm">
          {tabs.map((t) => (
            <Link
              key={t.kind}
              href={href(base, query, { list: t.kind === "DROPPED" ? "dropped" : undefined, lp: undefined }, "lists")}
              aria-current={t.kind === kind ? "page" : undefined}
              className={clsx(
                "-mb-px border-b-2 px-3 py-2 font-medium",
                t.kind === kind ? "border-brand-700 text-brand-800" : "border-transparent text-slate-700 hover:border-slate-400",
              )}
            >
              {t.label} ({t.n.toLocaleString("vi-VN")})
            </Link>
          ))}
        </nav>
        <form method="get" action={`${base}#lists`} className="flex flex-col gap-2 sm:flex-row sm:items-end" aria-label="Lọc danh sách theo lĩnh vực">
          {Object.entries(query)
            .filter(([k, v]) => v && k !== "field" && k !== "lp")
            .map(([k, v]) => (
              <input key={k} type="hidden" name={k} value={v} />
            ))}
          <div className="flex flex-col gap-1">
            <label htmlFor="list-field" className="text-sm font-medium">
              Lĩnh vực
            </label>
            <Select id="list-field" name="field" defaultValue={fieldId ?? ""} className="sm:w-80">
              <option value="">Tất cả lĩnh vực</option>
              {fields.map((f, i) => (
                <option key={f.id} value={f.id}>
                  {i + 1}. {f.name} ({countIn(f.id)})
                </option>
              ))}
            </Select>
          </div>
          <button type="submit" className={buttonClass("secondary")}>
            Lọc
          </button>
        </form>
      </div>
      {rows.length === 0 ? (
        <Alert tone="info">
          {kind === "COMPLETED" ? "Chưa có mô hình, giải pháp nào hoàn thành" : "Không có mô hình, giải pháp nào dừng thực hiện"}
          {fieldId ? " trong lĩnh vực này" : ""}.
        </Alert>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <caption className="sr-only">{kind === "COMPLETED" ? "Mô hình, giải pháp đã hoàn thành" : "Mô hình, giải pháp dừng thực hiện"}</caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="w-12 px-3 py-2">
                  STT
                </th>
                <th scope="col" className="px-3 py-2">
                  Nội dung
                </th>
                <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                  Đơn vị
                </th>
                <th scope="col" className="hidden px-3 py-2 md:table-cell">
                  Lĩnh vực
                </th>
                <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                  {kind === "COMPLETED" ? "Ngày hoàn thành" : "Lý do dừng"}
                </th>
              </tr>
            </thead>
            <tbody>
              <InitiativeListRows rows={rows.map((r, i) => initiativeRowView(r, kind, (page - 1) * pageSize + i + 1))} />
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pageSize={pageSize} total={total} basePath={base} param="lp" params={query} anchor="lists" label="danh sách mô hình, giải pháp" />
    </div>
  );
}

/** Units that reported late, and those that have not reported (with their own due date). */
export function ReportingLists({
  base,
  query,
  late,
  missing,
  pageSize,
  unitDueAt,
}: {
  base: string;
  query: Query;
  late: { rows: ReportingUnit[]; page: number; total: number };
  missing: { rows: (ReportingUnit & { dueAt: Date | null })[]; page: number; total: number };
  pageSize: number;
  unitDueAt: Date | null;
}) {
  const now = new Date();
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div>
        <h3 className="mb-2 font-semibold">Đơn vị nộp trễ hạn ({late.total.toLocaleString("vi-VN")})</h3>
        {late.total === 0 ? (
          <p className="text-sm text-slate-700">Không có đơn vị nào nộp trễ hạn.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
            <LateUnitItems
              rows={late.rows.map((u) => ({ unitId: u.unitId, unitName: u.unitName, submitted: u.firstSubmittedAt ? `Nộp lúc ${formatDateTimeVN(u.firstSubmittedAt)}` : "" }))}
            />
          </ul>
        )}
        <Pagination page={late.page} pageSize={pageSize} total={late.total} basePath={base} param="tp" params={query} anchor="reporting" label="đơn vị nộp trễ hạn" />
      </div>
      <div>
        <h3 className="mb-2 font-semibold">Đơn vị chưa nộp báo cáo ({missing.total.toLocaleString("vi-VN")})</h3>
        {missing.total === 0 ? (
          <p className="text-sm text-slate-700">Tất cả đơn vị đã nộp báo cáo.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
            <MissingUnitItems
              rows={missing.rows.map((u) => {
                const due = u.dueAt ?? unitDueAt;
                return { unitId: u.unitId, unitName: u.unitName, drafting: !!u.reportStatus, due: due ? formatDeadline(due) : null, overdue: !!due && now >= due };
              })}
            />
          </ul>
        )}
        <Pagination page={missing.page} pageSize={pageSize} total={missing.total} basePath={base} param="mp" params={query} anchor="reporting" label="đơn vị chưa nộp" />
      </div>
    </div>
  );
}
