import { RecordHistory } from "@/components/audit/record-history";
import { ConfirmPanel } from "@/components/registrations/confirm-panel";
import { orNotFound } from "@/components/registrations/not-found";
import { RegistrationHistoryView } from "@/components/registrations/registration-history";
import { RegistrationTable } from "@/components/registrations/registration-table";
import { FormStatusBadge } from "@/components/registrations/status-badge";
import { Alert } from "@/components/ui/alert";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { canAnywhere } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getRegistrationView } from "@/lib/registrations/queries";
import { REGISTRATION } from "@/lib/submissions/kinds";
import { formatDateTimeVN, formatDeadline } from "@/lib/time/vn";

export const metadata = { title: "Đăng ký thi đua" };

export default async function RegistrationPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user] = await Promise.all([params, requireUser()]);
  const reg = await orNotFound(getRegistrationView(user, id));
  const individual = reg.kind === "INDIVIDUAL";
  const now = new Date();
  const deadlinePassed = !!reg.dueAt && now.getTime() >= reg.dueAt.getTime();
  const title = individual ? `Đăng ký cá nhân của ${reg.owner?.fullName ?? ""}` : `Mẫu 1 của ${reg.unit.name}`;

  return (
    <>
      <PageHeader
        title={title}
        breadcrumbs={[canAnywhere(user.roles, "participate:campaign") ? { href: "/unit", label: "Đơn vị của tôi" } : { href: "/", label: "Trang chủ" }]}
        description={
          <>
            <p>
              Kế hoạch số <span className="font-semibold">{reg.campaign.documentNumber}</span>: {reg.campaign.title}
            </p>
            {individual && <p className="mt-1">Đơn vị: {reg.unit.name}</p>}
          </>
        }
        actions={
          <span className="flex flex-wrap gap-2">
            {reg.editHref && REGISTRATION.isEditable(reg.status) && reg.campaign.status === "PUBLISHED" && (
              <LinkButton href={reg.editHref} variant="secondary">
                Mở biểu mẫu để chỉnh sửa
              </LinkButton>
            )}
            <DocumentDownloads href={`/registrations/${reg.id}/document`} what="Mẫu 1" />
          </span>
        }
      />
      <dl className="mb-6 grid gap-3 rounded-md border border-slate-300 bg-white p-4 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-600">Hạn nộp</dt>
          <dd className="font-medium">{reg.dueAt ? formatDeadline(reg.dueAt) : "Kế hoạch chưa quy định"}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Trạng thái</dt>
          <dd data-testid="form-status">
            <FormStatusBadge status={reg.formStatus} awaitingConfirmation={reg.status === "AWAITING_CONFIRMATION"} />
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Nộp gần nhất</dt>
          <dd className="font-medium">{reg.lastSubmittedAt ? formatDateTimeVN(reg.lastSubmittedAt) : "Chưa nộp"}</dd>
        </div>
      </dl>
      {reg.status === "RETURNED" && reg.returnComment && (
        <Alert tone="warning" className="mb-4" title="Đã trả lại để chỉnh sửa">
          <p className="whitespace-pre-line">Ý kiến: {reg.returnComment}</p>
        </Alert>
      )}
      {reg.canConfirm && (
        <ConfirmPanel
          registrationId={reg.id}
          lockVersion={reg.lockVersion}
          ownerName={reg.owner?.fullName ?? ""}
          deadlinePassed={deadlinePassed}
          deadlineText={reg.dueAt ? formatDeadline(reg.dueAt) : null}
        />
      )}
      <RegistrationTable fields={reg.fields} rows={reg.rows} caption="Nội dung đăng ký hiện tại" />
      <RegistrationHistoryView registrationId={reg.id} history={reg.history} />
      <RecordHistory entityType="Registration" entityId={reg.id} />
    </>
  );
}
