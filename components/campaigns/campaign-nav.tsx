"use client";

import clsx from "clsx";
import Link from "@/components/ui/link";
import { useSelectedLayoutSegment } from "next/navigation";
import type { CampaignTab } from "@/lib/campaigns/navigation";

/** The tabs of one campaign (filtered on the server by the user's rights); the current one from the URL. */
export function CampaignNav({ campaignId, tabs }: { campaignId: string; tabs: CampaignTab[] }) {
  const segment = useSelectedLayoutSegment();
  return (
    <nav aria-label="Các trang của kế hoạch" className="mb-6 overflow-x-auto border-b border-slate-200 print:hidden">
      <ul className="flex min-w-max gap-1 text-sm">
        {tabs.map((t) => {
          const active = t.segment === segment;
          return (
            <li key={t.segment ?? "plan"}>
              <Link
                href={t.segment ? `/campaigns/${campaignId}/${t.segment}` : `/campaigns/${campaignId}`}
                aria-current={active ? "page" : undefined}
                className={clsx(
                  "-mb-px block border-b-2 px-3 py-2 font-medium focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-brand-700",
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
