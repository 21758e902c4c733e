import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/consolidation/print-button";
import { SummaryDocument } from "@/components/summary/summary-document";
import { SummaryReviewHistory, SummaryVersions } from "@/components/summary/summary-history";
import { SummaryReviewActions } from "@/components/summary/summary-review-actions";
import { SummaryStatusBadge } from "@/components/summary/summary-status-badge";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { parsePageParam, type PageSearchParams } from "@/lib/consolidation/filters";
import { PHASE_LABELS } from "@/lib/reports/labels";
import { getIncomingSummary } from "@/lib/summary/queries";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Báo cáo cấp dưới gửi lên" };

const PRINT_CSS = `@media print {
  body header, body footer, body nav { display: none !important; }
  main { max-width: none !important; padding: 0 !important; margin: 0 !important; }
  @page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }
}`;

export default async function IncomingSummaryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; summaryId: string }>;
  searchParams: Promise<PageSearchParams>;
}) {
  const { id, summaryId } = await params;
  const sp = await searchParams;
  const user = await requireUser();
  const view = await getIncomingSummary(user, id, summaryId, sp.v ? parsePageParam(sp.v) : undefined);
  if (!view) notFound();
  const { parent, report, selected } = view;
  const sender = report.campaign.issuingUnit.name;
  const label = PHASE_LABELS[report.phase].toLowerCase();
  const base = `/campaigns/${id}/incoming/${summaryId}`;

  return (
    <>
      <style>{PRINT_CSS}</style>
      <div className="print:hidden">
        <PageHeader
          title={`Báo cáo ${label} – ${sender}`}
          description={
            <>
              Kế hoạch {report.campaign.documentNumber}: {report.campaign.title}
            </>
          }
          breadcrumbs={[{ href: `/campaigns/${id}/incoming`, label: "Cấp dưới gửi lên" }]}
          actions={
            <div className="flex gap-2 whitespace-nowrap">
              <PrintButton label="In báo cáo" />
              <LinkButton href={`${base}/export${selected ? `?v=${selected.versionNo}` : ""}`} prefetch={false} variant="secondary" download>
                Tải Excel (XLSX)
              </LinkButton>
            </div>
          }
        />

        <section aria-labelledby="info-h" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="info-h" className="sr-only">
            Thông tin báo cáo
          </h2>
          <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
            <div>
              <dt className="text-slate-600">Cơ quan gửi</dt>
              <dd className="font-medium">{sender}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Tình trạng</dt>
              <dd className="flex flex-wrap gap-1">
                <SummaryStatusBadge status={report.status} hasParent receiver />
                {report.isLate && <Badge tone="amber">Gửi trễ hạn</Badge>}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Gửi lần đầu</dt>
              <dd className="font-medium">{formatDateTimeVN(report.firstSubmittedAt)}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Gửi gần nhất</dt>
              <dd className="font-medium">
                {formatDateTimeVN(report.lastSubmittedAt)} · phiên bản {report.submittedVersion}
              </dd>
            </div>
          </dl>
        </section>

        {report.status === "RETURNED" && report.returnComment && (
          <Alert tone="warning" title="Đã trả lại để chỉnh sửa" className="mb-6">
            <p className="whitespace-pre-line">{report.returnComment}</p>
          </Alert>
        )}

        {parent.canReview && (
          <div className="mb-6">
            <SummaryReviewActions
              parentCampaignId={id}
              summaryReportId={report.id}
              lockVersion={report.lockVersion}
              canReviewNow={view.canReviewNow}
              status={report.status}
              senderName={sender}
            />
          </div>
        )}

        <section aria-labelledby="versions-h" className="mb-6">
          <h2 id="versions-h" className="mb-2 text-lg font-semibold">
            Các phiên bản đã gửi
          </h2>
          <SummaryVersions versions={report.versions} hrefOf={(v) => `${base}?v=${v}`} selected={selected?.versionNo} />
          {selected && !selected.isLatest && (
            <Alert tone="info" className="mt-3">
              Đang xem phiên bản {selected.versionNo}, không phải phiên bản mới nhất.
            </Alert>
          )}
        </section>
      </div>

      {selected && (
        <section aria-label={`Nội dung phiên bản ${selected.versionNo}`} className="mb-8">
          <SummaryDocument s={selected.snapshot} draft={false} />
        </section>
      )}

      <section aria-labelledby="history-h" className="mb-8 print:hidden">
        <h2 id="history-h" className="mb-2 text-lg font-semibold">
          Lịch sử gửi và xem xét
        </h2>
        <SummaryReviewHistory reviews={report.reviews} />
      </section>
    </>
  );
}
