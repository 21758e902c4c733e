import type { Metadata } from "next";
import { AwardHistoryList, YearFilter } from "@/app/(portal)/unit/awards/award-history-list";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { getMyAwards, parseYear } from "@/lib/awards/history/queries";

export const metadata: Metadata = { title: "Khen thưởng của tôi" };

/** "Khen thưởng của tôi": the signed-in person's awards as a nominee, across years, with their certificates. */
export default async function MyAwardsPage({ searchParams }: { searchParams: Promise<{ nam?: string; page?: string }> }) {
  const [sp, user] = await Promise.all([searchParams, requireUser()]);
  const year = parseYear(sp.nam);
  const list = await getMyAwards(user, { year, page: parsePage(sp.page) });
  return (
    <>
      <PageHeader
        title="Khen thưởng của tôi"
        description="Các hình thức khen thưởng bạn được nhận qua các năm, theo quyết định khen thưởng đã ghi nhận trên cổng."
        breadcrumbs={[{ href: "/account", label: "Tài khoản của tôi" }]}
      />
      <YearFilter years={list.years} year={year} action="/account/awards" />
      {list.total === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
          {year ? `Năm ${year} bạn chưa có khen thưởng nào được ghi nhận.` : "Bạn chưa có khen thưởng nào được ghi nhận trên cổng."}
        </p>
      ) : (
        <AwardHistoryList groups={list.groups} showNominee={false} />
      )}
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} basePath="/account/awards" params={{ nam: year ? String(year) : undefined }} />
    </>
  );
}
