import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ConflictForm } from "@/components/appraisal/scoring/conflict-form";
import { AppraisalDossier } from "@/components/appraisal/scoring/dossier";
import { OthersScores } from "@/components/appraisal/scoring/others-scores";
import { ScoreForm } from "@/components/appraisal/scoring/score-form";
import { AssignmentStatusBadge } from "@/components/appraisal/scoring/status-badge";
import { SubmittedScores } from "@/components/appraisal/scoring/submitted-scores";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getScoringView } from "@/lib/appraisal/scoring/queries";
import { SCORING_MESSAGES } from "@/lib/appraisal/scoring/schemas";
import { requireUser } from "@/lib/auth/session";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata = { title: "Chấm điểm thẩm định" };

/**
 * One item of the evaluator's queue: the initiative's whole dossier, then the score sheet (draft,
 * submit) or, once submitted or when the round is closed, what was sent. 404 for anyone but the
 * assignment's evaluator while an active member of the panel.
 */
export default async function ScoringPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const [{ assignmentId }, user] = await Promise.all([params, requireUser()]);
  const v = await getScoringView(user, assignmentId);
  if (!v) notFound();
  const { assignment: a, round, criteria, neighbours } = v;
  const open = round.status === "OPEN";
  const editable = open && !v.ownUnit && (a.status === "ASSIGNED" || a.status === "DRAFT");
  const initial = Object.fromEntries(a.scores.map((s) => [s.criterionId, { points: s.points, comment: s.comment }]));

  const nav = (
    <nav aria-label="Nội dung trước, sau trong danh sách của bạn" className="flex flex-wrap items-center justify-between gap-2 text-sm">
      {neighbours.prev ? (
        <Link href={`/appraisal/${neighbours.prev}`} className="text-brand-700 underline underline-offset-2" rel="prev">
          ← Nội dung trước
        </Link>
      ) : (
        <span className="text-slate-500">← Nội dung trước</span>
      )}
      <span className="text-slate-700">
        Nội dung {neighbours.position}/{neighbours.count}
      </span>
      {neighbours.next ? (
        <Link href={`/appraisal/${neighbours.next}`} className="text-brand-700 underline underline-offset-2" rel="next">
          Nội dung sau →
        </Link>
      ) : (
        <span className="text-slate-500">Nội dung sau →</span>
      )}
    </nav>
  );

  return (
    <>
      <PageHeader
        title="Chấm điểm thẩm định"
        breadcrumbs={[{ href: "/appraisal", label: "Thẩm định" }]}
        description={
          <>
            <p>
              {round.name} · Kế hoạch số {round.campaign.documentNumber}
            </p>
            <p>Hạn chấm: {formatDateTimeVN(round.dueAt)}</p>
          </>
        }
      />
      <div className="mb-4">{nav}</div>

      <div className="mb-4 flex flex-wrap items-center gap-2">
        <h2 className="sr-only">Trạng thái</h2>
        <AssignmentStatusBadge status={a.status} />
        {a.submittedAt && <span className="text-sm text-slate-700">Đã gửi lúc {formatDateTimeVN(a.submittedAt)}</span>}
      </div>

      {round.status === "CLOSED" && (
        <Alert tone="info" className="mb-4">
          Đợt thẩm định đã kết thúc: không thay đổi được điểm.
        </Alert>
      )}
      {v.ownUnit && a.status !== "DECLINED" && (
        <Alert tone="warning" className="mb-4">
          {SCORING_MESSAGES.ownUnit} Vui lòng khai báo xung đột lợi ích để nội dung được phân công cho thành viên khác.
        </Alert>
      )}

      {a.status === "DECLINED" || !v.dossier ? (
        <section aria-labelledby="declined-title" className="rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="declined-title" className="text-lg font-semibold">
            {v.initiative.content}
          </h2>
          <p className="text-sm text-slate-700">{v.initiative.unitName}</p>
          <Alert tone="info" className="mt-3" title="Bạn đã từ chối chấm nội dung này do xung đột lợi ích.">
            {a.conflictReason && <p>Lý do: {a.conflictReason}</p>}
          </Alert>
        </section>
      ) : (
        <div className="flex flex-col gap-6">
          <section aria-labelledby="dossier-title">
            <h2 id="dossier-title" className="mb-3 text-lg font-semibold">
              Hồ sơ nội dung
            </h2>
            <AppraisalDossier dossier={v.dossier} />
          </section>

          {v.others && <OthersScores others={v.others} criteria={criteria} />}

          {editable ? (
            <ScoreForm assignmentId={a.id} lockVersion={a.lockVersion} criteria={criteria} initial={initial} />
          ) : (
            <SubmittedScores criteria={criteria} scores={a.scores} title={a.status === "SUBMITTED" ? "Kết quả chấm bạn đã gửi" : "Điểm của bạn"} />
          )}

          {open && (a.status === "ASSIGNED" || a.status === "DRAFT") && (
            <section className="rounded-lg border border-slate-300 bg-white p-4">
              <ConflictForm assignmentId={a.id} />
            </section>
          )}
        </div>
      )}

      <div className="mt-6">{nav}</div>
    </>
  );
}
