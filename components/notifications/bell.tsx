import Link from "next/link";
import type { SessionUser } from "@/lib/auth/session";
import { countUnread } from "@/lib/notifications/queries";

/** Header link to the notification centre with the unread count as text. */
export async function NotificationBell({ user }: { user: SessionUser }) {
  const unread = await countUnread(user).catch(() => 0);
  return (
    <Link
      href="/notifications"
      className="rounded-md px-3 py-2 hover:bg-brand-800"
      aria-label={unread > 0 ? `Thông báo: ${unread} chưa đọc` : "Thông báo: không có thông báo chưa đọc"}
    >
      <span aria-hidden="true">🔔 </span>
      Thông báo{unread > 0 && " "}
      {unread > 0 && <span className="rounded-full bg-white px-1.5 text-xs font-bold text-brand-800">({unread > 99 ? "99+" : unread})</span>}
    </Link>
  );
}
