import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { SessionStatusBadge } from "@/components/council/session-status-badge";
import { SessionCreateForm } from "@/components/council/session-create-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { BALLOT_MODE_LABELS } from "@/lib/awards/labels";
import { requireUser } from "@/lib/auth/session";
import type { PageSearchParams } from "@/lib/consolidation/filters";
import { listCampaignSessions } from "@/lib/council/sessions/queries";
import { instantToVnInputs } from "@/lib/council/sessions/schemas";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Phiên họp Hội đồng Thi đua - Khen thưởng" };

export default async function CampaignCouncilPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<PageSearchParams> }) {
  const { id } = await params;
  const sp = await searchParams;
  const user = await requireUser();
  const list = await listCampaignSessions(user, id, parsePage(sp.page));
  if (!list) notFound();
  const base = `/campaigns/${id}/council`;
  const today = instantToVnInputs(new Date()).date;

  return (
    <>
      <PageHeader
        title="Phiên họp Hội đồng Thi đua - Khen thưởng"
        description={
          <>
            Kế hoạch {list.campaign.documentNumber}: {list.campaign.title}
          </>
        }
      />

      <p className="mb-4 text-sm text-slate-700">
        Hội đồng của {list.campaign.issuingUnit.name}: {list.councilCount} thành viên.{" "}
        <Link href={`/campaigns/${id}/awards?status=ADMITTED`} className="text-brand-700 underline">
          {list.admittedCount} hồ sơ đã tiếp nhận chờ đưa vào phiên họp
        </Link>
        .
      </p>

      {list.rows.length === 0 ? (
        <Alert tone="info" className="mb-6">
          Chưa có phiên họp nào cho kế hoạch này.
        </Alert>
      ) : (
        <div className="mb-2 overflow-x-auto rounded-md border border-slate-300 bg-white">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Các phiên họp Hội đồng của kế hoạch {list.campaign.documentNumber}</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-3 py-2 sm:min-w-56">
                  Phiên họp
                </th>
                <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                  Tình trạng
                </th>
                <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                  Hồ sơ
                </th>
                <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                  Thành viên
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((s) => (
                <tr key={s.id} className="border-t border-slate-200 align-top" data-session={s.id}>
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    <Link href={list.canManage ? `/council/sessions/${s.id}/manage` : `/council/sessions/${s.id}`} className="text-brand-700 underline">
                      {s.title}
                    </Link>
                    <span className="block text-xs font-normal text-slate-700">
                      {formatDateTimeVN(s.meetingAt)}
                      {s.location ? ` · ${s.location}` : ""} · {BALLOT_MODE_LABELS[s.ballotMode]}
                    </span>
                    <span className="mt-1 block text-xs font-normal text-slate-800 sm:hidden">
                      {s.itemCount} hồ sơ · {s.memberCount} thành viên được triệu tập
                      {s.status !== "DRAFT" && `, ${s.presentCount} có mặt`}
                    </span>
                    <span className="mt-1 block font-normal sm:hidden">
                      <SessionStatusBadge status={s.status} />
                    </span>
                  </th>
                  <td className="hidden px-3 py-2 sm:table-cell">
                    <SessionStatusBadge status={s.status} />
                  </td>
                  <td className="hidden px-3 py-2 sm:table-cell">{s.itemCount}</td>
                  <td className="hidden px-3 py-2 sm:table-cell">
                    {s.memberCount} được triệu tập
                    {s.status !== "DRAFT" && <span className="block text-xs text-slate-700">{s.presentCount} có mặt</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} basePath={base} params={{}} />

      {list.canManage && (
        <section aria-labelledby="create-h" className="mt-8 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="create-h" className="mb-1 text-lg font-semibold">
            Tạo phiên họp
          </h2>
          <p className="mb-3 text-sm text-slate-700">
            Mặc định triệu tập toàn bộ thành viên Hội đồng, Chủ tịch Hội đồng chủ trì; có thể điều chỉnh thành phần và đưa hồ sơ vào chương trình ở bước sau.
          </p>
          <SessionCreateForm
            campaignId={id}
            defaultTitle={`Phiên họp Hội đồng Thi đua - Khen thưởng xét khen thưởng năm ${list.campaign.year}`}
            defaultDate={today}
          />
        </section>
      )}
    </>
  );
}
