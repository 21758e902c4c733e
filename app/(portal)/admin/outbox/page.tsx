import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { EmailStatusBadge } from "@/components/notifications/email-status-badge";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import type { EmailStatus } from "@/lib/generated/prisma/enums";
import { canReadOutbox, EMAIL_STATUS_LABELS, EMAIL_STATUSES, listOutbox, parseEmailStatus } from "@/lib/mail/outbox";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Hộp thư đi" };

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ status?: string; page?: string }> }) {
  const user = await requireUser();
  if (!canReadOutbox(user)) notFound();
  const sp = await searchParams;
  const status = parseEmailStatus(sp.status);
  const list = await listOutbox(user, { status, page: parsePage(sp.page) });
  const smtp = Boolean(process.env.SMTP_URL?.trim());
  const tab = (s: EmailStatus | null) =>
    s === status
      ? "rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white"
      : "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50";

  return (
    <>
      <PageHeader
        title="Hộp thư đi"
        description={
          smtp
            ? "Thư nhắc việc và thư tổng hợp do hệ thống gửi qua máy chủ SMTP."
            : "Chưa cấu hình máy chủ thư (SMTP_URL): thư được lưu cục bộ tại đây để xem, không gửi ra ngoài."
        }
      />
      <nav aria-label="Lọc theo trạng thái" className="mb-4">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link href="/admin/outbox" className={tab(null)} aria-current={status === null ? "page" : undefined}>
              Tất cả
            </Link>
          </li>
          {EMAIL_STATUSES.map((s) => (
            <li key={s}>
              <Link href={`/admin/outbox?status=${s}`} className={tab(s)} aria-current={status === s ? "page" : undefined}>
                {EMAIL_STATUS_LABELS[s]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.rows.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-sm text-slate-700">
          {status ? `Không có thư nào ở trạng thái "${EMAIL_STATUS_LABELS[status]}".` : "Chưa có thư nào. Thư nhắc hạn sẽ xuất hiện ở đây khi hệ thống chạy nhắc việc."}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[760px] text-left text-sm">
            <caption className="sr-only">Danh sách thư đi, mới nhất trước</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">Thời gian</th>
                <th scope="col" className="px-3 py-2 font-semibold">Người nhận</th>
                <th scope="col" className="px-3 py-2 font-semibold">Tiêu đề</th>
                <th scope="col" className="px-3 py-2 font-semibold">Trạng thái</th>
                <th scope="col" className="px-3 py-2 text-right font-semibold">Lần gửi</th>
                <th scope="col" className="px-3 py-2 font-semibold">Lỗi gần nhất</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {list.rows.map((m) => (
                <tr key={m.id}>
                  <td className="whitespace-nowrap px-3 py-2">{formatDateTimeVN(m.createdAt)}</td>
                  <td className="px-3 py-2 break-all">{m.toAddress}</td>
                  <td className="px-3 py-2">
                    <Link href={`/admin/outbox/${m.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                      {m.subject}
                    </Link>
                  </td>
                  <td className="px-3 py-2">
                    <EmailStatusBadge status={m.status} />
                  </td>
                  <td className="px-3 py-2 text-right">{m.attempts}</td>
                  <td className="max-w-64 truncate px-3 py-2 text-slate-700" title={m.lastError ?? undefined}>
                    {m.lastError ?? "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} basePath="/admin/outbox" params={{ status: status ?? undefined }} />
    </>
  );
}
