import { notFound } from "next/navigation";
import { InitiativeDossier } from "@/components/surveys/initiative-dossier";
import { SubmitUnitReportButton, UnitReportForm } from "@/components/surveys/unit-report-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { formatFigure } from "@/lib/library/labels";
import { CANCELLED_VISIT_MESSAGE } from "@/lib/surveys/rules";
import { SURVEY_TEAM_ROLE_LABELS } from "@/lib/surveys/labels";
import { loadVisitPage } from "@/lib/surveys/queries";
import { describeTimeLeft, formatDateTimeVN, formatDeadline } from "@/lib/time/vn";

export const metadata = { title: "Báo cáo phục vụ khảo sát" };

/** The visited unit's report for one visit: prefilled from what the portal holds, saved as a draft, sent by the head. */
export default async function UnitVisitPage({ params }: { params: Promise<{ visitId: string }> }) {
  const user = await requireUser();
  const { visitId } = await params;
  const data = await loadVisitPage(user, visitId);
  if (!data || !data.access.canEditReport) notFound();
  const { visit, access } = data;
  const report = visit.report;
  const submitted = report?.status === "SUBMITTED";
  const editable = !submitted && visit.status === "SCHEDULED" && visit.round.status === "ANNOUNCED";
  const now = new Date();
  // First opening: each part is prefilled from the Đề cương and the figures the unit already recorded.
  const parts = visit.initiatives.map(({ initiative }) => {
    const saved = report?.parts.find((p) => p.initiativeId === initiative.id);
    const figures = initiative.results.map((r) => `${r.indicator}: ${formatFigure(r)}`).join("; ");
    const prefill = [initiative.reportParts[0]?.results, figures ? `Số liệu: ${figures}.` : null].filter(Boolean).join("\n");
    return {
      initiativeId: initiative.id,
      content: initiative.content,
      results: saved ? (saved.results ?? "") : prefill,
      limitations: saved?.limitations ?? "",
      difficulties: saved?.difficulties ?? "",
      satisfaction: saved?.satisfaction ?? "",
      rate: saved?.satisfactionRate != null ? String(saved.satisfactionRate).replace(".", ",") : "",
    };
  });
  return (
    <>
      <PageHeader
        title="Báo cáo phục vụ khảo sát"
        breadcrumbs={[{ href: "/unit/surveys", label: "Khảo sát tại đơn vị" }]}
        description={`${visit.unit.name} · ${visit.round.plan.issuingUnit.name}, ${visit.round.name} · ${formatDateTimeVN(visit.startsAt)} – ${formatDateTimeVN(visit.endsAt).slice(-5)}, ${visit.place}`}
      />
      {visit.status === "CANCELLED" && <Alert tone="error">{CANCELLED_VISIT_MESSAGE} Lý do: {visit.cancelReason}</Alert>}
      <p className="mb-2 text-sm text-slate-800">Đoàn khảo sát: {visit.round.team.map((t) => `${t.user.fullName} (${SURVEY_TEAM_ROLE_LABELS[t.role]}, ${t.user.unit.name})`).join("; ")}</p>
      <p className="mb-6 flex flex-wrap items-center gap-2 text-sm">
        <span>Gửi báo cáo {formatDeadline(visit.reportDueAt)}</span>
        {submitted ? (
          <Badge tone={report!.isLate ? "amber" : "green"}>
            Đã gửi {formatDateTimeVN(report!.submittedAt)}
            {report!.isLate ? " (trễ hạn)" : ""}
          </Badge>
        ) : (
          visit.status === "SCHEDULED" && <Badge tone={now >= visit.reportDueAt ? "red" : "amber"}>{describeTimeLeft(visit.reportDueAt, now)}</Badge>
        )}
      </p>
      <section aria-labelledby="dossier-title" className="mb-6">
        <h2 id="dossier-title" className="mb-2 text-lg font-semibold">
          Dữ liệu đã có trên cổng
        </h2>
        <ul className="flex flex-col gap-2">
          {visit.initiatives.map(({ initiative }) => (
            <li key={initiative.id}>
              <p className="font-medium">{initiative.content}</p>
              <InitiativeDossier initiative={initiative} />
            </li>
          ))}
        </ul>
      </section>
      {editable ? (
        <div className="flex flex-col gap-6">
          <UnitReportForm visitId={visit.id} lockVersion={report?.lockVersion ?? 0} general={report?.general ?? ""} parts={parts} />
          {access.canSubmitReport && report && <SubmitUnitReportButton visitId={visit.id} lockVersion={report.lockVersion} />}
          {access.canSubmitReport && !report && <p className="text-sm text-slate-700">Lưu báo cáo trước, rồi gửi cho đoàn khảo sát.</p>}
          {!access.canSubmitReport && <p className="text-sm text-slate-700">Trưởng đơn vị gửi báo cáo cho đoàn khảo sát.</p>}
        </div>
      ) : (
        report && (
          <section aria-labelledby="sent-title">
            <h2 id="sent-title" className="mb-2 text-lg font-semibold">
              Báo cáo {submitted ? "đã gửi" : "(bản nháp)"}
            </h2>
            {report.general && <p className="mb-3 whitespace-pre-line">{report.general}</p>}
            <ol className="flex list-decimal flex-col gap-3 pl-5">
              {parts.map((p) => (
                <li key={p.initiativeId}>
                  <p className="font-medium">{p.content}</p>
                  <p className="whitespace-pre-line text-sm">Kết quả: {p.results || "—"}</p>
                  <p className="whitespace-pre-line text-sm">Hạn chế: {p.limitations || "—"}</p>
                  <p className="whitespace-pre-line text-sm">Khó khăn: {p.difficulties || "—"}</p>
                  <p className="whitespace-pre-line text-sm">
                    Sự hài lòng: {p.satisfaction || "—"}
                    {p.rate ? ` (${p.rate}%)` : ""}
                  </p>
                </li>
              ))}
            </ol>
          </section>
        )
      )}
    </>
  );
}
