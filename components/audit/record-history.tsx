import { auditChange } from "@/lib/audit/change";
import { getRecordHistory } from "@/lib/audit/queries";
import { formatDateTimeVN } from "@/lib/time/vn";

/**
 * Per-record audit history (who, what, when, before/after). Server component: render it only on
 * pages that have already authorised the viewer for this record.
 */
export async function RecordHistory({ entityType, entityId, title = "Lịch sử thay đổi" }: { entityType: string; entityId: string; title?: string }) {
  const rows = await getRecordHistory(entityType, entityId);
  return (
    <section aria-labelledby={`history-${entityId}`} className="mt-8">
      <h2 id={`history-${entityId}`} className="mb-2 text-lg font-semibold">
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">Chưa có thay đổi nào được ghi nhận.</p>
      ) : (
        <ol className="flex flex-col gap-2">
          {rows.map((r) => {
            const change = auditChange(r.before, r.after);
            return (
              <li key={String(r.id)} className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm">
                <p className="wrap-anywhere">
                  <time className="font-medium">{formatDateTimeVN(r.at)}</time> · {r.actor?.fullName ?? "Hệ thống"} ·{" "}
                  <span className="text-slate-700">{r.summary ?? r.action}</span>
                </p>
                {(r.before != null || r.after != null) && (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-brand-700">Xem dữ liệu trước/sau</summary>
                    {change.pruned && <p className="mt-1 text-xs text-slate-600">Chỉ hiện phần đã thay đổi.</p>}
                    <div className="mt-1 grid gap-2 sm:grid-cols-2">
                      <div className="min-w-0">
                        <p className="text-xs font-medium text-slate-700">Trước</p>
                        <pre className="overflow-x-auto rounded bg-slate-50 p-2 text-xs">{JSON.stringify(change.before, null, 2) ?? "—"}</pre>
                      </div>
                      <div className="min-w-0">
                        <p className="text-xs font-medium text-slate-700">Sau</p>
                        <pre className="overflow-x-auto rounded bg-slate-50 p-2 text-xs">{JSON.stringify(change.after, null, 2) ?? "—"}</pre>
                      </div>
                    </div>
                  </details>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
