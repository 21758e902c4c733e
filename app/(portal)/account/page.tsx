import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { CalendarLinkSection } from "@/components/account/calendar-link";
import { NotificationPreferences } from "@/components/account/notification-preferences";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { formatDateTimeVN } from "@/lib/time/vn";
import { getOwnAccount } from "@/lib/users/queries";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Tài khoản của tôi" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ must?: string }> }) {
  const user = await requireUser();
  const account = await getOwnAccount(user);
  const { must } = await searchParams;
  const mustChange = user.mustChangePassword;

  return (
    <>
      <PageHeader
        title="Tài khoản của tôi"
        actions={
          <Link href="/account/awards" className="text-sm font-medium text-brand-700 underline underline-offset-2">
            Khen thưởng của tôi
          </Link>
        }
      />
      {mustChange && (
        <Alert tone="warning" title="Bạn cần đặt mật khẩu mới" className="mb-6">
          {must === "1"
            ? "Tài khoản của bạn đang dùng mật khẩu tạm do quản trị cấp. Vui lòng đặt mật khẩu mới trước khi sử dụng hệ thống."
            : "Tài khoản của bạn đang dùng mật khẩu tạm. Vui lòng đặt mật khẩu mới."}
        </Alert>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="info-title" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="info-title" className="mb-3 text-lg font-semibold">
            Thông tin
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-600">Họ và tên</dt>
            <dd className="font-medium">{account.fullName}</dd>
            <dt className="text-slate-600">Tên đăng nhập</dt>
            <dd className="font-mono">{account.username}</dd>
            <dt className="text-slate-600">E-mail</dt>
            <dd>{account.email ?? "—"}</dd>
            <dt className="text-slate-600">Chức vụ</dt>
            <dd>{account.jobTitle ?? "—"}</dd>
            <dt className="text-slate-600">Đơn vị</dt>
            <dd>
              {account.unit.name}
              {account.unit.status === "CLOSED" && <span className="text-slate-600"> (đã giải thể)</span>}
            </dd>
            <dt className="text-slate-600">Vai trò</dt>
            <dd>
              {account.roles.length === 0 ? (
                "Chưa được gán vai trò — hãy liên hệ quản trị hệ thống."
              ) : (
                <ul className="flex flex-col gap-1">
                  {account.roles.map((r) => (
                    <li key={r.id}>
                      <span className="font-medium">{ROLE_LABELS[r.role]}</span> – {r.unit.name}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt className="text-slate-600">Đăng nhập gần nhất</dt>
            <dd>{account.lastLoginAt ? formatDateTimeVN(account.lastLoginAt) : "—"}</dd>
          </dl>
          <p className="mt-4 text-xs text-slate-600">Cần sửa họ tên, đơn vị hoặc vai trò? Hãy liên hệ quản trị hệ thống.</p>
        </section>
        <section aria-labelledby="password-title" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="password-title" className="mb-3 text-lg font-semibold">
            Đổi mật khẩu
          </h2>
          <ChangePasswordForm mustChange={mustChange} />
        </section>
        <CalendarLinkSection user={user} />
        <NotificationPreferences user={user} />
      </div>
    </>
  );
}
