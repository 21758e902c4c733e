"use client";

import "./globals.css";
import { errorDigest } from "@/components/layout/error-digest";

/**
 * An error in the root layout itself: this replaces the whole document, so it carries its own html/body.
 * Plain anchors (not next/link): the app's router may be what failed, so a full page load is wanted.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = errorDigest(error);
  return (
    <html lang="vi">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <title>Đã có lỗi xảy ra · Thi đua CCHC</title>
        <header className="bg-brand-700 px-4 py-3 text-white">
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load: the router may be what failed */}
          <a href="/" className="font-bold">
            Thi đua cải cách hành chính
          </a>
        </header>
        <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center" role="alert" aria-labelledby="error-title">
          <h1 id="error-title" className="text-2xl font-bold">
            Đã có lỗi xảy ra…
          </h1>
          <p className="mt-2 text-slate-700">Hệ thống chưa xử lý được yêu cầu này. Vui lòng thử lại; nếu lỗi còn tiếp diễn, hãy liên hệ bộ phận hỗ trợ.</p>
          {digest && (
            <p className="mt-3 text-sm text-slate-700">
              Mã lỗi (gửi kèm khi liên hệ hỗ trợ): <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono">{digest}</code>
            </p>
          )}
          <div className="mt-6 flex flex-wrap justify-center gap-2">
            <button
              type="button"
              onClick={() => retry()}
              className="inline-flex min-h-10 items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
            >
              Thử lại
            </button>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load: the router may be what failed */}
            <a href="/" className="inline-flex min-h-10 items-center rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50">
              Về trang chủ
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
