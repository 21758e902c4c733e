import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { RecordHistory } from "@/components/audit/record-history";
import { SignInUnlock } from "@/components/admin/sign-in-unlock";
import { EditUserForm, ResetPasswordForm, RoleAssignments, UserStatusControl } from "@/components/admin/user-forms";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { DomainError } from "@/lib/actions/result";
import { canAnywhere } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { formatDateTimeVN } from "@/lib/time/vn";
import { listActiveUnitOptions } from "@/lib/units/queries";
import { getUserForAdmin } from "@/lib/users/queries";
import { getSignInThrottleStatus, type SignInThrottleStatus } from "@/lib/users/sign-in-throttle";

export const metadata: Metadata = { title: "Tài khoản" };

export default async function UserAdminPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  if (!canAnywhere(actor.roles, "manage:user")) notFound();
  const { id } = await params;
  const user = await getUserForAdmin(actor, id).catch((err) => {
    if (err instanceof DomainError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const [options, throttle] = await Promise.all([listActiveUnitOptions(actor), getSignInThrottleStatus(actor, user.id)]);
  const isSelf = user.id === actor.id;

  return (
    <>
      <PageHeader
        title={user.fullName}
        breadcrumbs={[{ href: "/admin/users", label: "Tài khoản" }]}
        description={
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-mono">{user.username}</span>
            {user.active ? <Badge tone="green">Đang hoạt động</Badge> : <Badge tone="gray">Đã khoá</Badge>}
            {user.mustChangePassword && <Badge tone="amber">Phải đổi mật khẩu</Badge>}
            <span className="text-slate-600">{user.lastLoginAt ? `Đăng nhập gần nhất ${formatDateTimeVN(user.lastLoginAt)}` : "Chưa đăng nhập lần nào"}</span>
          </div>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="profile" title="Thông tin">
          <EditUserForm
            user={{ id: user.id, email: user.email, fullName: user.fullName, jobTitle: user.jobTitle, unitId: user.unitId, unitClosed: user.unit.status === "CLOSED", unitName: user.unit.name }}
            options={options}
          />
        </Section>
        <Section id="roles" title="Vai trò theo đơn vị">
          <RoleAssignments
            userId={user.id}
            isSelf={isSelf}
            options={options}
            roles={user.roles.map((r) => ({ id: r.id, role: r.role, unitName: r.unit.name, unitClosed: r.unit.status === "CLOSED" }))}
          />
        </Section>
        <Section id="password" title="Đặt lại mật khẩu">
          <ResetPasswordForm userId={user.id} username={user.username} isSelf={isSelf} />
        </Section>
        <Section id="status" title="Khoá / mở khoá">
          <p className="mb-3 text-sm text-slate-700">Tài khoản bị khoá không đăng nhập được; lịch sử và hồ sơ của người dùng vẫn được giữ.</p>
          <UserStatusControl userId={user.id} active={user.active} isSelf={isSelf} />
        </Section>
        <Section id="sign-in" title="Chặn đăng nhập do nhập sai mật khẩu">
          <SignInUnlock userId={user.id} summary={throttleSummary(throttle)} blocked={throttle.blockedClients > 0} />
        </Section>
      </div>
      <RecordHistory entityType="User" entityId={user.id} title="Lịch sử thay đổi của tài khoản" />
    </>
  );
}

function throttleSummary(t: SignInThrottleStatus): string {
  const blocked = t.blockedClients
    ? `${t.blockedClients} thiết bị/mạng đang bị tạm chặn đăng nhập vào tài khoản này (đến ${formatDateTimeVN(t.blockedUntil!)}).`
    : "Không có thiết bị nào đang bị chặn đăng nhập vào tài khoản này.";
  const failures = t.recentFailures
    ? ` ${t.recentFailures} lần nhập sai mật khẩu gần đây, lần cuối ${formatDateTimeVN(t.lastFailureAt!)}.`
    : "";
  return blocked + failures;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={`${id}-title`} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
