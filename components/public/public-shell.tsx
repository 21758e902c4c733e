import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { ConfirmProvider } from "@/components/ui/confirm-dialog";

const NAV = [
  { href: "/", label: "Trang chủ" },
  { href: "/public/campaigns", label: "Phong trào" },
  { href: "/public/library", label: "Mô hình điển hình" },
  { href: "/public/awards", label: "Khen thưởng" },
  { href: "/public/ideas/track", label: "Tra cứu hiến kế" },
];

/**
 * The frame of the public pages (issue 14): no session is read, nothing personal is shown. The sign-in
 * page for staff stays one click away.
 */
export function PublicShell({ children }: { children: ReactNode }) {
  return (
    <ConfirmProvider>
    <div className="flex min-h-screen flex-col">
      <header className="bg-brand-700 text-white print:hidden">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <Link href="/" className="text-base font-bold leading-tight">
            Thi đua cải cách hành chính
            <span className="block text-xs font-normal">Cổng thông tin phong trào thi đua</span>
          </Link>
          <Link href="/login" className="rounded-md border border-white/70 px-3 py-2 text-sm hover:bg-brand-800">
            Đăng nhập cán bộ
          </Link>
        </div>
        <nav aria-label="Điều hướng chính" className="bg-brand-800">
          <ul className="mx-auto flex max-w-5xl flex-wrap gap-1 px-2 py-1 text-sm">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="block rounded-md px-3 py-2 hover:bg-brand-700">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white px-4 py-4 text-center text-xs text-slate-700 print:hidden">
        <p>Thông tin công khai về phong trào thi đua cải cách hành chính. Giờ hiển thị theo giờ Việt Nam (GMT+7).</p>
        <p className="mt-1">
          Thông tin cá nhân người gửi hiến kế được xử lý theo Nghị định 13/2023/NĐ-CP và không được công bố.{" "}
          <Link href="/public/privacy" className="text-brand-700 underline">
            Chính sách xử lý dữ liệu cá nhân
          </Link>
        </p>
      </footer>
    </div>
    </ConfirmProvider>
  );
}
