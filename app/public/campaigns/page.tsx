import { PublicCampaignCard } from "@/components/public/campaign-card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { listPublicCampaigns, PUBLIC_PAGE_SIZE } from "@/lib/public-site/queries";

export const metadata = { title: "Phong trào thi đua" };

export default async function PublicCampaignsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const page = parsePage(sp.page);
  const { rows, total } = await listPublicCampaigns(page);
  return (
    <>
      <PageHeader title="Phong trào thi đua cải cách hành chính" description="Các kế hoạch phát động phong trào được cơ quan công khai." />
      {rows.length === 0 ? (
        <p className="text-slate-700">Chưa có phong trào nào được công khai.</p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {rows.map((c) => (
            <li key={c.id}>
              <PublicCampaignCard campaign={c} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageSize={PUBLIC_PAGE_SIZE} total={total} basePath="/public/campaigns" params={{}} />
    </>
  );
}
