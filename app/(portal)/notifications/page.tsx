import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { MarkAllReadButton, MarkReadButton } from "@/components/notifications/mark-read-buttons";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { countUnread, listNotifications } from "@/lib/notifications/queries";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Thông báo" };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requireUser();
  const page = parsePage((await searchParams).page);
  const [list, unread] = await Promise.all([listNotifications(user, page), countUnread(user)]);

  return (
    <>
      <PageHeader
        title="Thông báo"
        description={unread > 0 ? `Bạn có ${unread.toLocaleString("vi-VN")} thông báo chưa đọc.` : "Bạn đã đọc hết thông báo."}
        actions={unread > 0 ? <MarkAllReadButton /> : undefined}
      />
      {list.rows.length === 0 ? (
        <div className="rounded-lg border border-slate-200 bg-white p-6 text-sm text-slate-700">
          <p className="font-medium">Chưa có thông báo nào.</p>
          <p className="mt-1">
            Nhắc hạn nộp và các thay đổi liên quan đến đơn vị của bạn sẽ hiện ở đây. Xem các việc đang chờ tại{" "}
            <Link href="/todo" className="text-brand-700 underline">
              Việc cần làm
            </Link>
            .
          </p>
        </div>
      ) : (
        <ul className="flex flex-col gap-2" aria-label="Danh sách thông báo">
          {list.rows.map((n) => {
            const isNew = !n.readAt;
            return (
              <li
                key={n.id}
                className={
                  isNew
                    ? "rounded-lg border border-l-4 border-brand-700 border-l-brand-700 bg-blue-50 p-4"
                    : "rounded-lg border border-slate-200 bg-white p-4"
                }
              >
                <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                  <div className="min-w-0">
                    <p className="flex flex-wrap items-center gap-2 text-xs text-slate-700">
                      {isNew && <Badge tone="blue">Mới</Badge>}
                      <time dateTime={n.createdAt.toISOString()}>{formatDateTimeVN(n.createdAt)}</time>
                    </p>
                    <h2 className={isNew ? "mt-1 font-semibold text-slate-950" : "mt-1 font-medium text-slate-900"}>
                      <Link href={`/notifications/${n.id}/open`} prefetch={false} className="underline decoration-slate-400 underline-offset-2 hover:decoration-2">
                        {n.title}
                      </Link>
                    </h2>
                    <p className="mt-1 whitespace-pre-line break-words text-sm text-slate-700">{n.body}</p>
                  </div>
                  {isNew && (
                    <div className="shrink-0">
                      <MarkReadButton id={n.id} title={n.title} />
                    </div>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} basePath="/notifications" params={{}} />
    </>
  );
}
