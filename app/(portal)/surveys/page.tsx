import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { SURVEY_ROUND_STATUS_LABELS, SURVEY_TEAM_ROLE_LABELS } from "@/lib/surveys/labels";
import { listSurveyHome } from "@/lib/surveys/queries";
import { formatCalendarDate, formatDateTimeVN } from "@/lib/time/vn";

export const metadata = { title: "Khảo sát" };

/** "Khảo sát": the rounds the user is on the team of (with their visits), and the survey plans they organise or read. */
export default async function SurveysPage() {
  const user = await requireUser();
  const home = await listSurveyHome(user);
  if (!home.canCreate && home.plans.length === 0 && home.teams.length === 0) notFound();
  return (
    <>
      <PageHeader
        title="Khảo sát mô hình, giải pháp, sáng kiến"
        description="Kế hoạch khảo sát theo đợt, đoàn khảo sát, lịch làm việc tại đơn vị, kết quả khảo sát và đề xuất công nhận, nhân rộng."
        actions={home.canCreate ? <LinkButton href="/surveys/new">Lập kế hoạch khảo sát</LinkButton> : undefined}
      />
      {home.teams.length > 0 && (
        <section aria-labelledby="team-title" className="mb-8">
          <h2 id="team-title" className="mb-3 text-lg font-semibold">
            Đoàn khảo sát tôi tham gia
          </h2>
          <ul className="flex flex-col gap-3">
            {home.teams.map((t) => (
              <li key={t.round.id} className="rounded-lg border border-slate-300 bg-white p-4" data-testid="my-survey-round">
                <p className="font-semibold">
                  <Link href={`/surveys/rounds/${t.round.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                    {t.round.name}
                  </Link>{" "}
                  <Badge tone={t.round.status === "CLOSED" ? "gray" : "blue"}>{SURVEY_ROUND_STATUS_LABELS[t.round.status]}</Badge>
                </p>
                <p className="text-sm text-slate-700">
                  {t.round.plan.title} · Vai trò: {SURVEY_TEAM_ROLE_LABELS[t.role]}
                </p>
                <ul className="mt-2 list-disc pl-5 text-sm">
                  {t.round.visits.map((v) => (
                    <li key={v.id}>
                      <Link href={`/surveys/rounds/${t.round.id}/visits/${v.id}`} className="text-brand-700 underline">
                        {v.unit.name}
                      </Link>{" "}
                      – {formatDateTimeVN(v.startsAt)}, {v.place}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}
      {(home.canCreate || home.plans.length > 0) && (
        <section aria-labelledby="plans-title">
          <h2 id="plans-title" className="mb-3 text-lg font-semibold">
            Kế hoạch khảo sát
          </h2>
          {home.plans.length === 0 ? (
            <p className="text-slate-700">Chưa có kế hoạch khảo sát nào.</p>
          ) : (
            <ul className="flex flex-col gap-3">
              {home.plans.map((p) => (
                <li key={p.id} className="rounded-lg border border-slate-300 bg-white p-4">
                  <Link href={`/surveys/${p.id}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
                    {p.title}
                  </Link>
                  <p className="text-sm text-slate-700">
                    {p.documentNumber ? `Số ${p.documentNumber} · ` : ""}
                    {p.issuingUnit.name} · từ {formatCalendarDate(p.startsOn)} đến {formatCalendarDate(p.endsOn)} · {p._count.rounds} đợt
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
