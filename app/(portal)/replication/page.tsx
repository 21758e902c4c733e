import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { listAssignments } from "@/lib/replication/queries";
import { formatDeadline, formatDateVN } from "@/lib/time/vn";

export const metadata = { title: "Giao nhân rộng" };

/** The replication the actor's units assigned, with how many units reported and how many are overdue. */
export default async function ReplicationPage() {
  const user = await requireUser();
  const rows = await listAssignments(user);
  if (!rows) notFound();
  return (
    <>
      <PageHeader
        title="Giao nhân rộng mô hình"
        description="Cấp trên giao các đơn vị cấp dưới nhân rộng mô hình đã được công nhận, có hạn báo cáo; theo dõi đơn vị nào đã báo cáo, đơn vị nào quá hạn."
        actions={<LinkButton href="/replication/new">Giao nhân rộng</LinkButton>}
      />
      {rows.length === 0 ? (
        <p className="text-slate-700">
          Chưa giao nhân rộng mô hình nào. Chọn một mô hình trong{" "}
          <Link href="/library" className="text-brand-700 underline">
            thư viện điển hình
          </Link>{" "}
          rồi bấm “Giao nhân rộng”.
        </p>
      ) : (
        <ul className="flex flex-col gap-3">
          {rows.map((r) => (
            <li key={r.id} className="rounded-lg border border-slate-300 bg-white p-4" data-testid="replication-assignment">
              <Link href={`/replication/${r.id}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
                {r.model.title}
              </Link>
              <p className="text-sm text-slate-700">
                {r.issuingUnit.name}
                {r.documentRef ? ` · văn bản ${r.documentRef}` : ""} · hạn báo cáo {formatDeadline(r.dueAt)}
              </p>
              <p className="mt-1 flex flex-wrap gap-2 text-sm">
                <Badge tone="green">
                  Đã báo cáo {r.reported}/{r.total}
                </Badge>
                {r.overdue > 0 && <Badge tone="red">Quá hạn {r.overdue}</Badge>}
                {r.cancelledAt && <Badge tone="gray">Đã hủy {formatDateVN(r.cancelledAt)}</Badge>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
