import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { getAwardForwardPage } from "@/lib/awards/forward/queries";
import { NOMINEE_TYPE_LABELS, PROPOSAL_STATUS_LABELS } from "@/lib/awards/labels";
import { formatCalendarDate, formatDateVN, formatDeadline } from "@/lib/time/vn";
import { ForwardProposalsForm, type ForwardRow } from "./forward-proposals-form";

export const metadata: Metadata = { title: "Trình khen thưởng cấp trên" };

/**
 * Proposals the council approved whose award form belongs to an organisation above (Bằng khen of the
 * City's chairman, …): the standing office sends them to the parent campaign's council, where they
 * arrive as the organisation's proposals with their lineage; the parent's outcome shows back here.
 */
export default async function AwardForwardPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> }) {
  const [{ id }, sp, user] = await Promise.all([params, searchParams, requireUser()]);
  const data = await getAwardForwardPage(user, id, parsePage(sp.page));
  if (!data) notFound();
  const { campaign, parent } = data;
  const org = campaign.issuingUnit.name;

  const rows: ForwardRow[] = data.rows.map((r) => {
    const copy = r.forwards[0];
    let outcome: string | null = null;
    if (copy) {
      outcome = `Đã trình lên Kế hoạch ${copy.campaign.documentNumber}${copy.forwardedAt ? ` ngày ${formatDateVN(copy.forwardedAt)}` : ""}: ${PROPOSAL_STATUS_LABELS[copy.status]}`;
      if (copy.decision) outcome += ` (Quyết định số ${copy.decision.number} ngày ${formatCalendarDate(copy.decision.signedOn)})`;
    } else if (r.status === "FORWARDED") {
      outcome = PROPOSAL_STATUS_LABELS.FORWARDED;
    }
    const a = r.approval;
    return {
      id: r.id,
      name: r.nomineeName,
      href: `/awards/proposals/${r.id}`,
      description: `${NOMINEE_TYPE_LABELS[r.nomineeType]}${r.nomineeType !== "COLLECTIVE" && r.nomineeDetail ? `, ${r.nomineeDetail}` : ""} · đơn vị đề nghị: ${r.unit.name} · ${r.awardForm.name} (${r.awardForm.organisationUnit.name})`,
      approval: a ? `Hội đồng ${org} tán thành (${a.agreeCount ?? 0}/${a.invitedCount ?? 0} thành viên đồng ý) tại ${a.session.title}.` : null,
      selectable: r.status === "APPROVED" && !copy && !!parent,
      outcome,
      outcomeHref: copy ? `/awards/proposals/${copy.id}` : null,
      hard: r.failsHardCriterion,
    };
  });

  return (
    <>
      <PageHeader
        title="Trình khen thưởng cấp trên"
        description={
          <>
            Kế hoạch {campaign.documentNumber}: {campaign.title}
          </>
        }
      />

      <section aria-labelledby="parent-h" className="mb-6 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <h2 id="parent-h" className="mb-2 text-lg font-semibold">
          Kế hoạch cấp trên
        </h2>
        {parent ? (
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
            <div className="sm:col-span-2">
              <dt className="text-slate-600">Thực hiện kế hoạch</dt>
              <dd className="font-medium">
                {parent.canRead ? (
                  <Link href={`/campaigns/${parent.id}`} className="text-brand-700 underline">
                    {parent.documentNumber}
                  </Link>
                ) : (
                  parent.documentNumber
                )}{" "}
                của {parent.organisationName}
                <span className="block font-normal text-slate-700">{parent.title}</span>
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Hạn đề nghị khen thưởng ở cấp trên</dt>
              <dd className="font-medium">{parent.dueAt ? formatDeadline(parent.dueAt) : "Kế hoạch cấp trên không đặt hạn"}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Chờ trình</dt>
              <dd className="font-medium">{data.waiting} đề nghị</dd>
            </div>
          </dl>
        ) : (
          <p className="text-slate-700">Kế hoạch này không thực hiện kế hoạch cấp trên nào.</p>
        )}
      </section>

      {data.blocker && (
        <Alert tone="warning" className="mb-4">
          {data.blocker}
        </Alert>
      )}
      {!data.canForward && (
        <Alert tone="info" className="mb-4">
          Thường trực Thi đua của {org} trình các đề nghị vượt thẩm quyền lên Hội đồng cấp trên; bạn xem được kết quả.
        </Alert>
      )}

      <section aria-labelledby="list-h">
        <h2 id="list-h" className="text-lg font-semibold">
          Đề nghị vượt thẩm quyền đã được Hội đồng tán thành
        </h2>
        <p className="mb-3 text-sm text-slate-700">
          Hình thức khen thưởng của cấp trên (không thuộc thẩm quyền của {org}). Mỗi đề nghị trình lên trở thành hồ sơ của {org} ở kế hoạch cấp trên (trạng thái chờ
          Thường trực cấp trên kiểm tra), giữ người được đề nghị, tiêu chuẩn, lý do của Thường trực và hồ sơ gốc (xem qua đề nghị gốc).
        </p>
        {rows.length === 0 ? (
          <Alert tone="info">Chưa có đề nghị nào vượt thẩm quyền được Hội đồng tán thành.</Alert>
        ) : (
          <ForwardProposalsForm
            campaignId={campaign.id}
            parentDocumentNumber={parent?.documentNumber ?? null}
            parentOrganisation={parent?.organisationName ?? null}
            rows={rows}
            canSubmit={data.canForward && !data.blocker}
          />
        )}
        {data.total > 0 && <Pagination page={data.page} pageSize={data.pageSize} total={data.total} basePath={`/campaigns/${campaign.id}/awards/forward`} params={{}} />}
      </section>
    </>
  );
}
