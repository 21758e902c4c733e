import Link from "@/components/ui/link";
import { DeadlineNote } from "@/components/registrations/deadline-note";
import { FormStatusBadge } from "@/components/registrations/status-badge";
import { Badge } from "@/components/ui/badge";
import { OBLIGATION_STATUS_LABELS } from "@/lib/obligations/rules";
import type { UnitHomeMilestone } from "@/lib/registrations/queries";
import type { MatrixStatus } from "@/lib/submissions/statuses";
import { PHASE_REPORT_NAMES } from "@/lib/reports/labels";
import { describeTimeLeft, formatDateVN, formatDeadline } from "@/lib/time/vn";

/** "Lập báo cáo" (nothing written yet), "Mở báo cáo" (draft or returned), "Xem báo cáo" (submitted or accepted). */
export function reportActionLabel(m: Pick<UnitHomeMilestone, "status" | "done">): string {
  if (m.done) return "Xem báo cáo";
  return m.status === "NOT_STARTED" ? "Lập báo cáo" : "Mở báo cáo";
}

/** "Đề nghị khen thưởng" (none yet), "Mở hồ sơ đề nghị" (a draft), "Sửa và gửi lại" (returned), "Xem đề nghị" (sent, or the date has passed). */
export function proposalActionLabel(m: Pick<UnitHomeMilestone, "status" | "done" | "past">): string {
  if (m.done || m.past) return "Xem đề nghị";
  if (m.status === "RETURNED") return "Sửa và gửi lại";
  if (m.status === "DRAFT") return "Mở hồ sơ đề nghị";
  return m.status === "PROPOSED" ? "Đề nghị thêm" : "Đề nghị khen thưởng";
}

/**
 * One milestone the unit head answers for, on the unit home: its deadline (the unit's own, with an
 * extension or hard cut-off noted), and what the portal knows of it. Mẫu 1: "Đã nộp" or the time
 * left. A report of a phase: the unit's report status, its opening date before the phase opens, a
 * link to the report. Award proposals (not compulsory): the unit's proposals sent and being written,
 * returned ones to send again, a link to the unit's proposals. Anything tracked outside the portal:
 * the time left, "đã qua" once past.
 */
export function UnitMilestoneRow({ m, now, campaignNumber }: { m: UnitHomeMilestone; now: Date; campaignNumber: string }) {
  if (m.tracking === "AWARD_PROPOSAL") return <ProposalMilestoneRow m={m} now={now} campaignNumber={campaignNumber} />;
  const isReport = m.tracking === "REPORT";
  const notOpen = m.opensAt !== null;
  const returned = isReport && m.status === "RETURNED" && m.report?.returnComment;
  return (
    <li className="flex flex-col gap-1 py-2 text-sm sm:flex-row sm:items-start sm:justify-between sm:gap-4" data-milestone={m.kind}>
      <span className="min-w-0">
        {m.deliverable && <span className="font-semibold">{m.deliverable}: </span>}
        {m.name}
        {!m.done && <DeadlineNote originalDueAt={m.originalDueAt} extension={m.extension} cutoffAt={m.cutoffAt} />}
        {notOpen && (
          <span className="mt-1 block text-xs font-medium text-slate-800" data-opens>
            Mở nhận từ {formatDateVN(m.opensAt!)}
          </span>
        )}
        {returned && (
          <span className="mt-1 block rounded-md bg-red-50 px-2 py-1 text-xs text-red-950">
            <span className="font-semibold">Ý kiến của Bộ phận CCHC:</span> {m.report!.returnComment}
          </span>
        )}
      </span>
      <span className="flex shrink-0 flex-wrap items-center gap-2 sm:justify-end">
        <span className="whitespace-nowrap">{formatDeadline(m.dueAt)}</span>
        {m.tracking === "REGISTRATION" ? (
          m.done ? (
            <Badge tone="green">Đã nộp</Badge>
          ) : (
            <Badge tone={m.overdue ? "red" : "gray"}>{describeTimeLeft(m.dueAt, now)}</Badge>
          )
        ) : isReport ? (
          <>
            {notOpen ? (
              <Badge tone="gray">Chưa mở nhận</Badge>
            ) : (
              <span data-testid="milestone-report-status">
                <FormStatusBadge status={m.status as MatrixStatus} />
              </span>
            )}
            {!m.done && !notOpen && <Badge tone={m.overdue ? "red" : "gray"}>{describeTimeLeft(m.dueAt, now)}</Badge>}
          </>
        ) : m.past ? (
          // Tracked outside the portal: a past date is history, not a debt.
          <Badge tone="gray">đã qua</Badge>
        ) : (
          <Badge tone="gray">{describeTimeLeft(m.dueAt, now)}</Badge>
        )}
        {isReport && m.href && m.phase && (
          <Link
            href={m.href}
            className="whitespace-nowrap font-medium text-brand-700 underline underline-offset-2"
            aria-label={`${reportActionLabel(m).replace("báo cáo", PHASE_REPORT_NAMES[m.phase])} theo kế hoạch ${campaignNumber}`}
          >
            {reportActionLabel(m)}
          </Link>
        )}
      </span>
    </li>
  );
}

const PROPOSAL_TONES = { NOT_OPEN: "gray", NO_PROPOSAL: "gray", DRAFT: "blue", RETURNED: "red", PROPOSED: "green" } as const;

/** The AWARD_PROPOSAL milestone: never missing nor overdue without proposals; drafts and returned ones are pending work. */
function ProposalMilestoneRow({ m, now, campaignNumber }: { m: UnitHomeMilestone; now: Date; campaignNumber: string }) {
  const tone = PROPOSAL_TONES[m.status as keyof typeof PROPOSAL_TONES] ?? "gray";
  const notOpen = m.opensAt !== null;
  return (
    <li className="flex flex-col gap-1 py-2 text-sm sm:flex-row sm:items-start sm:justify-between sm:gap-4" data-milestone={m.kind}>
      <span className="min-w-0">
        {m.deliverable && <span className="font-semibold">{m.deliverable}: </span>}
        {m.name}
        {!m.done && !m.past && <DeadlineNote originalDueAt={m.originalDueAt} extension={m.extension} cutoffAt={m.cutoffAt} />}
        {notOpen && (
          <span className="mt-1 block text-xs font-medium text-slate-800" data-opens>
            Mở nhận từ {formatDateVN(m.opensAt!)}
          </span>
        )}
        {m.detail && (
          <span className={`mt-1 block text-xs ${m.status === "RETURNED" ? "font-medium text-red-900" : "text-slate-800"}`} data-detail>
            {m.detail}
          </span>
        )}
      </span>
      <span className="flex shrink-0 flex-wrap items-center gap-2 sm:justify-end">
        <span className="whitespace-nowrap">{formatDeadline(m.dueAt)}</span>
        <span data-testid="milestone-proposal-status">
          <Badge tone={tone}>{OBLIGATION_STATUS_LABELS[m.status]}</Badge>
        </span>
        {m.past ? <Badge tone="gray">đã qua</Badge> : !m.done && <Badge tone={m.overdue ? "red" : "gray"}>{describeTimeLeft(m.dueAt, now)}</Badge>}
        {m.href && (
          <Link
            href={m.href}
            className="whitespace-nowrap font-medium text-brand-700 underline underline-offset-2"
            aria-label={`${proposalActionLabel(m)} theo kế hoạch ${campaignNumber}`}
          >
            {proposalActionLabel(m)}
          </Link>
        )}
      </span>
    </li>
  );
}
