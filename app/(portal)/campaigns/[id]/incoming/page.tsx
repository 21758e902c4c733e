import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { SummaryStatusBadge } from "@/components/summary/summary-status-badge";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { parsePageParam, type PageSearchParams } from "@/lib/consolidation/filters";
import { PHASE_LABELS } from "@/lib/reports/labels";
import { getIncoming } from "@/lib/summary/queries";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Cấp dưới gửi lên" };

export default async function IncomingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<PageSearchParams> }) {
  const { id } = await params;
  const sp = await searchParams;
  const user = await requireUser();
  const data = await getIncoming(user, id, parsePageParam(sp.page));
  if (!data) notFound();
  const { parent, children, rows } = data;
  const base = `/campaigns/${id}/incoming`;

  return (
    <>
      <PageHeader
        title="Cấp dưới gửi lên"
        description={
          <>
            Kế hoạch {parent.documentNumber}: {parent.title}
          </>
        }
      />

      <Alert tone="info" className="mb-6">
        Báo cáo sơ kết, tổng kết do Bộ phận CCHC của các kế hoạch cấp dưới (kế hoạch trả lời Kế hoạch {parent.documentNumber}) gửi lên. Mở báo cáo để xem phiên bản đã
        gửi, rồi tiếp nhận hoặc trả lại kèm nội dung cần chỉnh sửa. Mô hình, giải pháp, sáng kiến tiêu biểu mà cấp dưới chuyển lên nằm trong{" "}
        <Link href={`/campaigns/${id}/consolidated?forwarded=1`} className="underline">
          Tổng hợp Mẫu 1
        </Link>{" "}
        như đăng ký của đơn vị cấp dưới.
      </Alert>

      <section aria-labelledby="reports-h" className="mb-8">
        <h2 id="reports-h" className="mb-3 text-lg font-semibold">
          Báo cáo đã gửi lên {data.waiting > 0 && <Badge tone="violet">{data.waiting} chờ xem xét</Badge>}
        </h2>
        {data.total === 0 ? (
          <Alert tone="info">Chưa có báo cáo nào của cấp dưới gửi lên.</Alert>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-sm">
              <caption className="sr-only">Báo cáo sơ kết, tổng kết của các kế hoạch cấp dưới</caption>
              <thead className="bg-slate-50 text-left text-slate-700">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Cơ quan gửi
                  </th>
                  <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                    Báo cáo
                  </th>
                  <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                    Gửi lúc
                  </th>
                  <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                    Tình trạng
                  </th>
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">Mở</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} className="border-t border-slate-200 align-top">
                    <td className="px-3 py-2">
                      <span className="font-medium">{r.campaign.issuingUnit.name}</span>
                      <span className="block text-xs text-slate-600">Kế hoạch {r.campaign.documentNumber}</span>
                      <span className="mt-1 flex flex-wrap items-center gap-1 text-xs text-slate-700 sm:hidden">
                        Báo cáo {PHASE_LABELS[r.phase].toLowerCase()} · phiên bản {r.submittedVersion} · {formatDateTimeVN(r.lastSubmittedAt)}
                        <SummaryStatusBadge status={r.status} hasParent receiver />
                        {r.isLate && <Badge tone="amber">Trễ hạn</Badge>}
                      </span>
                    </td>
                    <td className="hidden px-3 py-2 sm:table-cell">
                      Báo cáo {PHASE_LABELS[r.phase].toLowerCase()} · phiên bản {r.submittedVersion}
                    </td>
                    <td className="hidden px-3 py-2 sm:table-cell">
                      {formatDateTimeVN(r.lastSubmittedAt)}
                      {r.isLate && (
                        <Badge tone="amber" className="ml-1">
                          Trễ hạn
                        </Badge>
                      )}
                    </td>
                    <td className="hidden px-3 py-2 sm:table-cell">
                      <SummaryStatusBadge status={r.status} hasParent receiver />
                    </td>
                    <td className="px-3 py-2 text-right whitespace-nowrap">
                      <Link href={`${base}/${r.id}`} className="font-medium text-brand-700 underline underline-offset-2">
                        {r.status === "SUBMITTED" ? "Xem xét" : "Xem"}
                        <span className="sr-only">
                          {" "}
                          báo cáo {PHASE_LABELS[r.phase].toLowerCase()} của {r.campaign.issuingUnit.name}
                        </span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {data.total > data.pageSize && <Pagination page={data.page} pageSize={data.pageSize} total={data.total} basePath={base} params={{}} />}
      </section>

      <section aria-labelledby="children-h" className="mb-8">
        <h2 id="children-h" className="mb-3 text-lg font-semibold">
          Kế hoạch cấp dưới ({children.length})
        </h2>
        {children.length === 0 ? (
          <p className="text-sm text-slate-700">Chưa có kế hoạch nào trả lời Kế hoạch {parent.documentNumber} trên cổng.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
            {children.map((c) => (
              <li key={c.id} className="flex flex-col gap-1 px-3 py-2 sm:flex-row sm:items-center sm:justify-between">
                <span>
                  <span className="font-medium">{c.issuingUnit.name}</span> · Kế hoạch {c.documentNumber}
                </span>
                <Link href={`/campaigns/${id}/consolidated?forwarded=1&unit=${c.issuingUnit.id}`} className="text-brand-700 underline underline-offset-2">
                  Nội dung đã chuyển lên<span className="sr-only"> của {c.issuingUnit.name}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
