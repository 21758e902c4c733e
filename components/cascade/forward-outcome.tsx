import clsx from "clsx";
import { outcomeOf, type ForwardInfo, type OutcomeKind } from "@/lib/cascade/rules";
import { formatDateVN } from "@/lib/time/vn";

const TONES: Record<OutcomeKind, string> = {
  PENDING: "text-blue-900",
  RETURNED: "text-red-800",
  ACCEPTED: "text-green-800",
  TYPICAL: "text-violet-900",
  FORWARDED: "text-violet-900",
};

/**
 * "Đã gửi lên 1018/KH-UBND ngày 20/04/2022 — Đang chờ tiếp nhận" (or "Bị trả lại: …", "Đã tiếp nhận",
 * "Được cấp trên chọn tiêu biểu", "Đã gửi tiếp lên …"): what the parent did with a forwarded initiative.
 * Pure presentation, usable from server and client components.
 */
export function ForwardOutcome({ forward, className }: { forward: Pick<ForwardInfo, "documentNumber" | "forwardedAt" | "registrationStatus" | "returnComment" | "isTypical" | "furtherDocumentNumber">; className?: string }) {
  const outcome = outcomeOf(forward);
  return (
    <span className={clsx("text-sm", className)} data-forward-outcome={outcome.kind}>
      Đã gửi lên {forward.documentNumber} ngày {formatDateVN(forward.forwardedAt)} —{" "}
      <span className={clsx("font-semibold", TONES[outcome.kind])}>{outcome.label}</span>
    </span>
  );
}

/** Every forward of one initiative (usually one), one per line. */
export function ForwardOutcomes({ forwards, className }: { forwards: readonly ForwardInfo[]; className?: string }) {
  if (forwards.length === 0) return null;
  return (
    <ul className={clsx("flex flex-col gap-0.5", className)}>
      {forwards.map((f) => (
        <li key={f.id}>
          <ForwardOutcome forward={f} />
        </li>
      ))}
    </ul>
  );
}
