import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { getCurrentUser } from "@/lib/auth/session";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Đăng nhập" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await getCurrentUser()) redirect("/");
  const { callbackUrl } = await searchParams;
  // Only paths of the portal itself, resolved as a browser would: never another site after sign-in.
  const target = safeCallbackPath(callbackUrl);
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Cổng thi đua</p>
        <h1 className="mb-1 text-2xl font-bold">Cải cách hành chính</h1>
        <p className="mb-6 text-sm text-slate-700">Đăng nhập bằng tài khoản được cơ quan cấp.</p>
        <LoginForm callbackUrl={target} />
        <p className="mt-6 border-t border-slate-200 pt-4 text-sm text-slate-700">
          Người dân, doanh nghiệp không cần tài khoản:{" "}
          <Link href="/" className="text-brand-700 underline">
            xem phong trào và gửi hiến kế
          </Link>
          .
        </p>
      </div>
    </main>
  );
}
