import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { listCampaignDecisions } from "@/lib/awards/decisions/queries";
import { DecisionTable } from "@/app/(portal)/awards/decisions/decision-table";

export const metadata: Metadata = { title: "Quyết định khen thưởng" };

/** The award decisions recorded in a campaign, and the way to record one when approved proposals wait. */
export default async function CampaignDecisionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> }) {
  const [{ id }, sp, user] = await Promise.all([params, searchParams, requireUser()]);
  const data = await listCampaignDecisions(user, id, parsePage(sp.page));
  if (!data) notFound();
  const { campaign } = data;
  return (
    <>
      <PageHeader
        title="Quyết định khen thưởng"
        description={
          <>
            Kế hoạch {campaign.documentNumber}: {campaign.title}
          </>
        }
        actions={
          data.canDecide && data.waiting > 0 ? <LinkButton href={`/campaigns/${campaign.id}/awards/decisions/new`}>Ghi nhận quyết định</LinkButton> : undefined
        }
      />
      {data.waiting > 0 && (
        <Alert tone={data.canDecide ? "warning" : "info"} className="mb-4">
          {data.waiting} trường hợp Hội đồng đã tán thành đang chờ quyết định khen thưởng của Lãnh đạo {campaign.issuingUnit.name}.
        </Alert>
      )}
      {data.rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">Chưa có quyết định khen thưởng nào theo kế hoạch này.</p>
      ) : (
        <DecisionTable rows={data.rows} showCampaign={false} />
      )}
      <Pagination page={data.page} pageSize={data.pageSize} total={data.total} basePath={`/campaigns/${campaign.id}/awards/decisions`} params={{}} />
    </>
  );
}
