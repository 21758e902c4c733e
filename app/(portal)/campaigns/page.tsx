import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { CampaignStatusBadge } from "@/components/campaigns/status-badge";
import { LinkButton } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { canAnywhere } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { CAMPAIGN_STATUS_LABELS, CAMPAIGN_STATUSES } from "@/lib/campaigns/defaults";
import { listCampaigns, officeUnitsOf } from "@/lib/campaigns/queries";
import { campaignListFilterSchema } from "@/lib/campaigns/schemas";
import { describeTimeLeft, formatDeadline, vnDayOf } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Kế hoạch thi đua" };

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function CampaignsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireUser();
  const sp = await searchParams;
  const filter = campaignListFilterSchema.parse({ year: first(sp.year) || undefined, status: first(sp.status) || undefined, page: first(sp.page) ?? "1" });
  const now = new Date();
  const { rows, total, page, pageSize } = await listCampaigns(user, filter, now);
  const canCreate = canAnywhere(user.roles, "manage:campaign") && officeUnitsOf(user).length > 0;
  const canRead = canAnywhere(user.roles, "read:campaign");
  const thisYear = Number(vnDayOf(now).slice(0, 4));
  const years = Array.from({ length: 12 }, (_, i) => thisYear + 1 - i);
  if (filter.year && !years.includes(filter.year)) years.push(filter.year);
  const filtered = !!(filter.year || filter.status);

  return (
    <>
      <PageHeader
        title="Kế hoạch phát động thi đua"
        description="Các kế hoạch thi đua cải cách hành chính trong phạm vi bạn phụ trách, năm mới nhất ở trên."
        actions={canCreate ? <LinkButton href="/campaigns/new">Tạo kế hoạch mới</LinkButton> : undefined}
      />

      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Lọc kế hoạch">
        <div className="flex w-36 flex-col gap-1">
          <label htmlFor="f-year" className="text-sm font-medium">
            Năm
          </label>
          <Select id="f-year" name="year" defaultValue={filter.year ? String(filter.year) : ""}>
            <option value="">Tất cả</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex w-48 flex-col gap-1">
          <label htmlFor="f-status" className="text-sm font-medium">
            Trạng thái
          </label>
          <Select id="f-status" name="status" defaultValue={filter.status ?? ""}>
            <option value="">Tất cả</option>
            {CAMPAIGN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {CAMPAIGN_STATUS_LABELS[s]}
              </option>
            ))}
          </Select>
        </div>
        <button type="submit" className="min-h-10 rounded-md border border-slate-400 bg-white px-4 text-sm font-semibold hover:bg-slate-50">
          Lọc
        </button>
        {filtered && (
          <Link href="/campaigns" className="min-h-10 px-2 py-2 text-sm text-brand-700 underline">
            Bỏ lọc
          </Link>
        )}
      </form>

      {rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-700">
          {!canRead ? (
            <p>Tài khoản của bạn không có quyền xem danh sách kế hoạch thi đua.</p>
          ) : filtered || page > 1 ? (
            <p>
              Không có kế hoạch nào khớp với bộ lọc.{" "}
              <Link href="/campaigns" className="text-brand-700 underline">
                Xem tất cả kế hoạch
              </Link>
            </p>
          ) : canCreate ? (
            <p>
              Chưa có kế hoạch thi đua nào. Bấm “Tạo kế hoạch mới” để nhập kế hoạch phát động thi đua của đơn vị (ví dụ Kế hoạch 1128/KH-SQHKT), hoặc nhân bản
              kế hoạch của năm trước khi đã có.
            </p>
          ) : (
            <p>Chưa có kế hoạch thi đua nào trong phạm vi của bạn. Kế hoạch sẽ hiện ở đây khi Bộ phận CCHC tạo.</p>
          )}
        </div>
      ) : (
        <>
        {/* Phones: one card per campaign, the deadline visible without scrolling sideways. */}
        <ul className="flex flex-col gap-3 sm:hidden">
          {rows.map((r) => (
            <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
              <div className="flex items-start justify-between gap-2">
                <Link href={`/campaigns/${r.id}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
                  {r.documentNumber}
                </Link>
                <CampaignStatusBadge status={r.status} />
              </div>
              <p className="mt-1">{r.title}</p>
              <p className="mt-1 text-xs text-slate-600">
                {r.issuingUnitName} · Năm {r.year} · {r.unitCount} đơn vị tham gia
              </p>
              <p className="mt-2 text-slate-800">
                {r.nextMilestoneDueAt ? (
                  <>
                    <span className="font-medium">Mốc tiếp theo:</span> {r.nextMilestoneName} –{" "}
                    <span className="font-medium">{formatDeadline(r.nextMilestoneDueAt)}</span> ({describeTimeLeft(r.nextMilestoneDueAt, now)})
                  </>
                ) : (
                  <span className="text-slate-600">{r.status === "CLOSED" ? "Đã kết thúc" : "Không còn mốc nào"}</span>
                )}
              </p>
            </li>
          ))}
        </ul>
        <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white sm:block">
          <table className="w-full min-w-[52rem] text-left text-sm">
            <caption className="sr-only">Danh sách kế hoạch thi đua</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Số, ký hiệu
                </th>
                <th scope="col" className="px-3 py-2">
                  Tên kế hoạch
                </th>
                <th scope="col" className="px-3 py-2">
                  Năm
                </th>
                <th scope="col" className="px-3 py-2">
                  Trạng thái
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Đơn vị tham gia
                </th>
                <th scope="col" className="px-3 py-2">
                  Mốc tiếp theo
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-t border-slate-200 align-top">
                  <td className="whitespace-nowrap px-3 py-2 font-medium">
                    <Link href={`/campaigns/${r.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                      {r.documentNumber}
                    </Link>
                  </td>
                  <td className="px-3 py-2">
                    <Link href={`/campaigns/${r.id}`} className="hover:underline">
                      {r.title}
                    </Link>
                    <p className="text-xs text-slate-600">{r.issuingUnitName}</p>
                  </td>
                  <td className="px-3 py-2">{r.year}</td>
                  <td className="whitespace-nowrap px-3 py-2">
                    <CampaignStatusBadge status={r.status} />
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{r.unitCount}</td>
                  <td className="px-3 py-2">
                    {r.nextMilestoneDueAt ? (
                      <>
                        <p>{r.nextMilestoneName}</p>
                        <p className="text-xs text-slate-700">
                          <span className="font-medium">{formatDeadline(r.nextMilestoneDueAt)}</span> · {describeTimeLeft(r.nextMilestoneDueAt, now)}
                        </p>
                      </>
                    ) : (
                      <span className="text-slate-600">{r.status === "CLOSED" ? "Đã kết thúc" : "Không còn mốc nào"}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        </>
      )}
      {rows.length > 0 && (
        <Pagination
          page={page}
          pageSize={pageSize}
          total={total}
          basePath="/campaigns"
          params={{ year: filter.year ? String(filter.year) : undefined, status: filter.status }}
        />
      )}
    </>
  );
}
