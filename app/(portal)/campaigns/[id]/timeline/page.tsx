import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { MilestoneCalendar } from "@/components/compliance/milestone-calendar";
import { MilestoneTimeline } from "@/components/compliance/milestone-timeline";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getCampaignTimeline } from "@/lib/compliance/queries";
import { lastDayOf, parseMonth } from "@/lib/compliance/rules";
import { phaseOfMilestoneKind, phaseWindow, type PhaseMilestone } from "@/lib/reports/phase";
import { vnDayOf } from "@/lib/time/vn";

/** Report milestones carry the instant their phase opens (lib/reports/phase.ts), for "Mở nhận từ …". */
function withOpening<M extends PhaseMilestone>(milestones: M[]): (M & { opensAt: Date | null })[] {
  return milestones.map((m) => {
    const p = phaseOfMilestoneKind(m.kind);
    const w = p ? phaseWindow(milestones, p.phase, p.summary) : null;
    return { ...m, opensAt: w && w.milestone.id === m.id ? w.opensAt : null };
  });
}

export const metadata: Metadata = { title: "Lịch các mốc" };

export default async function TimelinePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ month?: string }> }) {
  const { id } = await params;
  const { month: monthParam } = await searchParams;
  const user = await requireUser();
  const data = await getCampaignTimeline(user, id);
  if (!data) notFound();
  const { campaign: c } = data;
  const now = new Date();
  // Default month: this month if a milestone falls in it or later, else the month of the last milestone.
  const upcoming = c.milestones.find((m) => m.dueAt.getTime() > now.getTime());
  const last = c.milestones[c.milestones.length - 1];
  const fallback = upcoming || !last ? now : new Date(last.dueAt.getTime() - 1);
  const month = parseMonth(monthParam, fallback);
  const today = vnDayOf(now);
  const base = `/campaigns/${c.id}/timeline`;

  return (
    <>
      <PageHeader
        title="Lịch các mốc"
        description={
          <span>
            Kế hoạch {c.documentNumber} · {c.issuingUnit.name}
          </span>
        }
      />
      {c.milestones.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
          Kế hoạch chưa có mốc thời gian. Bộ phận CCHC thêm các mốc khi sửa kế hoạch.
        </p>
      ) : (
        <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
          <section aria-labelledby="timeline-h">
            <h2 id="timeline-h" className="mb-3 text-lg font-semibold">
              Các mốc theo thời gian
            </h2>
            <MilestoneTimeline milestones={withOpening(c.milestones)} now={now} />
          </section>
          <section aria-labelledby="calendar-h">
            <h2 id="calendar-h" className="mb-3 text-lg font-semibold">
              Lịch hạn chót
            </h2>
            <p className="mb-2 text-sm text-slate-700">
              Ngày được đánh dấu là ngày cuối cùng để nộp: hạn “trước ngày 18/04” có hạn chót là ngày 17/04 (giờ Việt Nam).
            </p>
            <MilestoneCalendar milestones={c.milestones} month={month} today={today} hrefFor={(m) => `${base}?month=${m}`} />
            <ul className="mt-3 flex flex-wrap gap-2 text-sm" aria-label="Đi tới tháng có hạn chót">
              {[...new Set(c.milestones.map((m) => lastDayOf(m.dueAt).slice(0, 7)))].map((mm) => (
                <li key={mm}>
                  <Link href={`${base}?month=${mm}`} aria-current={mm === month ? "page" : undefined} className={`rounded-full border px-2.5 py-0.5 ${mm === month ? "border-brand-700 bg-brand-50 font-semibold" : "border-slate-300"}`}>
                    {Number(mm.slice(5, 7))}/{mm.slice(0, 4)}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </>
  );
}
