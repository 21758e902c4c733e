import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AnnounceButton, CancelVisitForm, MemberForm, RemoveMemberButton, RescheduleForm, VisitForm } from "@/components/surveys/forms";
import { Badge } from "@/components/ui/badge";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { SURVEY_REPORT_STATUS_LABELS, SURVEY_ROUND_STATUS_LABELS, SURVEY_TEAM_ROLE_LABELS } from "@/lib/surveys/labels";
import { loadRoundPage } from "@/lib/surveys/queries";
import { beforeDayOf, dayToInputVN, formatCalendarDate, formatDateTimeVN, formatDeadline, vnDayOf } from "@/lib/time/vn";

export const metadata = { title: "Đợt khảo sát" };

const control = "block min-h-10 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";
const hhmm = (d: Date) => formatDateTimeVN(d).slice(-5);

/**
 * An survey round: its team, the units to visit with their schedule and the initiatives to look at, the
 * announcement (invitations with .ics), and links to each visit's page and the round's report.
 */
export default async function RoundPage({ params, searchParams }: { params: Promise<{ roundId: string }>; searchParams: Promise<{ unit?: string; who?: string }> }) {
  const user = await requireUser();
  const { roundId } = await params;
  const { unit, who } = await searchParams;
  const data = await loadRoundPage(user, roundId, { unitId: typeof unit === "string" ? unit : undefined, who: typeof who === "string" ? who : undefined });
  if (!data) notFound();
  const { access, team, visits } = data;
  const editable = access.canManage && access.round.status !== "CLOSED";
  return (
    <>
      <PageHeader
        title={access.round.name}
        breadcrumbs={[
          { href: "/surveys", label: "Khảo sát" },
          { href: `/surveys/${access.plan.id}`, label: access.plan.title.length > 60 ? `${access.plan.title.slice(0, 60)}…` : access.plan.title },
        ]}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={access.round.status === "DRAFT" ? "amber" : access.round.status === "ANNOUNCED" ? "blue" : "gray"}>{SURVEY_ROUND_STATUS_LABELS[access.round.status]}</Badge>
            <span>
              Thời gian kế hoạch: {formatCalendarDate(access.plan.startsOn)} – {formatCalendarDate(access.plan.endsOn)}
            </span>
          </span>
        }
        actions={
          access.round.status !== "DRAFT" && (access.canLead || access.canRead) ? (
            <LinkButton href={`/surveys/rounds/${access.round.id}/report`} variant="secondary">
              Báo cáo kết quả khảo sát
            </LinkButton>
          ) : undefined
        }
      />

      <section aria-labelledby="team-title" className="mb-8">
        <h2 id="team-title" className="mb-3 text-lg font-semibold">
          Đoàn khảo sát ({team.length})
        </h2>
        {team.length === 0 ? (
          <p className="mb-3 text-slate-700">Chưa có thành viên.</p>
        ) : (
          <ul className="mb-4 flex flex-col gap-2">
            {team.map((m) => (
              <li key={m.id} className="flex flex-col gap-2 rounded-md border border-slate-300 bg-white p-3 sm:flex-row sm:items-center sm:justify-between" data-testid="team-member">
                <span>
                  <span className="font-medium">{m.user.fullName}</span> – {SURVEY_TEAM_ROLE_LABELS[m.role]}
                  <span className="block text-sm text-slate-700">
                    {m.user.jobTitle ? `${m.user.jobTitle}, ` : ""}
                    {m.user.unit.name}
                    {m.roleNote ? ` · ${m.roleNote}` : ""}
                  </span>
                </span>
                {editable && <RemoveMemberButton memberId={m.id} name={m.user.fullName} />}
              </li>
            ))}
          </ul>
        )}
        {editable && (
          <div className="rounded-lg border border-slate-300 bg-white p-4">
            <form method="get" role="search" className="mb-3 flex flex-wrap items-end gap-2">
              {unit && <input type="hidden" name="unit" value={unit} />}
              <div className="flex min-w-64 flex-1 flex-col gap-1">
                <label htmlFor="who" className="text-sm font-medium">
                  Tìm người để thêm vào đoàn (tên, tài khoản, đơn vị; không dấu cũng được)
                </label>
                <input id="who" name="who" type="search" defaultValue={who ?? ""} maxLength={100} className={control} />
              </div>
              <button type="submit" className={buttonClass("secondary")}>
                Tìm
              </button>
            </form>
            {who && data.people.length === 0 && <p className="text-sm text-slate-700">Không tìm thấy tài khoản phù hợp.</p>}
            {data.people.length > 0 && <MemberForm roundId={access.round.id} people={data.people} />}
          </div>
        )}
      </section>

      <section aria-labelledby="visits-title" className="mb-8">
        <h2 id="visits-title" className="mb-3 text-lg font-semibold">
          Lịch khảo sát ({visits.filter((v) => v.status === "SCHEDULED").length})
        </h2>
        {visits.length === 0 ? (
          <p className="mb-3 text-slate-700">Chưa có buổi khảo sát nào.</p>
        ) : (
          <ul className="mb-4 flex flex-col gap-3">
            {visits.map((v) => (
              <li key={v.id} className="rounded-lg border border-slate-300 bg-white p-4" data-testid="survey-visit">
                <p className="flex flex-wrap items-center gap-2 font-semibold">
                  <Link href={`/surveys/rounds/${access.round.id}/visits/${v.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                    {v.unit.name}
                  </Link>
                  {v.status === "CANCELLED" ? <Badge tone="red">Đã hủy</Badge> : <Badge tone={v.report?.status === "SUBMITTED" ? "green" : "gray"}>Báo cáo: {v.report ? SURVEY_REPORT_STATUS_LABELS[v.report.status] : "chưa lập"}</Badge>}
                </p>
                <p className="text-sm text-slate-800">
                  {formatDateTimeVN(v.startsAt)} – {hhmm(v.endsAt)} · {v.place} · Liên hệ: {v.contactName}
                  {v.contactPhone ? ` (${v.contactPhone})` : ""}
                </p>
                <p className="text-sm text-slate-700">Báo cáo phục vụ khảo sát: {formatDeadline(v.reportDueAt)}</p>
                {v.status === "CANCELLED" && <p className="text-sm text-red-800">Lý do hủy: {v.cancelReason}</p>}
                <ul className="mt-2 list-disc pl-5 text-sm">
                  {v.initiatives.map((i) => (
                    <li key={i.initiative.id}>
                      {i.initiative.content}
                      {i.appraisalItemId && <span className="text-slate-600"> (thẩm định đề nghị khảo sát thực tế)</span>}
                    </li>
                  ))}
                </ul>
                {editable && v.status === "SCHEDULED" && (
                  <details className="mt-3">
                    <summary className="cursor-pointer text-sm font-semibold text-brand-700">Đổi lịch hoặc hủy</summary>
                    <div className="mt-3 grid gap-4">
                      <RescheduleForm
                        visitId={v.id}
                        lockVersion={v.lockVersion}
                        date={dayToInputVN(vnDayOf(v.startsAt))}
                        startTime={hhmm(v.startsAt)}
                        endTime={hhmm(v.endsAt)}
                        place={v.place}
                        contactName={v.contactName}
                        contactPhone={v.contactPhone ?? ""}
                        note={v.note ?? ""}
                        reportDueDate={dayToInputVN(beforeDayOf(v.reportDueAt))}
                      />
                      <CancelVisitForm visitId={v.id} />
                    </div>
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
        {editable && (
          <div className="rounded-lg border border-slate-300 bg-white p-4">
            <h3 className="mb-2 font-semibold">Thêm buổi khảo sát</h3>
            <form method="get" className="mb-3 flex flex-wrap items-end gap-2">
              <div className="flex min-w-64 flex-1 flex-col gap-1">
                <label htmlFor="unit" className="text-sm font-medium">
                  Đơn vị được khảo sát
                </label>
                <select id="unit" name="unit" defaultValue={unit ?? ""} className={control}>
                  <option value="">Chọn đơn vị</option>
                  {data.unitChoices.map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className={buttonClass("secondary")}>
                Chọn đơn vị
              </button>
            </form>
            {unit && data.initiativeChoices.length === 0 && <p className="text-sm text-slate-700">Đơn vị này chưa có mô hình, giải pháp, sáng kiến nào trong Mẫu 1 đã nộp.</p>}
            {unit && data.initiativeChoices.length > 0 && <VisitForm key={unit} roundId={access.round.id} unitId={unit} initiatives={data.initiativeChoices} />}
          </div>
        )}
      </section>
      {access.canManage && access.round.status === "DRAFT" && (
        <section aria-labelledby="announce-title">
          <h2 id="announce-title" className="mb-2 text-lg font-semibold">
            Thông báo đợt khảo sát
          </h2>
          <p className="mb-3 text-sm text-slate-800">Thành viên đoàn và các đơn vị được khảo sát nhận thông báo và thư mời kèm lịch (.ics) cho từng buổi. Đổi hoặc hủy lịch sau đó sẽ gửi thông báo lại.</p>
          <AnnounceButton roundId={access.round.id} />
        </section>
      )}
    </>
  );
}
