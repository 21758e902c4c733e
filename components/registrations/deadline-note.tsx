import { formatDeadline } from "@/lib/time/vn";

/**
 * What changes a unit's deadline: the office's extension ("Đã gia hạn đến … (lý do)", with the
 * plan's own date) and the plan's hard cut-off after which nothing is received.
 */
export function DeadlineNote({
  originalDueAt,
  extension,
  cutoffAt,
  className,
}: {
  originalDueAt: Date | null;
  extension: { dueAt: Date; reason: string } | null;
  cutoffAt: Date | null;
  className?: string;
}) {
  if (!extension && !cutoffAt) return null;
  return (
    <div className={className ?? "mt-1 text-xs font-normal text-slate-700"}>
      {extension && (
        <p data-testid="extension-note">
          <span className="font-semibold text-brand-800">Đã gia hạn đến {formatDeadline(extension.dueAt)}</span> ({extension.reason})
          {originalDueAt && <span> · hạn chung của kế hoạch: {formatDeadline(originalDueAt)}</span>}
        </p>
      )}
      {cutoffAt && (
        <p>
          Hạn cuối cùng: {formatDeadline(cutoffAt)} (sau thời điểm này không nhận nộp).
        </p>
      )}
    </div>
  );
}
