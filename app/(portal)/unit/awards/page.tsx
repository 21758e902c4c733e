import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { getUnitAwards, parseYear } from "@/lib/awards/history/queries";
import { AwardHistoryList, YearFilter } from "./award-history-list";

export const metadata: Metadata = { title: "Khen thưởng của đơn vị" };

/** The unit's and its people's awards across campaigns and years, for the unit's head and staff. */
export default async function UnitAwardsPage({ searchParams }: { searchParams: Promise<{ unit?: string; nam?: string; page?: string }> }) {
  const [sp, user] = await Promise.all([searchParams, requireUser()]);
  const year = parseYear(sp.nam);
  const data = await getUnitAwards(user, { unitId: sp.unit, year, page: parsePage(sp.page) });
  if (!data) notFound();
  if (!data.unit || !data.list) {
    return (
      <>
        <PageHeader title="Khen thưởng của đơn vị" breadcrumbs={[{ href: "/unit", label: "Đơn vị của tôi" }]} />
        <p className="text-slate-700">Tài khoản của bạn chưa được giao vai trò trưởng đơn vị hoặc cán bộ đơn vị.</p>
      </>
    );
  }
  const { unit, list, units } = data;
  const params = { unit: units.length > 1 ? unit.id : undefined, nam: year ? String(year) : undefined };
  return (
    <>
      <PageHeader
        title="Khen thưởng của đơn vị"
        description={<>Các hình thức khen thưởng của {unit.name} và cán bộ của đơn vị qua các năm, theo quyết định khen thưởng đã ghi nhận trên cổng.</>}
        breadcrumbs={[{ href: "/unit", label: "Đơn vị của tôi" }]}
      />
      {units.length > 1 && (
        <nav aria-label="Chọn đơn vị" className="mb-4 flex flex-wrap gap-2 text-sm">
          {units.map((u) => (
            <Link
              key={u.id}
              href={`/unit/awards?unit=${u.id}`}
              aria-current={u.id === unit.id ? "page" : undefined}
              className={u.id === unit.id ? "rounded-md border-2 border-brand-700 bg-brand-50 px-3 py-1 font-semibold" : "rounded-md border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50"}
            >
              {u.name}
            </Link>
          ))}
        </nav>
      )}
      <YearFilter years={list.years} year={year} action="/unit/awards" hidden={units.length > 1 ? { unit: unit.id } : undefined} />
      {list.total === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
          {year ? `Năm ${year} đơn vị chưa có khen thưởng nào được ghi nhận.` : "Đơn vị chưa có khen thưởng nào được ghi nhận trên cổng."}
        </p>
      ) : (
        <AwardHistoryList groups={list.groups} />
      )}
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} basePath="/unit/awards" params={params} />
    </>
  );
}
