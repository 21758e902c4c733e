import { Badge } from "@/components/ui/badge";
import type { CampaignExtensions } from "@/lib/extensions/queries";
import { formatDateTimeVN, formatDeadline } from "@/lib/time/vn";
import { RevokeExtensionButton } from "./revoke-button";

/** Every extension of the campaign, newest first: the one in force, the superseded and the revoked ones. */
export function ExtensionHistoryTable({ rows, canRevoke }: { rows: CampaignExtensions["history"]; canRevoke: boolean }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[56rem] text-left text-sm">
        <caption className="sr-only">Lịch sử gia hạn</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">Đơn vị</th>
            <th scope="col" className="px-3 py-2">Mốc</th>
            <th scope="col" className="px-3 py-2">Gia hạn đến</th>
            <th scope="col" className="px-3 py-2">Lý do</th>
            <th scope="col" className="px-3 py-2">Người gia hạn</th>
            <th scope="col" className="px-3 py-2">Tình trạng</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-200 align-top" data-extension-row>
              <th scope="row" className="px-3 py-2 text-left font-medium">{r.unitName}</th>
              <td className="px-3 py-2">
                <p>{r.milestoneName}</p>
                <p className="text-xs text-slate-600">Hạn chung: {formatDeadline(r.originalDueAt)}</p>
              </td>
              <td className="whitespace-nowrap px-3 py-2 font-medium">{formatDeadline(r.dueAt)}</td>
              <td className="max-w-80 whitespace-pre-line break-words px-3 py-2">{r.reason}</td>
              <td className="px-3 py-2">
                <p>{r.grantedBy}</p>
                <p className="text-xs text-slate-600">{formatDateTimeVN(r.createdAt)}</p>
              </td>
              <td className="px-3 py-2">
                {r.revokedAt ? (
                  <div>
                    <Badge tone="gray">Đã thu hồi</Badge>
                    <p className="mt-1 text-xs text-slate-600">
                      {r.revokedBy}, {formatDateTimeVN(r.revokedAt)}
                    </p>
                  </div>
                ) : r.inForce ? (
                  <div className="flex flex-col items-start gap-2">
                    <Badge tone="green">Đang áp dụng</Badge>
                    {canRevoke && <RevokeExtensionButton extensionId={r.id} label={`${r.unitName} (${r.milestoneName})`} />}
                  </div>
                ) : (
                  <Badge tone="gray">Đã thay bằng gia hạn mới hơn</Badge>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
