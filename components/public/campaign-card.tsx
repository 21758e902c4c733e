import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { formatCalendarDate } from "@/lib/time/vn";

export interface PublicCampaignCardData {
  id: string;
  documentNumber: string;
  title: string;
  theme: string | null;
  status: string;
  takesIdeas: boolean;
  startsOn: Date;
  endsOn: Date;
  issuingUnit: { name: string };
}

export function PublicCampaignCard({ campaign: c }: { campaign: PublicCampaignCardData }) {
  return (
    <article className="h-full rounded-lg bg-white p-4 ring-1 ring-slate-200">
      <h3 className="font-semibold leading-snug">
        <Link href={`/public/campaigns/${c.id}`} className="text-brand-700 underline-offset-2 hover:underline">
          {c.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-slate-700">
        {c.issuingUnit.name} · Kế hoạch số {c.documentNumber}
      </p>
      <p className="mt-1 text-sm text-slate-700">
        Từ {formatCalendarDate(c.startsOn)} đến {formatCalendarDate(c.endsOn)}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        {c.status === "CLOSED" ? <Badge tone="gray">Đã kết thúc</Badge> : <Badge tone="green">Đang phát động</Badge>}
        {c.takesIdeas && <Badge tone="blue">Đang nhận hiến kế</Badge>}
      </div>
    </article>
  );
}
