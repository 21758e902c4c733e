import Link from "@/components/ui/link";
import { connection } from "next/server";

// Rendered per request (not prerendered) so that its scripts carry the request's CSP nonce (proxy.ts).
export default async function NotFound() {
  await connection();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-2 text-slate-700">Trang không tồn tại, hoặc bạn không có quyền truy cập nội dung này.</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline">
        Về trang chủ
      </Link>
    </main>
  );
}
