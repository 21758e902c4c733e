import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { describeTimeLeft, formatDeadline } from "@/lib/time/vn";

/**
 * One piece of work on "Việc cần làm" that is not a milestone (award work, appraisal work): what it is,
 * its lines, an optional deadline with the time left, a status badge and the link where to act.
 */
export function TaskCard({
  title,
  lines,
  due,
  badge,
  href,
  actionLabel,
  ariaLabel,
  now,
  data,
}: {
  title: ReactNode;
  lines: ReactNode[];
  due?: { label: string; at: Date } | null;
  badge: { label: string; tone: BadgeTone };
  href: string;
  actionLabel: string;
  ariaLabel: string;
  now: Date;
  /** Data attributes the journeys find the card by, e.g. { "data-award-task": "VOTE" }. */
  data: Record<`data-${string}`, string>;
}) {
  return (
    <li className="rounded-md border border-slate-300 bg-white p-4" {...data}>
      <div className="flex flex-col gap-3 md:flex-row md:items-start md:justify-between">
        <div className="min-w-0">
          <p className="font-semibold text-slate-900">{title}</p>
          {lines.map((line, i) =>
            line ? (
              <p key={i} className={`mt-1 text-sm ${i === lines.length - 1 ? "text-slate-800" : "text-slate-700"}`}>
                {line}
              </p>
            ) : null,
          )}
          {due && (
            <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
              <span className="whitespace-nowrap font-medium text-slate-900">
                {due.label} {formatDeadline(due.at)}
              </span>
              <Badge tone={now.getTime() >= due.at.getTime() ? "red" : "gray"}>{describeTimeLeft(due.at, now)}</Badge>
            </p>
          )}
        </div>
        <div className="flex shrink-0 flex-wrap items-center gap-2 md:flex-col md:items-end">
          <Badge tone={badge.tone}>{badge.label}</Badge>
          <Link
            href={href}
            className="inline-flex min-h-10 items-center rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-50"
            aria-label={ariaLabel}
          >
            {actionLabel}
          </Link>
        </div>
      </div>
    </li>
  );
}
