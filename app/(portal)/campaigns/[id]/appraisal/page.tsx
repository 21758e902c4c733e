import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { RoundCreateForm } from "@/components/appraisal/setup/round-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { ROUND_STATUS_LABELS, ROUND_STATUS_TONES } from "@/lib/appraisal/rounds/labels";
import { listCampaignRounds } from "@/lib/appraisal/rounds/queries";
import { requireUser } from "@/lib/auth/session";
import type { PageSearchParams } from "@/lib/consolidation/filters";
import { formatDeadline } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Thẩm định mô hình, giải pháp, sáng kiến" };

export default async function CampaignAppraisalPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<PageSearchParams> }) {
  const { id } = await params;
  const sp = await searchParams;
  const user = await requireUser();
  const list = await listCampaignRounds(user, id, parsePage(sp.page));
  if (!list) notFound();
  const base = `/campaigns/${id}/appraisal`;

  return (
    <>
      <PageHeader
        title="Thẩm định mô hình, giải pháp, sáng kiến"
        description={
          <>
            Các đợt thẩm định của Ban Chỉ đạo CCHC cho kế hoạch {list.campaign.documentNumber}.
          </>
        }
      />

      {list.rows.length === 0 ? (
        <Alert tone="info" className="mb-6">
          Chưa có đợt thẩm định nào cho kế hoạch này.
        </Alert>
      ) : (
        <div className="mb-2 overflow-x-auto rounded-md border border-slate-300 bg-white">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Các đợt thẩm định của kế hoạch {list.campaign.documentNumber}</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-3 py-2 sm:min-w-56">
                  Đợt thẩm định
                </th>
                <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                  Tình trạng
                </th>
                <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                  Hạn chấm
                </th>
                <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                  Nội dung
                </th>
                <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                  Tiến độ
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((r) => (
                <tr key={r.id} className="border-t border-slate-200 align-top" data-round={r.id}>
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    <Link href={`${base}/${r.id}`} className="text-brand-700 underline">
                      {r.name}
                    </Link>
                    <span className="block text-xs font-normal text-slate-700">Chủ trì: {r.chairName}</span>
                    <span className="mt-1 block text-xs font-normal text-slate-800 sm:hidden">
                      {formatDeadline(r.dueAt)} · {r.itemCount} nội dung · đã chấm {r.submitted}/{r.expected}
                    </span>
                    <span className="mt-1 block font-normal sm:hidden">
                      <Badge tone={ROUND_STATUS_TONES[r.status]}>{ROUND_STATUS_LABELS[r.status]}</Badge>
                    </span>
                  </th>
                  <td className="hidden px-3 py-2 sm:table-cell">
                    <Badge tone={ROUND_STATUS_TONES[r.status]}>{ROUND_STATUS_LABELS[r.status]}</Badge>
                  </td>
                  <td className="hidden px-3 py-2 sm:table-cell">{formatDeadline(r.dueAt)}</td>
                  <td className="hidden px-3 py-2 sm:table-cell">{r.itemCount}</td>
                  <td className="hidden px-3 py-2 sm:table-cell">
                    đã chấm {r.submitted}/{r.expected}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.total > 0 && <Pagination page={list.page} pageSize={list.pageSize} total={list.total} basePath={base} params={{}} />}

      {list.canManage && list.campaign.status === "PUBLISHED" && (
        <section aria-labelledby="create-h" className="mt-8 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="create-h" className="mb-1 text-lg font-semibold">
            Tạo đợt thẩm định
          </h2>
          <p className="mb-3 text-sm text-slate-700">Sau khi tạo: chọn nội dung, tổ thẩm định, phân công, rồi mở chấm.</p>
          <RoundCreateForm
            campaignId={id}
            defaultName={`Thẩm định mô hình, giải pháp, sáng kiến năm ${list.campaign.year}`}
            defaultDueDate={list.defaultDueDate}
            chairs={list.chairCandidates}
            defaultChairId={list.defaultChairId}
          />
        </section>
      )}
      {list.canManage && list.campaign.status !== "PUBLISHED" && (
        <Alert tone="info" className="mt-6">
          {list.campaign.status === "DRAFT" ? "Kế hoạch chưa được ban hành: chưa tạo được đợt thẩm định." : "Kế hoạch đã kết thúc: không tạo thêm đợt thẩm định."}
        </Alert>
      )}
    </>
  );
}
