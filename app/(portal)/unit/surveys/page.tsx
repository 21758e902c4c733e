import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { SURVEY_REPORT_STATUS_LABELS } from "@/lib/surveys/labels";
import { listUnitVisits } from "@/lib/surveys/queries";
import { formatDateTimeVN, formatDeadline } from "@/lib/time/vn";

export const metadata = { title: "Khảo sát tại đơn vị" };

/** The unit's survey visits (its own only) and the state of its report for each. */
export default async function UnitSurveysPage() {
  const user = await requireUser();
  const visits = await listUnitVisits(user);
  if (!visits) notFound();
  return (
    <>
      <PageHeader title="Khảo sát tại đơn vị" breadcrumbs={[{ href: "/unit", label: "Đơn vị của tôi" }]} description="Lịch đoàn khảo sát làm việc tại đơn vị và báo cáo phục vụ khảo sát đơn vị gửi trước buổi làm việc." />
      {visits.length === 0 ? (
        <p className="text-slate-700">Đơn vị chưa có lịch khảo sát nào.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {visits.map((v) => (
            <li key={v.id} className="rounded-lg border border-slate-300 bg-white p-4" data-testid="unit-visit">
              <p className="flex flex-wrap items-center gap-2 font-semibold">
                <Link href={`/unit/surveys/${v.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {formatDateTimeVN(v.startsAt)} – {v.unit.name}
                </Link>
                {v.status === "CANCELLED" ? (
                  <Badge tone="red">Đã hủy</Badge>
                ) : (
                  <Badge tone={v.report?.status === "SUBMITTED" ? "green" : "amber"}>Báo cáo: {v.report ? SURVEY_REPORT_STATUS_LABELS[v.report.status] : "chưa lập"}</Badge>
                )}
              </p>
              <p className="text-sm text-slate-700">
                {v.round.plan.issuingUnit.name} · {v.round.name} · {v.place}
              </p>
              {v.status === "SCHEDULED" && v.report?.status !== "SUBMITTED" && <p className="text-sm text-slate-800">Gửi báo cáo {formatDeadline(v.reportDueAt)}</p>}
              {v.status === "CANCELLED" && <p className="text-sm text-red-800">Lý do hủy: {v.cancelReason}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
