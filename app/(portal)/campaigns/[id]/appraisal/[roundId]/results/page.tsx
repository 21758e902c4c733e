import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { RoundMinutesForm } from "@/components/appraisal/results/minutes-form";
import { ResultsTable } from "@/components/appraisal/results/results-table";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { filterRows, parseResultFilters, ROUND_STATUS_LABELS, verdictCounts } from "@/lib/appraisal/outcome/labels";
import { loadRoundResults } from "@/lib/appraisal/outcome/queries";
import { formatPoints } from "@/lib/appraisal/rubric";
import { requireUser } from "@/lib/auth/session";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata = { title: "Kết quả thẩm định" };

const PAGE_SIZE = 100;

/**
 * "Kết quả thẩm định" of one round, for the readers of its results (managers, the chair, the
 * leadership): the ranking with ties, per-criterion means, missing scores, the spread flag and the
 * verdicts; filters; downloads (minutes .docx, scores .xlsx); the chair's minutes details. Each item's
 * page shows every evaluator's scores and comments and takes the chair's verdict.
 */
export default async function AppraisalResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; roundId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id, roundId }, sp, user] = await Promise.all([params, searchParams, requireUser()]);
  const res = await loadRoundResults(user, roundId, { comments: false });
  if (!res || res.round.campaignId !== id) notFound();
  const { round, access, criteria } = res;
  const kind = access.campaign.issuingUnit.kind;
  const filters = parseResultFilters(sp);
  const filtered = filterRows(res.rows, filters);
  const pageRaw = Number(Array.isArray(sp.page) ? sp.page[0] : sp.page);
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const page = Number.isInteger(pageRaw) && pageRaw >= 1 ? Math.min(pageRaw, pages) : 1;
  const shown = filtered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const basePath = `/campaigns/${id}/appraisal/${roundId}/results`;
  const flagged = res.rows.filter((r) => r.result.flagged).length;
  const scored = res.rows.filter((r) => r.result.total != null).length;
  const missing = res.rows.reduce((n, r) => n + r.result.missing, 0);
  const counts = verdictCounts(
    res.rows.map((r) => r.verdict),
    kind,
  );

  return (
    <>
      <PageHeader
        title={`Kết quả thẩm định: ${round.name}`}
        breadcrumbs={[
          { href: `/campaigns/${id}/appraisal`, label: "Thẩm định" },
          { href: `/campaigns/${id}/appraisal/${roundId}`, label: round.name },
        ]}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href={`/campaigns/${id}/appraisal/${roundId}/minutes/print`} className={buttonClass("secondary")}>
              Bản in biên bản
            </Link>
            <a href={`/campaigns/${id}/appraisal/${roundId}/minutes/docx`} className={buttonClass("secondary")}>
              Biên bản thẩm định (.docx)
            </a>
            <a href={`/campaigns/${id}/appraisal/${roundId}/minutes/docx?format=pdf`} className={buttonClass("secondary")}>
              Biên bản thẩm định (PDF)
            </a>
            <a href={`${basePath}/export`} className={buttonClass("secondary")}>
              Bảng điểm (.xlsx)
            </a>
          </div>
        }
      />

      <section aria-label="Tóm tắt đợt thẩm định" className="mb-4 rounded-lg border border-slate-300 bg-white p-4 text-sm">
        <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <dt className="text-slate-600">Trạng thái</dt>
            <dd className="font-medium">
              <Badge tone={round.status === "CLOSED" ? "green" : round.status === "OPEN" ? "blue" : "gray"}>{ROUND_STATUS_LABELS[round.status]}</Badge>
              {round.closedAt && <span className="ml-1 text-slate-700">lúc {formatDateTimeVN(round.closedAt)}</span>}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Chủ trì</dt>
            <dd className="font-medium">
              {round.chair.fullName}
              <span className="block font-normal text-slate-700">{round.chair.unitName}</span>
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Nội dung đã có điểm</dt>
            <dd className="font-medium tabular-nums">
              {scored}/{res.rows.length}
              {missing > 0 && <span className="block font-normal text-amber-800">còn {missing} lượt chấm chưa nộp</span>}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Cần thảo luận</dt>
            <dd className="font-medium tabular-nums">
              {flagged} <span className="font-normal text-slate-700">(độ lệch trên {formatPoints(round.spreadThreshold)} điểm)</span>
            </dd>
          </div>
        </dl>
        <p className="mt-3 text-slate-800">
          <span className="text-slate-600">Kết luận: </span>
          {counts.map((c) => `${c.label}: ${c.count}`).join("; ") || "chưa có nội dung"}
        </p>
        {round.status === "OPEN" && (
          <p className="mt-2 text-slate-700">Đợt thẩm định đang chấm điểm: kết quả còn thay đổi khi thành viên nộp phiếu chấm.</p>
        )}
      </section>

      <form method="get" className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm" aria-label="Lọc kết quả">
        <label className="flex min-h-10 items-center gap-2">
          <input type="checkbox" name="discuss" value="1" defaultChecked={filters.discuss} className="size-4" />
          Chỉ nội dung cần thảo luận
        </label>
        <label className="flex min-h-10 items-center gap-2">
          <input type="checkbox" name="pending" value="1" defaultChecked={filters.pending} className="size-4" />
          Chưa có kết luận
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          Lọc
        </button>
        {(filters.discuss || filters.pending) && (
          <Link href={basePath} className="text-brand-700 underline underline-offset-2">
            Bỏ lọc
          </Link>
        )}
      </form>

      {res.rows.length === 0 ? (
        <Alert>Đợt thẩm định chưa có nội dung nào.</Alert>
      ) : filtered.length === 0 ? (
        <Alert>Không có nội dung nào phù hợp bộ lọc.</Alert>
      ) : (
        <ResultsTable rows={shown} criteria={criteria} issuingUnitKind={kind} spreadThreshold={round.spreadThreshold} basePath={basePath} />
      )}
      <Pagination
        page={page}
        pageSize={PAGE_SIZE}
        total={filtered.length}
        basePath={basePath}
        params={{ discuss: filters.discuss ? "1" : undefined, pending: filters.pending ? "1" : undefined }}
      />

      {access.isChair && round.status !== "DRAFT" && (
        <section className="mt-6 rounded-lg border border-slate-300 bg-white p-4">
          <RoundMinutesForm roundId={round.id} place={round.minutesPlace} note={round.minutesNote} />
        </section>
      )}
    </>
  );
}
