import Link from "@/components/ui/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { OBLIGATION_STATUS_LABELS, timeLeftText, type Obligation, type ObligationStatus } from "@/lib/obligations/rules";
import { formatDateVN, formatDeadline } from "@/lib/time/vn";

const STATUS_TONES: Record<ObligationStatus, BadgeTone> = {
  NOT_STARTED: "gray",
  DRAFT: "blue",
  SUBMITTED_ON_TIME: "green",
  SUBMITTED_LATE: "amber",
  RETURNED: "red",
  ACCEPTED: "violet",
  NOT_OPEN: "gray",
  EXTERNAL: "gray",
  NO_PROPOSAL: "gray",
  PROPOSED: "green",
  REVIEW_PENDING: "blue",
  REVIEWED: "violet",
};

/** Short campaign title: the plan's title without the boilerplate opening, at most ~90 characters. */
export function shortCampaignTitle(title: string): string {
  const t = title.replace(/^Kế hoạch\s+/i, "").trim();
  const s = t.charAt(0).toUpperCase() + t.slice(1);
  return s.length > 90 ? `${s.slice(0, 87).trimEnd()}…` : s;
}

function actionLabel(o: Obligation): string {
  if (o.tracking === "REGISTRATION") return o.done ? "Xem Mẫu 1" : "Mở Mẫu 1";
  if (o.tracking === "REPORT") return o.done ? "Xem báo cáo" : o.status === "NOT_STARTED" ? "Lập báo cáo" : "Mở báo cáo";
  if (o.tracking === "SUMMARY" && o.href?.includes("/summary/")) return o.done ? "Xem báo cáo tổng hợp" : o.status === "NOT_STARTED" ? "Lập báo cáo tổng hợp" : "Mở báo cáo tổng hợp";
  if (o.tracking === "AWARD_PROPOSAL") return o.done || o.past ? "Xem đề nghị khen thưởng" : o.status === "RETURNED" ? "Sửa và gửi lại" : o.status === "DRAFT" ? "Mở hồ sơ đề nghị" : "Đề nghị khen thưởng";
  if (o.tracking === "FORWARD" && o.href?.endsWith("/forward")) return o.done ? "Xem nội dung đã gửi" : "Gửi nội dung tiêu biểu";
  if (o.tracking === "COUNCIL_REVIEW") return o.href?.endsWith("/council") ? "Phiên họp Hội đồng" : o.href === "/council" ? "Hội đồng TĐKT" : "Xem hồ sơ đề nghị";
  if (o.scope === "UNIT") return "Trang đơn vị";
  if (o.href?.endsWith("/status")) return "Xem tình hình nộp";
  return "Xem kế hoạch";
}

export function ObligationCard({ o, now, showUnit }: { o: Obligation; now: Date; showUnit: boolean }) {
  const left = timeLeftText(o, now);
  return (
    <li
      className={`rounded-md border bg-white p-4 ${o.overdue ? "border-red-300 border-l-4 border-l-red-600" : "border-slate-300"}`}
      data-obligation={o.key}
      data-overdue={o.overdue ? "1" : undefined}
    >
      <div className="flex flex-col gap-3 md:flex-row md:items-start md:justify-between">
        <div className="min-w-0">
          <p className="font-semibold text-slate-900">
            {o.deliverable}
            {o.deliverable !== o.milestoneName && <span className="font-normal text-slate-800">: {o.milestoneName}</span>}
          </p>
          <p className="mt-1 text-sm text-slate-700">
            {o.campaignHref ? (
              <Link href={o.campaignHref} className="text-brand-700 underline underline-offset-2">
                Kế hoạch số {o.campaignNumber}
              </Link>
            ) : (
              <>Kế hoạch số {o.campaignNumber}</>
            )}{" "}
            · {shortCampaignTitle(o.campaignTitle)}
          </p>
          {showUnit && <p className="mt-1 text-sm text-slate-700">Đơn vị: {o.unitName}</p>}
          {o.detail && (
            <p className="mt-1 text-sm font-medium text-slate-800" data-detail>
              {o.detail}
            </p>
          )}
          <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
            <span className="whitespace-nowrap font-medium text-slate-900">{formatDeadline(o.dueAt)}</span>
            {left && <Badge tone={o.overdue ? "red" : left === "hạn chót hôm nay" ? "amber" : "gray"}>{left}</Badge>}
          </p>
          {o.notOpenUntil && (
            <p className="mt-1 text-sm font-medium text-slate-800" data-opens>
              Mở nhận từ {formatDateVN(o.notOpenUntil)}
            </p>
          )}
          {o.extended && (
            <p className="mt-1 text-sm text-slate-700">
              <span className="font-semibold text-brand-800">Đã gia hạn đến {formatDeadline(o.dueAt)}</span>
              {o.extensionReason && <> ({o.extensionReason})</>} · hạn ban đầu {formatDeadline(o.originalDueAt)}
            </p>
          )}
        </div>
        <div className="flex shrink-0 flex-wrap items-center gap-2 md:flex-col md:items-end">
          <Badge tone={STATUS_TONES[o.status]}>{OBLIGATION_STATUS_LABELS[o.status]}</Badge>
          {o.href && (
            <Link
              href={o.href}
              className="inline-flex min-h-10 items-center rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-50"
              aria-label={`${actionLabel(o)} – ${o.deliverable}, kế hoạch ${o.campaignNumber}${showUnit ? `, ${o.unitName}` : ""}`}
            >
              {actionLabel(o)}
            </Link>
          )}
        </div>
      </div>
    </li>
  );
}

export function ObligationGroup({ id, title, items, now, showUnit, tone }: { id: string; title: string; items: Obligation[]; now: Date; showUnit: boolean; tone?: "red" }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className={`mb-3 text-lg font-semibold ${tone === "red" ? "text-red-800" : "text-slate-900"}`}>
        {title} ({items.length})
      </h2>
      <ul className="flex flex-col gap-3">
        {items.map((o) => (
          <ObligationCard key={o.key} o={o} now={now} showUnit={showUnit} />
        ))}
      </ul>
    </section>
  );
}
