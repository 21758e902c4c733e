import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { VerdictForm } from "@/components/appraisal/results/verdict-form";
import { ReopenScoresButton } from "@/components/appraisal/scoring/reopen-button";
import { DiscussFlag, VerdictBadge } from "@/components/appraisal/results/verdict-badge";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { pointsOrDash, rankLabel } from "@/lib/appraisal/outcome/labels";
import { loadRoundResults } from "@/lib/appraisal/outcome/queries";
import { formatPoints } from "@/lib/appraisal/rubric";
import { requireUser } from "@/lib/auth/session";
import { INITIATIVE_TYPE_LABELS, LEVEL_LABELS } from "@/lib/registrations/labels";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata = { title: "Kết quả thẩm định một nội dung" };

/**
 * One item of a round's results: its rank and total, each criterion's mean, every active evaluator's
 * submitted scores and comments (readers of the results only), and the chair's verdict form.
 */
export default async function AppraisalItemResultPage({ params }: { params: Promise<{ id: string; roundId: string; itemId: string }> }) {
  const [{ id, roundId, itemId }, user] = await Promise.all([params, requireUser()]);
  const res = await loadRoundResults(user, roundId);
  if (!res || res.round.campaignId !== id) notFound();
  const index = res.rows.findIndex((r) => r.itemId === itemId);
  if (index < 0) notFound();
  const r = res.rows[index];
  const { round, access, criteria } = res;
  const kind = access.campaign.issuingUnit.kind;
  const sheets = res.sheets.get(itemId) ?? [];
  const nameOf = new Map(res.evaluators.map((e) => [e.id, e]));
  const basePath = `/campaigns/${id}/appraisal/${roundId}/results`;
  const prev = res.rows[index - 1];
  const next = res.rows[index + 1];
  const canVerdict = access.isChair && (round.status === "OPEN" || round.status === "CLOSED");
  // Only the chair reopens a submitted sheet, and only while the round is being scored.
  const canReopen = access.isChair && round.status === "OPEN";

  return (
    <>
      <PageHeader
        title={r.content}
        breadcrumbs={[
          { href: `/campaigns/${id}/appraisal`, label: "Thẩm định" },
          { href: basePath, label: `Kết quả: ${round.name}` },
        ]}
      />
      <section aria-label="Kết quả" className="rounded-lg border border-slate-300 bg-white p-4 text-sm">
        <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <dt className="text-slate-600">Đơn vị</dt>
            <dd className="font-medium">{r.unitName}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Loại · Cấp · Lĩnh vực</dt>
            <dd className="font-medium">
              {INITIATIVE_TYPE_LABELS[r.type as keyof typeof INITIATIVE_TYPE_LABELS] ?? r.type} · {LEVEL_LABELS[r.level as keyof typeof LEVEL_LABELS] ?? r.level}
              <span className="block font-normal text-slate-700">{r.fieldName}</span>
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Tổng điểm · Hạng</dt>
            <dd className="font-medium tabular-nums">
              <span className="text-lg font-bold">{pointsOrDash(r.result.total)}</span>/100 · hạng {rankLabel(r.result.rank, r.tied)}
              {r.result.rank != null && ` trên ${res.rows.filter((x) => x.result.rank != null).length}`}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Đã chấm / phân công · Độ lệch</dt>
            <dd className="font-medium tabular-nums">
              {r.submitted}/{r.assigned} · {pointsOrDash(r.result.spread)}
              {r.result.flagged && (
                <span className="ml-1">
                  <DiscussFlag />
                </span>
              )}
            </dd>
          </div>
        </dl>
        {r.ownerNames && <p className="mt-2 text-slate-700">Tác giả: {r.ownerNames}</p>}
        <p className="mt-2">
          <Link href={`/initiatives/${r.initiativeId}`} className="text-brand-700 underline underline-offset-2">
            Xem hồ sơ mô hình, giải pháp
          </Link>
        </p>
      </section>

      <section aria-labelledby="sheets-h" className="mt-4">
        <h2 id="sheets-h" className="mb-2 text-lg font-semibold">
          Điểm của từng thành viên
        </h2>
        {sheets.length === 0 ? (
          <Alert>Chưa có thành viên nào nộp phiếu chấm cho nội dung này.</Alert>
        ) : (
          <>
          <ul className="flex flex-col gap-3 md:hidden" aria-label="Phiếu chấm của từng thành viên">
            {sheets.map((s) => (
              <li key={s.evaluatorId} className="rounded-lg border border-slate-300 bg-white p-3 text-sm">
                <p className="font-semibold">
                  {nameOf.get(s.evaluatorId)?.fullName ?? "—"}
                  <span className="block font-normal text-slate-600">{nameOf.get(s.evaluatorId)?.unitName}</span>
                </p>
                <dl className="mt-2 flex flex-col gap-1.5">
                  {criteria.map((c, i) => (
                    <div key={c.id} className="grid grid-cols-[1fr_auto] gap-x-3">
                      <dt className="text-slate-700">{c.name}</dt>
                      <dd className="font-semibold tabular-nums">
                        {pointsOrDash(s.points[i])}/{formatPoints(c.maxPoints)}
                      </dd>
                      {s.comments[i] && <dd className="col-span-2 whitespace-pre-line text-slate-700">{s.comments[i]}</dd>}
                    </div>
                  ))}
                  <div className="flex justify-between gap-3 border-t border-slate-200 pt-1.5">
                    <dt className="font-semibold">Tổng (/100)</dt>
                    <dd className="font-bold tabular-nums">{formatPoints(s.total)}</dd>
                  </div>
                </dl>
                {s.submittedAt && <p className="mt-1 text-xs text-slate-600">Nộp {formatDateTimeVN(s.submittedAt)}</p>}
                {canReopen && (
                  <div className="mt-2">
                    <ReopenScoresButton assignmentId={s.assignmentId} evaluatorName={nameOf.get(s.evaluatorId)?.fullName ?? ""} />
                  </div>
                )}
              </li>
            ))}
          </ul>
          <div className="hidden overflow-x-auto rounded-lg border border-slate-300 bg-white md:block">
            <table className="w-full min-w-[36rem] border-collapse text-sm">
              <caption className="sr-only">Điểm đã nộp của các thành viên đang trong tổ thẩm định, theo tiêu chí, kèm nhận xét</caption>
              <thead className="bg-slate-100 text-left text-xs">
                <tr>
                  <th scope="col" className="px-2 py-2">Tiêu chí</th>
                  {sheets.map((s) => (
                    <th key={s.evaluatorId} scope="col" className="px-2 py-2">
                      {nameOf.get(s.evaluatorId)?.fullName ?? "—"}
                      <span className="block font-normal text-slate-600">{nameOf.get(s.evaluatorId)?.unitName}</span>
                    </th>
                  ))}
                  <th scope="col" className="px-2 py-2 text-right">Trung bình</th>
                </tr>
              </thead>
              <tbody>
                {criteria.map((c, i) => (
                  <tr key={c.id} className="border-t border-slate-200 align-top">
                    <th scope="row" className="px-2 py-2 text-left font-medium">
                      {c.name} <span className="font-normal text-slate-600">(tối đa {formatPoints(c.maxPoints)})</span>
                    </th>
                    {sheets.map((s) => (
                      <td key={s.evaluatorId} className="px-2 py-2">
                        <span className="font-semibold tabular-nums">{pointsOrDash(s.points[i])}</span>
                        {s.comments[i] && <span className="mt-0.5 block whitespace-pre-line text-slate-700">{s.comments[i]}</span>}
                      </td>
                    ))}
                    <td className="px-2 py-2 text-right font-semibold tabular-nums">{pointsOrDash(r.result.criterionMeans[i])}</td>
                  </tr>
                ))}
                <tr className="border-t-2 border-slate-300 bg-slate-50">
                  <th scope="row" className="px-2 py-2 text-left">Tổng (/100)</th>
                  {sheets.map((s) => (
                    <td key={s.evaluatorId} className="px-2 py-2 font-bold tabular-nums">
                      {formatPoints(s.total)}
                      {s.submittedAt && <span className="block text-xs font-normal text-slate-600">nộp {formatDateTimeVN(s.submittedAt)}</span>}
                      {canReopen && (
                        <div className="mt-1 font-normal">
                          <ReopenScoresButton assignmentId={s.assignmentId} evaluatorName={nameOf.get(s.evaluatorId)?.fullName ?? ""} />
                        </div>
                      )}
                    </td>
                  ))}
                  <td className="px-2 py-2 text-right font-bold tabular-nums">{pointsOrDash(r.result.total)}</td>
                </tr>
              </tbody>
            </table>
          </div>
          </>
        )}
      </section>

      <section aria-labelledby="verdict-h" className="mt-4 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="verdict-h" className="mb-2 text-lg font-semibold">
          Kết luận
        </h2>
        <p className="text-sm">
          <VerdictBadge verdict={r.verdict} issuingUnitKind={kind} />
          {r.verdictAt && (
            <span className="ml-2 text-slate-700">
              {r.verdictByName ? `${r.verdictByName}, ` : ""}
              {formatDateTimeVN(r.verdictAt)}
            </span>
          )}
        </p>
        {r.verdictReason && <p className="mt-2 whitespace-pre-line text-sm">Lý do: {r.verdictReason}</p>}
        {canVerdict && (
          <div className="mt-3 border-t border-slate-200 pt-3">
            <VerdictForm itemId={r.itemId} issuingUnitKind={kind} current={{ verdict: r.verdict, reason: r.verdictReason }} />
          </div>
        )}
        {access.isChair && round.status === "DRAFT" && <p className="mt-2 text-sm text-slate-700">Ghi kết luận khi đợt thẩm định đã mở chấm điểm.</p>}
      </section>

      <nav aria-label="Nội dung khác" className="mt-4 flex flex-wrap justify-between gap-2 text-sm">
        {prev ? (
          <Link href={`${basePath}/${prev.itemId}`} className="text-brand-700 underline underline-offset-2">
            ← Hạng trước: {prev.content.slice(0, 60)}
            {prev.content.length > 60 ? "…" : ""}
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link href={`${basePath}/${next.itemId}`} className="text-brand-700 underline underline-offset-2">
            Hạng sau: {next.content.slice(0, 60)}
            {next.content.length > 60 ? "…" : ""} →
          </Link>
        )}
      </nav>
    </>
  );
}
