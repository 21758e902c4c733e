import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import clsx from "clsx";
import { ReportStatusBadge } from "@/components/reports/report-status-badge";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { toQueryString, type PageSearchParams } from "@/lib/consolidation/filters";
import { PHASE_REPORT_NAMES, PHASE_SLUGS, PHASES, phaseFromSlug } from "@/lib/reports/labels";
import { getReportList } from "@/lib/reports/queries";
import { isReportStatusKey, noMilestoneMessage, REPORT_STATUS_LABELS, REPORT_STATUS_ORDER } from "@/lib/reports/rules";
import { describeTimeLeft, formatDateTimeVN, formatDeadline } from "@/lib/time/vn";
import { searchTextParam } from "@/lib/text/search-param";

export const metadata: Metadata = { title: "Báo cáo của các đơn vị" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function CampaignReportsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<PageSearchParams> }) {
  const { id } = await params;
  const sp = await searchParams;
  const user = await requireUser();
  const phase = phaseFromSlug(one(sp.phase) ?? "so-ket") ?? "MIDTERM";
  const status = isReportStatusKey(one(sp.status)) ? (one(sp.status) as (typeof REPORT_STATUS_ORDER)[number]) : undefined;
  const q = searchTextParam(one(sp.q)) || undefined;
  const list = await getReportList(user, id, phase, { status, q }, parsePage(sp.page));
  if (!list) notFound();

  const base = `/campaigns/${id}/reports`;
  const slug = PHASE_SLUGS[phase];
  const href = (extra: Record<string, string | undefined>) => `${base}${toQueryString({ phase: slug, q, ...extra })}`;
  const firstRow = (list.page - 1) * list.pageSize;
  const now = new Date();
  const name = PHASE_REPORT_NAMES[phase];

  return (
    <>
      <PageHeader
        title="Báo cáo của các đơn vị"
        description={
          <>
            Kế hoạch {list.campaign.documentNumber}: {list.campaign.title}
          </>
        }
      />

      <nav aria-label="Kỳ báo cáo" className="mb-4 flex flex-wrap gap-2">
        {PHASES.map((p) => {
          const active = p === phase;
          return (
            <Link
              key={p}
              href={`${base}?phase=${PHASE_SLUGS[p]}`}
              aria-current={active ? "page" : undefined}
              className={clsx(
                "rounded-md border px-4 py-2 text-sm font-semibold",
                active ? "border-brand-700 bg-brand-700 text-white" : "border-slate-400 bg-white text-slate-900 hover:bg-slate-50",
              )}
            >
              {p === "MIDTERM" ? "Sơ kết" : "Tổng kết"} (Mẫu 2 + Đề cương)
            </Link>
          );
        })}
      </nav>

      {!list.window ? (
        <Alert tone="info" className="mb-4">
          {noMilestoneMessage(phase)}
        </Alert>
      ) : (
        <section aria-labelledby="window-h" className="mb-4 rounded-md border border-slate-300 bg-white p-4 text-sm">
          <h2 id="window-h" className="font-semibold">
            {list.window.name}
          </h2>
          <p className="mt-1 text-slate-800">
            Hạn nộp: <span className="font-medium">{formatDeadline(list.window.dueAt)}</span>
            {list.windowOpen ? (
              <> · {describeTimeLeft(list.window.dueAt, now)}</>
            ) : (
              list.window.opensAt && <> · mở nhận từ {formatDateTimeVN(list.window.opensAt).replace(" 00:00", "")}</>
            )}
            {list.window.hardCutoffAt && <> · hạn cuối cùng {formatDeadline(list.window.hardCutoffAt)}</>}
          </p>
          <ul className="mt-3 flex flex-wrap gap-2" aria-label={`Số đơn vị theo tình trạng ${name}`}>
            {REPORT_STATUS_ORDER.map((s) => (
              <li key={s}>
                <Link
                  href={href({ status: s === status ? undefined : s })}
                  aria-current={s === status ? "true" : undefined}
                  data-status={s}
                  className={clsx(
                    "inline-flex items-center gap-2 rounded-md border px-3 py-1.5",
                    s === status ? "border-brand-700 bg-brand-50 font-semibold" : "border-slate-300 bg-white hover:bg-slate-50",
                  )}
                >
                  <ReportStatusBadge status={s} />
                  <span data-count className="font-semibold">
                    {list.counts[s]}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-slate-700">
            Tổng số {list.totalUnits} đơn vị tham gia. Bộ phận CCHC chỉ thấy nội dung báo cáo khi đơn vị đã nộp; bản đang soạn chỉ hiện tình trạng “Đang soạn”.
          </p>
        </section>
      )}

      <form method="get" action={base} className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label="Lọc đơn vị">
        <input type="hidden" name="phase" value={slug} />
        <div className="flex flex-col gap-1">
          <label htmlFor="status" className="text-sm font-medium">
            Tình trạng
          </label>
          <Select id="status" name="status" defaultValue={status ?? ""} className="w-auto">
            <option value="">Tất cả đơn vị</option>
            {REPORT_STATUS_ORDER.map((s) => (
              <option key={s} value={s}>
                {REPORT_STATUS_LABELS[s]} ({list.counts[s]})
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="q" className="text-sm font-medium">
            Tên đơn vị
          </label>
          <Input id="q" name="q" defaultValue={q ?? ""} className="w-64 max-w-full" placeholder="Ví dụ: Phòng Kiến trúc" />
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Lọc
        </button>
        {(status || q) && (
          <Link href={`${base}?phase=${slug}`} className="py-2 text-sm text-brand-700 underline">
            Bỏ lọc
          </Link>
        )}
      </form>

      {list.totalUnits === 0 && !q ? (
        <Alert tone="info">Kế hoạch chưa có đơn vị tham gia.</Alert>
      ) : list.rows.length === 0 ? (
        <Alert tone="info">
          Không có đơn vị nào phù hợp bộ lọc.{" "}
          <Link href={`${base}?phase=${slug}`} className="underline">
            Xem tất cả đơn vị
          </Link>
          .
        </Alert>
      ) : (
        <div className="overflow-x-auto rounded-md border border-slate-300 bg-white">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Tình trạng {name} của các đơn vị tham gia</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="w-10 px-3 py-2">
                  STT
                </th>
                <th scope="col" className="px-3 py-2 sm:min-w-48">
                  Đơn vị
                </th>
                <th scope="col" className="px-3 py-2">
                  Tình trạng
                </th>
                <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                  Nộp gần nhất
                </th>
                <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                  <span className="sr-only">Thao tác</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((r, i) => {
                const link =
                  r.reportId && r.submittedVersion > 0 ? (
                    <Link href={`${base}/${r.reportId}`} className="whitespace-nowrap text-brand-700 underline">
                      {list.canReview && r.status.startsWith("SUBMITTED") ? "Xem xét" : "Xem báo cáo"}
                      <span className="sr-only"> của {r.unitName}</span>
                    </Link>
                  ) : (
                    <span className="text-slate-600">Chưa nộp</span>
                  );
                return (
                  <tr key={r.unitId} className="border-t border-slate-200 align-top" data-unit={r.unitName}>
                    <td className="px-3 py-2 text-slate-700">{firstRow + i + 1}</td>
                    <th scope="row" className="px-3 py-2 text-left font-medium">
                      {r.unitName}
                      {r.unitStatus === "CLOSED" && <span className="ml-1 font-normal text-slate-600">(đã ngừng hoạt động)</span>}
                      {r.extendedTo && <span className="block text-xs font-medium text-brand-800">Gia hạn {formatDeadline(r.extendedTo)}</span>}
                      <span className="mt-1 block font-normal sm:hidden">{link}</span>
                    </th>
                    <td className="px-3 py-2">
                      <ReportStatusBadge status={r.status} />
                      {r.lastSubmittedAt && <span className="mt-1 block text-xs text-slate-700 sm:hidden">{formatDateTimeVN(r.lastSubmittedAt)}</span>}
                    </td>
                    <td className="hidden px-3 py-2 whitespace-nowrap text-slate-800 sm:table-cell">
                      {r.lastSubmittedAt ? (
                        <>
                          {formatDateTimeVN(r.lastSubmittedAt)}
                          <span className="block text-xs text-slate-700">phiên bản {r.submittedVersion}</span>
                        </>
                      ) : (
                        "—"
                      )}
                    </td>
                    <td className="hidden px-3 py-2 sm:table-cell">{link}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} basePath={base} params={{ phase: slug, status, q }} />
    </>
  );
}
