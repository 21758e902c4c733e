import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { RecordHistory } from "@/components/audit/record-history";
import { PrintButton } from "@/components/consolidation/print-button";
import { ReportDocument, REPORT_PRINT_CSS } from "@/components/reports/report-document";
import { ReportReviewActions } from "@/components/reports/report-review-actions";
import { ReportStatusBadge } from "@/components/reports/report-status-badge";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { parsePageParam, type PageSearchParams } from "@/lib/consolidation/filters";
import { PHASE_REPORT_NAMES, PHASE_SLUGS } from "@/lib/reports/labels";
import { getReportForReview } from "@/lib/reports/queries";
import { formatDateTimeVN, formatDeadline } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Xem xét báo cáo của đơn vị" };

const ACTION_LABELS: Record<string, string> = {
  SUBMIT: "Trưởng đơn vị xác nhận và nộp",
  RETURN: "Trả lại để chỉnh sửa",
  ACCEPT: "Tiếp nhận",
  CONFIRM: "Trưởng đơn vị xác nhận",
};

export default async function ReviewReportPage({ params, searchParams }: { params: Promise<{ id: string; rid: string }>; searchParams: Promise<PageSearchParams> }) {
  const { id, rid } = await params;
  const sp = await searchParams;
  const user = await requireUser();
  const view = await getReportForReview(user, id, rid, sp.v ? parsePageParam(sp.v) : undefined);
  if (!view) notFound();
  const { report, campaign, versions, selected, reviews, deadline } = view;
  const name = PHASE_REPORT_NAMES[report.phase];
  const base = `/campaigns/${id}/reports/${report.id}`;
  const drafting = versions.length === 0;

  return (
    <>
      <style>{REPORT_PRINT_CSS}</style>
      <div data-print-hide>
        <PageHeader
          title={`${name.charAt(0).toUpperCase()}${name.slice(1)} – ${report.unit.name}`}
          description={
            <>
              Kế hoạch {campaign.documentNumber}: {campaign.title}
            </>
          }
          breadcrumbs={[{ href: `/campaigns/${id}/reports?phase=${PHASE_SLUGS[report.phase]}`, label: "Báo cáo đơn vị" }]}
          actions={selected ? <span className="shrink-0 whitespace-nowrap"><PrintButton label="In báo cáo" /></span> : undefined}
        />

        <section aria-labelledby="info-h" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="info-h" className="sr-only">
            Thông tin báo cáo
          </h2>
          <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-3">
            <div>
              <dt className="text-slate-600">Đơn vị</dt>
              <dd className="font-medium">
                {report.unit.name}
                {report.unit.status === "CLOSED" && <span className="ml-1 font-normal text-slate-600">(đơn vị đã ngừng hoạt động)</span>}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Tình trạng</dt>
              <dd className="flex flex-wrap items-center gap-2" data-testid="report-status">
                <ReportStatusBadge status={view.formStatus} />
                {report.isLate && (report.status === "RETURNED" || report.status === "ACCEPTED") && <Badge tone="amber">Nộp trễ hạn</Badge>}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Hạn nộp</dt>
              <dd className="font-medium">
                {deadline.dueAt ? formatDeadline(deadline.dueAt) : "Chưa đặt"}
                {deadline.extension && deadline.originalDueAt && (
                  <span className="block text-xs font-normal text-slate-700">
                    Đã gia hạn ({deadline.extension.reason}) · hạn chung: {formatDeadline(deadline.originalDueAt)}
                  </span>
                )}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Nộp lần đầu</dt>
              <dd className="font-medium">{report.firstSubmittedAt ? formatDateTimeVN(report.firstSubmittedAt) : "Chưa nộp"}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Nộp gần nhất</dt>
              <dd className="font-medium">
                {report.lastSubmittedAt ? formatDateTimeVN(report.lastSubmittedAt) : "Chưa nộp"}
                {report.submittedVersion > 0 && <span className="font-normal text-slate-700"> · phiên bản {report.submittedVersion}</span>}
              </dd>
            </div>
            {report.acceptedAt && report.status === "ACCEPTED" && (
              <div>
                <dt className="text-slate-600">Tiếp nhận lúc</dt>
                <dd className="font-medium">{formatDateTimeVN(report.acceptedAt)}</dd>
              </div>
            )}
          </dl>
        </section>

        {report.status === "RETURNED" && report.returnComment && (
          <Alert tone="warning" title="Đã trả lại cho đơn vị để chỉnh sửa" className="mb-6">
            <p className="whitespace-pre-line">{report.returnComment}</p>
          </Alert>
        )}
      </div>

      {drafting ? (
        <Alert tone="info" className="mb-6" title="Đơn vị đang soạn báo cáo, chưa nộp.">
          Bản nháp là việc riêng của đơn vị nên chưa hiển thị ở đây. Báo cáo sẽ xuất hiện khi trưởng đơn vị xác nhận và nộp.
        </Alert>
      ) : (
        <>
          <div data-print-hide>
            {view.isReviewer && (
              <div className="mb-6">
                <ReportReviewActions
                  campaignId={id}
                  reportId={report.id}
                  lockVersion={report.lockVersion}
                  canReviewNow={view.canReviewNow}
                  status={report.status}
                  unitName={report.unit.name}
                  phaseName={name}
                />
              </div>
            )}
            <section aria-labelledby="versions-h" className="mb-6">
              <h2 id="versions-h" className="mb-2 text-lg font-semibold">
                Các phiên bản đã nộp
              </h2>
              <ol className="flex flex-wrap gap-2 text-sm">
                {versions.map((v) => {
                  const active = selected?.versionNo === v.versionNo;
                  return (
                    <li key={v.versionNo}>
                      <Link
                        href={`${base}?v=${v.versionNo}`}
                        aria-current={active ? "page" : undefined}
                        className={
                          active
                            ? "block rounded-md border-2 border-brand-700 bg-brand-50 px-3 py-1.5 font-semibold"
                            : "block rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50"
                        }
                      >
                        Phiên bản {v.versionNo} · {formatDateTimeVN(v.submittedAt)}
                        {v.isLate && <span className="ml-1 text-amber-800">(trễ hạn)</span>}
                        {v.submittedByName && <span className="block text-xs font-normal text-slate-700">Người nộp: {v.submittedByName}</span>}
                      </Link>
                    </li>
                  );
                })}
              </ol>
            </section>
          </div>

          {selected && (
            <section aria-labelledby="content-h" className="mb-6">
              <h2 id="content-h" className="mb-2 text-lg font-semibold print:sr-only">
                Nội dung phiên bản {selected.versionNo}
                {selected.isLatest ? " (mới nhất)" : ""}
              </h2>
              {!selected.isLatest && (
                <p className="mb-2 text-sm text-slate-700" data-print-hide>
                  Đây là phiên bản cũ.{" "}
                  <Link href={base} className="text-brand-700 underline">
                    Xem phiên bản mới nhất
                  </Link>
                </p>
              )}
              <ReportDocument snapshot={selected.snapshot} caption={`${name} của ${report.unit.name}, phiên bản ${selected.versionNo}`} />
            </section>
          )}
        </>
      )}

      <div data-print-hide>
        <section aria-labelledby="reviews-h" className="mb-6">
          <h2 id="reviews-h" className="mb-2 text-lg font-semibold">
            Quá trình nộp và xem xét
          </h2>
          {reviews.length === 0 ? (
            <p className="text-sm text-slate-600">Chưa có lần nộp nào.</p>
          ) : (
            <ol className="flex flex-col gap-2">
              {reviews.map((r) => (
                <li key={r.id} className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm">
                  <p>
                    <time className="font-medium">{formatDateTimeVN(r.createdAt)}</time> · {ACTION_LABELS[r.action] ?? r.action} (phiên bản {r.versionNo}) · {r.actorName ?? "—"}
                  </p>
                  {r.comment && <p className="mt-1 whitespace-pre-line wrap-anywhere text-slate-800">“{r.comment}”</p>}
                </li>
              ))}
            </ol>
          )}
        </section>
        {!drafting && <RecordHistory entityType="Report" entityId={report.id} />}
      </div>
    </>
  );
}
