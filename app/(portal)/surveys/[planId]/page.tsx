import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { PlanForm, RoundForm } from "@/components/surveys/forms";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { SURVEY_ROUND_STATUS_LABELS } from "@/lib/surveys/labels";
import { loadPlan } from "@/lib/surveys/queries";
import { calendarDateToInput, dayToInputVN, formatCalendarDate } from "@/lib/time/vn";

export const metadata = { title: "Kế hoạch khảo sát" };

export default async function PlanPage({ params }: { params: Promise<{ planId: string }> }) {
  const user = await requireUser();
  const { planId } = await params;
  const plan = await loadPlan(user, planId);
  if (!plan) notFound();
  return (
    <>
      <PageHeader
        title={plan.title}
        breadcrumbs={[{ href: "/surveys", label: "Khảo sát" }]}
        description={`${plan.documentNumber ? `Số ${plan.documentNumber} · ` : ""}${plan.issuingUnit.name} · thời gian từ ${formatCalendarDate(plan.startsOn)} đến ${formatCalendarDate(plan.endsOn)}`}
      />
      {plan.purpose && <p className="mb-6 whitespace-pre-line text-slate-900">{plan.purpose}</p>}
      <section aria-labelledby="rounds-title" className="mb-8">
        <h2 id="rounds-title" className="mb-3 text-lg font-semibold">
          Các đợt khảo sát
        </h2>
        {plan.rounds.length === 0 ? (
          <p className="text-slate-700">Chưa có đợt khảo sát nào.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {plan.rounds.map((r) => (
              <li key={r.id} className="rounded-md border border-slate-300 bg-white p-3">
                <Link href={`/surveys/rounds/${r.id}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
                  {r.name}
                </Link>{" "}
                <Badge tone={r.status === "DRAFT" ? "amber" : r.status === "ANNOUNCED" ? "blue" : "gray"}>{SURVEY_ROUND_STATUS_LABELS[r.status]}</Badge>
                <p className="text-sm text-slate-700">
                  {r._count.team} thành viên đoàn · {r._count.visits} buổi khảo sát
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {plan.canManage && (
        <details className="mb-8">
          <summary className="cursor-pointer text-sm font-semibold text-brand-700">Sửa kế hoạch</summary>
          <div className="mt-3">
            <PlanForm
              year={plan.year}
              plan={{
                planId: plan.id,
                lockVersion: plan.lockVersion,
                title: plan.title,
                documentNumber: plan.documentNumber ?? "",
                year: plan.year,
                startsOn: dayToInputVN(calendarDateToInput(plan.startsOn)),
                endsOn: dayToInputVN(calendarDateToInput(plan.endsOn)),
                purpose: plan.purpose ?? "",
              }}
            />
          </div>
        </details>
      )}
      {plan.canManage && (
        <section aria-labelledby="new-round-title">
          <h2 id="new-round-title" className="mb-3 text-lg font-semibold">
            Tạo đợt khảo sát
          </h2>
          <RoundForm planId={plan.id} defaultName={`Đợt ${plan.rounds.length + 1}`} />
        </section>
      )}
    </>
  );
}
