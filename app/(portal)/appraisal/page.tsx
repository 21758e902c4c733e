import Link from "@/components/ui/link";
import { AssignmentStatusBadge } from "@/components/appraisal/scoring/status-badge";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { getManagedOpenRounds, getMyQueue } from "@/lib/appraisal/scoring/queries";
import { requireUser } from "@/lib/auth/session";
import { describeTimeLeft, formatDateTimeVN } from "@/lib/time/vn";

export const metadata = { title: "Thẩm định" };

/**
 * "Thẩm định": a panel member's queue per round (open rounds first; a round being set up is not shown),
 * and for the Steering Committee / CCHC office the open rounds of the campaigns they manage with their
 * progress. Two queries for the queue, two for the managed rounds, whatever their size.
 */
export default async function AppraisalPage() {
  const user = await requireUser();
  const [queue, managed] = await Promise.all([getMyQueue(user), getManagedOpenRounds(user)]);
  const now = new Date();
  return (
    <>
      <PageHeader title="Thẩm định" description="Các nội dung bạn được phân công chấm điểm trong các đợt thẩm định mô hình, giải pháp, sáng kiến." />

      {managed.length > 0 && (
        <section aria-labelledby="managed-title" className="mb-8">
          <h2 id="managed-title" className="mb-3 text-lg font-semibold">
            Các đợt thẩm định đang mở
          </h2>
          <ul className="flex flex-col gap-3">
            {managed.map((r) => (
              <li key={r.id} className="rounded-lg border border-slate-300 bg-white p-4" data-testid="managed-round">
                <h3 className="font-semibold">
                  <Link href={`/campaigns/${r.campaign.id}/appraisal/${r.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                    {r.name}
                  </Link>
                </h3>
                <p className="text-sm text-slate-700">
                  Kế hoạch số {r.campaign.documentNumber} · {r.campaign.title}
                </p>
                <p className="text-sm text-slate-700">
                  Hạn chấm: {formatDateTimeVN(r.dueAt)} ({describeTimeLeft(r.dueAt, now)}) · {r.items} nội dung
                </p>
                <Progress value={r.submitted} max={r.total} label={`Đã gửi ${r.submitted}/${r.total} phiếu chấm${r.drafts ? `, ${r.drafts} đang chấm` : ""}`} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="queue-title">
        <h2 id="queue-title" className="mb-3 text-lg font-semibold">
          Nội dung bạn được phân công chấm
        </h2>
        {queue.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-400 bg-white p-6 text-sm text-slate-700">
            Bạn chưa được phân công chấm điểm trong đợt thẩm định nào đang mở. Khi bạn được mời vào hội đồng thẩm định và đợt thẩm định mở, các nội dung cần chấm sẽ hiện ở đây.
          </p>
        ) : (
          <div className="flex flex-col gap-6">
            {queue.map(({ round, progress, items }) => (
              <article key={round.id} aria-labelledby={`round-${round.id}`} className="rounded-lg border border-slate-300 bg-white" data-testid="queue-round">
                <header className="border-b border-slate-200 p-4">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <h3 id={`round-${round.id}`} className="font-semibold">
                      {round.name}
                    </h3>
                    {round.status === "CLOSED" ? <Badge tone="gray">Đã kết thúc</Badge> : <Badge tone="blue">Đang mở</Badge>}
                  </div>
                  <p className="text-sm text-slate-700">
                    Kế hoạch số {round.campaign.documentNumber} · {round.campaign.title}
                  </p>
                  <p className="text-sm text-slate-700">
                    Hạn chấm: {formatDateTimeVN(round.dueAt)}
                    {round.status === "OPEN" ? ` (${describeTimeLeft(round.dueAt, now)})` : ""}
                  </p>
                  <Progress value={progress.submitted} max={progress.total} label={`Đã chấm ${progress.submitted}/${progress.total}`} />
                </header>
                <ol className="divide-y divide-slate-200">
                  {items.map((it, i) => (
                    <li key={it.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
                      <div className="min-w-0">
                        <Link href={`/appraisal/${it.id}`} className="break-words font-medium text-brand-700 underline-offset-2 hover:underline">
                          <span className="text-slate-600">{i + 1}. </span>
                          {it.content}
                        </Link>
                        <p className="text-sm text-slate-700">{it.unitName}</p>
                      </div>
                      <div className="shrink-0">
                        <AssignmentStatusBadge status={it.status} />
                      </div>
                    </li>
                  ))}
                </ol>
              </article>
            ))}
          </div>
        )}
      </section>
    </>
  );
}

function Progress({ value, max, label }: { value: number; max: number; label: string }) {
  return (
    <div className="mt-2">
      <p className="text-sm font-medium text-slate-900">{label}</p>
      <div className="mt-1 h-2 w-full max-w-md overflow-hidden rounded bg-slate-200" role="progressbar" aria-valuemin={0} aria-valuemax={max} aria-valuenow={value} aria-label={label}>
        <div className="h-full bg-brand-700" style={{ width: `${max ? Math.round((value / max) * 100) : 0}%` }} />
      </div>
    </div>
  );
}
