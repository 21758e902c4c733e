/** Shown inside the portal's shell while a page's data loads (a streaming boundary for the segment). */
export default function PortalLoading() {
  return (
    <div role="status" aria-live="polite" className="py-6">
      <div className="flex items-center gap-3 text-slate-700">
        <span aria-hidden="true" className="inline-block h-5 w-5 animate-spin rounded-full border-2 border-brand-700 border-t-transparent motion-reduce:animate-none" />
        <span>Đang tải…</span>
      </div>
      <div aria-hidden="true" className="mt-6 space-y-3 motion-safe:animate-pulse">
        <div className="h-7 w-2/3 max-w-md rounded bg-slate-200" />
        <div className="h-4 w-full max-w-2xl rounded bg-slate-200" />
        <div className="h-4 w-5/6 max-w-xl rounded bg-slate-200" />
        <div className="h-24 w-full rounded bg-slate-200" />
      </div>
    </div>
  );
}
