import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import clsx from "clsx";
import { ProposalStatusBadge } from "@/components/awards/proposal-status-badge";
import { HardCriterionBadge } from "@/components/awards/review-hard-badge";
import { Alert } from "@/components/ui/alert";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { NOMINEE_TYPE_LABELS, PROPOSAL_STATUS_LABELS } from "@/lib/awards/labels";
import { getProposalList } from "@/lib/awards/review/queries";
import { hasProposalFilters, LISTED_STATUSES, NOMINEE_TYPES, parseProposalFilters, proposalFiltersToParams } from "@/lib/awards/review/schemas";
import { requireUser } from "@/lib/auth/session";
import { toQueryString, type PageSearchParams } from "@/lib/consolidation/filters";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Đề nghị khen thưởng" };

export default async function CampaignAwardsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<PageSearchParams> }) {
  const { id } = await params;
  const filters = parseProposalFilters(await searchParams);
  const user = await requireUser();
  const list = await getProposalList(user, id, filters);
  if (!list) notFound();

  const base = `/campaigns/${id}/awards`;
  const params_ = proposalFiltersToParams(filters);
  const href = (extra: Record<string, string | undefined>) => `${base}${toQueryString({ ...params_, page: undefined, ...extra })}`;
  const firstRow = (list.page - 1) * list.pageSize;
  const filtered = hasProposalFilters(filters);

  return (
    <>
      <PageHeader
        title="Đề nghị khen thưởng"
        description={
          <>
            Kế hoạch {list.campaign.documentNumber}: {list.campaign.title}
          </>
        }
        actions={
          <>
            {list.campaign.parentCampaign && (
              <LinkButton variant="secondary" href={`${base}/forward`}>
                Trình cấp trên
              </LinkButton>
            )}
            <LinkButton variant="secondary" href={`${base}/decisions`}>
              Quyết định khen thưởng
            </LinkButton>
          </>
        }
      />

      <section aria-labelledby="counts-h" className="mb-4 rounded-md border border-slate-300 bg-white p-4 text-sm">
        <h2 id="counts-h" className="font-semibold">
          Hồ sơ theo tình trạng
        </h2>
        <ul className="mt-3 flex flex-wrap gap-2" aria-label="Số hồ sơ theo tình trạng">
          {LISTED_STATUSES.map((s) => (
            <li key={s}>
              <Link
                href={href({ status: s === filters.status ? undefined : s })}
                aria-current={s === filters.status ? "true" : undefined}
                data-status={s}
                className={clsx(
                  "inline-flex items-center gap-2 rounded-md border px-3 py-1.5",
                  s === filters.status ? "border-brand-700 bg-brand-50 font-semibold" : "border-slate-300 bg-white hover:bg-slate-50",
                )}
              >
                <ProposalStatusBadge status={s} />
                <span data-count className="font-semibold">
                  {list.counts[s]}
                </span>
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-2 text-slate-700">
          {list.totalAll.toLocaleString("vi-VN")} hồ sơ đã nộp{filtered ? " phù hợp bộ lọc" : ""}
          {list.failsHardCount > 0 && <>, trong đó {list.failsHardCount.toLocaleString("vi-VN")} hồ sơ không đạt tiêu chuẩn bắt buộc</>}. Hồ sơ đang soạn là việc
          riêng của đơn vị nên không hiện ở đây.
        </p>
      </section>

      <form method="get" action={base} className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4" role="search" aria-label="Lọc hồ sơ đề nghị khen thưởng">
        <div className="flex flex-col gap-1">
          <label htmlFor="f-status" className="text-sm font-medium">
            Tình trạng
          </label>
          <Select id="f-status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">Tất cả</option>
            {LISTED_STATUSES.map((s) => (
              <option key={s} value={s}>
                {PROPOSAL_STATUS_LABELS[s]} ({list.counts[s]})
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-form" className="text-sm font-medium">
            Hình thức khen thưởng
          </label>
          <Select id="f-form" name="form" defaultValue={filters.formId ?? ""}>
            <option value="">Tất cả</option>
            {list.forms.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-unit" className="text-sm font-medium">
            Đơn vị đề nghị
          </label>
          <Select id="f-unit" name="unit" defaultValue={filters.unitId ?? ""}>
            <option value="">Tất cả</option>
            {list.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-type" className="text-sm font-medium">
            Đối tượng
          </label>
          <Select id="f-type" name="type" defaultValue={filters.nomineeType ?? ""}>
            <option value="">Tất cả</option>
            {NOMINEE_TYPES.map((t) => (
              <option key={t} value={t}>
                {NOMINEE_TYPE_LABELS[t]}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-col gap-1 sm:col-span-2">
          <label htmlFor="f-q" className="text-sm font-medium">
            Tên tập thể, cá nhân được đề nghị
          </label>
          <Input id="f-q" name="q" defaultValue={filters.q ?? ""} placeholder="Ví dụ: Nguyễn Văn An" />
        </div>
        <div className="flex items-center gap-2 self-end py-2">
          <input id="f-hard" type="checkbox" name="hard" value="1" defaultChecked={!!filters.failsHard} className="h-4 w-4" />
          <label htmlFor="f-hard" className="text-sm font-medium">
            Không đạt tiêu chuẩn bắt buộc
          </label>
        </div>
        <div className="flex items-end gap-3">
          <button type="submit" className={buttonClass("secondary")}>
            Lọc
          </button>
          {filtered && (
            <Link href={base} className="py-2 text-sm text-brand-700 underline">
              Bỏ lọc
            </Link>
          )}
        </div>
      </form>

      {list.totalAll === 0 && !filtered ? (
        <Alert tone="info">Chưa có đơn vị nào nộp hồ sơ đề nghị khen thưởng trong kế hoạch này.</Alert>
      ) : list.rows.length === 0 ? (
        <Alert tone="info">
          Không có hồ sơ nào phù hợp bộ lọc.{" "}
          <Link href={base} className="underline">
            Xem tất cả hồ sơ
          </Link>
          .
        </Alert>
      ) : (
        <div className="overflow-x-auto rounded-md border border-slate-300 bg-white">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Hồ sơ đề nghị khen thưởng của kế hoạch {list.campaign.documentNumber}</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="w-10 px-3 py-2">
                  STT
                </th>
                <th scope="col" className="px-3 py-2 sm:min-w-56">
                  Tập thể, cá nhân được đề nghị
                </th>
                <th scope="col" className="hidden px-3 py-2 md:table-cell">
                  Hình thức khen thưởng
                </th>
                <th scope="col" className="hidden px-3 py-2 md:table-cell">
                  Đơn vị đề nghị
                </th>
                <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                  Tình trạng
                </th>
                <th scope="col" className="hidden px-3 py-2 lg:table-cell">
                  Nộp gần nhất
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((r, i) => (
                <tr key={r.id} className="border-t border-slate-200 align-top" data-proposal={r.id}>
                  <td className="px-3 py-2 text-slate-700">{firstRow + i + 1}</td>
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    <Link href={`${base}/${r.id}`} className="text-brand-700 underline">
                      {r.nomineeName}
                    </Link>
                    <span className="block text-xs font-normal text-slate-700">
                      {NOMINEE_TYPE_LABELS[r.nomineeType]}
                      {r.nomineeType === "CITIZEN" && r.nomineeIsBusiness ? " (doanh nghiệp)" : ""}
                      {r.nomineeDetail ? ` · ${r.nomineeDetail}` : ""}
                    </span>
                    <span className="mt-1 block text-xs font-normal text-slate-800 md:hidden">
                      {r.formName} · {r.unitName}
                    </span>
                    <span className="mt-1 flex flex-wrap gap-1 font-normal sm:hidden">
                      <ProposalStatusBadge status={r.status} isLate={r.isLate} />
                      {r.failsHardCriterion && <HardCriterionBadge justified={r.hasJustification} />}
                    </span>
                  </th>
                  <td className="hidden px-3 py-2 md:table-cell">{r.formName}</td>
                  <td className="hidden px-3 py-2 md:table-cell">
                    {r.unitName}
                    {r.forwarded && <span className="block text-xs text-slate-700">Cấp dưới trình lên</span>}
                  </td>
                  <td className="hidden px-3 py-2 sm:table-cell">
                    <div className="flex flex-col items-start gap-1">
                      <ProposalStatusBadge status={r.status} isLate={r.isLate} />
                      {r.failsHardCriterion && <HardCriterionBadge justified={r.hasJustification} />}
                    </div>
                  </td>
                  <td className="hidden px-3 py-2 whitespace-nowrap text-slate-800 lg:table-cell">
                    {r.lastSubmittedAt ? formatDateTimeVN(r.lastSubmittedAt) : "—"}
                    {r.submittedVersion > 1 && <span className="block text-xs text-slate-700">lần nộp {r.submittedVersion}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} basePath={base} params={params_} />
    </>
  );
}
