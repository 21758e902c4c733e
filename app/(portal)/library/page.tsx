import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { canAnywhere } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { spreadText } from "@/lib/library/labels";
import { LIBRARY_PAGE_SIZE, libraryFilterOptions, searchLibrary } from "@/lib/library/queries";
import { filterParams, parseLibraryFilters } from "@/lib/library/schemas";
import { RECOGNITION_LEVEL_LABELS } from "@/lib/recognition/rules";
import { INITIATIVE_TYPE_LABELS } from "@/lib/registrations/labels";
import { formatCalendarDate } from "@/lib/time/vn";

export const metadata = { title: "Thư viện điển hình tiên tiến" };

const control = "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 min-h-10";

/**
 * Thư viện điển hình tiên tiến: every recognised model (one entry per lineage, lib/library/sync.ts), searched
 * without diacritics and filtered by field, year, level and owner unit; the filters live in the URL.
 */
export default async function LibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!canAnywhere(user.roles, "read:library")) notFound();
  const params = await searchParams;
  const filters = parseLibraryFilters(params);
  const page = parsePage(params.page);
  const [{ total, rows }, options] = await Promise.all([searchLibrary(filters, page), libraryFilterOptions()]);
  const filtered = Boolean(filters.q || filters.field || filters.year || filters.level || filters.unit);
  return (
    <>
      <PageHeader
        title="Thư viện điển hình tiên tiến"
        description="Các mô hình, giải pháp, sáng kiến đã được cấp có thẩm quyền quyết định công nhận, để các đơn vị tham khảo và nhân rộng."
      />
      <form method="get" action="/library" role="search" aria-label="Tìm trong thư viện" className="mb-6 grid gap-3 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5">
        <div className="flex flex-col gap-1 sm:col-span-2 lg:col-span-5">
          <label htmlFor="lib-q" className="text-sm font-medium text-slate-900">
            Từ khóa
          </label>
          <input id="lib-q" name="q" type="search" defaultValue={typeof params.q === "string" ? params.q : ""} maxLength={200} className={control} aria-describedby="lib-q-hint" />
          <p id="lib-q-hint" className="text-xs text-slate-600">
            Tên mô hình, lĩnh vực, đơn vị, tác giả; gõ có dấu hoặc không dấu đều được.
          </p>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="lib-field" className="text-sm font-medium text-slate-900">
            Lĩnh vực
          </label>
          <select id="lib-field" name="field" defaultValue={filters.field} className={control}>
            <option value="">Tất cả</option>
            {options.fields.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="lib-year" className="text-sm font-medium text-slate-900">
            Năm công nhận
          </label>
          <select id="lib-year" name="year" defaultValue={filters.year ? String(filters.year) : ""} className={control}>
            <option value="">Tất cả</option>
            {options.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="lib-level" className="text-sm font-medium text-slate-900">
            Cấp công nhận
          </label>
          <select id="lib-level" name="level" defaultValue={filters.level ?? ""} className={control}>
            <option value="">Tất cả</option>
            <option value="DEPARTMENT">{RECOGNITION_LEVEL_LABELS.DEPARTMENT}</option>
            <option value="CITY">{RECOGNITION_LEVEL_LABELS.CITY}</option>
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="lib-unit" className="text-sm font-medium text-slate-900">
            Đơn vị
          </label>
          <select id="lib-unit" name="unit" defaultValue={filters.unit} className={control}>
            <option value="">Tất cả</option>
            {options.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClass("primary")}>
            Tìm
          </button>
          {filtered && (
            <Link href="/library" className={buttonClass("secondary")}>
              Bỏ lọc
            </Link>
          )}
        </div>
      </form>

      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700">
          {filtered ? "Không có mô hình nào phù hợp với điều kiện tìm." : "Thư viện chưa có mô hình nào được công nhận."}
        </p>
      ) : (
        <ul className="flex flex-col gap-3" aria-label="Kết quả tìm kiếm">
          {rows.map((m) => (
            <li key={m.id} className="rounded-lg border border-slate-300 bg-white p-4" data-testid="library-model">
              <h2 className="font-semibold">
                <Link href={`/library/${m.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {m.title}
                </Link>
              </h2>
              <p className="mt-1 flex flex-wrap gap-2 text-sm text-slate-700">
                <Badge tone={m.level === "CITY" ? "violet" : "blue"}>Công nhận {RECOGNITION_LEVEL_LABELS[m.level]}</Badge>
                <span>{INITIATIVE_TYPE_LABELS[m.type]}</span>
                <span aria-hidden="true">·</span>
                <span>{m.fieldName}</span>
              </p>
              <p className="mt-1 text-sm text-slate-700">
                {m.unit.name} · Quyết định số {m.decision.number} ngày {formatCalendarDate(m.decision.signedOn)}
              </p>
              <p className="mt-1 text-sm font-medium text-slate-900">{spreadText(m.adoptionCount)}</p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageSize={LIBRARY_PAGE_SIZE} total={total} basePath="/library" params={filterParams(filters)} />
    </>
  );
}
