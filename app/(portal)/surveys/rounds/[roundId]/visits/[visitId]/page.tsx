import { notFound } from "next/navigation";
import { InitiativeDossier } from "@/components/surveys/initiative-dossier";
import { FindingForm } from "@/components/surveys/forms";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { SATISFACTION_IMPACT_LABELS, SURVEY_TEAM_ROLE_LABELS } from "@/lib/surveys/labels";
import { loadVisitPage } from "@/lib/surveys/queries";
import { formatDateTimeVN, formatDeadline } from "@/lib/time/vn";

export const metadata = { title: "Buổi khảo sát" };

/** The team's page of one visit: the unit's report once sent, each initiative's dossier, and the findings. */
export default async function VisitPage({ params }: { params: Promise<{ roundId: string; visitId: string }> }) {
  const user = await requireUser();
  const { roundId, visitId } = await params;
  const data = await loadVisitPage(user, visitId);
  if (!data || !data.access.round || data.visit.roundId !== roundId) notFound();
  const { visit, access } = data;
  const member = access.round!.member;
  const canWrite = member !== null && visit.round.status === "ANNOUNCED" && visit.status === "SCHEDULED";
  const submitted = visit.report?.status === "SUBMITTED" ? visit.report : null;
  return (
    <>
      <PageHeader
        title={`Khảo sát tại ${visit.unit.name}`}
        breadcrumbs={[
          { href: "/surveys", label: "Khảo sát" },
          { href: `/surveys/rounds/${roundId}`, label: visit.round.name },
        ]}
        description={`${formatDateTimeVN(visit.startsAt)} – ${formatDateTimeVN(visit.endsAt).slice(-5)} · ${visit.place} · Liên hệ: ${visit.contactName}${visit.contactPhone ? ` (${visit.contactPhone})` : ""}`}
      />
      {visit.status === "CANCELLED" && <p className="mb-4 font-medium text-red-800">Buổi khảo sát đã bị hủy: {visit.cancelReason}</p>}
      <p className="mb-2 text-sm text-slate-800">
        Đoàn: {visit.round.team.map((t) => `${t.user.fullName} (${SURVEY_TEAM_ROLE_LABELS[t.role]})`).join(", ")}
      </p>
      <p className="mb-6 text-sm">
        Báo cáo của đơn vị ({formatDeadline(visit.reportDueAt)}):{" "}
        {submitted ? <Badge tone={submitted.isLate ? "amber" : "green"}>Đã gửi {formatDateTimeVN(submitted.submittedAt)}{submitted.isLate ? " (trễ hạn)" : ""}</Badge> : <Badge tone="gray">Chưa gửi</Badge>}
      </p>
      {submitted?.general && (
        <section className="mb-6">
          <h2 className="mb-1 font-semibold">Tình hình chung (báo cáo của đơn vị)</h2>
          <p className="whitespace-pre-line">{submitted.general}</p>
        </section>
      )}
      <ol className="flex flex-col gap-6">
        {visit.initiatives.map(({ initiative }, i) => {
          const part = submitted?.parts.find((p) => p.initiativeId === initiative.id);
          const mine = visit.findings.find((f) => f.initiativeId === initiative.id && f.memberId === member?.id);
          const others = visit.findings.filter((f) => f.initiativeId === initiative.id && f.memberId !== member?.id);
          return (
            <li key={initiative.id} className="rounded-lg border border-slate-300 bg-white p-4" data-testid="visit-initiative">
              <h2 className="mb-2 font-semibold">
                {i + 1}. {initiative.content}
              </h2>
              <InitiativeDossier initiative={initiative} />
              {part && (
                <dl className="mt-3 grid gap-1 text-sm sm:grid-cols-[12rem_1fr]">
                  <dt className="font-medium text-slate-700">Đơn vị báo cáo – kết quả</dt>
                  <dd className="whitespace-pre-line">{part.results ?? "—"}</dd>
                  <dt className="font-medium text-slate-700">Hạn chế</dt>
                  <dd className="whitespace-pre-line">{part.limitations ?? "—"}</dd>
                  <dt className="font-medium text-slate-700">Khó khăn</dt>
                  <dd className="whitespace-pre-line">{part.difficulties ?? "—"}</dd>
                  <dt className="font-medium text-slate-700">Sự hài lòng</dt>
                  <dd className="whitespace-pre-line">
                    {part.satisfaction ?? "—"}
                    {part.satisfactionRate != null ? ` (${part.satisfactionRate.toLocaleString("vi-VN")}%)` : ""}
                  </dd>
                </dl>
              )}
              {others.length > 0 && (
                <div className="mt-3">
                  <h3 className="text-sm font-semibold">Ghi nhận của thành viên khác</h3>
                  <ul className="mt-1 flex flex-col gap-2 text-sm">
                    {others.map((f) => (
                      <li key={f.id} className="rounded-md border border-slate-200 p-2">
                        <span className="font-medium">{f.member.user.fullName}</span>
                        {f.achieved && <span className="block">Kết quả: {f.achieved}</span>}
                        {f.limitations && <span className="block">Hạn chế: {f.limitations}</span>}
                        {f.difficulties && <span className="block">Khó khăn: {f.difficulties}</span>}
                        {f.recommendations && <span className="block">Đề xuất: {f.recommendations}</span>}
                        {f.satisfactionImpact && <span className="block">Tác động đến sự hài lòng: {SATISFACTION_IMPACT_LABELS[f.satisfactionImpact]}</span>}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {canWrite && (
                <div className="mt-4">
                  <h3 className="mb-2 text-sm font-semibold">Kết quả khảo sát của tôi</h3>
                  <FindingForm
                    visitId={visit.id}
                    initiativeId={initiative.id}
                    achieved={mine?.achieved ?? ""}
                    limitations={mine?.limitations ?? ""}
                    difficulties={mine?.difficulties ?? ""}
                    recommendations={mine?.recommendations ?? ""}
                    satisfactionImpact={mine?.satisfactionImpact ?? ""}
                    impactNote={mine?.impactNote ?? ""}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
