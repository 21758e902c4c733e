"use client";

import { useState } from "react";
import { signOutTo } from "@/lib/auth/client";

export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void signOutTo("/login");
      }}
      className="rounded-md px-3 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-70"
    >
      Đăng xuất
    </button>
  );
}
