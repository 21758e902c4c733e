import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { RecordHistory } from "@/components/audit/record-history";
import { CampaignDocument, MilestoneTable } from "@/components/campaigns/campaign-document";
import { CampaignLifecycleButtons } from "@/components/campaigns/campaign-lifecycle-buttons";
import { CampaignStatusBadge } from "@/components/campaigns/status-badge";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { getCampaignDetail } from "@/lib/campaigns/queries";
import { formatCalendarDate, formatDateTimeVN } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Kế hoạch thi đua" };

const FLASH: Record<string, string> = {
  created: "Đã tạo kế hoạch ở dạng bản nháp. Kiểm tra nội dung rồi bấm “Ban hành” để gửi các đơn vị.",
  updated: "Đã lưu thay đổi của kế hoạch.",
  cloned: "Đã nhân bản kế hoạch.",
};

/** A city's campaign has ~2,000 participating units: the list shows them a page at a time, in tree order. */
const UNITS_PER_PAGE = 100;

export default async function CampaignPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; donvi?: string }> }) {
  const { id } = await params;
  const { saved, donvi } = await searchParams;
  const user = await requireUser();
  const detail = await getCampaignDetail(user, id);
  if (!detail) notFound();
  const { campaign: c, canManage, canReadAudit, canReadParent, canReadSource } = detail;
  const now = new Date();
  const activeUnits = c.units.filter((u) => u.unit.status === "ACTIVE").length;
  const unitPages = Math.max(1, Math.ceil(c.units.length / UNITS_PER_PAGE));
  const unitsPage = Math.min(parsePage(donvi), unitPages);
  const shownUnits = c.units.slice((unitsPage - 1) * UNITS_PER_PAGE, unitsPage * UNITS_PER_PAGE);

  return (
    <>
      {/* The campaign's line (status, title) and its tabs come from the campaign layout. */}
      <PageHeader title={`Kế hoạch ${c.documentNumber}`} />

      {/* "Created as a draft, press Ban hành" only while it is still a draft (not once published). */}
      {saved && FLASH[saved] && (saved !== "created" || c.status === "DRAFT") && (
        <Alert tone="success" className="mb-4">
          {FLASH[saved]}
        </Alert>
      )}

      {canManage && (
        <div role="group" aria-label="Thao tác với kế hoạch" className="mb-6">
          <div className="flex flex-wrap items-start gap-2">
            {c.status !== "CLOSED" && (
              <LinkButton href={`/campaigns/${c.id}/edit`} variant="secondary">
                Sửa
              </LinkButton>
            )}
            <CampaignLifecycleButtons campaignId={c.id} lockVersion={c.lockVersion} status={c.status} unitCount={c.units.length} />
            <LinkButton href={`/campaigns/${c.id}/clone`} variant="secondary">
              Nhân bản sang năm mới
            </LinkButton>
          </div>
        </div>
      )}

      <section aria-labelledby="summary-h" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="summary-h" className="sr-only">
          Thông tin chung
        </h2>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
          <div>
            <dt className="text-slate-600">Đơn vị ban hành</dt>
            <dd className="font-medium">{c.issuingUnit.name}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Số, ngày ban hành</dt>
            <dd className="font-medium">
              {c.documentNumber} · {formatCalendarDate(c.issuedOn)}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Năm thi đua · thời gian</dt>
            <dd className="font-medium">
              {c.year} · {formatCalendarDate(c.startsOn)} – {formatCalendarDate(c.endsOn)}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Người ký</dt>
            <dd className="font-medium">
              {c.signerTitle} {c.signerName}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Trạng thái</dt>
            <dd className="font-medium">
              <CampaignStatusBadge status={c.status} />
              {c.publishedAt && <span className="ml-2 font-normal text-slate-700">ban hành trên cổng lúc {formatDateTimeVN(c.publishedAt)}</span>}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Kế hoạch cấp trên</dt>
            <dd className="font-medium">
              {!c.parentCampaign ? (
                "Không có"
              ) : canReadParent ? (
                <Link href={`/campaigns/${c.parentCampaign.id}`} className="text-brand-700 underline">
                  {c.parentCampaign.documentNumber}
                </Link>
              ) : (
                <span>
                  {c.parentCampaign.documentNumber} <span className="font-normal text-slate-700">({c.parentCampaign.issuingUnit.name})</span>
                </span>
              )}
            </dd>
          </div>
          {c.clonedFrom && (
            <div>
              <dt className="text-slate-600">Nhân bản từ</dt>
              <dd className="font-medium">
                {canReadSource ? (
                  <Link href={`/campaigns/${c.clonedFrom.id}`} className="text-brand-700 underline">
                    {c.clonedFrom.documentNumber} (năm {c.clonedFrom.year})
                  </Link>
                ) : (
                  `${c.clonedFrom.documentNumber} (năm ${c.clonedFrom.year})`
                )}
              </dd>
            </div>
          )}
        </dl>
      </section>

      <section aria-labelledby="milestones-h" className="mb-6">
        <h2 id="milestones-h" className="mb-2 text-lg font-semibold">
          Các mốc thời gian
        </h2>
        <MilestoneTable milestones={c.milestones} now={now} />
      </section>

      <section aria-labelledby="units-h" className="mb-6">
        <h2 id="units-h" className="mb-2 text-lg font-semibold">
          Đơn vị tham gia ({c.units.length.toLocaleString("vi-VN")})
        </h2>
        {c.units.length === 0 ? (
          <p className="text-sm text-slate-700">Chưa chọn đơn vị tham gia.{canManage && c.status !== "CLOSED" ? " Hãy sửa kế hoạch để chọn các đơn vị." : ""}</p>
        ) : (
          <details className="rounded-lg border border-slate-200 bg-white p-3 text-sm" open={c.units.length <= 12 || donvi !== undefined}>
            <summary className="cursor-pointer font-medium text-brand-700">
              {c.units.length.toLocaleString("vi-VN")} đơn vị{activeUnits < c.units.length ? ` (${c.units.length - activeUnits} đã ngừng hoạt động)` : ""} – bấm để xem/ẩn danh sách
            </summary>
            <ol start={(unitsPage - 1) * UNITS_PER_PAGE + 1} className="mt-2 grid list-decimal gap-x-8 gap-y-1 pl-6 sm:grid-cols-2">
              {shownUnits.map((u) => (
                <li key={u.unitId}>
                  {u.unit.name}
                  {u.unit.status !== "ACTIVE" && <span className="text-amber-800"> (đã ngừng hoạt động)</span>}
                </li>
              ))}
            </ol>
            <Pagination
              page={unitsPage}
              pageSize={UNITS_PER_PAGE}
              total={c.units.length}
              basePath={`/campaigns/${c.id}`}
              params={{}}
              param="donvi"
              anchor="units-h"
              label="Trang danh sách đơn vị tham gia"
            />
          </details>
        )}
      </section>

      <section aria-labelledby="doc-h" className="mb-6">
        <h2 id="doc-h" className="mb-2 text-lg font-semibold">
          Nội dung kế hoạch
        </h2>
        <CampaignDocument campaign={c} parentHref={canReadParent && c.parentCampaign ? `/campaigns/${c.parentCampaign.id}` : null} />
      </section>

      {canReadAudit && <RecordHistory entityType="Campaign" entityId={c.id} />}
    </>
  );
}
