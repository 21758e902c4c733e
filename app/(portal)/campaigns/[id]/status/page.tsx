import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { MilestoneSummary } from "@/components/consolidation/milestone-summary";
import { StatusMatrixTable } from "@/components/consolidation/status-matrix-table";
import { ManualReminderButton } from "@/components/reminders/manual-reminder-button";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { parseMatrixFilters, parsePageParam, toQueryString, type PageSearchParams } from "@/lib/consolidation/filters";
import { isProposalMilestone, proposalTotalsText } from "@/lib/consolidation/matrix";
import { matrixColumns, matrixRowsView } from "@/lib/consolidation/matrix-view";
import { getStatusMatrix } from "@/lib/consolidation/queries";
import { loadMatrixProposals } from "@/lib/compliance/queries";
import { activeExtensionsByCell } from "@/lib/extensions/queries";
import type { ReportPhase } from "@/lib/generated/prisma/enums";
import { MATRIX_STATUS_LABELS, MATRIX_STATUS_ORDER, type MatrixStatus } from "@/lib/submissions/statuses";
import { PHASE_LABELS, PHASE_SLUGS } from "@/lib/reports/labels";

export const metadata: Metadata = { title: "Tình hình nộp biểu mẫu" };

export default async function StatusMatrixPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<PageSearchParams> }) {
  const { id } = await params;
  const sp = await searchParams;
  const user = await requireUser();
  const filters = parseMatrixFilters(sp);
  const page = parsePageParam(sp.page);
  const m = await getStatusMatrix(user, id, filters, page);
  if (!m) notFound();
  const hasProposals = m.milestones.some((x) => isProposalMilestone(x.kind));
  const [extended, proposals] = await Promise.all([
    activeExtensionsByCell(user, id, m.rows.map((r) => r.unitId)),
    hasProposals ? loadMatrixProposals(user, m.campaign, m.rows.map((r) => r.unitId)) : Promise.resolve(null),
  ]);

  const base = `/campaigns/${id}/status`;
  const filterHrefOf = (phase: ReportPhase | null) => (status?: MatrixStatus) =>
    `${base}${toQueryString({ status, phase: status && phase ? PHASE_SLUGS[phase] : undefined })}`;
  const filterHref = filterHrefOf(null);
  const registration = m.milestones.find((x) => x.kind === "REGISTRATION");
  const reportPhases = m.milestones.flatMap((x) => (x.phase ? [x.phase] : []));
  const canRemindReports = m.campaign.status === "PUBLISHED" && can(user.roles, "review:report", m.campaign.issuingUnit);
  const filterName = m.filterPhase ? `Báo cáo ${PHASE_LABELS[m.filterPhase].toLowerCase()}` : "Mẫu 1";

  return (
    <>
      <PageHeader
        title="Tình hình nộp biểu mẫu"
        description={
          <>
            Kế hoạch {m.campaign.documentNumber}: {m.campaign.title}
          </>
        }
      />

      {m.milestones.length === 0 ? (
        <Alert tone="info" className="mb-6">
          Kế hoạch chưa có mốc thời gian nào giao cho trưởng đơn vị. Thêm mốc “Đăng ký (Mẫu 1)” ở trang sửa kế hoạch để theo dõi việc nộp.
        </Alert>
      ) : (
        <div className="mb-6 grid gap-3 lg:grid-cols-2">
          {m.milestones.map((ms) => (
            <MilestoneSummary
              key={ms.id}
              milestone={ms}
              counts={m.countsByMilestone[ms.id] ?? m.counts}
              totalUnits={m.totalUnits}
              filterHref={filterHrefOf(ms.phase)}
              activeStatus={ms.onPortal && (ms.phase ?? null) === m.filterPhase ? filters.status : undefined}
              note={isProposalMilestone(ms.kind) && proposals ? proposalTotalsText(proposals.totals, proposals.proposingUnits, m.totalUnits) : undefined}
              action={
                ms.kind === "REGISTRATION" && m.rights.canReview && m.campaign.status === "PUBLISHED" && hasMissing(m.countsByMilestone[ms.id]) ? (
                  <ManualReminderButton campaignId={id} label="Nhắc các đơn vị chưa nộp Mẫu 1" />
                ) : ms.phase && canRemindReports && !ms.notOpenUntil && hasMissing(m.countsByMilestone[ms.id]) ? (
                  <ManualReminderButton
                    campaignId={id}
                    milestoneId={ms.id}
                    what={`báo cáo ${PHASE_LABELS[ms.phase].toLowerCase()}`}
                    label={`Nhắc các đơn vị chưa nộp báo cáo ${PHASE_LABELS[ms.phase].toLowerCase()}`}
                  />
                ) : undefined
              }
            />
          ))}
        </div>
      )}

      <form method="get" action={base} className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label="Lọc đơn vị">
        {reportPhases.length > 0 && (
          <div className="flex flex-col gap-1">
            <label htmlFor="phase" className="text-sm font-medium">
              Lọc theo
            </label>
            <Select id="phase" name="phase" defaultValue={m.filterPhase ? PHASE_SLUGS[m.filterPhase] : ""} className="w-auto">
              <option value="">Mẫu 1</option>
              {reportPhases.map((p) => (
                <option key={p} value={PHASE_SLUGS[p]}>
                  Báo cáo {PHASE_LABELS[p].toLowerCase()}
                </option>
              ))}
            </Select>
          </div>
        )}
        <div className="flex flex-col gap-1">
          <label htmlFor="status" className="text-sm font-medium">
            Tình trạng {filterName}
          </label>
          <Select id="status" name="status" defaultValue={filters.status ?? ""} className="w-auto">
            <option value="">Tất cả đơn vị</option>
            {MATRIX_STATUS_ORDER.map((s) => (
              <option key={s} value={s}>
                {MATRIX_STATUS_LABELS[s]} ({m.counts[s]})
              </option>
            ))}
          </Select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Lọc
        </button>
        {filters.status && (
          <Link href={base} className="py-2 text-sm text-brand-700 underline">
            Bỏ lọc
          </Link>
        )}
      </form>

      {m.totalUnits === 0 ? (
        <Alert tone="info">Kế hoạch chưa có đơn vị tham gia. Chọn các đơn vị tham gia ở trang sửa kế hoạch.</Alert>
      ) : m.rows.length === 0 ? (
        <Alert tone="info">
          Không có đơn vị nào có {filterName} ở tình trạng “{filters.status ? MATRIX_STATUS_LABELS[filters.status] : ""}”.{" "}
          <Link href={base} className="underline">
            Xem tất cả đơn vị
          </Link>
          .
        </Alert>
      ) : (
        <StatusMatrixTable
          columns={matrixColumns(m.milestones)}
          rows={matrixRowsView({
            campaignId: id,
            milestones: m.milestones,
            rows: m.rows,
            firstRow: (m.page - 1) * m.pageSize,
            canExtend: m.rights.canReview && m.campaign.status === "PUBLISHED",
            extended,
            proposals,
          })}
        />
      )}
      <Pagination
        page={m.page}
        pageSize={m.pageSize}
        total={m.total}
        basePath={base}
        params={{ status: filters.status, phase: filters.status && m.filterPhase ? PHASE_SLUGS[m.filterPhase] : undefined }}
      />
      {registration && m.counts.NOT_STARTED > 0 && !filters.status && (
        <p className="mt-3 text-sm text-slate-700">
          <Link href={filterHref("NOT_STARTED")} className="text-brand-700 underline">
            Xem {m.counts.NOT_STARTED} đơn vị chưa thực hiện
          </Link>{" "}
          để nhắc nhở.
        </p>
      )}
    </>
  );
}

/** Some units have not submitted (not started, drafting or returned). */
function hasMissing(counts: Record<MatrixStatus, number> | undefined): boolean {
  return !!counts && counts.NOT_STARTED + counts.DRAFT + counts.RETURNED > 0;
}
