"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** A temporary password, shown once, with a copy button. */
export function TemporaryPassword({ password, username }: { password: string; username: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950" role="status" data-alert="temporary-password">
      <p className="font-semibold">Mật khẩu tạm thời của tài khoản &ldquo;{username}&rdquo;</p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <code className="rounded bg-white px-3 py-2 font-mono text-lg tracking-wider text-slate-900 ring-1 ring-amber-300" data-temporary-password>
          {password}
        </code>
        <Button
          variant="secondary"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(password);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          {copied ? "Đã sao chép" : "Sao chép"}
        </Button>
      </div>
      <p className="mt-2">
        Mật khẩu này <strong>chỉ hiển thị một lần</strong>. Hãy chuyển cho người dùng qua kênh an toàn; khi đăng nhập lần đầu họ sẽ phải đặt mật
        khẩu mới.
      </p>
    </div>
  );
}
