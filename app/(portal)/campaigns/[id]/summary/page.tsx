import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { SummaryStatusBadge } from "@/components/summary/summary-status-badge";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { PHASE_LABELS, PHASE_SLUGS } from "@/lib/reports/labels";
import { getSummaryOverview } from "@/lib/summary/queries";
import { describeTimeLeft, formatDateTimeVN, formatDeadline } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Báo cáo tổng hợp" };

export default async function SummaryOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const data = await getSummaryOverview(user, id);
  if (!data) notFound();
  const { campaign, phases } = data;
  const now = new Date();
  const hasParent = !!campaign.parentCampaign;

  return (
    <>
      <PageHeader
        title="Báo cáo tổng hợp"
        description={
          <>
            Kế hoạch {campaign.documentNumber}: {campaign.title}
          </>
        }
      />

      <Alert tone="info" className="mb-6">
        {hasParent ? (
          <>
            Bộ phận CCHC tổng hợp báo cáo của các đơn vị thành báo cáo sơ kết, tổng kết và gửi{" "}
            <strong>{campaign.addressee}</strong> theo Kế hoạch {campaign.parentCampaign!.documentNumber} của {campaign.parentCampaign!.issuingUnit.name}. Cấp trên tiếp
            nhận hoặc trả lại để chỉnh sửa ngay trên cổng.
          </>
        ) : (
          <>
            Bộ phận CCHC tổng hợp báo cáo của các đơn vị thành báo cáo sơ kết, tổng kết. Kế hoạch này không trả lời kế hoạch cấp trên nào trên cổng: khi hoàn tất, báo
            cáo được in để trình ký và gửi bằng văn bản.
          </>
        )}
      </Alert>

      <ul className="grid gap-4 md:grid-cols-2">
        {phases.map((p) => {
          const due = p.summary?.milestone.dueAt ?? null;
          const unitDue = p.unit?.milestone.dueAt ?? null;
          const r = p.report;
          return (
            <li key={p.phase} className="flex flex-col rounded-lg border border-slate-200 bg-white p-4">
              <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
                <h2 className="text-lg font-semibold">
                  <Link href={`/campaigns/${id}/summary/${PHASE_SLUGS[p.phase]}`} className="text-brand-700 underline-offset-2 hover:underline">
                    Báo cáo {PHASE_LABELS[p.phase].toLowerCase()}
                  </Link>
                </h2>
                <SummaryStatusBadge status={r?.status} hasParent={hasParent} />
              </div>
              <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-2">
                <div>
                  <dt className="text-slate-600">Hạn gửi báo cáo</dt>
                  <dd className="font-medium">
                    {due ? (
                      <>
                        {formatDeadline(due)}
                        <span className="block text-xs font-normal text-slate-700">{now >= due ? "đã qua" : describeTimeLeft(due, now)}</span>
                      </>
                    ) : (
                      "Kế hoạch chưa có mốc này"
                    )}
                  </dd>
                </div>
                <div>
                  <dt className="text-slate-600">Báo cáo của các đơn vị</dt>
                  <dd className="font-medium">
                    {p.reporting.reported}/{p.reporting.units} đã nộp
                    {p.reporting.late > 0 && <span className="font-normal text-amber-800"> · {p.reporting.late} trễ hạn</span>}
                    {unitDue && <span className="block text-xs font-normal text-slate-700">Hạn của đơn vị: {formatDeadline(unitDue)}</span>}
                  </dd>
                </div>
                {r && r.submittedVersion > 0 && (
                  <div>
                    <dt className="text-slate-600">Gửi gần nhất</dt>
                    <dd className="font-medium">
                      {formatDateTimeVN(r.lastSubmittedAt)} · phiên bản {r.submittedVersion}
                      {r.isLate && (
                        <Badge tone="amber" className="ml-1">
                          Trễ hạn
                        </Badge>
                      )}
                    </dd>
                  </div>
                )}
                {r?.status === "DRAFT" && (
                  <div>
                    <dt className="text-slate-600">Lưu gần nhất</dt>
                    <dd className="font-medium">{formatDateTimeVN(r.updatedAt)}</dd>
                  </div>
                )}
              </dl>
              {r?.status === "RETURNED" && r.returnComment && (
                <Alert tone="warning" title="Cấp trên trả lại để chỉnh sửa" className="mt-3">
                  <p className="whitespace-pre-line">{r.returnComment}</p>
                </Alert>
              )}
              {!p.summaryOpen && p.summary?.opensAt && (
                <p className="mt-3 text-sm text-slate-700">Gửi được từ {formatDateTimeVN(p.summary.opensAt)}, khi các đơn vị đã đến hạn báo cáo.</p>
              )}
              <div className="mt-auto pt-3">
                <Link href={`/campaigns/${id}/summary/${PHASE_SLUGS[p.phase]}`} className="text-sm font-medium text-brand-700 underline underline-offset-2">
                  {campaign.rights.canManage && (!r || r.status === "DRAFT" || r.status === "RETURNED") ? "Mở để soạn báo cáo" : "Xem báo cáo"}
                  <span className="sr-only"> {PHASE_LABELS[p.phase].toLowerCase()}</span>
                </Link>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
