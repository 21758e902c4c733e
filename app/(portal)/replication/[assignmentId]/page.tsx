import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { CancelAssignmentButton } from "@/components/replication/forms";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { SPREAD_PROGRESS_LABELS } from "@/lib/library/labels";
import { loadAssignment } from "@/lib/replication/queries";
import { TARGET_STATE_LABELS, TARGET_STATE_TONES } from "@/lib/replication/rules";
import { daysOverdue, formatDateTimeVN, formatDateVN, formatDeadline } from "@/lib/time/vn";

export const metadata = { title: "Giao nhân rộng" };

/** One assignment's compliance: each unit's state, its report date, days late. */
export default async function AssignmentPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const user = await requireUser();
  const { assignmentId } = await params;
  const a = await loadAssignment(user, assignmentId);
  if (!a) notFound();
  const reported = a.units.filter((u) => u.adoption?.reportedAt).length;
  return (
    <>
      <PageHeader
        title={`Giao nhân rộng: ${a.model.title}`}
        breadcrumbs={[{ href: "/replication", label: "Giao nhân rộng" }]}
        description={
          <>
            {a.issuingUnit.name} giao ngày {formatDateVN(a.createdAt)}
            {a.documentRef ? ` (văn bản ${a.documentRef})` : ""} · hạn báo cáo {formatDeadline(a.dueAt)} · mô hình của {a.model.unit.name} ·{" "}
            <Link href={`/library/${a.model.id}`} className="text-brand-700 underline">
              xem trong thư viện
            </Link>
          </>
        }
      />
      {a.note && <p className="mb-4 whitespace-pre-line text-slate-900">{a.note}</p>}
      {a.cancelledAt && <p className="mb-4"><Badge tone="gray">Đã hủy ngày {formatDateVN(a.cancelledAt)}</Badge></p>}
      <p className="mb-2 font-medium">
        Đã báo cáo {reported}/{a.units.length} đơn vị
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption className="sr-only">Tình hình thực hiện của các đơn vị được giao</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-2">Đơn vị</th>
              <th scope="col" className="px-3 py-2">Tình trạng</th>
              <th scope="col" className="px-3 py-2">Tiến độ</th>
              <th scope="col" className="px-3 py-2">Ngày báo cáo</th>
            </tr>
          </thead>
          <tbody>
            {a.units.map((u) => (
              <tr key={u.id} className="border-t border-slate-200" data-testid="assignment-unit">
                <td className="px-3 py-2">
                  {u.adoption ? (
                    <Link href={`/unit/replication/${u.adoption.id}`} className="text-brand-700 underline">
                      {u.unit.name}
                    </Link>
                  ) : (
                    u.unit.name
                  )}
                </td>
                <td className="px-3 py-2">
                  <Badge tone={TARGET_STATE_TONES[u.state]}>{TARGET_STATE_LABELS[u.state]}</Badge>
                  {u.state === "OVERDUE" && <span className="ml-2 text-red-800">trễ {daysOverdue(a.dueAt)} ngày</span>}
                </td>
                <td className="px-3 py-2">{u.adoption ? SPREAD_PROGRESS_LABELS[u.adoption.initiative?.progress ?? u.adoption.progress] : "—"}</td>
                <td className="px-3 py-2">{u.adoption?.reportedAt ? formatDateTimeVN(u.adoption.reportedAt) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!a.cancelledAt && (
        <div className="mt-6">
          <CancelAssignmentButton assignmentId={a.id} />
        </div>
      )}
    </>
  );
}
