import clsx from "clsx";
import Link from "@/components/ui/link";
import { AppraisalOutcomeLine } from "@/components/appraisal/results/unit-outcome";
import { ProgressBadge } from "@/components/progress/progress-badge";
import { RecognitionBadge } from "@/components/recognition/recognition-badge";
import { orNotFound } from "@/components/registrations/not-found";
import { Alert } from "@/components/ui/alert";
import { UnitCampaignHeader } from "@/components/unit-home/unit-campaign-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { appraisalOutcomesFor } from "@/lib/appraisal/unit-view";
import { requireUser } from "@/lib/auth/session";
import { getUnitProgress, isProgressKey, PROGRESS_PAGE_SIZE } from "@/lib/progress/queries";
import { INITIATIVE_TYPE_LABELS } from "@/lib/registrations/labels";
import { PROGRESS_LABELS, PROGRESS_ORDER } from "@/lib/reports/labels";
import { formatCalendarDate } from "@/lib/time/vn";
import { UnitChooser } from "../unit-chooser";

export const metadata = { title: "Tiến độ, kết quả và minh chứng" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function UnitProgressPage({
  params,
  searchParams,
}: {
  params: Promise<{ campaignId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ campaignId }, sp, user] = await Promise.all([params, searchParams, requireUser()]);
  const basePath = `/unit/campaigns/${campaignId}/progress`;
  const statusParam = one(sp.status);
  const status = isProgressKey(statusParam) ? statusParam : null;
  const page = parsePage(sp.page);
  const view = await orNotFound(getUnitProgress(user, campaignId, one(sp.unit) || undefined, { page, status }));
  if (view.needsChoice) return <UnitChooser title="Tiến độ, kết quả và minh chứng" campaign={view.campaign} choices={view.choices} basePath={basePath} />;

  // Closed appraisal rounds only: the total, rank and verdict of each initiative on the page.
  const outcomes = await appraisalOutcomesFor(view.groups.flatMap((g) => g.rows.map((r) => r.id)));
  const unitQ = `unit=${encodeURIComponent(view.unit.id)}`;
  const filterHref = (s: string | null) => `${basePath}?${unitQ}${s ? `&status=${s}` : ""}`;
  const chips = [{ key: null as string | null, label: "Tất cả", count: view.totalAll }, ...PROGRESS_ORDER.map((p) => ({ key: p as string | null, label: PROGRESS_LABELS[p], count: view.counts[p] }))];
  // Rows are numbered across the field blocks, continuing from the previous pages.
  const firstNo = (page - 1) * PROGRESS_PAGE_SIZE;
  const groupStarts = view.groups.map((_, gi) => firstNo + view.groups.slice(0, gi).reduce((sum, g) => sum + g.rows.length, 0));

  return (
    <>
      <UnitCampaignHeader
        title="Tiến độ, kết quả và minh chứng"
        campaign={view.campaign}
        unitName={view.unit.name}
        chooseUnitHref={view.hasSeveralUnits ? basePath : undefined}
        breadcrumbs={[{ href: `/unit/campaigns/${campaignId}?${unitQ}`, label: "Mẫu 1 của đơn vị" }]}
      />

      <nav aria-label="Lọc theo tình trạng" className="mb-4">
        <ul className="flex flex-wrap gap-2 text-sm" data-testid="progress-counts">
          {chips.map((c) => {
            const active = (c.key ?? null) === status;
            return (
              <li key={c.key ?? "all"}>
                <Link
                  href={filterHref(c.key)}
                  aria-current={active ? "page" : undefined}
                  className={clsx(
                    "inline-flex min-h-10 items-center gap-2 rounded-full border px-3 py-1.5",
                    active ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-900 hover:bg-slate-50",
                  )}
                >
                  {c.label}
                  <span className={clsx("rounded-full px-2 text-xs font-semibold", active ? "bg-white/20" : "bg-slate-100")}>{c.count.toLocaleString("vi-VN")}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      {view.notSubmitted > 0 && (
        <Alert tone="info" className="mb-4">
          {view.notSubmitted.toLocaleString("vi-VN")} nội dung thuộc biểu mẫu chưa nộp (bản nháp hoặc chờ trưởng đơn vị xác nhận) nên chưa cập nhật tiến độ được.
        </Alert>
      )}
      {view.campaign.status !== "PUBLISHED" && (
        <Alert tone="warning" className="mb-4">
          Kế hoạch thi đua không còn mở: tiến độ chỉ còn để xem.
        </Alert>
      )}

      {view.groups.length === 0 ? (
        <p className="rounded-md border border-slate-300 bg-white p-4 text-sm text-slate-700">
          {status ? `Không có nội dung nào ở tình trạng “${PROGRESS_LABELS[status]}”.` : "Đơn vị chưa có nội dung đăng ký nào đã nộp trong kế hoạch này."}
        </p>
      ) : (
        <div className="flex flex-col gap-6">
          {view.groups.map((g, gi) => (
            <section key={g.field.id} aria-labelledby={`field-${g.field.id}`} className="rounded-md border border-slate-300 bg-white" data-field-block={g.field.name}>
              <h2 id={`field-${g.field.id}`} className="border-b border-slate-200 bg-slate-50 px-4 py-2 text-base font-semibold">
                {g.field.sortOrder}. {g.field.name}
              </h2>
              <ol className="divide-y divide-slate-200">
                {g.rows.map((r, ri) => {
                  const n = groupStarts[gi] + ri + 1;
                  const editable = view.canEdit && !r.forwardedFromId;
                  return (
                    <li key={r.id} className="flex flex-col gap-3 px-4 py-3 md:flex-row md:items-start md:justify-between" data-initiative-row>
                      <div className="min-w-0 flex-1">
                        <p className="text-sm text-slate-600">
                          {n}. {INITIATIVE_TYPE_LABELS[r.type]}
                          {r.registration.kind === "INDIVIDUAL" ? ` · Cá nhân: ${r.registration.ownerUser?.fullName ?? r.ownerNames ?? ""}` : r.ownerNames ? ` · ${r.ownerNames}` : ""}
                          {` · Dự kiến hoàn thành ${formatCalendarDate(r.expectedCompletion)}`}
                        </p>
                        <Link href={`/initiatives/${r.id}`} className="mt-0.5 block font-medium text-slate-900 underline-offset-2 hover:text-brand-800 hover:underline">
                          {r.content}
                        </Link>
                        <RecognitionBadge recognition={view.recognitions.get(r.id)} className="mt-1 block" />
                        <AppraisalOutcomeLine outcomes={outcomes.get(r.id)} />
                      </div>
                      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm md:w-[26rem] md:shrink-0 md:justify-end">
                        <span className="flex flex-col items-start gap-0.5 md:items-end">
                          <ProgressBadge progress={r.progress} />
                          {r.progress === "COMPLETED" && r.completedOn && <span className="text-xs text-slate-700">ngày {formatCalendarDate(r.completedOn)}</span>}
                        </span>
                        <span className="text-slate-700" title="Số chỉ tiêu kết quả và số tệp minh chứng hiện hành">
                          {r._count.results} số liệu · {r._count.evidenceFiles} tệp
                        </span>
                        <Link
                          href={`/initiatives/${r.id}`}
                          className="inline-flex min-h-10 items-center rounded-md border border-slate-400 bg-white px-3 py-1.5 font-semibold text-slate-900 hover:bg-slate-50"
                          aria-label={`${editable ? "Cập nhật" : "Xem"}: ${r.content.slice(0, 60)}`}
                        >
                          {editable ? "Cập nhật" : "Xem"}
                        </Link>
                      </div>
                    </li>
                  );
                })}
              </ol>
            </section>
          ))}
        </div>
      )}
      <Pagination page={page} pageSize={PROGRESS_PAGE_SIZE} total={view.total} basePath={basePath} params={{ unit: view.unit.id, status: status ?? undefined }} />
    </>
  );
}
