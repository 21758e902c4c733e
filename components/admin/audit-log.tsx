import Link from "@/components/ui/link";
import type { AuditRow } from "@/lib/audit/queries";
import { formatDateTimeVN } from "@/lib/time/vn";

/** Vietnamese names of the audited record types (unknown types are shown as stored). */
export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  Unit: "Đơn vị",
  User: "Tài khoản",
  Campaign: "Kế hoạch thi đua",
  Registration: "Đăng ký (Mẫu 1)",
  Initiative: "Mô hình, giải pháp, sáng kiến",
  Milestone: "Mốc thời gian",
  Report: "Báo cáo (Mẫu 2)",
};

export const entityLabel = (type: string) => AUDIT_ENTITY_LABELS[type] ?? type;

function entityHref(row: AuditRow, canManage: { units: boolean; users: boolean }) {
  if (row.entityType === "Unit" && canManage.units) return `/admin/units?unit=${row.entityId}`;
  if (row.entityType === "User" && canManage.users) return `/admin/users/${row.entityId}`;
  return null;
}

const json = (v: unknown) => (v == null ? "—" : JSON.stringify(v, null, 2));

export function AuditTable({ rows, canManage }: { rows: AuditRow[]; canManage: { units: boolean; users: boolean } }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[52rem] text-left text-sm">
        <caption className="sr-only">Nhật ký thay đổi, mới nhất trước</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="w-36 px-3 py-2 font-semibold">Thời gian</th>
            <th scope="col" className="px-3 py-2 font-semibold">Nội dung</th>
            <th scope="col" className="w-48 px-3 py-2 font-semibold">Người thực hiện</th>
            <th scope="col" className="w-48 px-3 py-2 font-semibold">Đối tượng</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((r) => {
            const href = entityHref(r, canManage);
            return (
              <tr key={String(r.id)} className="align-top">
                <td className="whitespace-nowrap px-3 py-2">
                  <time dateTime={r.at.toISOString()}>{formatDateTimeVN(r.at)}</time>
                </td>
                <td className="px-3 py-2">
                  <div>{r.summary ?? r.action}</div>
                  <div className="font-mono text-xs text-slate-600">{r.action}</div>
                  {(r.before != null || r.after != null) && (
                    <details className="mt-1">
                      <summary className="cursor-pointer text-brand-700">Xem dữ liệu trước/sau</summary>
                      <div className="mt-1 grid gap-2 md:grid-cols-2">
                        <div>
                          <p className="text-xs font-medium text-slate-700">Trước</p>
                          <pre className="max-h-72 max-w-[40rem] overflow-auto rounded bg-slate-50 p-2 text-xs">{json(r.before)}</pre>
                        </div>
                        <div>
                          <p className="text-xs font-medium text-slate-700">Sau</p>
                          <pre className="max-h-72 max-w-[40rem] overflow-auto rounded bg-slate-50 p-2 text-xs">{json(r.after)}</pre>
                        </div>
                      </div>
                    </details>
                  )}
                </td>
                <td className="px-3 py-2">
                  {r.actor ? (
                    <>
                      <div>{r.actor.fullName}</div>
                      <div className="font-mono text-xs text-slate-600">{r.actor.username}</div>
                    </>
                  ) : (
                    <span className="text-slate-600">Hệ thống</span>
                  )}
                </td>
                <td className="px-3 py-2">
                  <div>{entityLabel(r.entityType)}</div>
                  {href ? (
                    <Link href={href} className="break-all font-mono text-xs text-brand-700 underline">
                      {r.entityId}
                    </Link>
                  ) : (
                    <div className="break-all font-mono text-xs text-slate-600">{r.entityId}</div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
