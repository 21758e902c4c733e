import clsx from "clsx";
import { POSITION_LABELS } from "@/lib/awards/labels";
import type { SessionInfo } from "@/lib/council/voting/queries";
import { formatDateTimeVN } from "@/lib/time/vn";

/** The members convened to a session, with their position and attendance. */
export function SessionMembers({ session: s, className, open }: { session: SessionInfo; className?: string; open?: boolean }) {
  return (
    <details className={clsx("text-sm", className)} open={open}>
      <summary className="cursor-pointer font-medium text-brand-700">
        Thành viên được triệu tập: {s.invited}, có mặt: {s.present}
      </summary>
      <ul className="mt-2 grid gap-1 sm:grid-cols-2" data-testid="session-members">
        {s.members.map((m) => (
          <li key={m.userId} className="flex flex-wrap gap-x-2">
            <span className="font-medium text-slate-900">{m.fullName}</span>
            <span className="text-slate-600">{POSITION_LABELS[m.position]}</span>
            <span className={m.presentAt ? "text-green-800" : "text-slate-600"}>{m.presentAt ? `có mặt (${formatDateTimeVN(m.presentAt)})` : s.status === "CLOSED" ? "vắng mặt" : "chưa xác nhận có mặt"}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
