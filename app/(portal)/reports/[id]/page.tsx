import { RecordHistory } from "@/components/audit/record-history";
import { PrintButton } from "@/components/consolidation/print-button";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import { EvidencePanel } from "@/components/evidence/evidence-panel";
import { orNotFound } from "@/components/registrations/not-found";
import { FormStatusBadge } from "@/components/registrations/status-badge";
import { ReportDocument, REPORT_PRINT_CSS } from "@/components/reports/report-document";
import { ReportHistoryView } from "@/components/reports/report-history";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { canAnywhere } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { PHASE_REPORT_NAMES } from "@/lib/reports/labels";
import { getReportView } from "@/lib/reports/queries";
import { isReportEditable } from "@/lib/reports/rules";
import { formatDateTimeVN, formatDeadline } from "@/lib/time/vn";

export const metadata = { title: "Báo cáo của đơn vị (Mẫu 2 + Đề cương)" };

/**
 * One unit report: the unit's own people see the current content (their draft too, as a printable
 * preview); the office and leadership see the latest submitted version only. Versions and history below.
 */
export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user] = await Promise.all([params, requireUser()]);
  const v = await orNotFound(getReportView(user, id));
  const name = PHASE_REPORT_NAMES[v.report.phase];
  const title = `${name.charAt(0).toUpperCase()}${name.slice(1)} của ${v.unit.name}`;
  return (
    <>
      <style>{REPORT_PRINT_CSS}</style>
      <div data-print-hide>
        <PageHeader
          title={title}
          breadcrumbs={[canAnywhere(user.roles, "participate:campaign") ? { href: "/unit", label: "Đơn vị của tôi" } : { href: `/campaigns/${v.campaign.id}/reports`, label: "Báo cáo đơn vị" }]}
          description={
            <p>
              Kế hoạch số <span className="font-semibold">{v.campaign.documentNumber}</span>: {v.campaign.title}
            </p>
          }
          actions={
            <>
              {v.snapshot && <span className="shrink-0 whitespace-nowrap"><PrintButton label="In báo cáo" /></span>}
              {v.snapshot && <DocumentDownloads href={`/reports/${v.report.id}/document`} what="báo cáo" />}
              {v.editHref && isReportEditable(v.report.status) && v.campaign.status === "PUBLISHED" && (
                <LinkButton href={v.editHref} variant="secondary">
                  Mở để chỉnh sửa
                </LinkButton>
              )}
              {v.reviewHref && (
                <LinkButton href={v.reviewHref} variant="secondary">
                  Trang xem xét
                </LinkButton>
              )}
            </>
          }
        />
        <dl className="mb-6 grid gap-3 rounded-md border border-slate-300 bg-white p-4 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-600">Hạn nộp</dt>
            <dd className="font-medium">{v.deadline.dueAt ? formatDeadline(v.deadline.dueAt) : "Kế hoạch chưa quy định"}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Trạng thái</dt>
            <dd data-testid="report-status">
              <FormStatusBadge status={v.formStatus} />
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Nộp gần nhất</dt>
            <dd className="font-medium">
              {v.report.lastSubmittedAt ? `${formatDateTimeVN(v.report.lastSubmittedAt)} (phiên bản ${v.report.submittedVersion})` : "Chưa nộp"}
            </dd>
          </div>
        </dl>
        {v.report.status === "RETURNED" && v.report.returnComment && (
          <Alert tone="warning" className="mb-4" title="Đã trả lại để chỉnh sửa">
            <p className="whitespace-pre-line">Ý kiến: {v.report.returnComment}</p>
          </Alert>
        )}
        {v.live && (
          <Alert tone="info" className="mb-4">
            Bản xem trước từ nội dung hiện tại (chưa nộp). Mục III, IV chưa sửa tay được lấy theo tiến độ và số liệu mới nhất.
          </Alert>
        )}
      </div>
      {v.snapshot ? (
        <ReportDocument snapshot={v.snapshot} />
      ) : (
        <Alert tone="info" title="Đơn vị đang soạn báo cáo, chưa nộp.">
          Bản nháp là việc riêng của đơn vị nên chưa hiển thị ở đây. Báo cáo sẽ xuất hiện khi trưởng đơn vị xác nhận và nộp.
        </Alert>
      )}
      <div data-print-hide>
        {v.editHref && <EvidencePanel target={{ kind: "report", id: v.report.id }} canEdit={false} title="Tài liệu, minh chứng đính kèm báo cáo" />}
        <ReportHistoryView reportId={v.report.id} history={v.history} />
        {(v.editHref || v.report.submittedVersion > 0) && <RecordHistory entityType="Report" entityId={v.report.id} />}
      </div>
    </>
  );
}
