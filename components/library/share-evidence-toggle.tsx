"use client";

import { useState, useTransition } from "react";
import { setEvidenceShareableAction } from "@/lib/library/actions";

/**
 * "Chia sẻ trong thư viện": the owner unit lets every library reader download this file once the
 * initiative is recognised (lib/evidence/access.ts isSharedInLibrary).
 */
export function ShareEvidenceToggle({ fileId, fileName, shareable }: { fileId: string; fileName: string; shareable: boolean }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col">
      <button
        type="button"
        disabled={pending}
        aria-pressed={shareable}
        aria-label={`${shareable ? "Thôi chia sẻ" : "Chia sẻ"} “${fileName}” trong thư viện điển hình`}
        className="inline-flex min-h-9 items-center rounded-md px-3 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60"
        onClick={() =>
          start(async () => {
            setError(null);
            const res = await setEvidenceShareableAction({ fileId, shareable: shareable ? "false" : "true" });
            if (!res.ok) setError(res.error);
          })
        }
      >
        {shareable ? "Thôi chia sẻ" : "Chia sẻ trong thư viện"}
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
