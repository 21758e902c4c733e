import Link from "@/components/ui/link";
import { PrintButton } from "@/components/consolidation/print-button";
import { orNotFound } from "@/components/registrations/not-found";
import { ReportDocument, REPORT_PRINT_CSS } from "@/components/reports/report-document";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { PHASE_REPORT_NAMES } from "@/lib/reports/labels";
import { getReportVersion } from "@/lib/reports/queries";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata = { title: "Phiên bản báo cáo đã nộp" };

export default async function ReportVersionPage({ params }: { params: Promise<{ id: string; versionNo: string }> }) {
  const [{ id, versionNo }, user] = await Promise.all([params, requireUser()]);
  const n = /^\d{1,6}$/.test(versionNo) ? Number(versionNo) : NaN;
  const v = await orNotFound(getReportVersion(user, id, n));
  return (
    <>
      <style>{REPORT_PRINT_CSS}</style>
      <div data-print-hide>
        <PageHeader
          title={`Phiên bản ${v.version.versionNo} – ${PHASE_REPORT_NAMES[v.report.phase]} của ${v.snapshot.unit.name}`}
          breadcrumbs={[{ href: `/reports/${id}`, label: "Báo cáo" }]}
          description={
            <>
              <p>
                Kế hoạch số <span className="font-semibold">{v.snapshot.campaign.documentNumber}</span>: {v.snapshot.campaign.title}
              </p>
              <p className="mt-1 flex flex-wrap items-center gap-2">
                Nộp lúc {formatDateTimeVN(v.version.submittedAt)} · {v.version.submittedByName}
                {v.version.isLate ? <Badge tone="amber">Trễ hạn</Badge> : <Badge tone="green">Đúng hạn</Badge>}
              </p>
            </>
          }
          actions={<span className="shrink-0 whitespace-nowrap"><PrintButton label="In phiên bản này" /></span>}
        />
        <p className="mb-3 text-sm text-slate-700">
          Nội dung được lưu nguyên như lúc nộp (cả tên tệp minh chứng); các chỉnh sửa sau đó không làm thay đổi phiên bản này.
          {v.report.submittedVersion > 1 && <> Báo cáo có {v.report.submittedVersion} phiên bản.</>}
        </p>
      </div>
      <ReportDocument snapshot={v.snapshot} caption={`Phiên bản ${v.version.versionNo}`} />
      <p className="mt-4 text-sm" data-print-hide>
        <Link href={`/reports/${id}`} className="text-brand-700 underline underline-offset-2">
          ← Về báo cáo và các phiên bản khác
        </Link>
      </p>
    </>
  );
}
