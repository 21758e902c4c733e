import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { InitiativeFiltersForm } from "@/components/consolidation/initiative-filters";
import { InitiativeTable, TypicalMark } from "@/components/consolidation/initiative-table";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import { OfficialDocumentView, officialPrintCss } from "@/components/documents/official-document-view";
import { initiativeListDocument } from "@/lib/documents/nd30/load";
import { PrintButton } from "@/components/consolidation/print-button";
import { TypicalListDocument } from "@/components/consolidation/typical-list";
import { TypicalToggle } from "@/components/consolidation/typical-toggle";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { RecognitionBadge } from "@/components/recognition/recognition-badge";
import { requireUser } from "@/lib/auth/session";
import { recognitionsForRows } from "@/lib/recognition/queries";
import { addresseeLine, TYPICAL_TITLE } from "@/lib/consolidation/documents";
import {
  hasActiveFilters,
  initiativeFiltersToParams,
  parseInitiativeFilters,
  parsePageParam,
  SELECTABLE_STATUSES,
  type PageSearchParams,
} from "@/lib/consolidation/filters";
import { getConsolidated, getFilterOptions, getTypicalList } from "@/lib/consolidation/queries";
import { forwardsOf } from "@/lib/cascade/queries";

export const metadata: Metadata = { title: "Mô hình, giải pháp, sáng kiến tiêu biểu" };

// Only the list to send up prints, as the office's official report (the same model as its Word file).
const PRINT_CSS = officialPrintCss("landscape");

export default async function TypicalPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<PageSearchParams> }) {
  const { id } = await params;
  const sp = await searchParams;
  const user = await requireUser();
  const filters = parseInitiativeFilters(sp, SELECTABLE_STATUSES);
  const data = await getConsolidated(user, id, filters, parsePageParam(sp.page), { statuses: SELECTABLE_STATUSES });
  if (!data) notFound();
  const [list, options, printed] = await Promise.all([getTypicalList(user, id), getFilterOptions(id, filters.unitId, data.totals), initiativeListDocument(user, id, "typical", new URLSearchParams())]);
  if (!list) notFound();
  // the parent's outcome of each forwarded initiative: one query for the whole list
  const [forwards, recognised] = await Promise.all([forwardsOf(list.rows.map((r) => r.id)), recognitionsForRows(data.rows)]);
  const forwardedCount = list.rows.filter((r) => forwards.has(r.id)).length;
  const base = `/campaigns/${id}/typical`;
  const { canSelect } = data.rights;
  const addressee = addresseeLine(data.campaign);
  const closed = data.campaign.status === "CLOSED";

  return (
    <>
      <style>{PRINT_CSS}</style>
      <div className="print:hidden">
        <PageHeader
          title="Mô hình, giải pháp, sáng kiến tiêu biểu"
          description={
            <>
              Kế hoạch {data.campaign.documentNumber}: {data.campaign.title}
            </>
          }
        />

        {canSelect && !closed ? (
          <Alert tone="info" className="mb-4">
            Đánh dấu “Tiêu biểu” cho các mô hình, giải pháp, sáng kiến được chọn; thay đổi được lưu ngay. Chỉ chọn được nội dung của biểu mẫu đã nộp hoặc đã tiếp
            nhận.{" "}
            <a href="#send-up-h" className="underline">
              Xem danh sách gửi cấp trên ({list.rows.length})
            </a>
          </Alert>
        ) : (
          <Alert tone="info" className="mb-4">
            {closed
              ? "Kế hoạch đã kết thúc: danh sách tiêu biểu không thay đổi được nữa."
              : "Ban Giám đốc lựa chọn mô hình, giải pháp, sáng kiến tiêu biểu; Bộ phận CCHC theo dõi danh sách và gửi cấp trên."}{" "}
            <a href="#send-up-h" className="underline">
              Xem danh sách gửi cấp trên ({list.rows.length})
            </a>
          </Alert>
        )}

        <section aria-labelledby="select-h" className="mb-8">
          <h2 id="select-h" className="mb-3 text-lg font-semibold">
            Nội dung đăng ký của các đơn vị
          </h2>
          <InitiativeFiltersForm action={base} filters={filters} units={options.units} selectedUnit={options.selectedUnit} fields={options.fields} statuses={SELECTABLE_STATUSES} />
          {data.total === 0 ? (
            <Alert tone="info">
              {hasActiveFilters(filters) ? (
                <>
                  Không có nội dung nào phù hợp bộ lọc.{" "}
                  <Link href={base} className="underline">
                    Bỏ lọc
                  </Link>
                  .
                </>
              ) : (
                <>
                  Chưa có biểu mẫu nào đã nộp hoặc đã tiếp nhận để lựa chọn.{" "}
                  <Link href={`/campaigns/${id}/status`} className="underline">
                    Xem tình hình nộp
                  </Link>
                  .
                </>
              )}
            </Alert>
          ) : (
            <InitiativeTable
              campaignId={id}
              rows={data.rows}
              totals={data.totals}
              firstIndex={(data.page - 1) * data.pageSize}
              caption="Nội dung đăng ký để lựa chọn tiêu biểu"
              selection
              typicalCell={(r) => (
                <>
                  {canSelect && !closed ? <TypicalToggle initiativeId={r.id} typical={r.isTypical} label={r.content} /> : <TypicalMark typical={r.isTypical} />}
                  <RecognitionBadge recognition={recognised.get(r.id)} className="mt-1 block" />
                </>
              )}
            />
          )}
          <Pagination page={data.page} pageSize={data.pageSize} total={data.total} basePath={base} params={initiativeFiltersToParams(filters)} />
        </section>
      </div>

      <section aria-labelledby="send-up-h" className="mb-6">
        <div className="mb-3 flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between print:hidden">
          <div>
            <h2 id="send-up-h" className="text-lg font-semibold">
              Danh sách gửi cấp trên
            </h2>
            <p className="text-sm text-slate-700">
              {data.campaign.parentCampaign && data.campaign.sendUpTo ? (
                <>
                  Gửi {data.campaign.sendUpTo} theo Kế hoạch {data.campaign.parentCampaign.documentNumber} của {data.campaign.parentCampaign.issuingUnit.name}:{" "}
                  <Link href={`/campaigns/${id}/forward`} className="text-brand-700 underline">
                    gửi lên kế hoạch cấp trên ngay trên cổng
                  </Link>{" "}
                  ({forwardedCount}/{list.rows.length} đã gửi), hoặc in, tải tệp Excel để gửi bằng văn bản.
                </>
              ) : (
                "Kế hoạch không thực hiện kế hoạch cấp trên nào trên cổng: in hoặc tải tệp Excel để gửi bằng văn bản."
              )}
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            <PrintButton />
            <LinkButton href={`${base}/export`} prefetch={false} variant="secondary" download>
              Tải Excel (XLSX)
            </LinkButton>
            <DocumentDownloads href={`${base}/document`} what="văn bản gửi" />
          </div>
        </div>
        {list.excludedReturned > 0 && (
          <Alert tone="warning" className="mb-3 print:hidden">
            {list.excludedReturned} nội dung đã chọn thuộc biểu mẫu đang trả lại cho đơn vị chỉnh sửa nên chưa đưa vào danh sách; sẽ có lại khi đơn vị nộp lại.
          </Alert>
        )}
        <div className="print:hidden">
          <TypicalListDocument list={list} title={TYPICAL_TITLE} addressee={addressee} forwards={forwards} />
        </div>
        {printed && "doc" in printed && <OfficialDocumentView doc={printed.doc} className="hidden print:block" />}
      </section>
    </>
  );
}
