import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { listDecisions } from "@/lib/awards/decisions/queries";
import { DecisionTable } from "./decision-table";

export const metadata: Metadata = { title: "Quyết định khen thưởng" };

/** Award decisions across the campaigns of the organisations the user leads or serves, newest first. */
export default async function DecisionsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const [sp, user] = await Promise.all([searchParams, requireUser()]);
  const data = await listDecisions(user, parsePage(sp.page));
  return (
    <>
      <PageHeader
        title="Quyết định khen thưởng"
        description="Các quyết định khen thưởng đã ghi nhận trên cổng, theo mọi kế hoạch thi đua của cơ quan. Quyết định mới được ghi nhận ở trang Quyết định khen thưởng của từng kế hoạch."
        breadcrumbs={[{ href: "/awards", label: "Khen thưởng" }]}
      />
      {data.rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">Chưa có quyết định khen thưởng nào.</p>
      ) : (
        <DecisionTable rows={data.rows} />
      )}
      <Pagination page={data.page} pageSize={data.pageSize} total={data.total} basePath="/awards/decisions" params={{}} />
    </>
  );
}
