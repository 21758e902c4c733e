import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { InitiativeFiltersForm } from "@/components/consolidation/initiative-filters";
import { FieldTotals, InitiativeTable, TypicalMark } from "@/components/consolidation/initiative-table";
import { Alert } from "@/components/ui/alert";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { RecognitionBadge } from "@/components/recognition/recognition-badge";
import { requireUser } from "@/lib/auth/session";
import { recognitionsForRows } from "@/lib/recognition/queries";
import {
  CONSOLIDATED_STATUSES,
  hasActiveFilters,
  initiativeFiltersToParams,
  parseInitiativeFilters,
  parsePageParam,
  toQueryString,
  type PageSearchParams,
} from "@/lib/consolidation/filters";
import { getConsolidated, getFilterOptions } from "@/lib/consolidation/queries";

export const metadata: Metadata = { title: "Tổng hợp Mẫu 1" };

export default async function ConsolidatedPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<PageSearchParams> }) {
  const { id } = await params;
  const sp = await searchParams;
  const user = await requireUser();
  const filters = parseInitiativeFilters(sp);
  const data = await getConsolidated(user, id, filters, parsePageParam(sp.page));
  if (!data) notFound();
  const [recognised, options] = await Promise.all([recognitionsForRows(data.rows), getFilterOptions(id, filters.unitId, data.totals)]);
  const base = `/campaigns/${id}/consolidated`;
  const query = initiativeFiltersToParams(filters);

  return (
    <>
      <PageHeader
        title="Tổng hợp đăng ký Mẫu 1"
        description={
          <>
            Kế hoạch {data.campaign.documentNumber}: {data.campaign.title}. Gồm các biểu mẫu đã nộp (kể cả đã trả lại để chỉnh sửa hoặc đã tiếp nhận); bản nháp của
            đơn vị không được tính.
          </>
        }
        actions={
          <span className="flex flex-wrap gap-2">
            <LinkButton href={`${base}/export${toQueryString(query)}`} prefetch={false} variant="secondary" download className="whitespace-nowrap">
              Tải Excel (XLSX)
            </LinkButton>
            <DocumentDownloads href={`${base}/document`} query={toQueryString(query)} what="báo cáo" />
          </span>
        }
      />
      <InitiativeFiltersForm action={base} filters={filters} units={options.units} selectedUnit={options.selectedUnit} fields={options.fields} statuses={CONSOLIDATED_STATUSES} showForwarded={options.hasForwarded} />
      <FieldTotals totals={data.totals} total={data.total} />

      {data.total === 0 ? (
        hasActiveFilters(filters) ? (
          <Alert tone="info">
            Không có nội dung nào phù hợp bộ lọc.{" "}
            <Link href={base} className="underline">
              Bỏ lọc
            </Link>{" "}
            để xem tất cả.
          </Alert>
        ) : (
          <Alert tone="info">
            Chưa có đơn vị nào nộp Mẫu 1.{" "}
            <Link href={`/campaigns/${id}/status`} className="underline">
              Xem tình hình nộp
            </Link>{" "}
            để nhắc các đơn vị.
          </Alert>
        )
      ) : (
        <InitiativeTable
          campaignId={id}
          rows={data.rows}
          totals={data.totals}
          firstIndex={(data.page - 1) * data.pageSize}
          caption="Tổng hợp nội dung đăng ký mô hình, giải pháp, sáng kiến theo lĩnh vực"
          typicalCell={(r) => (
              <>
                <TypicalMark typical={r.isTypical} />
                <RecognitionBadge recognition={recognised.get(r.id)} className="mt-1 block" />
              </>
            )}
        />
      )}
      <Pagination page={data.page} pageSize={data.pageSize} total={data.total} basePath={base} params={query} />
    </>
  );
}
