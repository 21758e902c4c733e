import Link from "@/components/ui/link";

/** Header link to the notification centre with the unread count as text (counted by lib/shell/queries.ts). */
export function NotificationBell({ unread }: { unread: number }) {
  return (
    <Link
      href="/notifications"
      className="rounded-md px-3 py-2 hover:bg-brand-800"
      aria-label={unread > 0 ? `Thông báo: ${unread} chưa đọc` : "Thông báo: không có thông báo chưa đọc"}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="mr-1 inline h-4 w-4 align-[-2px]">
        <path d="M10 2a6 6 0 0 0-6 6v3.6l-1.7 2.6A1 1 0 0 0 3.1 16h13.8a1 1 0 0 0 .8-1.8L16 11.6V8a6 6 0 0 0-6-6Zm0 18a3 3 0 0 1-2.8-2h5.6A3 3 0 0 1 10 20Z" />
      </svg>
      Thông báo{unread > 0 && " "}
      {unread > 0 && <span className="rounded-full bg-white px-1.5 text-xs font-bold text-brand-800">({unread > 99 ? "99+" : unread})</span>}
    </Link>
  );
}
