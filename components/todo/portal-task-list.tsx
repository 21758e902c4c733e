import type { PortalTask } from "@/lib/todo/task";
import { TaskCard } from "./task-card";

/** Tasks of issue 13 on "Việc cần làm": survey reports before a visit, assigned replication. */
export function PortalTaskGroup({ id, title, items, now }: { id: string; title: string; items: PortalTask[]; now: Date }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="mb-3 text-lg font-semibold text-slate-900">
        {title} ({items.length})
      </h2>
      <ul className="flex flex-col gap-3">
        {items.map((t) => (
          <TaskCard
            key={t.key}
            title={t.title}
            lines={t.lines}
            due={t.dueAt ? { label: t.dueLabel, at: t.dueAt } : null}
            badge={t.badge}
            href={t.href}
            actionLabel={t.actionLabel}
            ariaLabel={`${t.actionLabel} – ${t.title}`}
            now={now}
            data={{ "data-portal-task": t.kind }}
          />
        ))}
      </ul>
    </section>
  );
}
