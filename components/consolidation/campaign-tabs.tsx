import clsx from "clsx";
import Link from "next/link";

const TABS = [
  { key: "status", label: "Tình hình nộp" },
  { key: "consolidated", label: "Tổng hợp Mẫu 1" },
  { key: "typical", label: "Mô hình tiêu biểu" },
  { key: "reports", label: "Báo cáo đơn vị" },
  { key: "summary", label: "Báo cáo tổng hợp" },
  { key: "forward", label: "Gửi lên cấp trên" },
  { key: "incoming", label: "Cấp dưới gửi lên" },
  { key: "awards", label: "Đề nghị khen thưởng" },
  { key: "council", label: "Hội đồng TĐKT" },
] as const;

export type ConsolidationTab = (typeof TABS)[number]["key"];

/** The office's and the leadership's pages of one campaign. */
export function CampaignTabs({ campaignId, current }: { campaignId: string; current?: ConsolidationTab }) {
  return (
    <nav aria-label="Theo dõi và tổng hợp" className="mb-6 overflow-x-auto border-b border-slate-200 print:hidden">
      <ul className="flex min-w-max gap-1 text-sm">
        {TABS.map((t) => {
          const active = t.key === current;
          return (
            <li key={t.key}>
              <Link
                href={`/campaigns/${campaignId}/${t.key}`}
                aria-current={active ? "page" : undefined}
                className={clsx(
                  "-mb-px block border-b-2 px-3 py-2 font-medium",
                  active ? "border-brand-700 text-brand-800" : "border-transparent text-slate-700 hover:border-slate-400 hover:text-slate-900",
                )}
              >
                {t.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export function campaignCrumbs(campaign: { id: string; documentNumber: string }) {
  return [
    { href: "/campaigns", label: "Kế hoạch thi đua" },
    { href: `/campaigns/${campaign.id}`, label: `Kế hoạch ${campaign.documentNumber}` },
  ];
}
