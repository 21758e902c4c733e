import { notFound } from "next/navigation";
import { RecordHistory } from "@/components/audit/record-history";
import { ProposalDossierView, proposalVersionHref } from "@/components/awards/proposal-dossier";
import { ProposalDocuments } from "@/components/awards/proposal-documents";
import { ProposalEditor } from "@/components/awards/proposal-editor";
import { ProposalStatusBadge } from "@/components/awards/proposal-status-badge";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { SubmissionHistoryView } from "@/components/ui/submission-history";
import { requireUser } from "@/lib/auth/session";
import { getProposalPage, loadProposalDossier } from "@/lib/awards/proposals/queries";
import { formatDateTimeVN, formatDeadline } from "@/lib/time/vn";

export const metadata = { title: "Đề nghị khen thưởng" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * One award proposal. The proposing unit's head and staff edit it while it is a draft or returned
 * (nominee, award form, achievements, declarations, live criteria, the dossier's documents; the head
 * confirms and submits); everyone allowed to read it (the unit after submission, the standing office,
 * leadership, council members, the nominee, the parent organisation through a forwarded copy) sees
 * the read-only dossier. Anyone else: 404.
 */
export default async function ProposalPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ id }, sp, user] = await Promise.all([params, searchParams, requireUser()]);
  const page = await getProposalPage(user, id);
  if (!page) notFound();
  const listHref = `/unit/campaigns/${page.campaign.id}/awards?unit=${encodeURIComponent(page.unit.id)}`;
  const breadcrumbs = page.member
    ? [
        { href: "/unit", label: "Đơn vị của tôi" },
        { href: listHref, label: "Đề nghị khen thưởng" },
      ]
    : page.seesAudit
      ? [{ href: `/campaigns/${page.campaign.id}/awards`, label: `Khen thưởng – Kế hoạch ${page.campaign.documentNumber}` }]
      : [{ href: "/account/awards", label: "Khen thưởng của tôi" }];
  const header = (
    <PageHeader
      title={`Đề nghị khen thưởng: ${page.nomineeName}`}
      breadcrumbs={breadcrumbs}
      description={
        <>
          <p>
            Kế hoạch số <span className="font-semibold">{page.campaign.documentNumber}</span> của {page.campaign.issuingUnitName}
          </p>
          <p className="mt-1">
            Đơn vị đề nghị: <span className="font-semibold">{page.unit.name}</span>
          </p>
        </>
      }
    />
  );
  const nop = Number(one(sp.nop));
  const justSubmitted = Number.isInteger(nop) && nop > 0 && page.submittedVersion === nop;

  if (page.mode === "view") {
    const view = await loadProposalDossier(user, id);
    if (!view) notFound();
    return (
      <>
        {header}
        {justSubmitted && (
          <Alert tone="success" className="mb-4" title={`Đã nộp đề nghị khen thưởng (phiên bản ${nop})`}>
            {page.isLate && nop === 1 ? "Đề nghị được ghi nhận nộp trễ hạn. " : ""}Thường trực Hội đồng Thi đua - Khen thưởng sẽ kiểm tra hồ sơ và phản hồi.
          </Alert>
        )}
        {page.member && page.problem && page.status !== "DRAFT" && page.status !== "RETURNED" && (
          <p className="mb-3 text-sm text-slate-700">Đề nghị đã nộp: nội dung dưới đây chỉ xem; khi Thường trực Hội đồng trả lại, đơn vị mới sửa và nộp lại được.</p>
        )}
        <ProposalDossierView view={view} />
        {page.seesAudit && <RecordHistory entityType="AwardProposal" entityId={id} />}
      </>
    );
  }

  const d = page.options.deadline;
  const now = new Date();
  return (
    <>
      {header}
      <p className="mb-4 flex flex-wrap items-center gap-2 text-sm text-slate-700" data-testid="proposal-status">
        <ProposalStatusBadge status={page.status} isLate={page.isLate} />
        {page.lastSubmittedAt && <span>Nộp gần nhất {formatDateTimeVN(page.lastSubmittedAt)}</span>}
        {d.dueAt && <span>· Hạn nộp {formatDeadline(d.dueAt)}</span>}
      </p>
      {one(sp.moi) === "1" && (
        <Alert tone="success" className="mb-4" title="Đã lưu nháp đề nghị khen thưởng">
          Tiếp theo: đính kèm hồ sơ (hoặc “Tạo bản thảo” rồi tải lên bản đã ký), kê khai các tiêu chí, rồi trưởng đơn vị xác nhận và nộp.
        </Alert>
      )}
      {page.status === "RETURNED" && (
        <Alert tone="warning" className="mb-4" title="Thường trực Hội đồng trả lại để chỉnh sửa">
          {page.returnComment && <p className="whitespace-pre-line">Ý kiến: {page.returnComment}</p>}
          <p className="mt-1">Chỉnh sửa rồi xác nhận và nộp lại; các phiên bản đã nộp vẫn được lưu.</p>
        </Alert>
      )}
      <ProposalEditor
        values={page.values}
        forms={page.options.forms}
        nominees={page.options.nominees}
        initialFacts={page.facts}
        canSubmit={page.canSubmit}
        deletable={page.status === "DRAFT" && page.submittedVersion === 0}
        unitName={page.unit.name}
        listHref={listHref}
        deadlineText={d.dueAt ? formatDeadline(d.dueAt) : null}
        deadlinePassed={!!d.dueAt && now.getTime() >= d.dueAt.getTime()}
        documents={<ProposalDocuments documents={page.documents} proposalId={page.id} editable />}
      />
      <SubmissionHistoryView
        history={page.history}
        versionHref={(n) => proposalVersionHref(page.id, n)}
        reviewLabel={(a) => (a === "SUBMIT" ? "Đơn vị xác nhận và nộp" : a === "RETURN" ? "Thường trực Hội đồng trả lại" : a === "ACCEPT" ? "Thường trực Hội đồng xác nhận đủ điều kiện" : a)}
        reviewsHeading="Kiểm tra và xử lý"
      />
      <RecordHistory entityType="AwardProposal" entityId={id} />
    </>
  );
}
