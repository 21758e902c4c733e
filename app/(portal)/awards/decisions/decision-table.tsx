import Link from "@/components/ui/link";
import { formatCalendarDate } from "@/lib/time/vn";

export interface DecisionRow {
  id: string;
  number: string;
  signedOn: Date;
  signerName: string;
  signerTitle: string;
  summary: string | null;
  organisationUnit: { name: string };
  campaign: { id: string; documentNumber: string; year: number };
  session: { id: string; title: string } | null;
  _count: { proposals: number };
}

/** Award decisions as a list of cards (readable at phone width): number and date, summary, signer, awardees, campaign. */
export function DecisionTable({ rows, showCampaign = true }: { rows: DecisionRow[]; showCampaign?: boolean }) {
  return (
    <ul className="flex flex-col gap-2" data-decision-list>
      {rows.map((d) => (
        <li key={d.id} className="rounded-md border border-slate-300 bg-white p-3" data-decision={d.number}>
          <div className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between">
            <Link href={`/awards/decisions/${d.id}`} className="font-semibold text-brand-700 underline underline-offset-2">
              Quyết định số {d.number}
            </Link>
            <span className="text-sm text-slate-700">ngày {formatCalendarDate(d.signedOn)}</span>
          </div>
          {d.summary && <p className="mt-1 text-sm text-slate-900">{d.summary}</p>}
          <p className="mt-1 text-sm text-slate-700">
            {d._count.proposals} tập thể, cá nhân · {d.signerTitle} {d.signerName}
            {showCampaign && (
              <>
                {" "}
                · {d.organisationUnit.name} · Kế hoạch{" "}
                <Link href={`/campaigns/${d.campaign.id}/awards/decisions`} className="underline">
                  {d.campaign.documentNumber}
                </Link>{" "}
                ({d.campaign.year})
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
