import Link from "@/components/ui/link";
import { BallotModeBadge } from "@/components/council/ballot-mode";
import { SessionStatusBadge } from "@/components/council/session-status-badge";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { POSITION_LABELS } from "@/lib/awards/labels";
import { requireUser } from "@/lib/auth/session";
import { listMySessions, MY_SESSIONS_PAGE_SIZE } from "@/lib/council/voting/queries";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata = { title: "Hội đồng Thi đua - Khen thưởng" };

/** The council member's sessions: open ballots first, then the ones being prepared, then closed ones. */
export default async function CouncilPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const [sp, user] = await Promise.all([searchParams, requireUser()]);
  const { rows, total, page } = await listMySessions(user, Number(sp.page) || 1);
  return (
    <>
      <PageHeader title="Hội đồng Thi đua - Khen thưởng" description="Các phiên họp bạn được triệu tập: xem đề nghị và hồ sơ, xác nhận có mặt và biểu quyết." />
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-400 bg-white p-6 text-sm text-slate-700">
          Bạn chưa được triệu tập vào phiên họp nào của Hội đồng. Khi Thường trực Hội đồng triệu tập, phiên họp sẽ hiện ở đây.
        </p>
      ) : (
        <ul className="flex flex-col gap-3">
          {rows.map((r) => (
            <li key={r.id} className="rounded-lg border border-slate-300 bg-white p-4" data-testid="council-session">
              <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0">
                  <h2 className="font-semibold">
                    <Link href={`/council/sessions/${r.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                      {r.title}
                    </Link>
                  </h2>
                  <p className="text-sm text-slate-700">
                    {formatDateTimeVN(r.meetingAt)}
                    {r.location ? ` · ${r.location}` : ""} · {r.organisationName} · Kế hoạch số {r.documentNumber}
                  </p>
                  <p className="text-sm text-slate-700">
                    {r.items} đề nghị · Bạn là {POSITION_LABELS[r.position]}
                    {r.isChair && r.position !== "CHAIR" ? " (chủ trì phiên họp)" : ""}
                    {r.status === "VOTING" ? (r.presentAt ? " · Bạn đã xác nhận có mặt" : " · Bạn chưa xác nhận có mặt") : ""}
                  </p>
                </div>
                <div className="flex shrink-0 flex-wrap gap-2">
                  <SessionStatusBadge status={r.status} />
                  <BallotModeBadge mode={r.ballotMode} />
                </div>
              </div>
              {r.status === "CLOSED" && (
                <p className="mt-2 text-sm">
                  <Link href={`/council/sessions/${r.id}/results`} className="text-brand-700 underline underline-offset-2">
                    Xem kết quả biểu quyết<span className="sr-only">: {r.title}</span>
                  </Link>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {total > MY_SESSIONS_PAGE_SIZE && <Pagination page={page} pageSize={MY_SESSIONS_PAGE_SIZE} total={total} basePath="/council" params={{}} />}
    </>
  );
}
