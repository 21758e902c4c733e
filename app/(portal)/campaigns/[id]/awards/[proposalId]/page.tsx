import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ProposalDossierView } from "@/components/awards/proposal-dossier";
import { ReviewDecisionPanel } from "@/components/awards/review-decision-panel";
import { RecordHistory } from "@/components/audit/record-history";
import { PageHeader } from "@/components/ui/page-header";
import { SESSION_STATUS_LABELS } from "@/lib/awards/labels";
import { loadProposalDossier, missingDocuments } from "@/lib/awards/proposals/queries";
import { getProposalForReview } from "@/lib/awards/review/queries";
import { requireUser } from "@/lib/auth/session";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Kiểm tra hồ sơ đề nghị khen thưởng" };

function statusNote(status: string, admittedAt: Date | null): string {
  if (status === "RETURNED") return "Hồ sơ đã được trả lại cho đơn vị; sẽ kiểm tra tiếp khi đơn vị nộp lại.";
  const at = admittedAt ? ` (tiếp nhận lúc ${formatDateTimeVN(admittedAt)})` : "";
  if (status === "ADMITTED") return `Hồ sơ đã được tiếp nhận${at} và chờ đưa vào phiên họp Hội đồng.`;
  return `Hồ sơ đã qua bước kiểm tra của Thường trực Thi đua${at}.`;
}

export default async function ProposalReviewPage({ params }: { params: Promise<{ id: string; proposalId: string }> }) {
  const { id, proposalId } = await params;
  const user = await requireUser();
  const view = await getProposalForReview(user, id, proposalId);
  if (!view) notFound();
  const { proposal: p, campaign } = view;
  // The dossier as the proposal's own component shows it (loaded once, also for the missing documents).
  const dossier = await loadProposalDossier(user, p.id);

  return (
    <>
      <PageHeader
        title={`Hồ sơ đề nghị khen thưởng – ${p.nomineeName}`}
        description={
          <>
            {p.awardForm.name} · {p.unit.name} · Kế hoạch {campaign.documentNumber}
          </>
        }
        breadcrumbs={[{ href: `/campaigns/${id}/awards`, label: "Đề nghị khen thưởng" }]}
      />

      {view.isReviewer && (
        <div className="mb-6">
          <ReviewDecisionPanel
            campaignId={id}
            proposalId={p.id}
            lockVersion={p.lockVersion}
            nomineeName={p.nomineeName}
            failsHardCriterion={p.failsHardCriterion}
            failedHardCriteria={p.failedHardCriteria}
            missingDocuments={dossier ? missingDocuments(dossier.documents) : []}
            canReviewNow={view.canReviewNow}
            statusNote={statusNote(p.status, p.admittedAt)}
          />
        </div>
      )}

      {view.sessions.length > 0 && (
        <section aria-labelledby="sessions-h" className="mb-6 rounded-md border border-slate-300 bg-white p-4 text-sm">
          <h2 id="sessions-h" className="mb-1 font-semibold">
            Phiên họp Hội đồng xét hồ sơ này
          </h2>
          <ul className="flex flex-col gap-1">
            {view.sessions.map((s) => (
              <li key={s.id}>
                <Link href={view.canManageCouncil ? `/council/sessions/${s.id}/manage` : `/council/sessions/${s.id}`} className="text-brand-700 underline">
                  {s.title}
                </Link>{" "}
                · {formatDateTimeVN(s.meetingAt)} · {SESSION_STATUS_LABELS[s.status]}
              </li>
            ))}
          </ul>
        </section>
      )}

      {dossier && <ProposalDossierView view={dossier} />}

      <RecordHistory entityType="AwardProposal" entityId={p.id} />
    </>
  );
}
