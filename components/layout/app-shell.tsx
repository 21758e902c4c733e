import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import type { SessionUser } from "@/lib/auth/session";
import { NotificationBell } from "@/components/notifications/bell";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { navItemsFor } from "./nav";
import { SignOutButton } from "./sign-out-button";
import { ConfirmProvider } from "@/components/ui/confirm-dialog";

export function AppShell({
  user,
  appraisalPanel = false,
  surveyTeam = false,
  unread,
  children,
}: {
  user: SessionUser;
  appraisalPanel?: boolean;
  surveyTeam?: boolean;
  /** Unread notifications (lib/shell/queries.ts). */
  unread: number;
  children: ReactNode;
}) {
  const items = navItemsFor(user.roles, { appraisalPanel, surveyTeam });
  const roleText = [...new Set(user.roles.map((r) => `${ROLE_LABELS[r.role]} – ${r.unitName}`))].join("; ");
  return (
    <ConfirmProvider>
      <div className="flex min-h-screen flex-col">
        <header className="bg-brand-700 text-white print:hidden">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-2">
            <Link href="/" className="text-base font-bold leading-tight">
              Thi đua cải cách hành chính
            </Link>
            <div className="flex items-center gap-1 text-sm">
              <NotificationBell unread={unread} />
              <Link href="/account" className="rounded-md px-3 py-2 hover:bg-brand-800" title={roleText}>
                {user.fullName}
              </Link>
              <SignOutButton />
            </div>
          </div>
          {items.length > 0 && (
            <nav aria-label="Điều hướng chính" className="bg-brand-800">
              <ul className="mx-auto flex max-w-7xl flex-wrap gap-1 px-2 py-1 text-sm">
                {items.map((item) => (
                  <li key={item.href}>
                    <Link href={item.href} className="block rounded-md px-3 py-2 hover:bg-brand-700">
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </header>
        <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
          {children}
        </main>
        <footer className="border-t border-slate-200 bg-white py-3 text-center text-xs text-slate-600 print:hidden">
          Giờ hiển thị theo giờ Việt Nam (GMT+7)
        </footer>
      </div>
    </ConfirmProvider>
  );
}
