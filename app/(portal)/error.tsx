"use client";

import Link from "@/components/ui/link";
import { useEffect } from "react";
import { errorDigest } from "@/components/layout/error-digest";
import { Button, buttonClass } from "@/components/ui/button";

/**
 * An unexpected error in a portal page: shown inside the portal's shell (the layout above stays).
 * The error's message is never shown (it may carry internal details); only its digest, for support.
 */
export default function PortalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = errorDigest(error);
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="mx-auto max-w-xl py-10 text-center" role="alert" aria-labelledby="error-title">
      <h1 id="error-title" className="text-2xl font-bold text-slate-900">
        Đã có lỗi xảy ra…
      </h1>
      <p className="mt-2 text-slate-700">
        Hệ thống chưa xử lý được yêu cầu này. Dữ liệu bạn đã lưu trước đó không bị ảnh hưởng. Vui lòng thử lại; nếu lỗi còn tiếp diễn, hãy liên hệ bộ phận hỗ trợ.
      </p>
      {digest && (
        <p className="mt-3 text-sm text-slate-700">
          Mã lỗi (gửi kèm khi liên hệ hỗ trợ): <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-900">{digest}</code>
        </p>
      )}
      <div className="mt-6 flex flex-wrap justify-center gap-2">
        <Button onClick={() => retry()}>Thử lại</Button>
        <Link href="/" className={buttonClass("secondary")}>
          Về trang chủ
        </Link>
      </div>
    </div>
  );
}
