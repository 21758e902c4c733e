import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RecordHistory } from "@/components/audit/record-history";
import { EmailStatusBadge } from "@/components/notifications/email-status-badge";
import { ResendEmailButton } from "@/components/notifications/resend-button";
import { PageHeader } from "@/components/ui/page-header";
import { DomainError } from "@/lib/actions/result";
import { requireUser } from "@/lib/auth/session";
import { canReadOutbox, getOutboxMessage } from "@/lib/mail/outbox";
import { formatDateTimeVN } from "@/lib/time/vn";

export const metadata: Metadata = { title: "Thư đi" };

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (!canReadOutbox(user)) notFound();
  const { id } = await params;
  const mail = await getOutboxMessage(user, id).catch((err) => {
    if (err instanceof DomainError && err.code === "NOT_FOUND") notFound();
    throw err;
  });

  return (
    <>
      <PageHeader
        title={mail.subject}
        breadcrumbs={[{ href: "/admin/outbox", label: "Hộp thư đi" }]}
        actions={mail.status === "FAILED" ? <ResendEmailButton id={mail.id} /> : undefined}
      />
      <section aria-labelledby="meta-title" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="meta-title" className="sr-only">
          Thông tin thư
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="text-slate-600">Người nhận</dt>
          <dd className="break-all">{mail.toAddress}</dd>
          <dt className="text-slate-600">Trạng thái</dt>
          <dd>
            <EmailStatusBadge status={mail.status} />
          </dd>
          <dt className="text-slate-600">Tạo lúc</dt>
          <dd>{formatDateTimeVN(mail.createdAt)}</dd>
          <dt className="text-slate-600">{mail.status === "LOCAL" ? "Lưu lúc" : "Gửi lúc"}</dt>
          <dd>{mail.sentAt ? formatDateTimeVN(mail.sentAt) : "—"}</dd>
          <dt className="text-slate-600">Số lần gửi</dt>
          <dd>{mail.attempts}</dd>
          {mail.status === "PENDING" && (
            <>
              <dt className="text-slate-600">Gửi lần tới</dt>
              <dd>{formatDateTimeVN(mail.nextAttemptAt)}</dd>
            </>
          )}
          <dt className="text-slate-600">Lỗi gần nhất</dt>
          <dd className="break-words">{mail.lastError ?? "—"}</dd>
        </dl>
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="text-title" className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="text-title" className="mb-3 text-lg font-semibold">
            Nội dung văn bản thuần
          </h2>
          <pre className="overflow-x-auto whitespace-pre-wrap break-words rounded-md bg-slate-50 p-3 font-sans text-sm text-slate-900">{mail.textBody}</pre>
        </section>
        <section aria-labelledby="html-title" className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="html-title" className="mb-3 text-lg font-semibold">
            Nội dung HTML
          </h2>
          <iframe
            sandbox=""
            srcDoc={mail.htmlBody}
            title={`Bản xem trước HTML của thư: ${mail.subject}`}
            className="h-[32rem] w-full rounded-md border border-slate-300 bg-white"
          />
        </section>
      </div>
      <div className="mt-6">
        <RecordHistory entityType="EmailMessage" entityId={mail.id} title="Lịch sử xử lý thư" />
      </div>
    </>
  );
}
