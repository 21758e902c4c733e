import { notFound } from "next/navigation";
import { CloseRoundButton, DraftButton, ProposalForm, RoundReportForm } from "@/components/surveys/forms";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { SURVEY_PROPOSAL_LABELS, SURVEY_ROUND_STATUS_LABELS } from "@/lib/surveys/labels";
import { loadRoundReport } from "@/lib/surveys/queries";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata = { title: "Báo cáo kết quả khảo sát" };

/** The round's report: generated draft, edited by the leader, a proposal per initiative, .docx, closing the round. */
export default async function RoundReportPage({ params }: { params: Promise<{ roundId: string }> }) {
  const user = await requireUser();
  const { roundId } = await params;
  const data = await loadRoundReport(user, roundId);
  if (!data || data.round.status === "DRAFT") notFound();
  const { access, round } = data;
  const editable = access.canLead && round.status === "ANNOUNCED";
  const proposalOf = new Map(round.proposals.map((p) => [p.initiativeId, p]));
  return (
    <>
      <PageHeader
        title="Báo cáo kết quả khảo sát"
        breadcrumbs={[
          { href: "/surveys", label: "Khảo sát" },
          { href: `/surveys/rounds/${round.id}`, label: round.name },
        ]}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={round.status === "CLOSED" ? "gray" : "blue"}>{SURVEY_ROUND_STATUS_LABELS[round.status]}</Badge>
            {round.reportUpdatedAt && <span>Cập nhật {formatDateTimeVN(round.reportUpdatedAt)}</span>}
          </span>
        }
        actions={
          <span className="flex flex-wrap gap-2">
            <a href={`/surveys/rounds/${round.id}/report/docx`} className={buttonClass("secondary")}>
              Tải .docx
            </a>
            <a href={`/surveys/rounds/${round.id}/report/docx?format=pdf`} className={buttonClass("secondary")}>
              Tải PDF
            </a>
          </span>
        }
      />
      {editable && (
        <div className="mb-4">
          <DraftButton roundId={round.id} lockVersion={round.lockVersion} hasText={!!round.reportSummary} />
        </div>
      )}
      {editable ? (
        <RoundReportForm
          key={round.lockVersion}
          roundId={round.id}
          lockVersion={round.lockVersion}
          reportSummary={round.reportSummary ?? ""}
          reportAssessment={round.reportAssessment ?? ""}
          reportProposals={round.reportProposals ?? ""}
        />
      ) : (
        <div className="flex flex-col gap-4">
          {[
            ["I. Kết quả khảo sát", round.reportSummary],
            ["II. Đánh giá chung", round.reportAssessment],
            ["III. Đề xuất, kiến nghị", round.reportProposals],
          ].map(([h, t]) => (
            <section key={h}>
              <h2 className="mb-1 font-semibold">{h}</h2>
              <p className="whitespace-pre-line">{t || "—"}</p>
            </section>
          ))}
        </div>
      )}
      <section aria-labelledby="proposals-title" className="mt-8">
        <h2 id="proposals-title" className="mb-3 text-lg font-semibold">
          Đề xuất cho từng mô hình, giải pháp, sáng kiến
        </h2>
        <ol className="flex flex-col gap-3">
          {round.visits.flatMap((v) =>
            v.initiatives.map(({ initiative }) => {
              const p = proposalOf.get(initiative.id);
              return (
                <li key={`${v.unit.name}-${initiative.id}`} className="rounded-lg border border-slate-300 bg-white p-4" data-testid="survey-proposal">
                  <p className="font-medium">{initiative.content}</p>
                  <p className="mb-2 text-sm text-slate-700">
                    {v.unit.name} · {p ? <Badge tone={p.kind === "NONE" ? "gray" : "green"}>{SURVEY_PROPOSAL_LABELS[p.kind]}</Badge> : <Badge tone="amber">Chưa có đề xuất</Badge>}
                    {p?.kind === "REPLICATE" && p.replicateWhere ? ` · nhân rộng tại ${p.replicateWhere}` : ""}
                  </p>
                  {editable && <ProposalForm roundId={round.id} initiativeId={initiative.id} kind={p?.kind ?? ""} replicateWhere={p?.replicateWhere ?? ""} reason={p?.reason ?? ""} />}
                </li>
              );
            }),
          )}
        </ol>
      </section>
      {editable && (
        <section className="mt-8">
          <CloseRoundButton roundId={round.id} lockVersion={round.lockVersion} />
        </section>
      )}
    </>
  );
}
