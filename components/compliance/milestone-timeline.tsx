import { Badge } from "@/components/ui/badge";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { describeTimeLeft, formatDateVN, formatDeadline } from "@/lib/time/vn";

export interface TimelineMilestone {
  id: string;
  name: string;
  deliverable: string | null;
  responsibleRole: Role;
  dueAt: Date;
  /** Reports: when submissions open (shown while still ahead). */
  opensAt?: Date | null;
}

/** Milestones on a vertical timeline in date order, with today's marker where it falls. */
export function MilestoneTimeline({ milestones, now }: { milestones: TimelineMilestone[]; now: Date }) {
  const sorted = [...milestones].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const todayIndex = sorted.findIndex((m) => m.dueAt.getTime() > now.getTime());
  const at = todayIndex === -1 ? sorted.length : todayIndex;
  const items: ({ type: "today" } | { type: "m"; m: TimelineMilestone })[] = sorted.map((m) => ({ type: "m" as const, m }));
  items.splice(at, 0, { type: "today" });

  return (
    <ol className="relative ml-3 border-l-2 border-slate-300">
      {items.map((it) =>
        it.type === "today" ? (
          <li key="today" className="relative mb-6 pl-6" data-today>
            <span className="absolute -left-[9px] top-1 h-4 w-4 rounded-full border-2 border-white bg-brand-700 ring-2 ring-brand-700" aria-hidden="true" />
            <p className="inline-block rounded-md bg-brand-700 px-2 py-0.5 text-sm font-semibold text-white">Hôm nay {formatDateVN(now)}</p>
          </li>
        ) : (
          <TimelineItem key={it.m.id} m={it.m} now={now} />
        ),
      )}
    </ol>
  );
}

function TimelineItem({ m, now }: { m: TimelineMilestone; now: Date }) {
  const passed = now.getTime() >= m.dueAt.getTime();
  return (
    <li className="relative mb-6 pl-6" data-milestone={m.id}>
      <span
        className={`absolute -left-[7px] top-1.5 h-3 w-3 rounded-full border-2 ${passed ? "border-slate-500 bg-slate-400" : "border-brand-700 bg-white"}`}
        aria-hidden="true"
      />
      <p className="text-sm font-semibold text-slate-900">
        {formatDeadline(m.dueAt)}{" "}
        {passed ? <Badge tone="gray">Đã qua</Badge> : <Badge tone="blue">Sắp tới · {describeTimeLeft(m.dueAt, now)}</Badge>}
      </p>
      <p className="mt-1">
        {m.deliverable && <span className="font-medium">{m.deliverable}: </span>}
        {m.name}
      </p>
      <p className="text-sm text-slate-700">Chịu trách nhiệm: {ROLE_LABELS[m.responsibleRole]}</p>
      {m.opensAt && m.opensAt.getTime() > now.getTime() && <p className="text-sm text-slate-700">Mở nhận từ {formatDateVN(m.opensAt)}</p>}
    </li>
  );
}
