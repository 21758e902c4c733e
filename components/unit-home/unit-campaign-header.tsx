import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";

export interface UnitCampaignRef {
  documentNumber: string;
  issuingUnitName: string;
  title?: string;
}

/**
 * The header of every page a unit works on within one campaign (Mẫu 1, individual registration,
 * progress, Mẫu 2 reports, award proposals): the page's title, the campaign it belongs to, the unit (or
 * the person) it is written for, and "Chọn đơn vị khác" when the user answers for several units.
 */
export function UnitCampaignHeader({
  title,
  campaign,
  unitName,
  personName,
  chooseUnitHref,
  breadcrumbs = [],
  actions,
}: {
  title: string;
  campaign: UnitCampaignRef;
  unitName: string;
  /** An individual's own registration: "Người đăng ký: <name> · <unit>". */
  personName?: string;
  /** Set when the user may answer for several units (the page without ?unit= lists them). */
  chooseUnitHref?: string;
  /** After "Đơn vị của tôi". */
  breadcrumbs?: { href: string; label: string }[];
  actions?: ReactNode;
}) {
  return (
    <PageHeader
      title={title}
      breadcrumbs={[{ href: "/unit", label: "Đơn vị của tôi" }, ...breadcrumbs]}
      description={
        <>
          <p>
            Kế hoạch số <span className="font-semibold">{campaign.documentNumber}</span> của {campaign.issuingUnitName}
            {campaign.title ? `: ${campaign.title}` : ""}
          </p>
          <p className="mt-1">
            {personName ? (
              <>
                Người đăng ký: <span className="font-semibold">{personName}</span> · {unitName}
              </>
            ) : (
              <>
                Đơn vị: <span className="font-semibold">{unitName}</span>
              </>
            )}
            {chooseUnitHref && (
              <>
                {" "}
                ·{" "}
                <Link href={chooseUnitHref} className="text-brand-700 underline">
                  Chọn đơn vị khác
                </Link>
              </>
            )}
          </p>
        </>
      }
      actions={actions}
    />
  );
}
