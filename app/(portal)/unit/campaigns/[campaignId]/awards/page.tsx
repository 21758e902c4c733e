import Link from "@/components/ui/link";
import { ProposalStatusBadge } from "@/components/awards/proposal-status-badge";
import { DeadlineNote } from "@/components/registrations/deadline-note";
import { orNotFound } from "@/components/registrations/not-found";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { UnitCampaignHeader } from "@/components/unit-home/unit-campaign-header";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { NOMINEE_TYPE_LABELS } from "@/lib/awards/labels";
import { getUnitProposalList } from "@/lib/awards/proposals/queries";
import { describeTimeLeft, formatDateTimeVN, formatDeadline } from "@/lib/time/vn";
import { UnitChooser } from "../unit-chooser";

export const metadata = { title: "Đề nghị khen thưởng của đơn vị" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The unit's award proposals in a campaign: status, deadline, "Đề nghị khen thưởng mới". */
export default async function UnitAwardsPage({
  params,
  searchParams,
}: {
  params: Promise<{ campaignId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ campaignId }, sp, user] = await Promise.all([params, searchParams, requireUser()]);
  const basePath = `/unit/campaigns/${campaignId}/awards`;
  const title = "Đề nghị khen thưởng";
  const list = await orNotFound(getUnitProposalList(user, campaignId, one(sp.unit) || undefined, Number(one(sp.page)) || 1));
  if (list.needsChoice) return <UnitChooser title={title} campaign={list.campaign} choices={list.choices} basePath={basePath} />;
  const now = new Date();
  const d = list.deadline;
  const passed = !!d.dueAt && now.getTime() >= d.dueAt.getTime();
  const closed = !!d.cutoffAt && now.getTime() >= d.cutoffAt.getTime();
  const q = `?unit=${encodeURIComponent(list.unit.id)}`;

  return (
    <>
      <UnitCampaignHeader
        title={title}
        campaign={list.campaign}
        unitName={list.unit.name}
        chooseUnitHref={list.hasSeveralUnits ? basePath : undefined}
        breadcrumbs={[{ href: `/unit/campaigns/${list.campaign.id}${q}`, label: `Kế hoạch ${list.campaign.documentNumber}` }]}
        actions={
          list.canCreate && !closed ? (
            <LinkButton href={`${basePath}/new${q}`} className="whitespace-nowrap">
              Đề nghị khen thưởng mới
            </LinkButton>
          ) : undefined
        }
      />

      <dl className="mb-6 grid gap-3 rounded-md border border-slate-300 bg-white p-4 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-600">Hạn nộp hồ sơ đề nghị khen thưởng</dt>
          <dd className="font-medium" data-testid="award-deadline">
            {d.dueAt ? (
              <>
                {formatDeadline(d.dueAt)} <Badge tone={passed ? "red" : "gray"}>{describeTimeLeft(d.dueAt, now)}</Badge>
                <DeadlineNote originalDueAt={d.originalDueAt} extension={d.extension} cutoffAt={d.cutoffAt} />
              </>
            ) : (
              "Kế hoạch chưa quy định"
            )}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Cách nộp</dt>
          <dd>Cán bộ đơn vị soạn đề nghị và hồ sơ; trưởng đơn vị xác nhận và nộp. Nộp sau hạn được ghi nhận trễ hạn{d.cutoffAt ? "; sau hạn cuối cùng không nhận." : "."}</dd>
        </div>
      </dl>

      {!list.hasMilestone && (
        <Alert tone="info" className="mb-4" title="Kế hoạch chưa có mốc đề nghị khen thưởng">
          Đơn vị vẫn có thể soạn trước đề nghị và hồ sơ; chỉ nộp được khi kế hoạch có mốc “Đề nghị khen thưởng”.
        </Alert>
      )}
      {!list.canCreate && (
        <Alert tone="info" className="mb-4">
          Kế hoạch đã kết thúc: danh sách chỉ còn để xem.
        </Alert>
      )}

      <section aria-labelledby="proposals-title">
        <h2 id="proposals-title" className="mb-2 text-lg font-semibold">
          Các đề nghị của đơn vị
        </h2>
        {list.proposals.length === 0 ? (
          <p className="rounded-md border border-slate-300 bg-white p-4 text-sm text-slate-700">Đơn vị chưa có đề nghị khen thưởng nào trong kế hoạch này.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-300 bg-white" data-testid="proposal-list">
            {list.proposals.map((p) => (
              <li key={p.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between sm:gap-4" data-proposal={p.id}>
                <div className="min-w-0">
                  <Link href={`/awards/proposals/${p.id}`} className="font-semibold text-brand-700 underline underline-offset-2">
                    {p.nomineeName}
                  </Link>{" "}
                  <span className="text-sm text-slate-700">({p.nomineeType === "CITIZEN" ? "Người dân, doanh nghiệp" : NOMINEE_TYPE_LABELS[p.nomineeType]})</span>
                  <p className="text-sm text-slate-800">{p.awardFormName}</p>
                  <p className="text-xs text-slate-600">
                    {p.lastSubmittedAt ? `Nộp gần nhất ${formatDateTimeVN(p.lastSubmittedAt)}` : `Cập nhật ${formatDateTimeVN(p.updatedAt)}`}
                    {p.status === "RETURNED" && p.returnComment ? ` · Ý kiến: ${p.returnComment}` : ""}
                  </p>
                </div>
                <div className="shrink-0">
                  <ProposalStatusBadge status={p.status} isLate={p.isLate} />
                </div>
              </li>
            ))}
          </ul>
        )}
        <Pagination page={list.page} pageSize={list.pageSize} total={list.total} basePath={basePath} params={{ unit: list.unit.id }} />
      </section>
    </>
  );
}
