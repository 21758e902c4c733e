import Link from "@/components/ui/link";
import { CampaignNav } from "@/components/campaigns/campaign-nav";
import { CampaignStatusBadge } from "@/components/campaigns/status-badge";
import { requireUser } from "@/lib/auth/session";
import { getCampaignHeader } from "@/lib/campaigns/header";

/**
 * Every page of one campaign: the campaign's line (number, status, title) and its tabs, filtered by
 * the user's rights. The layout never refuses: without a readable campaign it renders the page alone,
 * which answers not found itself (so the status stays 404).
 */
export default async function CampaignLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const header = await getCampaignHeader(user, id);
  if (!header) return <>{children}</>;
  return (
    <>
      <div className="mb-2 print:hidden">
        <p className="text-sm text-slate-600">
          <Link href="/campaigns" className="text-brand-700 underline-offset-2 hover:underline">
            Kế hoạch thi đua
          </Link>
          <span aria-hidden="true"> / </span>
          <span>{header.issuingUnitName}</span>
        </p>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-800">
          <Link href={`/campaigns/${header.id}`} className="font-semibold text-brand-800 underline-offset-2 hover:underline">
            Kế hoạch {header.documentNumber}
          </Link>
          <CampaignStatusBadge status={header.status} />
          <span className="min-w-0 text-slate-700">{header.title}</span>
        </p>
      </div>
      <CampaignNav campaignId={header.id} tabs={header.tabs} />
      {children}
    </>
  );
}
