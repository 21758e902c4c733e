import type { SessionUser } from "@/lib/auth/session";
import { NotificationPreferencesForm } from "@/components/notifications/preferences-form";
import { getNotificationPreferences } from "@/lib/notifications/queries";

/** "Cách nhận nhắc việc qua e-mail" section of the account page. */
export async function NotificationPreferences({ user }: { user: SessionUser }) {
  const me = await getNotificationPreferences(user);
  if (!me) return null;
  return (
    <section aria-labelledby="notify-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="notify-title" className="mb-3 text-lg font-semibold">
        Cách nhận nhắc việc qua e-mail
      </h2>
      {me.email ? (
        <p className="mb-3 text-sm text-slate-700">
          Thư được gửi tới <span className="font-medium">{me.email}</span>. Thông báo luôn hiện trong mục Thông báo của cổng.
        </p>
      ) : (
        <p className="mb-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          Tài khoản của bạn chưa có địa chỉ e-mail nên hệ thống không gửi thư được: bạn chỉ nhận thông báo trong mục Thông báo của cổng.
          Hãy liên hệ quản trị hệ thống để bổ sung e-mail.
        </p>
      )}
      <NotificationPreferencesForm current={me.digestMode} disabled={!me.email} />
    </section>
  );
}
