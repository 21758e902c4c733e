import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { listUnitIdeas } from "@/lib/public-ideas/queries";
import { STATUS_LABELS } from "@/lib/public-ideas/rules";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Hiến kế được chuyển đánh giá" };

/** Ideas of citizens and businesses the office forwarded to the user's unit (without the submitter's contact). */
export default async function UnitIdeasPage() {
  const user = await requireUser();
  const rows = await listUnitIdeas(user);
  return (
    <>
      <PageHeader title="Hiến kế được chuyển đánh giá" description="Hiến kế của người dân, doanh nghiệp do Bộ phận CCHC chuyển đơn vị cho ý kiến." />
      {rows.length === 0 ? (
        <p className="text-slate-700">Chưa có hiến kế nào được chuyển cho đơn vị.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {rows.map((r) => (
            <li key={r.id} className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
              <h2 className="font-semibold">
                <Link href={`/unit/ideas/${r.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {r.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-slate-700">
                Kế hoạch {r.campaign.documentNumber} · chuyển ngày {formatDateTimeVN(r.forwardedAt)} · {r.forwardedUnit?.name}
              </p>
              <p className="mt-2 flex flex-wrap gap-2">
                <Badge tone="blue">{STATUS_LABELS[r.status]}</Badge>
                {r.status === "FORWARDED" && <Badge tone={r.unitAssessedAt ? "green" : "amber"}>{r.unitAssessedAt ? "Đã gửi ý kiến" : "Chờ đơn vị đánh giá"}</Badge>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
