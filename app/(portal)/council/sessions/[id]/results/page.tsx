import { BallotModeBadge } from "@/components/council/ballot-mode";
import { SessionStatusBadge } from "@/components/council/session-status-badge";
import { SessionMembers } from "@/components/council/results-members";
import { ResultsList } from "@/components/council/results-table";
import { PrintButton } from "@/components/consolidation/print-button";
import { orNotFound } from "@/components/registrations/not-found";
import { REPORT_PRINT_CSS } from "@/components/reports/report-document";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getResultsView } from "@/lib/council/voting/queries";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata = { title: "Kết quả biểu quyết của Hội đồng Thi đua - Khen thưởng" };

/**
 * Results of a council session, computed when the chair closed the ballot: per proposal the counts,
 * attendance, the award form's rule, the outcome and why; for an open ballot each member's vote, for a
 * secret ballot never. Members convened, the standing office and leadership.
 */
export default async function CouncilResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user] = await Promise.all([params, requireUser()]);
  const v = await orNotFound(getResultsView(user, id));
  const s = v.session;
  const convened = s.members.some((m) => m.userId === user.id) || s.chairUserId === user.id;
  const n = (o: string) => v.items.filter((i) => i.tally?.outcome === o).length;
  const closed = s.status === "CLOSED";

  return (
    <>
      <style>{REPORT_PRINT_CSS}</style>
      <div data-print-hide>
        <PageHeader
          title={`Kết quả biểu quyết: ${s.title}`}
          breadcrumbs={
            convened
              ? [
                  { href: "/council", label: "Hội đồng TĐKT" },
                  { href: `/council/sessions/${s.id}`, label: "Phiên họp" },
                ]
              : [{ href: `/campaigns/${s.campaign.id}/council`, label: "Phiên họp Hội đồng" }]
          }
          actions={closed ? <PrintButton label="In kết quả" /> : undefined}
        />
      </div>
      <article className="flex flex-col gap-4">
        <header className="rounded-lg border border-slate-300 bg-white p-4 text-sm print:border-0 print:p-0">
          <p className="hidden text-center text-base font-bold uppercase print:block">Kết quả biểu quyết của Hội đồng Thi đua - Khen thưởng</p>
          <p className="hidden text-center font-semibold print:block">{s.title}</p>
          <dl className="mt-1 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <div>
              <dt className="text-slate-600">Hội đồng</dt>
              <dd className="font-medium">{s.organisation.name}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Thời gian · Địa điểm</dt>
              <dd className="font-medium">
                {formatDateTimeVN(s.meetingAt)}
                {s.location ? ` · ${s.location}` : ""}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Hình thức biểu quyết</dt>
              <dd>
                <BallotModeBadge mode={s.ballotMode} />
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Trạng thái</dt>
              <dd>
                <SessionStatusBadge status={s.status} />
                {s.closedAt && <span className="ml-1 text-slate-700">lúc {formatDateTimeVN(s.closedAt)}</span>}
              </dd>
            </div>
          </dl>
          <p className="mt-3">
            Có mặt <span className="font-semibold">{s.present}/{s.invited}</span> thành viên được triệu tập. Chủ tịch: {s.chairName ?? "—"}; Thư ký: {s.secretaryName ?? "—"}.
          </p>
          <SessionMembers session={s} className="mt-2" open={closed} />
        </header>

        {!closed ? (
          <Alert tone="info">Kết quả chỉ được tính khi Chủ tịch kết thúc biểu quyết.</Alert>
        ) : (
          <section aria-labelledby="results-heading" className="flex flex-col gap-3">
            <h2 id="results-heading" className="text-lg font-semibold">
              {v.items.length} đề nghị: {n("APPROVED")} tán thành, {n("REJECTED")} không tán thành
              {n("NO_QUORUM") ? `, ${n("NO_QUORUM")} không đủ số thành viên có mặt` : ""}
            </h2>
            {s.ballotMode === "SECRET" && <p className="text-sm text-slate-700">Bỏ phiếu kín: chỉ công bố số phiếu, không ai biết từng thành viên đã chọn gì.</p>}
            <ResultsList items={v.items} members={s.members} memberVotes={v.memberVotes} />
          </section>
        )}
      </article>
    </>
  );
}
